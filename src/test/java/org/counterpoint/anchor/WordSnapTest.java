package org.counterpoint.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSnapTest {
    private static String cut(String text, int[] r) {
        return text.substring(r[0], r[1]);
    }

    @Test
    void aDragThatStopsMidWordTakesTheWholeWord() {
        String t = "Lorem ipsum dolor sit amet, consectetur.";
        int start = t.indexOf("ipsum") + 2;
        int end = t.indexOf("amet") + 2;
        assertThat(cut(t, WordSnap.words(t, start, end))).isEqualTo("ipsum dolor sit amet");
        assertThat(cut(t, WordSnap.words(t, end, start))).as("a drag backwards").isEqualTo("ipsum dolor sit amet");
    }

    @Test
    void spacesAtTheEdgesAreLeftOut() {
        String t = "one two  three";
        assertThat(cut(t, WordSnap.words(t, 3, 9))).isEqualTo("two");
    }

    @Test
    void wordsAtExactEdgesStayAsTheyAre() {
        String t = "Lorem ipsum dolor";
        assertThat(WordSnap.words(t, 6, 11)).containsExactly(6, 11);
        assertThat(WordSnap.insideWord(t, 8)).isTrue();
        assertThat(WordSnap.insideWord(t, 6)).isFalse();
    }

    @Test
    void arabicWithItsMarksIsOneWord() {
        String t = "habibi حَبيبي yes";
        int a = t.indexOf('ح');
        // from inside the Arabic word, right after the fatha, to inside "yes"
        int[] r = WordSnap.words(t, a + 2, t.length() - 1);
        assertThat(cut(t, r)).isEqualTo("حَبيبي yes");
        // a selection that would end between the letter and its mark keeps them together
        assertThat(cut(t, WordSnap.characters(t, a, a + 1))).isEqualTo("حَ");
    }

    @Test
    void hebrewWordsSnap() {
        String t = "הממשלה לא אישרה את המוצר";
        int[] r = WordSnap.words(t, 2, t.indexOf("אישרה") + 2);
        assertThat(cut(t, r)).isEqualTo("הממשלה לא אישרה");
    }

    @Test
    void chineseSnapsToDictionaryWordsNotTheWholeLine() {
        String t = "中文测试文本";
        int[] r = WordSnap.words(t, 3, 4);
        assertThat(cut(t, r)).isEqualTo("测试");
        assertThat(cut(t, WordSnap.wordAt(t, 4))).isEqualTo("文本");
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String t = "say 𝐀𝐁𝐂 now";
        int inside = t.indexOf("𝐁") + 1;
        int[] chars = WordSnap.characters(t, inside, inside + 1);
        assertThat(cut(t, chars)).isEqualTo("𝐁");
        assertThat(cut(t, WordSnap.words(t, inside, inside + 1))).isEqualTo("𝐀𝐁𝐂");
    }

    @Test
    void combiningMarksStayWithTheirLetters() {
        String t = "cafe\u0301 au lait";
        assertThat(cut(t, WordSnap.characters(t, 3, 4))).isEqualTo("e\u0301");
        assertThat(cut(t, WordSnap.words(t, 4, 5))).isEqualTo("cafe\u0301");
    }

    @Test
    void doubleClickSelectsAWordAndTripleClickALine() {
        String t = "First line here.\nSecond line, with words.\n";
        int at = t.indexOf("with") + 1;
        assertThat(cut(t, WordSnap.wordAt(t, at))).isEqualTo("with");
        assertThat(cut(t, WordSnap.lineAt(t, at))).isEqualTo("Second line, with words.");
        assertThat(cut(t, WordSnap.lineAt(t, 0))).isEqualTo("First line here.");
        assertThat(cut(t, WordSnap.lineAt(t, t.indexOf('\n')))).isEqualTo("First line here.");
        assertThat(cut(t, WordSnap.wordAt(t, t.indexOf('\n')))).isEqualTo(".");
    }

    @Test
    void anEmptySelectionStaysEmpty() {
        String t = "some words";
        assertThat(WordSnap.words(t, 2, 2)).containsExactly(2, 2);
    }
}
