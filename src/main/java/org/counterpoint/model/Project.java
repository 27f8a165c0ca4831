package org.counterpoint.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything a user works on in one project file. Immutable: edits produce a new Project,
 * which is what lets undo keep the previous one and lets saving run off the UI thread.
 */
public record Project(
        String title,
        String description,
        String author,
        List<SourceDocument> documents,
        List<Highlight> highlights,
        List<Comparison> comparisons,
        Instant created,
        Instant modified,
        PresentationSettings presentation,
        String reviewUrlBase) {

    public Project {
        title = Text.orEmpty(title);
        description = Text.orEmpty(description);
        author = Text.orEmpty(author);
        documents = IdList.of(documents, SourceDocument::id, d -> List.of());
        highlights = IdList.of(highlights, Highlight::id, h -> List.of(h.documentId()));
        comparisons = IdList.of(comparisons, Comparison::id, Project::linkedIds);
        created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.MILLIS);
        modified = modified == null ? created : modified.truncatedTo(ChronoUnit.MILLIS);
        presentation = presentation == null ? PresentationSettings.DEFAULT : presentation;
        reviewUrlBase = Text.orEmpty(reviewUrlBase).strip();
    }

    /** A project with the default presentation settings and no review address. */
    public Project(String title, String description, String author, List<SourceDocument> documents,
                   List<Highlight> highlights, List<Comparison> comparisons, Instant created, Instant modified) {
        this(title, description, author, documents, highlights, comparisons, created, modified, PresentationSettings.DEFAULT, "");
    }

    /** A project without a review address. */
    public Project(String title, String description, String author, List<SourceDocument> documents,
                   List<Highlight> highlights, List<Comparison> comparisons, Instant created, Instant modified,
                   PresentationSettings presentation) {
        this(title, description, author, documents, highlights, comparisons, created, modified, presentation, "");
    }

    /** A project with the default presentation settings. */
    public Project(String title, String description, String author, List<SourceDocument> documents,
                   List<Highlight> highlights, List<Comparison> comparisons, Instant created, Instant modified, String reviewUrlBase) {
        this(title, description, author, documents, highlights, comparisons, created, modified, PresentationSettings.DEFAULT, reviewUrlBase);
    }

    /**
     * Where this project's fact checks are published, e.g. {@code https://example.org/checks/}:
     * each ClaimReview's {@code url} is this followed by the comparison's id; "" when not set.
     */
    @Override
    public String reviewUrlBase() {
        return reviewUrlBase;
    }

    public Project withReviewUrlBase(String value, Instant now) {
        return new Project(title, description, author, documents, highlights, comparisons, created, now, presentation, value);
    }

    public static Project empty(String title, Instant now) {
        return new Project(title, "", "", List.of(), List.of(), List.of(), now, now);
    }

    public Optional<SourceDocument> document(String id) {
        return Optional.ofNullable(IdList.find(documents, id, SourceDocument::id));
    }

    public Optional<Highlight> highlight(String id) {
        return Optional.ofNullable(IdList.find(highlights, id, Highlight::id));
    }

    public Optional<Comparison> comparison(String id) {
        return Optional.ofNullable(IdList.find(comparisons, id, Comparison::id));
    }

    /** The highlights in one document, in project order; found through a map kept with this version. */
    public List<Highlight> highlightsIn(String documentId) {
        if (highlights instanceof IdList<Highlight> list) {
            return list.byKey(documentId);
        }
        return highlights.stream().filter(h -> h.documentId().equals(documentId)).toList();
    }

    /** Comparisons in presentation order. */
    public List<Comparison> comparisonsInOrder() {
        return comparisons.stream().sorted(Comparator.comparingInt(Comparison::order)).toList();
    }

    public long count(Role role) {
        return highlights.stream().filter(h -> h.role() == role).count();
    }

    public long flaggedCount() {
        return highlights.stream().filter(Highlight::isFlagged).count();
    }

    /** The comparisons that link this highlight. */
    public List<Comparison> comparisonsLinking(String highlightId) {
        if (comparisons instanceof IdList<Comparison> list) {
            return list.byKey(highlightId);
        }
        return comparisons.stream().filter(c -> c.references(highlightId)).toList();
    }

    private static List<String> linkedIds(Comparison comparison) {
        List<String> ids = new ArrayList<>(comparison.claimIds());
        ids.addAll(comparison.rebuttalIds());
        return ids;
    }

    public Project withInfo(String newTitle, String newDescription, String newAuthor, Instant now) {
        return new Project(newTitle, newDescription, newAuthor, documents, highlights, comparisons, created, now, presentation, reviewUrlBase);
    }

    public Project withDocuments(List<SourceDocument> value, Instant now) {
        return new Project(title, description, author, value, highlights, comparisons, created, now, presentation, reviewUrlBase);
    }

    public Project withHighlights(List<Highlight> value, Instant now) {
        return new Project(title, description, author, documents, value, comparisons, created, now, presentation, reviewUrlBase);
    }

    public Project withComparisons(List<Comparison> value, Instant now) {
        return new Project(title, description, author, documents, highlights, value, created, now, presentation, reviewUrlBase);
    }

    public Project withModified(Instant now) {
        return new Project(title, description, author, documents, highlights, comparisons, created, now, presentation, reviewUrlBase);
    }

    public Project withPresentation(PresentationSettings value, Instant now) {
        return new Project(title, description, author, documents, highlights, comparisons, created, now, value, reviewUrlBase);
    }

    /** Replaces the highlight with the same id. */
    public Project replaceHighlight(Highlight updated, Instant now) {
        return withHighlights(replaceById(highlights, Highlight::id, updated.id(), h -> updated), now);
    }

    public Project replaceComparison(Comparison updated, Instant now) {
        return withComparisons(replaceById(comparisons, Comparison::id, updated.id(), c -> updated), now);
    }

    public Project replaceDocument(SourceDocument updated, Instant now) {
        return withDocuments(replaceById(documents, SourceDocument::id, updated.id(), d -> updated), now);
    }

    private static <T> List<T> replaceById(List<T> items, java.util.function.Function<T, String> idOf, String id, UnaryOperator<T> change) {
        List<T> result = new ArrayList<>(items.size());
        boolean found = false;
        for (T item : items) {
            if (idOf.apply(item).equals(id)) {
                result.add(change.apply(item));
                found = true;
            } else {
                result.add(item);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("nothing with id " + id);
        }
        return result;
    }
}
