package org.counterpoint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.counterpoint.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A month of annotations: a project with thousands of highlights and hundreds of comparisons, in
 * the real window. Times how long one edit (marking a passage) and one undo hold the FX thread,
 * and how long the project takes to save and open. Run with {@code mvn test -Dtest=LargeProjectBenchmark}.
 */
@ExtendWith(ApplicationExtension.class)
class LargeProjectBenchmark {
    static final int HIGHLIGHTS = Integer.getInteger("bench.highlights", 5000);

    @TempDir
    Path dir;
    MainWindow window;

    @Start
    void start(Stage stage) {
        window = org.counterpoint.testing.TestWindows.show(stage, dir, new TestDialogs());
    }

    @Test
    void editsStayQuickInALargeProject(FxRobot robot) throws Exception {
        Instant now = Instant.parse("2026-11-01T09:00:00Z");
        List<SourceDocument> docs = new ArrayList<>();
        List<Highlight> highlights = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        int perDoc = 250;
        for (int d = 0; d < HIGHLIGHTS / perDoc; d++) {
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < perDoc + 10; line++) {
                text.append("Document ").append(d).append(", statement ").append(line).append(": the ban on sensitive sites stands.\n");
            }
            String t = text.toString();
            SourceDocument doc = new SourceDocument("doc-" + d, "Document " + d, DocumentKind.TEXT, new Origin("", "doc-" + d + ".txt"),
                    "", t, List.of(0), DocumentMetadata.EMPTY, now);
            docs.add(doc);
            int from = 0;
            for (int i = 0; i < perDoc; i++) {
                int start = t.indexOf("statement " + i + ":", from);
                int end = start + ("statement " + i).length();
                Role role = Role.values()[i % 3];
                highlights.add(new Highlight("hl-" + d + "-" + i, doc.id(), role, List.of("t" + (i % 7)), Anchors.create(t, start, end), null, "",
                        "note " + i, new Provenance("Speaker " + (i % 40), "Affiliation", null, ""), "bench", now, now, AnchorStatus.OK));
                from = end;
            }
            for (int c = 0; c < perDoc / 3; c++) {
                comparisons.add(new Comparison("cmp-" + d + "-" + c, "Comparison " + d + "." + c, List.of("hl-" + d + "-" + (3 * c)),
                        List.of("hl-" + d + "-" + (3 * c + 1)), Verdict.FALSE, "", "", comparisons.size()));
            }
        }
        Project project = new Project("Large", "", "", docs, highlights, comparisons, now, now);
        Path file = dir.resolve("large.counterpoint.json");
        long s0 = System.nanoTime();
        new ProjectWriter().write(project, file);
        long saveMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - s0);

        long o0 = System.nanoTime();
        robot.interact(() -> window.viewModel().load(file));
        WaitForAsyncUtils.waitForFxEvents();
        long openMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - o0);
        var vm = window.viewModel();
        robot.interact(() -> vm.selectDocument("doc-3"));
        String text = vm.currentDocument().orElseThrow().text();
        int at = text.indexOf("the ban on sensitive sites", text.indexOf("statement 100:"));

        List<Long> markMs = new ArrayList<>();
        List<Long> undoMs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long[] t = new long[2];
            robot.interact(() -> {
                long a = System.nanoTime();
                vm.mark(Role.CLAIM, at, at + "the ban".length());
                t[0] = System.nanoTime() - a;
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                long a = System.nanoTime();
                vm.undo();
                t[1] = System.nanoTime() - a;
            });
            WaitForAsyncUtils.waitForFxEvents();
            markMs.add(TimeUnit.NANOSECONDS.toMillis(t[0]));
            undoMs.add(TimeUnit.NANOSECONDS.toMillis(t[1]));
        }
        // the board shows every comparison; it is built when first shown, then only changed rows are built again
        long b0 = System.nanoTime();
        robot.interact(() -> vm.centerViewProperty().set(org.counterpoint.ui.MainViewModel.CenterView.BOARD));
        WaitForAsyncUtils.waitForFxEvents();
        long boardMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - b0);
        List<Long> boardEditMs = new ArrayList<>();
        String comparison = comparisons.get(comparisons.size() / 2).id();
        for (int i = 0; i < 3; i++) {
            long[] t = new long[1];
            robot.interact(() -> {
                long a = System.nanoTime();
                vm.moveComparison(comparison, -1);
                t[0] = System.nanoTime() - a;
            });
            WaitForAsyncUtils.waitForFxEvents();
            boardEditMs.add(TimeUnit.NANOSECONDS.toMillis(t[0]));
        }
        System.out.printf("%nLarge project: %d documents, %d highlights, %d comparisons, %d KB on disk%n", docs.size(), highlights.size(),
                comparisons.size(), Files.size(file) / 1024);
        System.out.printf("Save %d ms; open (read, check every anchor, show) %d ms%n", saveMs, openMs);
        System.out.printf("Mark a passage, ms on the FX thread by run: %s%n", markMs);
        System.out.printf("Undo it, ms on the FX thread by run: %s%n", undoMs);
        System.out.printf("Show the board (its first 40 rows built) %d ms; move a comparison up on it, ms by run: %s%n%n", boardMs, boardEditMs);
    }
}
