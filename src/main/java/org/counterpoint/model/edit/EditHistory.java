package org.counterpoint.model.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.counterpoint.model.Project;

/**
 * The single owner of the current project and of its undo and redo stacks. Every change to a
 * project passes through {@link #execute(Edit)}.
 *
 * <p>Each state carries a revision number. Undoing back to the state that was saved makes the
 * project clean again, because the unsaved mark is simply "revision differs from saved revision".
 */
public final class EditHistory {

    private record Step(Edit edit, Project before, Project after, long revisionBefore, long revisionAfter) {
    }

    private final Deque<Step> undoStack = new ArrayDeque<>();
    private final Deque<Step> redoStack = new ArrayDeque<>();
    private final List<Consumer<EditHistory>> listeners = new ArrayList<>();
    private Project project;
    private long revision;
    private long savedRevision;
    private long nextRevision = 1;

    public EditHistory(Project project) {
        this.project = Objects.requireNonNull(project);
    }

    public Project project() {
        return project;
    }

    /** Replaces the project outright (new, open, close) and forgets the undo history. */
    public void reset(Project newProject, boolean saved) {
        project = Objects.requireNonNull(newProject);
        undoStack.clear();
        redoStack.clear();
        revision = nextRevision++;
        savedRevision = saved ? revision : -1;
        fire();
    }

    public Project execute(Edit edit) {
        Project after = edit.apply(project);
        if (after == project) {
            return project;
        }
        Step step = new Step(edit, project, after, revision, nextRevision++);
        undoStack.push(step);
        redoStack.clear();
        project = after;
        revision = step.revisionAfter;
        fire();
        return project;
    }

    public boolean canUndo() {
        return !undoStack.isEmpty();
    }

    public boolean canRedo() {
        return !redoStack.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undoStack.peek()).map(s -> s.edit.description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redoStack.peek()).map(s -> s.edit.description());
    }

    public void undo() {
        Step step = undoStack.poll();
        if (step == null) {
            return;
        }
        redoStack.push(step);
        project = step.before;
        revision = step.revisionBefore;
        fire();
    }

    public void redo() {
        Step step = redoStack.poll();
        if (step == null) {
            return;
        }
        undoStack.push(step);
        project = step.after;
        revision = step.revisionAfter;
        fire();
    }

    public long revision() {
        return revision;
    }

    /** Records that the state with this revision is now on disk. */
    public void markSaved(long savedAt) {
        savedRevision = savedAt;
        fire();
    }

    public boolean isDirty() {
        return revision != savedRevision;
    }

    /** Called after every change of project, revision or saved state. */
    public void addListener(Consumer<EditHistory> listener) {
        listeners.add(listener);
    }

    private void fire() {
        for (Consumer<EditHistory> listener : List.copyOf(listeners)) {
            listener.accept(this);
        }
    }
}
