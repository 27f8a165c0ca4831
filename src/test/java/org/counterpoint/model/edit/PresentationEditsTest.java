package org.counterpoint.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.counterpoint.model.Presentation;
import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.PresentationSettings.SlideGrouping;
import org.counterpoint.model.PresentationSettings.Theme;
import org.counterpoint.model.Project;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PresentationEditsTest {
    private final Project p = Fixtures.rich();

    @Test
    void hidingAComparisonIsOneUndoableStep() {
        EditHistory history = new EditHistory(p);
        history.execute(PresentationEdits.setHidden("c1", true, Fixtures.T1));
        assertThat(Presentation.scenes(history.project())).extracting(s -> s.comparison().id()).containsExactly("c2");
        assertThat(history.undoDescription()).contains("Hide from Presentation");
        history.undo();
        assertThat(Presentation.scenes(history.project())).extracting(s -> s.comparison().id()).containsExactly("c1", "c2");
        history.redo();
        assertThat(history.project().comparison("c1").orElseThrow().hiddenFromPresentation()).isTrue();
        assertThat(PresentationEdits.setHidden("c1", false, Fixtures.T1).description()).isEqualTo("Show in Presentation");
    }

    @Test
    void movingAStepChangesTheRevealAndUndoRestoresIt() {
        EditHistory history = new EditHistory(p);
        history.execute(PresentationEdits.moveStep("c1", "h4", -1, Fixtures.T1));
        assertThat(Presentation.revealOrder(history.project().comparison("c1").orElseThrow())).containsExactly("h1", "h4", "h2");
        history.execute(PresentationEdits.moveStep("c1", "h4", -1, Fixtures.T1));
        assertThat(Presentation.revealOrder(history.project().comparison("c1").orElseThrow())).containsExactly("h4", "h1", "h2");
        assertThat(history.undoDescription()).contains("Move Step Earlier");
        history.undo();
        history.undo();
        assertThat(history.project().comparison("c1").orElseThrow().stepOrder()).isEmpty();
        assertThat(PresentationEdits.moveStep("c1", "h1", -1, Fixtures.T1).apply(p)).isSameAs(p);
    }

    @Test
    void aStepOrderNamesOnlyLinkedQuotesOnce() {
        Project q = PresentationEdits.setStepOrder("c1", List.of("h2", "h1"), Fixtures.T1).apply(p);
        assertThat(Presentation.revealOrder(q.comparison("c1").orElseThrow())).containsExactly("h2", "h1", "h4");
        assertThatThrownBy(() -> PresentationEdits.setStepOrder("c1", List.of("h5"), Fixtures.T1).apply(p))
                .isInstanceOf(EditException.class).hasMessageContaining("not in the comparison");
        assertThatThrownBy(() -> PresentationEdits.setStepOrder("c1", List.of("h1", "h1"), Fixtures.T1).apply(p))
                .hasMessageContaining("only once");
        assertThatThrownBy(() -> PresentationEdits.moveStep("nope", "h1", 1, Fixtures.T1).apply(p))
                .hasMessageContaining("no longer in the project");
        Project reset = PresentationEdits.resetStepOrder("c1", Fixtures.T1).apply(q);
        assertThat(reset.comparison("c1").orElseThrow().stepOrder()).isEmpty();
    }

    @Test
    void presentationSettingsAreAnEdit() {
        var dark = new PresentationSettings(Theme.DARK, SlideGrouping.PER_COMPARISON);
        EditHistory history = new EditHistory(p);
        history.execute(PresentationEdits.setSettings(dark, Fixtures.T1));
        assertThat(history.project().presentation()).isEqualTo(dark);
        history.undo();
        assertThat(history.project().presentation()).isEqualTo(PresentationSettings.DEFAULT);
    }
}
