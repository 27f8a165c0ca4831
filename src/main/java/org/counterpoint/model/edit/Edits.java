package org.counterpoint.model.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Comparison.Side;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;

/** The edits a user can make to a project. Each checks that it applies before changing anything. */
public final class Edits {
    private Edits() {
    }

    private record Named(String description, UnaryOperator<Project> change) implements Edit {
        @Override
        public Project apply(Project project) {
            return change.apply(project);
        }
    }

    public static Edit of(String description, UnaryOperator<Project> change) {
        return new Named(description, change);
    }

    public static Edit addDocuments(List<SourceDocument> added, Instant now) {
        String what = added.size() == 1 ? "Import “" + Text.abbreviate(added.get(0).title(), 40) + "”" : "Import " + added.size() + " Documents";
        return of(what, p -> {
            Set<String> ids = new HashSet<>();
            p.documents().forEach(d -> ids.add(d.id()));
            List<SourceDocument> docs = new ArrayList<>(p.documents());
            for (SourceDocument doc : added) {
                if (!ids.add(doc.id())) {
                    throw new EditException("A document with id " + doc.id() + " is already in the project.");
                }
                docs.add(doc);
            }
            return p.withDocuments(docs, now);
        });
    }

    /**
     * Puts an imported source in place of the stand-in that waited for it (same id), with that
     * document's highlights as placed in the source's text.
     */
    public static Edit fillStandIn(SourceDocument source, List<Highlight> placed, Instant now) {
        return of("Import “" + Text.abbreviate(source.title(), 40) + "”", p -> {
            SourceDocument stand = p.document(source.id()).orElseThrow(() -> missing("document", source.id()));
            if (!stand.isStandIn()) {
                throw new EditException("The document " + source.id() + " is not waiting for its source.");
            }
            java.util.Map<String, Highlight> byId = new java.util.HashMap<>();
            for (Highlight h : placed) {
                if (!h.documentId().equals(source.id())) {
                    throw new EditException("The highlight " + h.id() + " is not in " + source.id() + ".");
                }
                byId.put(h.id(), h);
            }
            Project result = p.withDocuments(p.documents().stream().map(d -> d == stand ? source : d).toList(), now);
            return result.withHighlights(p.highlights().stream().map(h -> byId.getOrDefault(h.id(), h)).toList(), now);
        });
    }

    /** Removes a document with all of its highlights, and unlinks those from every comparison. */
    public static Edit removeDocument(String documentId, Instant now) {
        return of("Remove Document", p -> {
            SourceDocument doc = p.document(documentId).orElseThrow(() -> missing("document", documentId));
            List<String> gone = p.highlightsIn(doc.id()).stream().map(Highlight::id).toList();
            Project result = p.withDocuments(p.documents().stream().filter(d -> d != doc).toList(), now);
            result = result.withHighlights(p.highlights().stream().filter(h -> !gone.contains(h.id())).toList(), now);
            return result.withComparisons(p.comparisons().stream().map(c -> {
                Comparison out = c;
                for (String id : gone) {
                    out = out.withoutHighlight(id);
                }
                return out;
            }).toList(), now);
        });
    }

    public static Edit updateDocument(SourceDocument updated, String description, Instant now) {
        return of(description, p -> {
            p.document(updated.id()).orElseThrow(() -> missing("document", updated.id()));
            return p.replaceDocument(updated, now);
        });
    }

    public static Edit addHighlight(Highlight highlight, Instant now) {
        return of("Mark as " + highlight.role().label(), p -> {
            p.document(highlight.documentId()).orElseThrow(() -> missing("document", highlight.documentId()));
            if (p.highlight(highlight.id()).isPresent()) {
                throw new EditException("A highlight with id " + highlight.id() + " is already in the project.");
            }
            List<Highlight> list = new ArrayList<>(p.highlights());
            list.add(highlight);
            return p.withHighlights(list, now);
        });
    }

    /**
     * Adds many highlights in one step: the project's lists are copied once and ids are checked
     * against a set, so bringing in n annotations costs time in proportion to n.
     */
    public static Edit addHighlights(List<Highlight> added, Instant now) {
        List<Highlight> batch = List.copyOf(added);
        return of(batch.size() == 1 ? "Mark as " + batch.get(0).role().label() : "Add " + batch.size() + " Highlights", p -> {
            Set<String> docs = new HashSet<>();
            p.documents().forEach(d -> docs.add(d.id()));
            Set<String> ids = new HashSet<>();
            p.highlights().forEach(h -> ids.add(h.id()));
            List<Highlight> list = new ArrayList<>(p.highlights().size() + batch.size());
            list.addAll(p.highlights());
            for (Highlight h : batch) {
                if (!docs.contains(h.documentId())) {
                    throw missing("document", h.documentId());
                }
                if (!ids.add(h.id())) {
                    throw new EditException("A highlight with id " + h.id() + " is already in the project.");
                }
                list.add(h);
            }
            return p.withHighlights(list, now);
        });
    }

