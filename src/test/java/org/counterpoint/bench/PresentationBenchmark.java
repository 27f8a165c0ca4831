package org.counterpoint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestPdfs;
import org.counterpoint.ui.AppServices;
import org.counterpoint.ui.CounterpointApp;
import org.counterpoint.ui.FxTaskRunner;
import org.counterpoint.ui.MainWindow;
import org.counterpoint.ui.present.AudienceView;
import org.counterpoint.ui.present.PresentationViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live mode in the real window with the app's own background runner: how long the FX thread is
 * busy for one step (the step, its styling and its layout), the longest gap between pulses while
 * stepping, and the time from Z to the PDF page of a quote on screen in a warm app, once when the step
 * was just shown (its callout prepared in the background meanwhile) and once right after stepping.
 * Run with {@code mvn test -Dtest=PresentationBenchmark}; it reports and never fails on time.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationBenchmark {
    private static final int QUOTES = 12;

    @TempDir
    Path dir;
    MainWindow window;

    @Start
    void start(Stage stage) {
        CounterpointApp.applyTheme();
        FxTaskRunner tasks = new FxTaskRunner();
        window = new MainWindow(new AppServices(new TestDialogs(), tasks, new SettingsStore(dir.resolve("settings.json")),
                new RecoveryStore(dir.resolve("recovery"), "bench"), Clock.systemUTC()), tasks);
        window.show(stage, 1240, 780);
    }

    /** A 40-page report in a shipped font, with a statement to quote on every third page. */
    private Path report() throws Exception {
        Path file = dir.resolve("report.pdf");
        try (PDDocument doc = new PDDocument()) {
            var font = TestPdfs.font(doc, "DejaVuSans.ttf");
            for (int p = 0; p < 40; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int line = 0; line < 48; line++) {
                        String text = line == 20 && p % 3 == 0 ? "Statement " + (p / 3) + ": the ministry has never endorsed any supplier."
                                : "Page " + (p + 1) + ", line " + line + ": text of the report that surrounds the statements quoted.";
                        TestPdfs.text(cs, font, 11, 60, 780 - line * 15, text);
                    }
                }
            }
            Files.write(file, TestPdfs.save(doc));
        }
        return file;
    }

    private static String ms(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("median %.1f ms, 90th percentile %.1f ms, longest %.1f ms over %d", sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(sorted.size() * 9 / 10) / 1e6, sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }

    @Test
    void stepsAndCallouts(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().openSample());
        // the sample first, for stepping: its longer quotes are the harder layout
        robot.interact(() -> window.presentation().start(window.root().getScene().getWindow(), false));
        PresentationViewModel vm = window.presentation().viewModel();
        AudienceView stage = window.presentation().audienceView();
        List<Long> stepBusy = new ArrayList<>();
        PulseProbe probe = new PulseProbe();
        for (int round = 0; round < 3; round++) {
            robot.interact(vm::home);
            if (round == 2) {
                robot.interact(probe::start);
            }
            for (int i = 1; i < vm.stepCount(); i++) {
                long[] busy = new long[1];
                robot.interact(() -> {
                    long t = System.nanoTime();
                    vm.next();
                    stage.applyCss();
                    stage.layout();
                    busy[0] = System.nanoTime() - t;
                });
                if (round > 0) {
                    stepBusy.add(busy[0]);
                }
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(probe::stop);
        robot.interact(() -> window.presentation().stop());

        // then a PDF in the same project, for callouts
        Path pdf = report();
        robot.interact(() -> window.viewModel().importFiles(List.of(pdf), Map.of()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().project() != null
                && window.viewModel().project().documents().size() == 2 && window.pageView().glyphLayout() != null);
        SourceDocument doc = window.viewModel().project().documents().get(1);
        robot.interact(() -> {
            window.viewModel().selectDocument(doc.id());
            for (int i = 0; i + 1 < QUOTES; i += 2) {
                String claim = "Statement " + i + ": the ministry has never endorsed any supplier.";
                String rebuttal = "Statement " + (i + 1) + ": the ministry has never endorsed any supplier.";
                int c = doc.text().indexOf(claim);
                int r = doc.text().indexOf(rebuttal);
                String cid = window.viewModel().mark(Role.CLAIM, c, c + claim.length()).orElseThrow().id();
                String rid = window.viewModel().mark(Role.REBUTTAL, r, r + rebuttal.length()).orElseThrow().id();
                window.viewModel().newComparison(List.of(cid, rid));
            }
        });
        robot.interact(() -> window.presentation().start(window.root().getScene().getWindow(), false));
        PresentationViewModel pvm = window.presentation().viewModel();
        AudienceView pstage = window.presentation().audienceView();
        List<Integer> pdfScenes = pvm.scenes().stream().filter(sc -> sc.comparison().claimIds().stream()
                .anyMatch(id -> pvm.project().highlight(id).orElseThrow().documentId().equals(doc.id()))).map(sc -> sc.number()).toList();
        List<Long> prepared = new ArrayList<>();
        List<Long> rightAway = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int n = 1; n <= pdfScenes.size(); n++) {
                int number = pdfScenes.get(n - 1);
                // right away: Z in the same moment as the step that shows the quote
                long[] t0 = new long[1];
                robot.interact(() -> {
                    pvm.jumpTo(number);
                    pvm.next();
                    t0[0] = System.nanoTime();
                    pvm.toggleCallout();
                });
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, pstage::calloutReady);
                long away = System.nanoTime() - t0[0];
                // prepared: the rebuttal's step stays on screen while its callout is made, then Z
                robot.interact(() -> {
                    pvm.toggleCallout();
                    pvm.next();
                });
                WaitForAsyncUtils.waitForFxEvents();
                Thread.sleep(400);
                long[] t1 = new long[1];
                robot.interact(() -> {
                    t1[0] = System.nanoTime();
                    pvm.toggleCallout();
                });
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, pstage::calloutReady);
                long ready = System.nanoTime() - t1[0];
                robot.interact(pvm::toggleCallout);
                if (round > 0 || n > 1) {
                    rightAway.add(away);
                    prepared.add(ready);
                }
            }
        }
        robot.interact(() -> window.presentation().stop());
        System.out.println("PresentationBenchmark: stage " + stage.getWidth() + "x" + stage.getHeight());
        System.out.println("PresentationBenchmark: FX thread busy per step (step, styling and layout of the stage): " + ms(stepBusy));
        System.out.printf("PresentationBenchmark: longest gap between pulses while stepping the sample: %.1f ms%n", probe.longest() / 1e6);
        System.out.println("PresentationBenchmark: PDF callout, Z pressed as the step appears: " + ms(rightAway));
        System.out.println("PresentationBenchmark: PDF callout, Z pressed once the step has been on screen 0.4 s: " + ms(prepared));
    }
}
