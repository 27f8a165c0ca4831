package org.counterpoint.ui.inspector;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;
import org.counterpoint.ui.MainViewModel;

/**
 * What the inspector's fields do, without a toolkit: each intent saves one field of the object it
 * names as one undoable edit, and does nothing when the value is unchanged. An intent that can
 * refuse what was typed returns the sentence to show beside the field.
 */
public final class InspectorViewModel {
    private final MainViewModel vm;

    public InspectorViewModel(MainViewModel vm) {
        this.vm = vm;
    }

    /** A typed date: the date (null for blank), or why it is not one. Written once for every date field. */
    record TypedDate(PartialDate date, String error) {
        static TypedDate parse(String text) {
            if (text == null || text.isBlank()) {
                return new TypedDate(null, null);
            }
            try {
                return new TypedDate(PartialDate.parse(text.strip()), null);
            } catch (IllegalArgumentException e) {
                return new TypedDate(null, e.getMessage() + ". The date was not saved.");
            }
        }
    }

    private Instant now() {
        return vm.services().clock().instant();
    }

    // ------------------------------------------------------------------ highlight

    /**
     * Changes a highlight's role; a role that no longer fits a comparison takes it out of it.
     *
     * @return a note for the status bar when that happened
     */
    public Optional<String> setRole(String id, Role role) {
        Optional<Highlight> h = vm.project().highlight(id).filter(x -> role != null && x.role() != role);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        boolean linked = !vm.project().comparisonsLinking(id).isEmpty();
        Optional<String> refused = vm.editor().updateHighlight(h.get().withRole(role, now()), "Change Role to " + role.label());
        if (refused.isPresent()) {
            return refused;
        }
        return linked ? Optional.of("Role changed; the quote was taken out of comparisons where it no longer fits. Undo puts it back.")
                : Optional.empty();
    }

    private void provenance(String id, Predicate<Provenance> unchanged, UnaryOperator<Provenance> change, String description) {
        vm.project().highlight(id).filter(x -> !unchanged.test(x.provenance()))
                .ifPresent(x -> vm.editor().updateHighlight(x.withProvenance(change.apply(x.provenance()), now()), description));
    }

    public void setSpeaker(String id, String v) {
        provenance(id, p -> p.speaker().equals(v), p -> p.withSpeaker(v), "Edit Speaker");
    }

    public void setAffiliation(String id, String v) {
        provenance(id, p -> p.affiliation().equals(v), p -> p.withAffiliation(v), "Edit Affiliation");
    }

    public void setCitation(String id, String v) {
        provenance(id, p -> p.citation().equals(v), p -> p.withCitation(v), "Edit Citation");
    }

    /** Sets when a highlight's words were said, to the day, month or year; blank clears it. */
    public Optional<String> setStatedOn(String id, String text) {
        TypedDate typed = TypedDate.parse(text);
        if (typed.error() != null) {
            return Optional.of(typed.error());
        }
        provenance(id, p -> Objects.equals(p.statedOn(), typed.date()), p -> p.withStatedOn(typed.date()), "Edit Date Stated");
        return Optional.empty();
    }

    /** Sets a highlight's tags from comma-separated text: trimmed, without blanks or repeats. */
    public void setTags(String id, String text) {
        List<String> list = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        vm.project().highlight(id).filter(x -> !x.tags().equals(list)).ifPresent(x -> vm.editor().updateHighlight(x.withTags(list, now()), "Edit Tags"));
    }

    public void setHighlightNote(String id, String v) {
        vm.project().highlight(id).filter(x -> !x.note().equals(v)).ifPresent(x -> vm.editor().updateHighlight(x.withNote(v, now()), "Edit Note"));
    }

    // ------------------------------------------------------------------ comparison

    private void comparison(String id, Predicate<Comparison> unchanged, UnaryOperator<Comparison> change, String description) {
        vm.project().comparison(id).filter(x -> !unchanged.test(x)).ifPresent(x -> vm.editor().updateComparison(change.apply(x), description));
    }

    public void setComparisonTitle(String id, String v) {
        comparison(id, c -> c.title().equals(v), c -> c.withTitle(v), "Edit Comparison Title");
    }

    public void setVerdict(String id, Verdict v) {
        if (v != null) {
            comparison(id, c -> c.verdict() == v, c -> c.withVerdict(v, c.verdictText()), "Set Verdict");
        }
    }

    public void setVerdictText(String id, String v) {
        comparison(id, c -> c.verdictText().equals(v), c -> c.withVerdict(c.verdict(), v), "Edit Verdict Text");
    }

    public void setComparisonNote(String id, String v) {
        comparison(id, c -> c.note().equals(v), c -> c.withNote(v), "Edit Analyst's Note");
    }

    // ------------------------------------------------------------------ document

    public void setDocumentTitle(String id, String v) {
        vm.project().document(id).filter(x -> !x.title().equals(v)).ifPresent(x -> vm.editor().updateDocument(x.withTitle(v), "Rename Document"));
    }

    private void metadata(String id, Predicate<DocumentMetadata> unchanged, UnaryOperator<DocumentMetadata> change, String description) {
        vm.project().document(id).filter(x -> !unchanged.test(x.metadata()))
                .ifPresent(x -> vm.editor().updateDocument(x.withMetadata(change.apply(x.metadata())), description));
    }

    public void setAuthor(String id, String v) {
        metadata(id, m -> m.author().equals(v), m -> m.withAuthor(v), "Edit Author");
    }

    public void setPublisher(String id, String v) {
        metadata(id, m -> m.publisher().equals(v), m -> m.withPublisher(v), "Edit Publisher");
    }

    public void setUrl(String id, String v) {
        metadata(id, m -> m.url().equals(v), m -> m.withUrl(v), "Edit URL");
    }

    /** Sets when a document was published, to the day, month or year; blank clears it. */
    public Optional<String> setPublished(String id, String text) {
        TypedDate typed = TypedDate.parse(text);
        if (typed.error() != null) {
            return Optional.of(typed.error());
        }
        metadata(id, m -> Objects.equals(m.published(), typed.date()), m -> m.withPublished(typed.date()), "Edit Publication Date");
        return Optional.empty();
    }

    /** The document a highlight is in, for the facts under its form. */
    Optional<SourceDocument> documentOf(Highlight h) {
        return vm.project().document(h.documentId());
    }
}
