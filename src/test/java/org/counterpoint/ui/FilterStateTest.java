package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class FilterStateTest {
    private final SourceDocument doc = Fixtures.textDocument("d1", "The minister said the ban stands. Officials denied any endorsement.");
    private final Highlight claim = Fixtures.highlight("h1", doc, Role.CLAIM, "the ban stands")
            .withTags(List.of(" Procurement "), Fixtures.T0)
            .withProvenance(new org.counterpoint.model.Provenance("Minister", "", new PartialDate(2023, 10, 25), ""), Fixtures.T0);
    private final Highlight rebuttal = Fixtures.highlight("h2", doc, Role.REBUTTAL, "Officials denied any endorsement")
            .withProvenance(new org.counterpoint.model.Provenance("Officer", "", new PartialDate(2023, 0, 0), ""), Fixtures.T0);
    private final Project project = Project.empty("p", Fixtures.T0).withDocuments(List.of(doc), Fixtures.T0)
            .withHighlights(List.of(claim, rebuttal), Fixtures.T0)
            .withComparisons(List.of(new Comparison("c1", "C", List.of("h1"), List.of(), Verdict.FALSE, "", "", 0)), Fixtures.T0);

    private List<String> shown(FilterState f) {
        return project.highlights().stream().filter(f.matcher(project)).map(Highlight::id).toList();
    }

    @Test
    void everyFilterCombines() {
        FilterState f = new FilterState();
        assertThat(f.isEmpty()).isTrue();
        assertThat(shown(f)).containsExactly("h1", "h2");
        f.tagProperty().set("procurement");
        assertThat(shown(f)).containsExactly("h1");
        f.roleProperty().set(Role.REBUTTAL);
        assertThat(shown(f)).isEmpty();
        f.roleProperty().set(null);
        f.tagProperty().set("");
        f.verdictProperty().set(Verdict.FALSE);
        assertThat(shown(f)).containsExactly("h1");
        f.verdictProperty().set(Verdict.ACCURATE);
        assertThat(shown(f)).isEmpty();
        f.verdictProperty().set(null);
        f.textProperty().set("DENIED");
        assertThat(shown(f)).containsExactly("h2");
        f.textProperty().set("");
        f.statedProperty().set(new PartialDate(2023, 10, 0));
        assertThat(shown(f)).as("a statement known only to the year is not placed in a month").containsExactly("h1");
        f.statedProperty().set(new PartialDate(2023, 0, 0));
        assertThat(shown(f)).containsExactly("h1", "h2");
        assertThat(f.isEmpty()).isFalse();
        assertThat(FilterState.tags(project)).as("tags stripped, once each, sorted").startsWith("Procurement").doesNotHaveDuplicates();
    }
}
