package org.counterpoint.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.Verdict;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class EditsTest {
    private final Project p = Fixtures.rich();

    @Test
    void linkingPutsAQuoteOnTheSideItsRoleBelongsOn() {
        Project q = Edits.link("c2", "h2", -1, Fixtures.T1).apply(p);
        assertThat(q.comparison("c2").orElseThrow().rebuttalIds()).containsExactly("h2");
        Project r = Edits.link("c2", "h1", 0, Fixtures.T1).apply(q);
        assertThat(r.comparison("c2").orElseThrow().claimIds()).containsExactly("h1", "h5");
        assertThat(r.modified()).isEqualTo(Fixtures.T1);
    }

    @Test
    void linkingRefusesContextAndDuplicates() {
        assertThatThrownBy(() -> Edits.link("c1", "h3", -1, Fixtures.T1).apply(p)).isInstanceOf(EditException.class)
                .hasMessageContaining("context");
        assertThatThrownBy(() -> Edits.link("c1", "h2", -1, Fixtures.T1).apply(p)).hasMessageContaining("already in the comparison");
        assertThatThrownBy(() -> Edits.link("nope", "h2", -1, Fixtures.T1).apply(p)).hasMessageContaining("no longer in the project");
    }

    @Test
    void deletingAHighlightUnlinksItEverywhere() {
        Project q = Edits.removeHighlight("h2", Fixtures.T1).apply(p);
        assertThat(q.highlight("h2")).isEmpty();
        assertThat(q.comparison("c1").orElseThrow().rebuttalIds()).containsExactly("h4");
    }

    @Test
    void changingTheRoleOfALinkedQuoteTakesItOffTheWrongSide() {
        var h2 = p.highlight("h2").orElseThrow().withRole(Role.CLAIM, Fixtures.T1);
        Project q = Edits.updateHighlight(h2, "Change Role", Fixtures.T1).apply(p);
        assertThat(q.comparison("c1").orElseThrow().rebuttalIds()).containsExactly("h4");
        assertThat(q.highlight("h2").orElseThrow().role()).isEqualTo(Role.CLAIM);
    }

    @Test
    void removingADocumentRemovesItsHighlightsAndTheirLinks() {
        Project q = Edits.removeDocument("doc-b", Fixtures.T1).apply(p);
        assertThat(q.documents()).extracting("id").containsExactly("doc-a");
        assertThat(q.highlights()).extracting("id").containsExactly("h1", "h2");
        assertThat(q.comparison("c1").orElseThrow().rebuttalIds()).containsExactly("h2");
        assertThat(q.comparison("c2").orElseThrow().claimIds()).isEmpty();
    }

    @Test
    void comparisonsKeepTheirOrderWhenMoved() {
        Project q = Edits.moveComparison("c2", -1, Fixtures.T1).apply(p);
        assertThat(q.comparisonsInOrder()).extracting(Comparison::id).containsExactly("c2", "c1");
        assertThat(Edits.moveComparison("c2", -1, Fixtures.T1).apply(q)).isSameAs(q);
    }

    @Test
    void aNewComparisonIsCheckedAndGoesLast() {
        Comparison c = new Comparison("c3", "Third", List.of("h1"), List.of("h4"), Verdict.MISLEADING, "", "", 0);
        Project q = Edits.addComparison(c, Fixtures.T1).apply(p);
        assertThat(q.comparisonsInOrder().get(2).id()).isEqualTo("c3");
        Comparison wrong = new Comparison("c4", "Wrong", List.of("h2"), List.of(), Verdict.FALSE, "", "", 0);
        assertThatThrownBy(() -> Edits.addComparison(wrong, Fixtures.T1).apply(p)).hasMessageContaining("Only claims");
    }

    @Test
    void reorderingWithinASideMovesTheQuote() {
        Project q = Edits.move("c1", "c1", "h4", 0, Fixtures.T1).apply(p);
        assertThat(q.comparison("c1").orElseThrow().rebuttalIds()).containsExactly("h4", "h2");
    }
}
