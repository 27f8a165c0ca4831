package org.counterpoint.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.counterpoint.model.Project;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private static Edit rename(String title) {
        return Edits.setProjectInfo(title, "", "", Fixtures.T1);
    }

    @Test
    void undoAndRedoRestoreTheExactStates() {
        Project start = Fixtures.rich();
        EditHistory history = new EditHistory(start);
        history.reset(start, true);
        history.execute(rename("A"));
        Project afterA = history.project();
        history.execute(rename("B"));

        history.undo();
        assertThat(history.project()).isSameAs(afterA);
        history.undo();
        assertThat(history.project()).isSameAs(start);
        assertThat(history.canUndo()).isFalse();
        history.redo();
        history.redo();
        assertThat(history.project().title()).isEqualTo("B");
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void theUnsavedMarkFollowsTheRevisionNotTheNumberOfEdits() {
        EditHistory history = new EditHistory(Fixtures.rich());
        history.reset(Fixtures.rich(), true);
        assertThat(history.isDirty()).isFalse();
        history.execute(rename("A"));
        assertThat(history.isDirty()).isTrue();
        history.markSaved(history.revision());
        assertThat(history.isDirty()).isFalse();
        history.execute(rename("B"));
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).as("undoing back to the saved state is clean").isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
    }

    @Test
    void aNewEditClearsRedoAndAnEditThatChangesNothingIsNotRecorded() {
        EditHistory history = new EditHistory(Fixtures.rich());
        history.execute(rename("A"));
        history.undo();
        assertThat(history.canRedo()).isTrue();
        history.execute(rename("C"));
        assertThat(history.canRedo()).isFalse();
        long revision = history.revision();
        history.execute(Edits.of("Nothing", p -> p));
        assertThat(history.revision()).isEqualTo(revision);
        assertThat(history.undoDescription()).contains("Edit Project Details");
    }

    @Test
    void aRefusedEditLeavesEverythingAsItWas() {
        EditHistory history = new EditHistory(Fixtures.rich());
        Project before = history.project();
        List<EditHistory> fired = new ArrayList<>();
        history.addListener(fired::add);
        EditException refused = org.assertj.core.api.Assertions.catchThrowableOfType(EditException.class,
                () -> history.execute(Edits.link("c1", "h3", -1, Fixtures.T1)));
        assertThat(refused).as("linking a context highlight is refused").isNotNull().hasMessageContaining("context highlight");
        assertThat(history.project()).isSameAs(before);
        assertThat(history.canUndo()).isFalse();
        assertThat(fired).isEmpty();
    }

    @Test
    void aCompositeEditIsUndoneInOneStep() {
        EditHistory history = new EditHistory(Fixtures.rich());
        Project before = history.project();
        history.execute(Edits.move("c1", "c2", "h2", -1, Fixtures.T1));
        assertThat(history.project().comparison("c1").orElseThrow().rebuttalIds()).containsExactly("h4");
        assertThat(history.project().comparison("c2").orElseThrow().rebuttalIds()).containsExactly("h2");
        history.undo();
        assertThat(history.project()).isEqualTo(before);
    }
}