    /** Removes a highlight and unlinks it from every comparison, as one step. */
    public static Edit removeHighlight(String highlightId, Instant now) {
        return of("Delete Highlight", p -> {
            p.highlight(highlightId).orElseThrow(() -> missing("highlight", highlightId));
            Project result = p.withHighlights(p.highlights().stream().filter(h -> !h.id().equals(highlightId)).toList(), now);
            return result.withComparisons(p.comparisons().stream().map(c -> c.withoutHighlight(highlightId)).toList(), now);
        });
    }

    /**
     * Replaces a highlight's editable fields. Changing the role of a linked highlight moves it out of
     * comparison sides it no longer belongs on, so a comparison never holds a rebuttal among its claims.
     */
    public static Edit updateHighlight(Highlight updated, String description, Instant now) {
        return of(description, p -> {
            Highlight before = p.highlight(updated.id()).orElseThrow(() -> missing("highlight", updated.id()));
            if (before.equals(updated)) {
                return p;
            }
            Project result = p.replaceHighlight(updated, now);
            if (before.role() != updated.role()) {
                result = result.withComparisons(result.comparisons().stream()
                        .map(c -> c.references(updated.id()) ? c.withoutHighlight(updated.id()) : c).toList(), now);
            }
            return result;
        });
    }

    public static Edit addComparison(Comparison comparison, Instant now) {
        return of("New Comparison", p -> {
            if (p.comparison(comparison.id()).isPresent()) {
                throw new EditException("A comparison with id " + comparison.id() + " is already in the project.");
            }
            checkSides(p, comparison);
            List<Comparison> list = new ArrayList<>(p.comparisons());
            int order = p.comparisons().stream().mapToInt(Comparison::order).max().orElse(-1) + 1;
            list.add(comparison.withOrder(order));
            return p.withComparisons(list, now);
        });
    }

    /** Adds many comparisons in one step, after those already in the project, in the order given. */
    public static Edit addComparisons(List<Comparison> added, Instant now) {
        List<Comparison> batch = List.copyOf(added);
        return of(batch.size() == 1 ? "New Comparison" : "Add " + batch.size() + " Comparisons", p -> {
            Set<String> ids = new HashSet<>();
            p.comparisons().forEach(c -> ids.add(c.id()));
            List<Comparison> list = new ArrayList<>(p.comparisons().size() + batch.size());
            list.addAll(p.comparisons());
            int order = p.comparisons().stream().mapToInt(Comparison::order).max().orElse(-1) + 1;
            java.util.Map<String, Highlight> highlights = new java.util.HashMap<>();
            p.highlights().forEach(h -> highlights.put(h.id(), h));
            for (Comparison c : batch) {
                if (!ids.add(c.id())) {
                    throw new EditException("A comparison with id " + c.id() + " is already in the project.");
                }
                checkSides(highlights, c);
                list.add(c.withOrder(order++));
            }
            return p.withComparisons(list, now);
        });
    }

    public static Edit updateComparison(Comparison updated, String description, Instant now) {
        return of(description, p -> {
            Comparison before = p.comparison(updated.id()).orElseThrow(() -> missing("comparison", updated.id()));
            if (before.equals(updated)) {
                return p;
            }
            checkSides(p, updated);
            return p.replaceComparison(updated, now);
        });
    }

    public static Edit removeComparison(String comparisonId, Instant now) {
        return of("Delete Comparison", p -> {
            p.comparison(comparisonId).orElseThrow(() -> missing("comparison", comparisonId));
            return p.withComparisons(p.comparisons().stream().filter(c -> !c.id().equals(comparisonId)).toList(), now);
        });
    }

