package org.counterpoint.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpoint.model.TextAnchor;
import org.junit.jupiter.api.Test;

class AnchorsTest {
    private static final String TEXT = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ the quote itself KLMNOPQRSTUVWXYZ0123456789abcdefghij";

    @Test
    void keepsThirtyTwoCharactersOfContextEachSide() {
        int start = TEXT.indexOf("the quote");
        TextAnchor a = Anchors.create(TEXT, start, start + "the quote itself".length());
        assertThat(a.exact()).isEqualTo("the quote itself");
        assertThat(a.prefix()).hasSize(32).isEqualTo(TEXT.substring(start - 32, start));
        assertThat(a.suffix()).hasSize(32).isEqualTo(TEXT.substring(a.end(), a.end() + 32));
        assertThat(a.matches(TEXT)).isTrue();
    }

    @Test
    void contextIsShorterAtTheEdges() {
        TextAnchor a = Anchors.create("short text", 0, 5);
        assertThat(a.prefix()).isEmpty();
        assertThat(a.suffix()).isEqualTo(" text");
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicMultilingualPlane() {
        String text = "a𝒳b🙂c";
        // 𝒳 is at UTF-16 offsets 1-2, 🙂 at 4-5
        TextAnchor a = Anchors.create(text, 2, 5);
        assertThat(a.start()).isEqualTo(1);
        assertThat(a.end()).isEqualTo(6);
        assertThat(a.exact()).isEqualTo("𝒳b🙂");
        assertThat(a.exact().codePointCount(0, a.exact().length())).isEqualTo(3);
    }

    @Test
    void contextDoesNotStartOrEndInsideAPair() {
        String text = "🙂".repeat(40) + "X" + "🙂".repeat(40);
        int x = text.indexOf('X');
        TextAnchor a = Anchors.create(text, x, x + 1);
        assertThat(Character.isLowSurrogate(a.prefix().charAt(0))).isFalse();
        assertThat(Character.isHighSurrogate(a.suffix().charAt(a.suffix().length() - 1))).isFalse();
        assertThat(a.prefix().length()).isEqualTo(32);
    }

    @Test
    void trimmingDropsWhiteSpaceASelectionPickedUp() {
        String text = "  a quote \n";
        int[] r = Anchors.trim(text, 0, text.length());
        assertThat(text.substring(r[0], r[1])).isEqualTo("a quote");
        int[] empty = Anchors.trim(text, 0, 2);
        assertThat(empty[0]).isEqualTo(empty[1]);
    }

    @Test
    void codePointOffsetsDifferFromUtf16OutsideTheBmp() {
        String text = "a𝒳b🙂c";
        assertThat(CodePoints.toCodePointOffset(text, 4)).isEqualTo(3);
        assertThat(CodePoints.toUtf16Offset(text, 3)).isEqualTo(4);
        assertThat(CodePoints.toCodePointOffset(text, text.length())).isEqualTo(5);
    }
}
