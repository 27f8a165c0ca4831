package org.counterpoint.model.edit;

import java.util.List;
import org.counterpoint.model.Project;

/** Several edits undone and redone as one. */
public record CompositeEdit(String description, List<Edit> parts) implements Edit {
    public CompositeEdit {
        parts = List.copyOf(parts);
    }

    @Override
    public Project apply(Project project) {
        Project result = project;
        for (Edit part : parts) {
            result = part.apply(result);
        }
        return result;
    }
}
