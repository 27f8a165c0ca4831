package org.counterpoint.bench;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.counterpoint.ui.MainViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screens the window no longer builds before it opens, timed the first time they are shown in
 * a fresh JVM with the sample open: the comparison board (View › Comparison Board) and the Find in
 * Project panel, each from the action to the end of the styling and layout that puts it on screen,
 * all on the FX thread. Both should appear within about 100 ms. A first show happens once per JVM,
 * so this gives one figure of each per run: run it a few times ({@code mvn -o test
 * -Dtest=FirstShowBenchmark}); it reports and never fails on time.
 */
@ExtendWith(ApplicationExtension.class)
class FirstShowBenchmark {
    private static final double TARGET_MS = 100;

    @TempDir
    Path dir;
    BenchWindows bench;

    @Start
    void start(Stage stage) {
        bench = BenchWindows.show(stage, dir);
    }

    @Test
    void firstShowOfTheBoardAndOfFindInProject(FxRobot robot) throws Exception {
        robot.interact(() -> bench.window.viewModel().openSample());
        bench.waitIdle();
        double[] board = new double[1];
        robot.interact(() -> {
            long t = System.nanoTime();
            bench.window.viewModel().centerViewProperty().set(MainViewModel.CenterView.BOARD);
            bench.window.root().applyCss();
            bench.window.root().layout();
            board[0] = (System.nanoTime() - t) / 1e6;
        });
        bench.waitIdle();
        double[] search = new double[1];
        robot.interact(() -> {
            long t = System.nanoTime();
            bench.window.findInProject().show();
            bench.window.root().applyCss();
            bench.window.root().layout();
            search[0] = (System.nanoTime() - t) / 1e6;
        });
        bench.waitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        System.out.println("FirstShowBenchmark: " + Figures.load());
        System.out.println(Figures.line("First show of the comparison board with the sample (cold, one per JVM)", List.of(board[0]), TARGET_MS));
        System.out.println(Figures.line("First show of Find in Project with the sample (cold, one per JVM)", List.of(search[0]), TARGET_MS));
    }
}
