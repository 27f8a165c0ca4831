package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.testing.TestDialogs;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window the way a user does: menus, mouse drags and keyboard shortcuts. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUITest {
    private static final String SENTENCE = "Hatton also pointed out that local authorities are free to institute their own similar bans.";
    private static final String REBUTTAL = "We have not reduced [the ban's scope]";

    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new TestDialogs();
        window = org.counterpoint.testing.TestWindows.show(stage, dir, dialogs);
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all);
        KeyCode[] reversed = new KeyCode[all.length];
        for (int i = 0; i < all.length; i++) {
            reversed[i] = all[all.length - 1 - i];
        }
        robot.release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openSampleFromTheHelpMenu(FxRobot robot) {
        robot.clickOn("Help");
        robot.clickOn("Open Sample Case");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().project().comparisons()).hasSize(3);
    }

    /** Drags the mouse across a passage of the reader, as a user selects text. */
    private void dragSelect(FxRobot robot, String passage) {
        StyleClassedTextArea area = window.reader().textArea();
        String text = area.getText();
        int start = text.indexOf(passage);
        int end = start + passage.length();
        robot.interact(() -> area.showParagraphAtTop(Math.max(0, area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor() - 1)));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds first = onFx(() -> area.getCharacterBoundsOnScreen(start, start + 1).orElseThrow());
        Bounds last = onFx(() -> area.getCharacterBoundsOnScreen(end - 1, end).orElseThrow());
        robot.moveTo(new Point2D(first.getMinX() + 1, first.getCenterY()));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((first.getMinX() + last.getMaxX()) / 2, (first.getCenterY() + last.getCenterY()) / 2));
        robot.moveTo(new Point2D(last.getMaxX() - 0.5, last.getCenterY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Node navigatorCell(FxRobot robot, String textPart) {
        return robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getText() != null && c.getText().contains(textPart)).query();
    }

    @Test
    void markLinkUndoRedoSaveAndReopen(FxRobot robot) {
        // 1. open the sample case
        openSampleFromTheHelpMenu(robot);

        // 2. select a sentence in the reader and mark it as a claim with the keyboard
        dragSelect(robot, SENTENCE);
        assertThat(window.reader().textArea().getSelectedText()).isEqualTo(SENTENCE);
        shortcut(robot, KeyCode.DIGIT1);
        Highlight claim = vm().project().highlights().stream().filter(h -> h.quote().equals(SENTENCE)).findFirst().orElseThrow();
        assertThat(claim.role()).isEqualTo(Role.CLAIM);
        assertThat(vm().selectedHighlight()).contains(claim);
        assertThat(stage.getTitle()).startsWith("*");

        // 3. make a comparison of it and link a rebuttal to it on the board by dragging
        shortcut(robot, KeyCode.SHIFT, KeyCode.N);
        Comparison comparison = vm().selectedComparison().orElseThrow();
        assertThat(comparison.claimIds()).containsExactly(claim.id());
        assertThat(vm().centerViewProperty().get()).isEqualTo(MainViewModel.CenterView.BOARD);
        Highlight rebuttal = vm().project().highlights().stream().filter(h -> h.quote().equals(REBUTTAL)).findFirst().orElseThrow();
        Node row = window.board().rowOf(comparison.id());
        assertThat(onFx(() -> row.localToScene(row.getBoundsInLocal()).getMaxY()))
                .as("the board scrolled to the new comparison").isLessThanOrEqualTo(onFx(() -> stage.getScene().getHeight()));
        Node target = row.lookup(".rebuttals-side");
        Node cell = navigatorCell(robot, "We have not reduced");
        // grab the row near its start: a long row runs on under the board, hidden by the navigator's edge
        Bounds cellBounds = onFx(() -> cell.localToScreen(cell.getBoundsInLocal()));
        robot.drag(new Point2D(cellBounds.getMinX() + 60, cellBounds.getCenterY()), MouseButton.PRIMARY).moveTo(target);
        assertThat(target.getStyleClass()).as("the side shows it accepts the rebuttal").contains("drop-ok");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().project().comparison(comparison.id()).orElseThrow().rebuttalIds()).containsExactly(rebuttal.id());

        // 4. undo and redo the link with the keyboard
        shortcut(robot, KeyCode.Z);
        assertThat(vm().project().comparison(comparison.id()).orElseThrow().rebuttalIds()).isEmpty();
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertThat(vm().project().comparison(comparison.id()).orElseThrow().rebuttalIds()).containsExactly(rebuttal.id());

        // 5. save, close, reopen, and find it there
        Path file = dir.resolve("flow.counterpoint.json");
        dialogs.saveAnswers.add(file);
        shortcut(robot, KeyCode.S);
        assertThat(stage.getTitle()).as("the title keeps to the project title after saving").isEqualTo(vm().project().title() + " — Counterpoint");
        shortcut(robot, KeyCode.W);
        assertThat(vm().project().highlights()).isEmpty();
        dialogs.openAnswers.add(file);
        shortcut(robot, KeyCode.O);
        Project reopened = vm().project();
        assertThat(reopened.highlight(claim.id())).map(Highlight::quote).contains(SENTENCE);
        assertThat(reopened.comparison(comparison.id()).orElseThrow().rebuttalIds()).containsExactly(rebuttal.id());
        assertThat(dialogs.errors).isEmpty();
        assertThat(robot.lookup(".quote-card").queryAll().stream().map(Node::getUserData)).contains(rebuttal.id());
    }

    @Test
    void theInspectorRecordsWhoSaidItAsOneUndoableEdit(FxRobot robot) throws Exception {
        openSampleFromTheHelpMenu(robot);
        dragSelect(robot, SENTENCE);
        shortcut(robot, KeyCode.DIGIT3);
        String id = vm().selectedHighlight().orElseThrow().id();
        assertThat(vm().selectedHighlight().orElseThrow().role()).isEqualTo(Role.CONTEXT);

        robot.clickOn("#inspector-speaker").write("Daniel Hatton").type(KeyCode.ENTER);
        robot.clickOn("#inspector-stated").write("Oct 2023").type(KeyCode.ENTER);
        assertThat(robot.lookup(".field-error").queryAs(javafx.scene.control.Label.class).getText()).contains("not a date");
        TextField stated = robot.lookup("#inspector-stated").queryAs(TextField.class);
        robot.interact(() -> stated.setText(""));
        robot.clickOn(stated).write("2023-10").type(KeyCode.ENTER);
        Highlight h = vm().project().highlight(id).orElseThrow();
        assertThat(h.provenance().speaker()).isEqualTo("Daniel Hatton");
        assertThat(h.provenance().statedOn()).hasToString("2023-10");

        robot.clickOn("Edit");
        // straight down the open menu, so the pointer does not wander into the next menu
        robot.clickOn("Undo Edit Date Stated", org.testfx.robot.Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().project().highlight(id).orElseThrow().provenance().statedOn()).isNull();
        assertThat(vm().project().highlight(id).orElseThrow().provenance().speaker()).isEqualTo("Daniel Hatton");
        assertThat(robot.lookup("#inspector-stated").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aQuoteIsUnlinkedFromTheBoardWithTheKeyboardAndClickingOneJumpsToIt(FxRobot robot) {
        openSampleFromTheHelpMenu(robot);
        shortcut(robot, KeyCode.B);
        Comparison first = vm().project().comparisonsInOrder().get(0);
        String rebuttalId = first.rebuttalIds().get(1);
        Node card = robot.lookup(".quote-card").match(n -> rebuttalId.equals(n.getUserData())).query();
        robot.clickOn(card);
        assertThat(vm().centerViewProperty().get()).isEqualTo(MainViewModel.CenterView.READER);
        assertThat(vm().selectedHighlight().map(Highlight::id)).contains(rebuttalId);
        Highlight h = vm().selectedHighlight().orElseThrow();
        assertThat(window.reader().textArea().getCaretPosition()).isEqualTo(h.anchor().start());

        shortcut(robot, KeyCode.B);
        Node again = robot.lookup(".quote-card").match(n -> rebuttalId.equals(n.getUserData())).query();
        robot.interact(again::requestFocus);
        robot.type(KeyCode.DELETE);
        assertThat(vm().project().comparison(first.id()).orElseThrow().rebuttalIds()).doesNotContain(rebuttalId);
        assertThat(vm().project().highlight(rebuttalId)).as("unlinking keeps the highlight").isPresent();
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        openSampleFromTheHelpMenu(robot);
        dragSelect(robot, SENTENCE);
        shortcut(robot, KeyCode.DIGIT2);
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.CANCEL);
        robot.interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(stage.isShowing()).isTrue();
        assertThat(vm().project().highlights().stream().filter(h -> h.quote().equals(SENTENCE))).hasSize(1);
    }

    @Test
    void keyboardShortcutsAreATwoColumnTableGroupedByTaskAndSearchable(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage shortcuts = (Stage) javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Keyboard Shortcuts".equals(s.getTitle())).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeTableView<ShortcutsWindow.Entry> table =
                (javafx.scene.control.TreeTableView<ShortcutsWindow.Entry>) shortcuts.getScene().lookup("#shortcut-table");
        assertThat(table.getColumns()).extracting(javafx.scene.control.TreeTableColumn::getText).containsExactly("Command", "Keys");
        List<String> groups = table.getRoot().getChildren().stream().map(g -> g.getValue().action()).toList();
        assertThat(groups).contains("File", "Edit", "Highlight", "Comparison", "View", "On the board", "In the reader");
        List<String> rows = table.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .map(r -> r.getValue().action() + " = " + r.getValue().keys()).toList();
        assertThat(rows).contains("Mark as Claim = Ctrl+1", "Undo = Ctrl+Z", "Save = Ctrl+S", "New Comparison from Selection = Ctrl+Shift+N",
                "Show the quote in its document = Enter or Space", "Larger Text = Ctrl++");
        assertThat(shortcuts.getScene().getFocusOwner().getId()).as("the search field has the focus").isEqualTo("shortcut-search");
        robot.clickOn(shortcuts.getScene().lookup("#shortcut-search"));
        robot.write("undo");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = table.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream()).map(r -> r.getValue().action()).toList();
        assertThat(found).containsExactly("Undo");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shortcuts.isShowing()).isFalse();
    }

    @Test
    void aBadPublicationDateIsMarkedInvalidLikeABadDateStated(FxRobot robot) {
        openSampleFromTheHelpMenu(robot);
        String docId = vm().project().documents().get(0).id();
        robot.interact(() -> vm().selectDocument(docId));
        TextField published = robot.lookup("#inspector-document-published").queryAs(TextField.class);
        robot.interact(() -> published.setText(""));
        robot.clickOn(published).write("Oct 2023").type(KeyCode.ENTER);
        assertThat(published.getStyleClass()).contains("invalid");
        assertThat(robot.lookup(".field-error").queryAs(javafx.scene.control.Label.class).getText()).contains("not a date");
        robot.interact(() -> published.setText(""));
        robot.clickOn(published).write("2023-10-26").type(KeyCode.ENTER);
        assertThat(vm().project().document(docId).orElseThrow().metadata().published()).hasToString("2023-10-26");
        assertThat(robot.lookup("#inspector-document-published").queryAs(TextField.class).getStyleClass()).doesNotContain("invalid");
    }

    @Test
    void theReaderLaysOutOnlyWhatIsVisibleOfALongDocument(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= 1000; page++) {
            for (int line = 1; line <= 40; line++) {
                text.append("Page ").append(page).append(", line ").append(line).append(": the statement under review and its context.\n");
            }
        }
        Path file = dir.resolve("long.txt");
        java.nio.file.Files.writeString(file, text);
        robot.interact(() -> vm().importFiles(java.util.List.of(file), java.util.Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = window.reader().textArea();
        // a text this long is split into paragraphs through the task seam, which tests run at once
        assertThat(area.getParagraphs()).hasSize(40_001);
        assertThat(area.getVisibleParagraphs().size()).isLessThan(100);
        robot.interact(() -> area.showParagraphAtTop(30_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getVisibleParagraphs().get(0).getText()).startsWith("Page 751, line 1:");
    }

    @Test
    void theExportMenuWritesReportsAndAnnotatedPdfs(FxRobot robot) throws Exception {
        openSampleFromTheHelpMenu(robot);
        Path report = dir.resolve("report.pdf");
        dialogs.saveAnswers.add(report);
        robot.clickOn("Export");
        robot.clickOn("Comparison Report (PDF)…", org.testfx.robot.Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.exported).singleElement().asString().startsWith("Exported report.pdf.");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(report.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("There's not really any such thing as an endorsement");
        }
        Path annotated = dir.resolve("annotated.pdf");
        dialogs.saveAnswers.add(annotated);
        shortcut(robot, KeyCode.E);
        assertThat(dialogs.exported).hasSize(2);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(annotated.toFile())) {
            assertThat(pdf.getPage(0).getAnnotations()).isNotEmpty();
        }
    }
}
