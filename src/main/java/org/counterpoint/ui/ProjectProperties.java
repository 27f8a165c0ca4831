package org.counterpoint.ui;

import java.util.Optional;
import org.counterpoint.export.ClaimReviewExporter;
import org.counterpoint.model.Project;
import org.counterpoint.model.edit.Edits;

/**
 * The project's own details, edited in File › Project Properties…: its title, author and description,
 * and the address where its fact checks are published, which ClaimReview needs for each review's url.
 */
public record ProjectProperties(String title, String author, String description, String reviewUrlBase) {

    public ProjectProperties {
        title = title == null ? "" : title.strip();
        author = author == null ? "" : author.strip();
        description = description == null ? "" : description.strip();
        reviewUrlBase = reviewUrlBase == null ? "" : reviewUrlBase.strip();
    }

    public static ProjectProperties of(Project p) {
        return new ProjectProperties(p.title(), p.author(), p.description(), p.reviewUrlBase());
    }

    /** The sentence to show when the values cannot be kept, or empty when they can. */
    public Optional<String> problem() {
        if (!reviewUrlBase.isEmpty() && !ClaimReviewExporter.isWebAddress(reviewUrlBase)) {
            return Optional.of("“" + reviewUrlBase + "” is not a web address; give one that starts with https:// or http://, or leave it empty.");
        }
        return Optional.empty();
    }

    /**
     * Asks for the project's properties and applies the answer as one undoable edit; asks again while
     * the answer has a problem.
     */
    public static void edit(AppServices services, ProjectEditor editor) {
        ProjectProperties current = of(editor.project());
        Optional<ProjectProperties> answer = services.dialogs().editProjectProperties(current);
        while (answer.isPresent() && answer.get().problem().isPresent()) {
            services.dialogs().showError("Project Properties Not Changed", answer.get().problem().get());
            answer = services.dialogs().editProjectProperties(answer.get());
        }
        if (answer.isEmpty() || answer.get().equals(current)) {
            return;
        }
        ProjectProperties p = answer.get();
        var now = services.clock().instant();
        editor.apply(Edits.of("Edit Project Properties", project -> project.withInfo(p.title(), p.description(), p.author(), now)
                .withReviewUrlBase(p.reviewUrlBase(), now)));
    }
}
