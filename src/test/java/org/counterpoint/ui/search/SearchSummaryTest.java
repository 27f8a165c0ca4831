package org.counterpoint.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterpoint.search.SearchResults;
import org.junit.jupiter.api.Test;

/** The line above the results says where the hits are, and how to find a word's other forms when the text had none. */
class SearchSummaryTest {

    @Test
    void hitsOnlyInComparisonsSayNothingOfDocumentsAndPointToThePrefixForm() {
        SearchResults r = new SearchResults("endorse", List.of(new SearchResults.Group("", "Comparisons", 2, List.of())), false);
        assertThat(SearchViewModel.summary(r)).isEqualTo("2 hits in comparisons. Words match whole: endorse* finds every form.");
    }

    @Test
    void hitsInDocumentsAndComparisons() {
        SearchResults r = new SearchResults("endorse", List.of(new SearchResults.Group("d1", "Article", 3, List.of()),
                new SearchResults.Group("", "Comparisons", 1, List.of())), false);
        assertThat(SearchViewModel.summary(r)).isEqualTo("4 hits in 1 document, and in comparisons.");
    }

    @Test
    void noHitsForAPlainWordPointsToThePrefixFormButNotForOtherQueries() {
        assertThat(SearchViewModel.summary(SearchResults.empty("endorse"))).isEqualTo(
                "No hits for endorse. Words match whole: endorse* finds every form.");
        assertThat(SearchViewModel.summary(SearchResults.empty("\"does endorse\""))).isEqualTo("No hits for \"does endorse\".");
        assertThat(SearchViewModel.summary(SearchResults.empty("endors*"))).isEqualTo("No hits for endors*.");
    }
}
