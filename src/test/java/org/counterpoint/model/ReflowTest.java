package org.counterpoint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReflowTest {
    private static final String PAGE = String.join("\n",
            "Introduction",
            "Lorem ipsum dolor sit amet, consectetur adip-",
            "iscing elit, sed do eiusmod tempor incididunt",
            "ut labore et dolore magna aliqua.",
            "1. Ut enim ad minim veniam, quis nostrud exer-",
            "citation ullamco laboris nisi ut aliquip ex ea",
            "commodo consequat.") + "\n";

    @Test
    void softBreaksJoinAndParagraphEndsStay() {
        Reflow r = Reflow.of(PAGE);
        assertThat(r.display()).isEqualTo("Introduction\n"
                + "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\n"
                + "1. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.\n");
    }

    @Test
    void everyShownCharacterMapsToTheStoredCharacterItShows() {
        Reflow r = Reflow.of(PAGE);
        String shown = r.display();
        for (int d = 0; d < shown.length(); d++) {
            char stored = PAGE.charAt(r.storedOffset(d));
            assertThat(stored == shown.charAt(d) || (stored == '\n' && shown.charAt(d) == ' '))
                    .as("shown %d '%s' is stored '%s'", d, shown.charAt(d), stored).isTrue();
            assertThat(r.displayOffset(r.storedOffset(d))).isEqualTo(d);
        }
    }

    @Test
    void aSelectionOverAJoinedWordGivesExactStoredOffsets() {
        Reflow r = Reflow.of(PAGE);
        int d = r.display().indexOf("adipiscing");
        int[] range = r.storedRange(d, d + "adipiscing".length());
        assertThat(PAGE.substring(range[0], range[1])).isEqualTo("adip-\niscing");
        int s = r.display().indexOf("consectetur");
        int[] across = r.storedRange(s, r.display().indexOf(" ut labore"));
        assertThat(PAGE.substring(across[0], across[1])).isEqualTo("consectetur adip-\niscing elit, sed do eiusmod tempor incididunt");
        // and back: a highlight's stored range shows over the joined word
        int[] shown = r.displayRange(range[0], range[1]);
        assertThat(r.display().substring(shown[0], shown[1])).isEqualTo("adipiscing");
        int[] hyphenOnly = r.displayRange(range[0] + 4, range[0] + 6);
        assertThat(hyphenOnly[1] - hyphenOnly[0]).isZero();
    }

    @Test
    void breaksAskedForAreKept() {
        String text = "The first page ends in the middle of a long sentence that\ngoes on over the page break and ends here.\n";
        Reflow joined = Reflow.of(text);
        assertThat(joined.display()).isEqualTo("The first page ends in the middle of a long sentence that goes on over the page break and ends here.\n");
        Reflow kept = Reflow.of(text, new int[] {text.indexOf("goes")});
        assertThat(kept.display()).isEqualTo(text);
    }

    @Test
    void surrogatePairsAndRightToLeftTextMapOneToOne() {
        String text = "𝐀𝐁 quoted in a long enough line of text to be typical\nقال IPVM إن الخبر صحيح in a long enough line\n";
        Reflow r = Reflow.of(text);
        assertThat(r.display()).isEqualTo("𝐀𝐁 quoted in a long enough line of text to be typical قال IPVM إن الخبر صحيح in a long enough line\n");
        int a = r.display().indexOf("الخبر");
        int[] range = r.storedRange(a, a + 5);
        assertThat(text.substring(range[0], range[1])).isEqualTo("الخبر");
    }
}
