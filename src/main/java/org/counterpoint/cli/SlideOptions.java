package org.counterpoint.cli;

import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.Project;

/** The command line's --slides and --theme, laid over the project's presentation settings for one export. */
final class SlideOptions {
    private SlideOptions() {
    }

    /** The project with the given grouping and theme; either may be null to keep the project's own. */
    static Project apply(Project project, String slides, String theme) {
        PresentationSettings settings = project.presentation();
        if (slides != null) {
            settings = settings.withGrouping(PresentationSettings.SlideGrouping.fromId(slides));
        }
        if (theme != null) {
            settings = settings.withTheme(PresentationSettings.Theme.fromId(theme));
        }
        return settings.equals(project.presentation()) ? project : project.withPresentation(settings, project.modified());
    }
}
