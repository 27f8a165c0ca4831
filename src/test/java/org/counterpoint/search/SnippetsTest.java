package org.counterpoint.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void whiteSpaceReadsAsSingleSpacesOnOneLineWithTheMatchMarked() {
        String text = "  The minister\n\n  said:\tno  endorsement \n was given.  ";
        int start = text.indexOf("no  endorsement");
        Snippets.Snippet s = Snippets.around(text, start, start + "no  endorsement".length());
        assertThat(s.text()).isEqualTo("The minister said: no endorsement was given.");
        assertThat(s.text().substring(s.markStart(), s.markEnd())).isEqualTo("no endorsement");
    }

    @Test
    void longTextIsCutAtWordsWithEllipses() {
        String words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu ";
        String text = words.repeat(4) + "TARGET " + words.repeat(4);
        int start = text.indexOf("TARGET");
        Snippets.Snippet s = Snippets.around(text, start, start + 6);
        assertThat(s.text()).startsWith("…").endsWith("…").contains(" TARGET ");
        assertThat(s.text().substring(s.markStart(), s.markEnd())).isEqualTo("TARGET");
        // whole words only, within the context on each side
        assertThat(s.text().substring(1, s.markStart()).strip().split(" ")).allMatch(words::contains);
        assertThat(s.markStart() - 1).isLessThanOrEqualTo(Snippets.CONTEXT);
        assertThat(s.text().length() - 1 - s.markEnd()).isLessThanOrEqualTo(Snippets.CONTEXT);
        assertThat(s.text()).doesNotContain("  ");
    }

    @Test
    void aMatchAtTheEndsHasNoEllipsis() {
        Snippets.Snippet s = Snippets.around("Endorsed. ", 0, 8);
        assertThat(s.text()).isEqualTo("Endorsed.");
        assertThat(s.markStart()).isZero();
        assertThat(s.markEnd()).isEqualTo(8);
    }
}
