package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.io.ProjectWriter;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Origin;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;
import org.counterpoint.testing.TestDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A board with many comparisons builds its rows a batch at a time, and reaches any comparison asked for. */
@ExtendWith(ApplicationExtension.class)
class BoardViewUITest {
    static final int COMPARISONS = 130;

    @TempDir
    Path dir;
    MainWindow window;

    @Start
    void start(Stage stage) {
        window = org.counterpoint.testing.TestWindows.show(stage, dir, new TestDialogs());
    }

    private Path manyComparisons() throws Exception {
        Instant now = Instant.parse("2026-11-01T09:00:00Z");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2 * COMPARISONS; i++) {
            text.append("Statement ").append(i).append(" on the ban.\n");
        }
        String t = text.toString();
        SourceDocument doc = new SourceDocument("doc", "Statements", DocumentKind.TEXT, new Origin("", "statements.txt"), "", t, List.of(0),
                DocumentMetadata.EMPTY, now);
        List<Highlight> highlights = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < 2 * COMPARISONS; i++) {
            int start = t.indexOf("Statement " + i + " ");
            highlights.add(new Highlight("h" + i, doc.id(), i % 2 == 0 ? Role.CLAIM : Role.REBUTTAL, List.of(),
                    Anchors.create(t, start, start + ("Statement " + i).length()), null, "", "", new Provenance("", "", null, ""), "", now, now, AnchorStatus.OK));
        }
        for (int c = 0; c < COMPARISONS; c++) {
            comparisons.add(new Comparison("c" + c, "Comparison " + c, List.of("h" + 2 * c), List.of("h" + (2 * c + 1)), Verdict.FALSE, "", "", c));
        }
        Path file = dir.resolve("many.counterpoint.json");
        new ProjectWriter().write(new Project("Many", "", "", List.of(doc), highlights, comparisons, now, now), file);
        return file;
    }

    private long rowsBuilt(FxRobot robot) {
        return robot.lookup(".comparison-row").queryAll().stream().filter(n -> n.getScene() != null).count();
    }

    @Test
    void rowsAreBuiltABatchAtATimeAndAnyComparisonCanBeReached(FxRobot robot) throws Exception {
        Path file = manyComparisons();
        robot.interact(() -> window.viewModel().load(file));
        robot.interact(() -> window.viewModel().centerViewProperty().set(MainViewModel.CenterView.BOARD));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowsBuilt(robot)).isEqualTo(40);
        assertThat(robot.lookup(".board-more").queryAll().stream().map(n -> ((javafx.scene.control.Button) n).getText()))
                .anyMatch(t -> t.startsWith("Showing comparisons 1 to 40 of " + COMPARISONS));

        // scrolling to the end builds the next batch
        robot.interact(() -> robot.lookup(".board-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowsBuilt(robot)).isEqualTo(80);

        // a comparison far down, picked elsewhere, is built and scrolled to
        robot.interact(() -> window.viewModel().selectComparison("c120"));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = window.board().rowOf("c120");
        assertThat(row).isNotNull();
        assertThat(row.getScene()).isNotNull();
        assertThat(row.getStyleClass()).contains("selected");
        assertThat(rowsBuilt(robot)).isLessThanOrEqualTo(80);

        // and the rows before it can be brought back
        javafx.scene.control.Button earlier = (javafx.scene.control.Button) robot.lookup(".board-more").queryAll().stream()
                .filter(n -> n.getScene() != null && ((javafx.scene.control.Button) n).getText().startsWith("Comparisons 1 to ")).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup(".board-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        robot.clickOn(earlier);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.board().rowOf("c120").getScene()).isNotNull();
        assertThat(rowsBuilt(robot)).isGreaterThan(40);
    }

    @Test
    void anEditOnTheBoardRebuildsOnlyTheRowsItChanges(FxRobot robot) throws Exception {
        Path file = manyComparisons();
        robot.interact(() -> window.viewModel().load(file));
        robot.interact(() -> window.viewModel().centerViewProperty().set(MainViewModel.CenterView.BOARD));
        WaitForAsyncUtils.waitForFxEvents();
        Node untouched = window.board().rowOf("c10");
        Node moved = window.board().rowOf("c3");
        robot.interact(() -> window.viewModel().moveComparison("c3", -1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.board().rowOf("c10")).isSameAs(untouched);
        assertThat(window.board().rowOf("c3")).isNotSameAs(moved);
        assertThat(window.viewModel().project().comparisonsInOrder().get(2).id()).isEqualTo("c3");
        // the board shows the new order
        var rows = robot.lookup(".comparison-row").queryAll().stream().filter(n -> n.getScene() != null)
                .sorted(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY())).map(n -> (String) n.getUserData()).toList();
        assertThat(rows.subList(0, 4)).containsExactly("c0", "c1", "c3", "c2");
    }
}
