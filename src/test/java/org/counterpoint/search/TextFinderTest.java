package org.counterpoint.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFinderTest {
    private static List<String> found(String text, String query) {
        return new TextFinder(text).find(query).ranges().stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void caseAndDiacriticsAreFolded() {
        assertThat(found("Café culture. CAFE owners said cafe", "cafe")).containsExactly("Café", "CAFE", "cafe");
    }

    @Test
    void ligaturesAndCurlyQuotesMatchTheirPlainLetters() {
        assertThat(found("the \uFB01nal report", "final")).containsExactly("\uFB01nal");
        assertThat(found("he said \u201Cno\u201D", "\"no\"")).containsExactly("\u201Cno\u201D");
    }

    @Test
    void lineBreaksAndSpaceRunsReadAsOneSpace() {
        assertThat(found("the water\n  supply failed", "water supply")).containsExactly("water\n  supply");
    }

    @Test
    void aWordSplitAtALineEndIsFoundWhole() {
        assertThat(found("national secu-\nrity council", "security")).containsExactly("secu-\nrity");
    }

    @Test
    void rangesAreInOrderAndDoNotOverlap() {
        String text = "aaaa";
        List<int[]> ranges = new TextFinder(text).find("aa").ranges();
        assertThat(ranges).hasSize(2);
        assertThat(ranges.get(0)).containsExactly(0, 2);
        assertThat(ranges.get(1)).containsExactly(2, 4);
    }

    @Test
    void aBlankQueryOrAMissingWordFindsNothing() {
        assertThat(found("some text", "   ")).isEmpty();
        assertThat(found("some text", "absent")).isEmpty();
    }

    @Test
    void theQueryIsTrimmedAndItsInnerSpacesFolded() {
        assertThat(found("Alpha beta", "  ALPHA\tBETA ")).containsExactly("Alpha beta");
    }
}
