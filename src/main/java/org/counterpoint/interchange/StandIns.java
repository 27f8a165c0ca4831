package org.counterpoint.interchange;

import org.counterpoint.ingest.Sources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.counterpoint.anchor.AnchorResolver;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;
import org.counterpoint.model.edit.CompositeEdit;
import org.counterpoint.model.edit.Edit;
import org.counterpoint.model.edit.Edits;

/**
 * Sources imported after annotations that were waiting for them: the source takes the stand-in's
 * place (and id), and the waiting highlights are placed in its text.
 */
public final class StandIns {
    private StandIns() {
    }

    /**
     * The stand-in in a project that waits for this source, if any: by its bytes, its file name, the
     * web address of its page, or for a PDF the {@code urn:x-pdf:} fingerprint in its /ID.
     */
    public static Optional<SourceDocument> waitingFor(Project project, SourceDocument source) {
        return project.documents().stream()
                .filter(d -> d.isStandInFor(source) || d.isStandIn() && (SourceMatch.samePage(d.metadata().url(), source.metadata().url())
                        || SourceMatch.isPdfWaitedFor(d.metadata().url(), source)))
                .findFirst();
    }

    /**
     * Filling a stand-in: the edit, and how many of its highlights found their quotes.
     *
     * @param source the imported source, already carrying the stand-in's id
     */
    public record Fill(Edit edit, int placed, int stillFlagged) {
        public String summary(String name) {
            return placed + " of " + (placed + stillFlagged) + " annotations that waited for " + name + " placed"
                    + (stillFlagged == 0 ? "" : "; " + stillFlagged + " kept as flagged, as their quotes are not in it");
        }
    }

    /**
     * The id an imported source should enter the project with: that of the stand-in waiting for
     * it, unless another source of this import already took that stand-in.
     */
    public static String adoptedId(Project project, SourceDocument doc, List<SourceDocument> alreadyAdded) {
        return waitingFor(project, doc).filter(p -> alreadyAdded.stream().noneMatch(a -> a.id().equals(p.id())))
                .map(SourceDocument::id).orElse(doc.id());
    }

    /** Adding imported sources: one edit that adds the new ones and fills the stand-ins, and what was placed in each stand-in. */
    public record Addition(Edit edit, List<String> placements) {
    }

    public static Addition add(Project project, List<SourceDocument> docs, Instant now) {
        List<SourceDocument> fresh = docs.stream().filter(d -> project.document(d.id()).isEmpty()).toList();
        List<Edit> edits = new ArrayList<>();
        List<String> placements = new ArrayList<>();
        if (!fresh.isEmpty()) {
            edits.add(Edits.addDocuments(fresh, now));
        }
        for (SourceDocument d : docs) {
            if (project.document(d.id()).isPresent()) {
                Fill fill = fill(project, d, now);
                edits.add(fill.edit());
                placements.add(fill.summary("“" + d.title() + "”"));
            }
        }
        Edit edit = edits.size() == 1 ? edits.get(0)
                : new CompositeEdit(docs.size() == 1 ? "Import “" + Text.abbreviate(docs.get(0).title(), 40) + "”" : "Import " + docs.size() + " Documents",
                        edits);
        return new Addition(edit, placements);
    }

    public static Fill fill(Project project, SourceDocument source, Instant now) {
        List<Highlight> placed = project.highlightsIn(source.id()).stream().map(h -> AnchorResolver.resolve(source.text(), h)).toList();
        int flagged = (int) placed.stream().filter(h -> h.status() == AnchorStatus.FLAGGED).count();
        return new Fill(Edits.fillStandIn(source, placed, now), placed.size() - flagged, flagged);
    }
}
