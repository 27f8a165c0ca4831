package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestPdfs;
import org.counterpoint.testing.TestWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A quote that runs over a line end of a PDF reads as its sentence on the board, in the inspector and in the navigator. */
@ExtendWith(ApplicationExtension.class)
class ReadingQuotesUITest {
    private static final String READING = "consectetur adipiscing elit";

    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainWindow window;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs();
        window = TestWindows.show(stage, dir, dialogs);
    }

    @Test
    void aQuoteSplitAtALineEndReadsAsTheSentenceWhereverItIsShown(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("lorem.pdf");
        Files.write(pdf, TestPdfs.pages(List.of(List.of("Lorem ipsum dolor sit amet, consectetur adip-",
                "iscing elit, sed do eiusmod tempor incididunt ut labore."))));
        robot.interact(() -> window.viewModel().importFiles(List.of(pdf), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        SourceDocument doc = window.viewModel().currentDocument().orElseThrow();
        int start = doc.text().indexOf("consectetur");
        int end = doc.text().indexOf("elit") + "elit".length();
        robot.interact(() -> window.viewModel().editor().mark(Role.CLAIM, start, end));
        WaitForAsyncUtils.waitForFxEvents();
        Highlight h = window.viewModel().project().highlights().get(0);
        assertThat(h.quote()).as("the stored quote keeps the line break and hyphen").contains("adip-\n");

        assertThat(robot.lookup(".inspector-quote").queryAs(Label.class).getText()).isEqualTo("“" + READING + "”");
        assertThat(robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getText() != null && c.getText().contains("“" + READING + "”"))
                .tryQuery()).as("the navigator lists the quote as it reads").isPresent();

        robot.interact(() -> window.viewModel().editor().newComparison(List.of(h.id())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".quote-text").queryAllAs(Label.class)).extracting(Label::getText).contains("“" + READING + "”");
        assertThat(window.viewModel().project().comparisons().get(0).title()).isEqualTo("“" + READING + "”");
    }
}
