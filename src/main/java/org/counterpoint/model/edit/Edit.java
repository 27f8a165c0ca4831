package org.counterpoint.model.edit;

import org.counterpoint.model.Project;

/**
 * One user-visible change to a project. Edits are pure functions from one project to the next;
 * {@link EditHistory} keeps the states on either side, which is what undo and redo restore.
 */
public interface Edit {

    /** What the edit does, as shown after "Undo" and "Redo" in the Edit menu. */
    String description();

    /**
     * @throws EditException when the edit does not apply to this project, with a sentence for the user
     */
    Project apply(Project project);
}
