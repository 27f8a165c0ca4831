package org.counterpoint.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.MainWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector's document form, filled in place as the user moves from one document to another. */
@ExtendWith(ApplicationExtension.class)
class InspectorDocumentFormUITest {
    @TempDir
    Path dir;
    MainWindow window;
    String first;
    String second;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir, new TestDialogs());
    }

    @BeforeEach
    void twoDocuments(FxRobot robot) throws Exception {
        Path a = Files.writeString(dir.resolve("alpha.txt"), "The first document, with a sentence in it.\n");
        Path b = Files.writeString(dir.resolve("beta.txt"), "The second document, a little longer than the first one.\n");
        robot.interact(() -> vm().importFiles(List.of(a, b), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        first = vm().project().documents().get(0).id();
        second = vm().project().documents().get(1).id();
        robot.interact(() -> vm().editor().updateDocument(document(second).withMetadata(document(second).metadata().withAuthor("B. Writer")),
                "Edit Author"));
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    private SourceDocument document(String id) {
        return vm().project().document(id).orElseThrow();
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    @Test
    void eachDocumentShowsItsOwnFieldsAndFacts(FxRobot robot) {
        robot.interact(() -> vm().selectDocument(first));
        assertThat(field(robot, "inspector-document-title").getText()).isEqualTo(document(first).title());
        assertThat(field(robot, "inspector-document-author").getText()).isEmpty();
        robot.interact(() -> vm().selectDocument(second));
        assertThat(field(robot, "inspector-document-title").getText()).isEqualTo(document(second).title());
        assertThat(field(robot, "inspector-document-author").getText()).isEqualTo("B. Writer");
        assertThat(robot.lookup(".fact").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(String.format("1 page, %,d characters", document(second).text().length()), "File: beta.txt", "0 highlights");
        assertThat(robot.lookup("#inspector-document-title").queryAll()).as("one title field").hasSize(1);
    }

    @Test
    void typingSavesToTheDocumentItWasTypedFor(FxRobot robot) {
        String secondTitle = document(second).title();
        robot.interact(() -> vm().selectDocument(first));
        TextField title = field(robot, "inspector-document-title");
        robot.clickOn(title);
        robot.interact(title::selectAll);
        robot.write("Alpha renamed");
        // moving to another document saves the typing to the first, and shows the second's title
        robot.interact(() -> vm().selectDocument(second));
        assertThat(document(first).title()).isEqualTo("Alpha renamed");
        assertThat(document(second).title()).isEqualTo(secondTitle);
        assertThat(field(robot, "inspector-document-title").getText()).isEqualTo(secondTitle);

        TextField shown = field(robot, "inspector-document-title");
        robot.clickOn(shown);
        robot.interact(shown::selectAll);
        robot.write("Beta renamed").type(KeyCode.ENTER);
        assertThat(document(second).title()).isEqualTo("Beta renamed");
        assertThat(document(first).title()).isEqualTo("Alpha renamed");
        // the field's own undo never brings back text typed for the other document
        robot.interact(() -> {
            while (shown.isUndoable()) {
                shown.undo();
            }
        });
        assertThat(shown.getText()).isNotEqualTo("Alpha renamed");
    }

    @Test
    void aRefusedDateIsNotShownForTheNextDocument(FxRobot robot) {
        robot.interact(() -> vm().selectDocument(first));
        TextField published = field(robot, "inspector-document-published");
        robot.clickOn(published).write("Oct 2023").type(KeyCode.ENTER);
        assertThat(published.getStyleClass()).contains("invalid");
        robot.interact(() -> vm().selectDocument(second));
        TextField next = field(robot, "inspector-document-published");
        assertThat(next.getText()).isEmpty();
        assertThat(next.getStyleClass()).doesNotContain("invalid");
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).noneMatch(Label::isVisible);
        assertThat(document(first).metadata().published()).isNull();
        assertThat(document(second).metadata().published()).isNull();
    }
}
