package org.counterpoint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** A project's lookups by id answer exactly as a walk through its lists would, on every version. */
class ProjectLookupTest {
    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    @Test
    void lookupsByIdAgreeWithAWalkThroughTheLists() {
        Project p = Fixtures.rich();
        for (Highlight h : p.highlights()) {
            assertThat(p.highlight(h.id())).contains(h);
            assertThat(p.highlightsIn(h.documentId()))
                    .containsExactlyElementsOf(p.highlights().stream().filter(x -> x.documentId().equals(h.documentId())).toList());
            assertThat(p.comparisonsLinking(h.id()))
                    .containsExactlyElementsOf(p.comparisons().stream().filter(c -> c.references(h.id())).toList());
        }
        for (Comparison c : p.comparisons()) {
            assertThat(p.comparison(c.id())).contains(c);
        }
        for (SourceDocument d : p.documents()) {
            assertThat(p.document(d.id())).contains(d);
        }
        assertThat(p.highlight("no-such-id")).isEmpty();
        assertThat(p.comparison("no-such-id")).isEmpty();
        assertThat(p.document("no-such-id")).isEmpty();
        assertThat(p.highlight(null)).isEmpty();
        assertThat(p.highlightsIn("no-such-doc")).isEmpty();
        assertThat(p.comparisonsLinking("no-such-id")).isEmpty();
    }

    @Test
    void anEditedVersionFindsWhatItHoldsNotWhatTheOldOneHeld() {
        Project p = Fixtures.rich();
        Highlight first = p.highlights().get(0);
        assertThat(p.highlight(first.id())).contains(first);
        Highlight edited = first.withNote("a new note", NOW);
        Project q = p.replaceHighlight(edited, NOW);
        assertThat(q.highlight(first.id())).contains(edited);
        assertThat(p.highlight(first.id())).contains(first);
        Project r = q.withHighlights(q.highlights().subList(1, q.highlights().size()), NOW);
        assertThat(r.highlight(first.id())).isEmpty();
        assertThat(r.highlightsIn(first.documentId())).doesNotContain(edited);
    }

    @Test
    void theFirstOfTwoItemsWithOneIdIsFoundAsBefore() {
        Project p = Fixtures.rich();
        Highlight h = p.highlights().get(0);
        Highlight twin = h.withNote("the twin", NOW);
        List<Highlight> twice = new ArrayList<>(p.highlights());
        twice.add(twin);
        Project q = p.withHighlights(twice, NOW);
        assertThat(q.highlight(h.id())).contains(h);
        assertThat(q.highlightsIn(h.documentId())).containsSubsequence(h, twin);
    }

    @Test
    void theListsStayUnmodifiableCopiesThatEqualOrdinaryLists() {
        Project p = Fixtures.rich();
        List<Highlight> source = new ArrayList<>(p.highlights());
        Project q = p.withHighlights(source, NOW);
        source.clear();
        assertThat(q.highlights()).hasSize(p.highlights().size()).isEqualTo(new ArrayList<>(p.highlights()));
        assertThat(q).isEqualTo(p.withModified(NOW));
        assertThat(q.hashCode()).isEqualTo(p.withModified(NOW).hashCode());
        assertThatThrownBy(() -> q.highlights().add(p.highlights().get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> q.highlights().set(0, p.highlights().get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> q.highlightsIn(p.highlights().get(0).documentId()).clear()).isInstanceOf(UnsupportedOperationException.class);
        List<Highlight> withNull = new ArrayList<>(p.highlights());
        withNull.add(null);
        assertThatThrownBy(() -> p.withHighlights(withNull, NOW)).isInstanceOf(NullPointerException.class);
    }
}
