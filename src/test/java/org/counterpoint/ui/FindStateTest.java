package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpoint.model.SourceDocument;
import org.counterpoint.task.DirectTaskRunner;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FindStateTest {
    private final SourceDocument doc = Fixtures.textDocument("d", "One cat, two CATS and a\ncat-like dog. Cat.");
    private FindState find;

    @BeforeEach
    void setUp() {
        find = new FindState(new DirectTaskRunner());
        find.setDocument(doc);
        find.shownProperty().set(true);
    }

    private String current() {
        int[] r = find.foundProperty().get().currentRange();
        return r == null ? null : doc.text().substring(r[0], r[1]);
    }

    @Test
    void typingFindsEveryOccurrenceAndCountsThem() {
        find.queryProperty().set("cat");
        assertThat(find.foundProperty().get().ranges()).hasSize(4);
        assertThat(find.countProperty().get()).isEqualTo("1 of 4");
        assertThat(current()).isEqualTo("cat");
    }

    @Test
    void nextAndPreviousStepAndWrapAround() {
        find.queryProperty().set("cat");
        find.next();
        assertThat(find.countProperty().get()).isEqualTo("2 of 4");
        assertThat(current()).isEqualTo("CAT");
        find.previous();
        find.previous();
        assertThat(find.countProperty().get()).isEqualTo("4 of 4");
        assertThat(current()).isEqualTo("Cat");
        find.next();
        assertThat(find.countProperty().get()).isEqualTo("1 of 4");
    }

    @Test
    void noMatchIsSaidPlainlyAndABlankQueryCountsNothing() {
        find.queryProperty().set("horse");
        assertThat(find.countProperty().get()).isEqualTo("No matches");
        assertThat(find.foundProperty().get().currentRange()).isNull();
        find.queryProperty().set("  ");
        assertThat(find.countProperty().get()).isEmpty();
    }

    @Test
    void aNewSearchStartsFromTheCaret() {
        find.setCaret(() -> doc.text().indexOf("dog"));
        find.queryProperty().set("cat");
        assertThat(find.countProperty().get()).isEqualTo("4 of 4");
    }

    @Test
    void closingTheBarClearsTheMarksAndAnotherDocumentIsSearchedAnew() {
        find.queryProperty().set("cat");
        find.shownProperty().set(false);
        assertThat(find.foundProperty().get().ranges()).isEmpty();
        find.shownProperty().set(true);
        find.setDocument(Fixtures.textDocument("e", "no felines here, only a cat"));
        assertThat(find.foundProperty().get().documentId()).isEqualTo("e");
        assertThat(find.countProperty().get()).isEqualTo("1 of 1");
    }
}
