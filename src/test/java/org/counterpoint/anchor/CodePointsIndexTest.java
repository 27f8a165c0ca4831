package org.counterpoint.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointsIndexTest {
    /** Emoji and a Gothic letter (two UTF-16 units each), a lone surrogate, and plain text. */
    private static final String TEXT = "a😀b𐌰𐌰 c\uD800d 😀 end😀";

    @Test
    void agreesWithTheJdkAtEveryOffset() {
        CodePoints.Index index = new CodePoints.Index(TEXT);
        for (int i = 0; i <= TEXT.length(); i++) {
            assertThat(index.toCodePointOffset(i)).as("UTF-16 offset %d", i).isEqualTo(CodePoints.toCodePointOffset(TEXT, i));
        }
        int codePoints = TEXT.codePointCount(0, TEXT.length());
        for (int cp = 0; cp <= codePoints; cp++) {
            assertThat(index.toUtf16Offset(cp)).as("code point %d", cp).isEqualTo(CodePoints.toUtf16Offset(TEXT, cp));
        }
        assertThatThrownBy(() -> index.toUtf16Offset(codePoints + 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> index.toUtf16Offset(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aTextWithinTheBasicPlaneCountsTheSameBothWays() {
        CodePoints.Index index = new CodePoints.Index("plain text");
        assertThat(index.toUtf16Offset(5)).isEqualTo(5);
        assertThat(index.toCodePointOffset(10)).isEqualTo(10);
    }
}
