package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ReadingQuotesTest {
    @Test
    void aQuoteIsJudgedByTheWordsOfItsOwnDocument() {
        // the document writes "well-known" on one line, so the hyphen at a line end there is a real one
        String text = "It is a well-known fact.\nThe well-\nknown rule holds.\nA consec-\ntetur word.";
        SourceDocument d = Fixtures.textDocument("d1", text);
        Highlight compound = Fixtures.highlight("h1", d, Role.CLAIM, "well-\nknown rule");
        Highlight split = Fixtures.highlight("h2", d, Role.CLAIM, "consec-\ntetur");
        Project p = new Project("P", "", "", List.of(d), List.of(compound, split), List.of(), Fixtures.T0, Fixtures.T0);
        assertThat(ReadingQuotes.of(p, compound)).isEqualTo("well-known rule");
        assertThat(ReadingQuotes.of(p, split)).isEqualTo("consectetur");
        // without its document, the default rule joins both
        Project without = new Project("P", "", "", List.of(), List.of(compound), List.of(), Fixtures.T0, Fixtures.T0);
        assertThat(ReadingQuotes.of(without, compound)).isEqualTo("wellknown rule");
    }
}
