package org.counterpoint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class AttributionTest {
    private static final String TEXT = "One.\nTwo and\nthree.\n";
    private final SourceDocument paged = new SourceDocument("d", "Paged", DocumentKind.PDF, new Origin("paged.pdf", "paged.pdf"),
            "b".repeat(64), TEXT, List.of(0, 5, 13), Fixtures.textDocument("x", "x").metadata(), Fixtures.T0);

    @Test
    void whoJoinsSpeakerAndAffiliationAndTakesEitherAlone() {
        assertThat(Attribution.who(new Provenance("Daniel Hatton", "Home Office", null, ""))).isEqualTo("Daniel Hatton, Home Office");
        assertThat(Attribution.who(new Provenance("", "Home Office", null, ""))).isEqualTo("Home Office");
        assertThat(Attribution.who(new Provenance("Daniel Hatton", "", null, ""))).isEqualTo("Daniel Hatton");
        assertThat(Attribution.who(new Provenance("", "", null, ""))).isEmpty();
    }

    @Test
    void theSourceCitesThePageOnlyWhenThereAreSeveral() {
        Highlight two = Fixtures.highlight("h", paged, Role.CLAIM, "Two");
        assertThat(Attribution.source(paged, two)).isEqualTo("Paged, p. 2");
        SourceDocument single = Fixtures.textDocument("t", "One page only.");
        Highlight h = Fixtures.highlight("s", single, Role.CLAIM, "page");
        assertThat(Attribution.source(single, h)).isEqualTo(single.title().isBlank() ? single.origin().fileName() : single.title());
    }

    @Test
    void theLineNamesWhoWhenAndWhere() {
        Highlight two = Fixtures.highlight("h", paged, Role.CLAIM, "Two")
                .withProvenance(new Provenance("Daniel Hatton", "", PartialDate.parse("2023-10-25"), ""), Fixtures.T0);
        Project p = Project.empty("P", Fixtures.T0);
        p = new org.counterpoint.model.edit.CompositeEdit("setup", List.of(
                org.counterpoint.model.edit.Edits.addDocuments(List.of(paged), Fixtures.T0),
                org.counterpoint.model.edit.Edits.addHighlight(two, Fixtures.T0))).apply(p);
        assertThat(Attribution.line(p, two)).isEqualTo("— Daniel Hatton · 25 Oct 2023 · Paged, p. 2");
        Highlight anonymous = two.withProvenance(new Provenance("", "", null, ""), Fixtures.T0);
        assertThat(Attribution.line(p, anonymous)).isEqualTo("Speaker not recorded · Paged, p. 2");
    }
}
