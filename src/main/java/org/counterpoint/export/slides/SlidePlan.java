package org.counterpoint.export.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Presentation;
import org.counterpoint.model.PresentationScene;
import org.counterpoint.model.PresentationSettings.SlideGrouping;
import org.counterpoint.model.PresentationStep;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;

/**
 * The slides of a deck, from the presentation's scenes. One slide per step: the question, each
 * reveal followed by the revealed quote in its source, then the verdict. One slide per comparison:
 * its final state, followed by its quotes in their sources, a claim beside a rebuttal.
 */
public final class SlidePlan {
    private SlidePlan() {
    }

    /**
     * @param withEvidence false to leave out the slides that show quotes in their sources
     */
    public static List<Slide> of(Project project, SlideGrouping grouping, boolean withEvidence) {
        List<PresentationScene> scenes = Presentation.scenes(project);
        List<Slide> slides = new ArrayList<>();
        slides.add(new Slide(Slide.Kind.TITLE, null, 0, scenes.size(), null, List.of(), List.of(), null, List.of(), titleNotes(project, scenes)));
        for (PresentationScene scene : scenes) {
            List<PresentationStep> steps = grouping == SlideGrouping.PER_STEP ? scene.steps() : List.of(scene.finalStep());
            for (int i = 0; i < steps.size(); i++) {
                PresentationStep step = steps.get(i);
                PresentationStep next = i + 1 < steps.size() ? steps.get(i + 1) : null;
                Slide.Kind kind = step.kind() == PresentationStep.Kind.QUESTION ? Slide.Kind.QUESTION : Slide.Kind.STAGE;
                List<Highlight> claims = highlights(project, step.claimIds());
                List<Highlight> rebuttals = highlights(project, step.rebuttalIds());
                slides.add(new Slide(kind, scene.comparison(), scene.number(), scenes.size(), step, claims, rebuttals,
                        step.revealedId(), List.of(), notes(project, scene, step, next, claims, rebuttals)));
                if (withEvidence && step.revealedId() != null && grouping == SlideGrouping.PER_STEP) {
                    highlight(project, step.revealedId()).filter(SlidePlan::hasSource).ifPresent(h ->
                            slides.add(evidence(project, scene, scenes.size(), step, List.of(h))));
                }
            }
            if (withEvidence && grouping == SlideGrouping.PER_COMPARISON) {
                PresentationStep last = scene.finalStep();
                for (List<Highlight> pair : pairs(highlights(project, last.claimIds()), highlights(project, last.rebuttalIds()))) {
                    slides.add(evidence(project, scene, scenes.size(), last, pair));
                }
            }
        }
        return slides;
    }

    /** Claims beside rebuttals: the first claim with the first rebuttal, and so on; what is left over alone or in pairs. */
    static List<List<Highlight>> pairs(List<Highlight> claims, List<Highlight> rebuttals) {
        List<Highlight> c = claims.stream().filter(SlidePlan::hasSource).toList();
        List<Highlight> r = rebuttals.stream().filter(SlidePlan::hasSource).toList();
        List<List<Highlight>> pairs = new ArrayList<>();
        int n = Math.min(c.size(), r.size());
        for (int i = 0; i < n; i++) {
            pairs.add(List.of(c.get(i), r.get(i)));
        }
        List<Highlight> rest = new ArrayList<>(c.subList(n, c.size()));
        rest.addAll(r.subList(n, r.size()));
        for (int i = 0; i < rest.size(); i += 2) {
            pairs.add(rest.subList(i, Math.min(i + 2, rest.size())));
        }
        return pairs;
    }

    /** A quote can be shown in its source when it is placed there: not flagged, or an area of a page. */
    static boolean hasSource(Highlight h) {
        return h.isArea() || !h.isFlagged();
    }

    private static Slide evidence(Project project, PresentationScene scene, int count, PresentationStep step, List<Highlight> shown) {
        StringBuilder notes = new StringBuilder("In the source: ");
        for (Highlight h : shown) {
            notes.append("\n• ").append(h.role().label()).append(", ").append(where(project, h)).append(": ")
                    .append(Text.abbreviate(Text.oneLine(h.quote()), 120));
        }
        return new Slide(Slide.Kind.EVIDENCE, scene.comparison(), scene.number(), count, step, List.of(), List.of(), null, shown, notes.toString());
    }

    static String where(Project project, Highlight h) {
        Optional<SourceDocument> doc = project.document(h.documentId());
        if (doc.isEmpty()) {
            return "source not in the project";
        }
        String title = doc.get().title().isBlank() ? doc.get().origin().fileName() : doc.get().title();
        return doc.get().pageCount() > 1 ? title + ", " + doc.get().pageCitation(h) : title;
    }

    private static List<Highlight> highlights(Project project, List<String> ids) {
        return ids.stream().map(id -> project.highlight(id)).flatMap(Optional::stream).toList();
    }

    private static Optional<Highlight> highlight(Project project, String id) {
        return project.highlight(id);
    }

    private static String titleNotes(Project project, List<PresentationScene> scenes) {
        StringBuilder sb = new StringBuilder();
        if (!project.description().isBlank()) {
            sb.append(project.description()).append("\n");
        }
        sb.append(scenes.size()).append(scenes.size() == 1 ? " comparison:" : " comparisons:");
        for (PresentationScene s : scenes) {
            sb.append("\n").append(s.number()).append(". ").append(s.comparison().title());
        }
        return sb.toString();
    }

    /** The presenter's notes: the comparison's summary and note, the notes of the quotes on screen, and what comes next. */
    private static String notes(Project project, PresentationScene scene, PresentationStep step, PresentationStep next,
                                List<Highlight> claims, List<Highlight> rebuttals) {
        Comparison c = scene.comparison();
        StringBuilder sb = new StringBuilder();
        sb.append("Comparison ").append(scene.number()).append(": ").append(c.title().isBlank() ? "Untitled comparison" : c.title());
        sb.append("\nSummary: ").append(c.claimIds().size()).append(c.claimIds().size() == 1 ? " claim, " : " claims, ")
                .append(c.rebuttalIds().size()).append(c.rebuttalIds().size() == 1 ? " rebuttal" : " rebuttals")
                .append("; verdict ").append(c.verdict().label())
                .append(c.verdictText().isBlank() ? "" : ": " + c.verdictText());
        if (!c.note().isBlank()) {
            sb.append("\nNote: ").append(c.note());
        }
        List<Highlight> onScreen = new ArrayList<>(claims);
        onScreen.addAll(rebuttals);
        for (Highlight h : onScreen) {
            if (!h.note().isBlank()) {
                sb.append("\n• ").append(h.role().label()).append(" (").append(speaker(h)).append("): ").append(h.note());
            }
            if (h.isFlagged()) {
                sb.append("\n• Check before relying on it: the ").append(h.role().id()).append(" by ").append(speaker(h))
                        .append(" no longer matches its source.");
            }
        }
        if (next != null) {
            sb.append("\nNext: ").append(switch (next.kind()) {
                case QUESTION -> "the question";
                case CLAIM, REBUTTAL -> project.highlight(next.revealedId()).map(h -> "the " + h.role().id() + " by " + speaker(h)).orElse("a quote");
                case VERDICT -> "the verdict";
            });
        }
        return sb.toString();
    }

    static String speaker(Highlight h) {
        String s = h.provenance().speaker().isBlank() ? h.provenance().affiliation() : h.provenance().speaker();
        return s.isBlank() ? "an unnamed speaker" : s;
    }

    static boolean isClaim(Highlight h) {
        return h.role() == Role.CLAIM;
    }
}
