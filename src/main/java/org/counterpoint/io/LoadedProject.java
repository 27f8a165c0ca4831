package org.counterpoint.io;

import java.util.List;
import org.counterpoint.model.Project;

/**
 * A project as read from disk, with what the reader had to say about it.
 *
 * @param warnings       sentences for the user: re-anchored and flagged highlights, fields that will be dropped
 * @param changedOnLoad  true when the project in memory differs from the file (anchors were repaired),
 *                       so the window shows unsaved changes until the user saves
 */
public record LoadedProject(Project project, List<String> warnings, int reanchored, int flagged, boolean changedOnLoad) {
    public LoadedProject {
        warnings = List.copyOf(warnings);
    }
}
