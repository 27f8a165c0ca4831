package org.counterpoint.search;

import java.util.List;

/**
 * What a query found, grouped by document in the project's order; comparisons come last.
 *
 * @param groups    the groups that have hits
 * @param truncated true when more hits were found than the limit let through
 */
public record SearchResults(String query, List<Group> groups, boolean truncated) {

    public static SearchResults empty(String query) {
        return new SearchResults(query, List.of(), false);
    }

    /**
     * @param documentId the document, or "" for the group of comparisons
     * @param title      the document's title, or "Comparisons"
     * @param count      how many hits the group holds in all (at least {@code hits.size()})
     * @param hits       the hits kept, in text order
     */
    public record Group(String documentId, String title, int count, List<SearchHit> hits) {
    }

    public int totalCount() {
        return groups.stream().mapToInt(Group::count).sum();
    }

    public List<SearchHit> hits() {
        return groups.stream().flatMap(g -> g.hits().stream()).toList();
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