    /** Moves a comparison up (-1) or down (+1) in presentation order. */
    public static Edit moveComparison(String comparisonId, int delta, Instant now) {
        return of(delta < 0 ? "Move Comparison Up" : "Move Comparison Down", p -> {
            List<Comparison> ordered = new ArrayList<>(p.comparisons());
            ordered.sort(Comparator.comparingInt(Comparison::order));
            int index = -1;
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).id().equals(comparisonId)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw missing("comparison", comparisonId);
            }
            int target = Math.max(0, Math.min(ordered.size() - 1, index + delta));
            if (target == index) {
                return p;
            }
            ordered.add(target, ordered.remove(index));
            List<Comparison> renumbered = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                renumbered.add(ordered.get(i).withOrder(i));
            }
            return p.withComparisons(renumbered, now);
        });
    }

    /**
     * Links a highlight to the side of a comparison that its role belongs on.
     *
     * @param index where in that side to insert it, or -1 for the end
     */
    public static Edit link(String comparisonId, String highlightId, int index, Instant now) {
        return of("Link Quote", p -> {
            Comparison c = p.comparison(comparisonId).orElseThrow(() -> missing("comparison", comparisonId));
            Highlight h = p.highlight(highlightId).orElseThrow(() -> missing("highlight", highlightId));
            Side side = Side.forRole(h.role());
            if (side == null) {
                throw new EditException("A context highlight cannot be linked to a comparison; mark it as a claim or a rebuttal first.");
            }
            if (c.references(highlightId)) {
                throw new EditException("That quote is already in the comparison “" + Text.abbreviate(c.title(), 50) + "”.");
            }
            return p.replaceComparison(c.withLinked(side, highlightId, index), now);
        });
    }

    public static Edit unlink(String comparisonId, String highlightId, Instant now) {
        return of("Unlink Quote", p -> {
            Comparison c = p.comparison(comparisonId).orElseThrow(() -> missing("comparison", comparisonId));
            if (!c.references(highlightId)) {
                throw new EditException("That quote is not in the comparison “" + Text.abbreviate(c.title(), 50) + "”.");
            }
            return p.replaceComparison(c.withoutHighlight(highlightId), now);
        });
    }

    /** Moves a linked quote from one comparison to another as a single step. */
    public static Edit move(String fromComparisonId, String toComparisonId, String highlightId, int index, Instant now) {
        if (fromComparisonId.equals(toComparisonId)) {
            return of("Reorder Quote", p -> {
                Comparison c = p.comparison(fromComparisonId).orElseThrow(() -> missing("comparison", fromComparisonId));
                Highlight h = p.highlight(highlightId).orElseThrow(() -> missing("highlight", highlightId));
                Side side = Side.forRole(h.role());
                List<String> ids = new ArrayList<>(c.side(side));
                int old = ids.indexOf(highlightId);
                if (old < 0) {
                    throw new EditException("That quote is not in the comparison.");
                }
                ids.remove(old);
                int target = index < 0 ? ids.size() : Math.min(index > old ? index - 1 : index, ids.size());
                ids.add(target, highlightId);
                Comparison changed = side == Side.CLAIMS ? c.withClaims(ids) : c.withRebuttals(ids);
                return changed.equals(c) ? p : p.replaceComparison(changed, now);
            });
        }
        return new CompositeEdit("Move Quote", List.of(unlink(fromComparisonId, highlightId, now), link(toComparisonId, highlightId, index, now)));
    }

    public static Edit setProjectInfo(String title, String description, String author, Instant now) {
        return of("Edit Project Details", p -> p.withInfo(title, description, author, now));
    }

    private static void checkSides(Project p, Comparison c) {
        java.util.Map<String, Highlight> byId = new java.util.HashMap<>();
        for (String id : c.claimIds()) {
            p.highlight(id).ifPresent(h -> byId.put(id, h));
        }
        for (String id : c.rebuttalIds()) {
            p.highlight(id).ifPresent(h -> byId.put(id, h));
        }
        checkSides(byId, c);
    }

    private static void checkSides(java.util.Map<String, Highlight> highlights, Comparison c) {
        for (String id : c.claimIds()) {
            Highlight h = java.util.Optional.ofNullable(highlights.get(id)).orElseThrow(() -> missing("highlight", id));
            if (h.role() != Role.CLAIM) {
                throw new EditException("Only claims can stand on the claim side; “" + Text.abbreviate(h.quote(), 40) + "” is a " + h.role().id() + ".");
            }
        }
        for (String id : c.rebuttalIds()) {
            Highlight h = java.util.Optional.ofNullable(highlights.get(id)).orElseThrow(() -> missing("highlight", id));
            if (h.role() != Role.REBUTTAL) {
                throw new EditException("Only rebuttals can stand on the rebuttal side; “" + Text.abbreviate(h.quote(), 40) + "” is a " + h.role().id() + ".");
            }
        }
    }

    private static EditException missing(String what, String id) {
        return new EditException("The " + what + " " + id + " is no longer in the project.");
    }
}
