package org.counterpoint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SourceDocumentTest {
    // three pages: "One.\n" [0, 5), "Two and\n" [5, 13), "three.\n" [13, 20)
    private final SourceDocument paged = new SourceDocument(Fixtures.textDocument("d", "x").id(), "Paged", DocumentKind.PDF,
            new Origin("paged.pdf", "paged.pdf"), "b".repeat(64), "One.\nTwo and\nthree.\n", List.of(0, 5, 13),
            Fixtures.textDocument("d", "x").metadata(), Fixtures.T0);

    @Test
    void aQuoteOnOnePageIsCitedByThatPage() {
        assertThat(paged.pagesOf(5, 8)).isEqualTo("2");
        assertThat(paged.pageCitation(Fixtures.highlight("h", paged, Role.CLAIM, "Two"))).isEqualTo("p. 2");
    }

    @Test
    void aQuoteOverAPageBreakIsCitedByItsFirstAndLastPages() {
        assertThat(paged.pageCitation(Fixtures.highlight("h", paged, Role.CLAIM, "and\nthree"))).isEqualTo("pp. 2\u20133");
        assertThat(paged.pageCitation(Fixtures.highlight("h", paged, Role.CLAIM, "One.\nTwo and\nthree"))).isEqualTo("pp. 1\u20133");
    }

    @Test
    void aQuoteEndingAtAPageBreakDoesNotReachTheNextPage() {
        // [5, 13) ends exactly where page 3 starts
        assertThat(paged.pagesOf(5, 13)).isEqualTo("2");
    }

    @Test
    void anAreaIsCitedByItsPage() {
        Highlight area = Highlight.ofArea("a", paged.id(), Role.CONTEXT, new PageArea(3, 10, 10, 50, 20), "", Fixtures.T0);
        assertThat(paged.pageCitation(area)).isEqualTo("p. 3");
    }
}
