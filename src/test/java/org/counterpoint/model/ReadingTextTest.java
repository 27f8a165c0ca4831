package org.counterpoint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingTextTest {
    @Test
    void lineBreaksBecomeSpacesAndSpacesCollapse() {
        assertThat(ReadingText.of("the UK government\nendorses  the\n  security ")).isEqualTo("the UK government endorses the security");
    }

    @Test
    void aWordSplitByTheTypesetterIsJoined() {
        assertThat(ReadingText.of("Lorem ipsum dolor sit amet, adip-\niscing elit")).isEqualTo("Lorem ipsum dolor sit amet, adipiscing elit");
        assertThat(ReadingText.of("interna\u00AD\ntional")).isEqualTo("international");
    }

    @Test
    void aHyphenBeforeACapitalOrADigitIsKeptWithoutASpace() {
        assertThat(ReadingText.of("the Franco-\nBritish treaty of 1904-\n1905")).isEqualTo("the Franco-British treaty of 1904-1905");
    }

    @Test
    void aCompoundAlreadyHyphenatedKeepsItsHyphen() {
        assertThat(ReadingText.of("a state-of-the-\nart camera")).isEqualTo("a state-of-the-art camera");
    }

    @Test
    void theDocumentDecidesWhetherALineEndHyphenIsReal() {
        String document = "Its well-known products are sold well. What is known is this. The policy applies to interna-\ntional "
                + "suppliers and their well-\nknown subsidiaries; international law applies.";
        ReadingText.Vocabulary words = ReadingText.Vocabulary.of(document);
        assertThat(ReadingText.of("their well-\nknown subsidiaries", words)).isEqualTo("their well-known subsidiaries");
        assertThat(ReadingText.of("applies to interna-\ntional suppliers", words)).isEqualTo("applies to international suppliers");
        // both halves are words here, and the joined word is not: the hyphen is real
        ReadingText.Vocabulary halves = ReadingText.Vocabulary.of("The data set is large. A set of rules. The data-\nset is small.");
        assertThat(ReadingText.of("The data-\nset is small.", halves)).isEqualTo("The data-set is small.");
        // without its document, a hyphen before a lower-case letter is taken for a split word
        assertThat(ReadingText.of("their well-\nknown subsidiaries")).isEqualTo("their wellknown subsidiaries");
    }

    @Test
    void chineseLinesJoinWithoutASpace() {
        assertThat(ReadingText.of("中文测\n试文本 and English\nwords")).isEqualTo("中文测试文本 and English words");
    }

    @Test
    void rightToLeftTextIsUntouchedApartFromBreaks() {
        assertThat(ReadingText.of("قال IPVM\nإن الخبر صحيح")).isEqualTo("قال IPVM إن الخبر صحيح");
    }

    @Test
    void aMidLineHyphenIsNeverTouched() {
        assertThat(ReadingText.of("a well-known fact - really")).isEqualTo("a well-known fact - really");
    }
}
