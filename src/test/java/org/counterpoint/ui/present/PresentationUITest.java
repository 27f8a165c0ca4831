package org.counterpoint.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Presentation;
import org.counterpoint.model.PresentationScene;
import org.counterpoint.model.PresentationStep;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestPdfs;
import org.counterpoint.testing.TestWindows;
import org.counterpoint.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live mode driven by its keys in the real window: F5 on the sample case, stepping, callouts, covers, jumps and leaving. */
@ExtendWith(ApplicationExtension.class)
class PresentationUITest {
    @TempDir
    Path dir;
    MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir, new TestDialogs());
    }

    private void openSample(FxRobot robot) {
        robot.interact(() -> window.viewModel().openSample());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void key(FxRobot robot, KeyCode... codes) {
        robot.push(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void startWith(FxRobot robot, KeyCode... codes) {
        robot.targetWindow(window.root().getScene().getWindow());
        key(robot, codes);
        assertThat(window.presentation().isRunning()).as("the presentation started").isTrue();
        robot.targetWindow(window.presentation().audienceStage());
    }

    private PresentationViewModel vm() {
        return window.presentation().viewModel();
    }

    /** The ids of the quote cards on the audience stage, in the order they stand (claims, then rebuttals). */
    private List<String> quotesOnStage() {
        List<String> ids = new ArrayList<>();
        collect(window.presentation().audienceView(), ids);
        return ids;
    }

    private static void collect(Node n, List<String> ids) {
        if (!n.isVisible()) {
            return;
        }
        if (n.getStyleClass().contains(StageContent.QUOTE_CLASS)) {
            ids.add((String) n.getProperties().get(StageContent.HIGHLIGHT_ID));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, ids);
            }
        }
    }

    private static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        textsOf(root, out);
        return out;
    }

    private static void textsOf(Node n, List<String> out) {
        if (n instanceof Text t) {
            out.add(t.getText());
        } else if (n instanceof javafx.scene.control.Labeled l) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                textsOf(c, out);
            }
        }
    }

    @Test
    void f5ThenRightStepsThroughTheSampleShowingExactlyEachStepsQuotes(FxRobot robot) {
        openSample(robot);
        startWith(robot, KeyCode.F5);
        assertThat(window.presentation().audienceStage().isShowing()).isTrue();
        Stage audience = window.presentation().audienceStage();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(audience.getX(), audience.getY(), 1, 1).get(0).getBounds();
        assertThat(audience.getStyle()).as("borderless").isEqualTo(javafx.stage.StageStyle.UNDECORATED);
        assertThat(new double[] {audience.getX(), audience.getY(), audience.getWidth(), audience.getHeight()}).as("covers its whole screen")
                .containsExactly(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight());
        List<PresentationScene> scenes = Presentation.scenes(window.viewModel().project());
        assertThat(quotesOnStage()).as("the question shows no quotes").isEmpty();
        assertThat(texts(window.presentation().audienceView())).contains(scenes.get(0).comparison().title());

        int steps = 0;
        for (PresentationScene scene : scenes) {
            for (PresentationStep step : scene.steps()) {
                if (steps++ > 0) {
                    key(robot, KeyCode.RIGHT);
                }
                assertThat(vm().current().step()).isEqualTo(step);
                assertThat(quotesOnStage()).as("step %d", steps).containsExactlyElementsOf(step.visibleIds());
                for (String id : step.visibleIds()) {
                    String quote = window.viewModel().project().highlight(id).orElseThrow().quote();
                    assertThat(texts(window.presentation().audienceView())).as("the quote is on screen in full").contains("“" + quote + "”");
                }
            }
        }
        assertThat(steps).isEqualTo(6 + 6 + 5);
        // roles are told apart by icon and label too; the icons keep their font and the stage's scale, not the theme's menu size
        List<org.kordamp.ikonli.javafx.FontIcon> icons = new ArrayList<>();
        robot.from(window.presentation().audienceView()).lookup((java.util.function.Predicate<Node>) n -> n instanceof org.kordamp.ikonli.javafx.FontIcon)
                .queryAll().forEach(n -> icons.add((org.kordamp.ikonli.javafx.FontIcon) n));
        assertThat(icons).isNotEmpty().allSatisfy(i -> {
            assertThat(i.getFont().getFamily()).isNotEqualTo("System");
            assertThat(i.getIconSize()).isGreaterThan(18);
        });
        assertThat(texts(window.presentation().audienceView())).contains("CLAIM", "REBUTTAL");
        // spot checks against the sample itself, not the model: the first claim, then three rebuttals set against it
        key(robot, KeyCode.HOME);
        key(robot, KeyCode.SPACE);
        assertThat(quotesOnStage()).containsExactly("hl-claim-endorses");
        key(robot, KeyCode.PAGE_DOWN);
        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.RIGHT);
        assertThat(quotesOnStage()).containsExactly("hl-claim-endorses", "hl-rebuttal-no-such-thing", "hl-rebuttal-not-endorsing",
                "hl-rebuttal-in-no-way");
        key(robot, KeyCode.LEFT);
        assertThat(quotesOnStage()).hasSize(3);
        key(robot, KeyCode.END);
        assertThat(vm().current().comparison().id()).isEqualTo("cmp-letter");
        assertThat(vm().current().step().kind()).isEqualTo(PresentationStep.Kind.VERDICT);
        assertThat(texts(window.presentation().audienceView())).contains("VERDICT: FALSE");
    }

    @Test
    void bBlacksTheScreenWWhitensItAndEscLeavesBackToTheMainWindow(FxRobot robot) {
        openSample(robot);
        String selectedBefore = window.viewModel().comparisonIdProperty().get();
        startWith(robot, KeyCode.F5);
        key(robot, KeyCode.RIGHT);
        AudienceView stage = window.presentation().audienceView();
        key(robot, KeyCode.B);
        assertThat(stage.cover().isVisible()).isTrue();
        assertThat(stage.cover().getBackground().getFills().get(0).getFill()).isEqualTo(Color.BLACK);
        key(robot, KeyCode.W);
        assertThat(stage.cover().getBackground().getFills().get(0).getFill()).isEqualTo(Color.WHITE);
        key(robot, KeyCode.W);
        assertThat(stage.cover().isVisible()).isFalse();
        key(robot, KeyCode.B);
        key(robot, KeyCode.RIGHT);
        assertThat(stage.cover().isVisible()).as("the next key first uncovers").isFalse();
        assertThat(quotesOnStage()).containsExactly("hl-claim-endorses");

        key(robot, KeyCode.F1);
        assertThat(texts(stage)).contains("Presenting: keys");
        key(robot, KeyCode.ESCAPE);
        assertThat(window.presentation().isRunning()).as("Esc first closes the help").isTrue();
        Stage audience = window.presentation().audienceStage();
        key(robot, KeyCode.ESCAPE);
        assertThat(window.presentation().isRunning()).isFalse();
        assertThat(audience.isShowing()).isFalse();
        assertThat(window.viewModel().comparisonIdProperty().get()).as("the main window is as it was").isEqualTo(selectedBefore);
        assertThat(window.root().getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void aNumberThenEnterJumpsToThatComparison(FxRobot robot) {
        openSample(robot);
        startWith(robot, KeyCode.F5);
        key(robot, KeyCode.DIGIT3);
        assertThat(texts(window.presentation().audienceView())).contains("Go to comparison 3 ⏎");
        key(robot, KeyCode.ENTER);
        assertThat(vm().current().comparison().id()).isEqualTo("cmp-letter");
        assertThat(vm().current().step().kind()).isEqualTo(PresentationStep.Kind.QUESTION);
        assertThat(texts(window.presentation().audienceView())).contains("Does the August 2023 letter endorse Hikvision?");
        key(robot, KeyCode.DIGIT2);
        key(robot, KeyCode.ENTER);
        assertThat(vm().current().comparison().id()).isEqualTo("cmp-continue-used");
        key(robot, KeyCode.DIGIT7);
        key(robot, KeyCode.ENTER);
        assertThat(vm().current().comparison().id()).isEqualTo("cmp-continue-used");
        assertThat(vm().messageProperty().get()).contains("no comparison 7");
    }

    @Test
    void shiftF5StartsFromTheSelectedComparison(FxRobot robot) {
        openSample(robot);
        robot.interact(() -> window.viewModel().selectComparison("cmp-continue-used"));
        startWith(robot, KeyCode.SHIFT, KeyCode.F5);
        assertThat(vm().current().comparison().id()).isEqualTo("cmp-continue-used");
        assertThat(texts(window.presentation().audienceView())).contains("Did the government decide to allow Hikvision products in public sector buildings?");
        key(robot, KeyCode.ESCAPE);
        robot.targetWindow(window.root().getScene().getWindow());
        key(robot, KeyCode.F5);
        assertThat(vm().current().comparison().id()).as("F5 starts from the first").isEqualTo("cmp-endorsement");
    }

    @Test
    void zShowsATextQuoteInItsParagraphsAndSideBySideWithItsRebuttal(FxRobot robot) {
        openSample(robot);
        startWith(robot, KeyCode.F5);
        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.Z);
        CalloutView callout = window.presentation().audienceView().calloutView();
        assertThat(callout).isNotNull();
        assertThat(callout.shown()).singleElement().isInstanceOf(CalloutLoader.TextPanel.class);
        CalloutLoader.TextPanel panel = (CalloutLoader.TextPanel) callout.shown().get(0);
        Highlight claim = window.viewModel().project().highlight("hl-claim-endorses").orElseThrow();
        assertThat(panel.excerpt().quote()).isEqualTo(claim.quote());
        String doc = window.viewModel().project().documents().get(0).text();
        assertThat(doc).contains(panel.excerpt().before().replace("[…] ", "") + claim.quote());
        assertThat(texts(callout)).contains(claim.quote());
        key(robot, KeyCode.Z);
        assertThat(window.presentation().audienceView().calloutView()).as("a second press returns").isNull();

        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.S);
        callout = window.presentation().audienceView().calloutView();
        assertThat(callout.shown()).extracting(p -> p.highlight().id()).containsExactly("hl-claim-endorses", "hl-rebuttal-no-such-thing");
        robot.clickOn(callout);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presentation().audienceView().calloutView()).as("a click returns").isNull();
    }

    /** A one-page PDF of known lines in a font shipped in assets/fonts. */
    private Path pdf(List<String> lines) throws Exception {
        Path file = dir.resolve("statement.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            var font = TestPdfs.font(doc, "DejaVuSans.ttf");
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 700;
                for (String line : lines) {
                    TestPdfs.text(cs, font, 12, 72, y, line);
                    y -= 16;
                }
            }
            Files.write(file, TestPdfs.save(doc));
        }
        return file;
    }

    @Test
    void theCalloutOfAPdfQuoteShowsThePageRegionHoldingItsGlyphsWithTheHighlightDrawn(FxRobot robot) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add("Line " + i + " of the filler text that stands around the statements on this page.");
        }
        lines.set(12, "The supplier says the government endorses its cameras.");
        lines.set(20, "The ministry says there is no such thing as an endorsement.");
        Path file = pdf(lines);
        robot.interact(() -> window.viewModel().importFiles(List.of(file), Map.of()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().project() != null
                && !window.viewModel().project().documents().isEmpty());
        SourceDocument doc = window.viewModel().project().documents().get(0);
        String claimText = "the government endorses its cameras";
        String rebuttalText = "there is no such thing as an endorsement";
        int cs = doc.text().indexOf(claimText);
        int rs = doc.text().indexOf(rebuttalText);
        List<String> ids = new ArrayList<>();
        robot.interact(() -> {
            window.viewModel().selectDocument(doc.id());
            ids.add(window.viewModel().mark(Role.CLAIM, cs, cs + claimText.length()).orElseThrow().id());
            ids.add(window.viewModel().mark(Role.REBUTTAL, rs, rs + rebuttalText.length()).orElseThrow().id());
            window.viewModel().newComparison(ids);
        });
        startWith(robot, KeyCode.F5);
        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.Z);

        CalloutView callout = window.presentation().audienceView().calloutView();
        assertThat(callout.shown()).singleElement().isInstanceOf(CalloutLoader.PdfPanel.class);
        CalloutLoader.PdfPanel panel = (CalloutLoader.PdfPanel) callout.shown().get(0);
        GlyphLayout[] layout = new GlyphLayout[1];
        robot.interact(() -> window.viewModel().withLayout(doc, l -> layout[0] = l));
        List<GlyphLayout.Box> boxes = layout[0].boxes(cs, cs + claimText.length());
        assertThat(boxes).isNotEmpty();
        CalloutRegion region = panel.region();
        assertThat(region.geometry().number()).isEqualTo(1);
        for (GlyphLayout.Box b : boxes) {
            assertThat(region.contains(region.geometry().rectToView(b.x0(), b.y0(), b.x1(), b.y1(), 1)))
                    .as("the region holds the quote's glyphs").isTrue();
        }
        assertThat(region.width()).as("zoomed in, not the whole page").isLessThan(region.geometry().displayWidth());
        // the lines far from the quote are outside the region
        double[] firstLine = region.geometry().rectToView(72, 700, 300, 712, 1);
        assertThat(region.contains(firstLine)).isFalse();
        // rendered at the panel's size: sharp, with ink where the quote's glyphs are
        javafx.scene.image.Image image = panel.image();
        assertThat(image.getWidth()).isGreaterThan(600);
        double scale = image.getWidth() / region.width();
        GlyphLayout.Box first = boxes.get(0);
        double[] r = region.geometry().rectToView(first.x0(), first.y0(), first.x1(), first.y1(), 1);
        int dark = 0;
        for (double x = r[0]; x < r[0] + r[2]; x += 0.5) {
            for (double y = r[1]; y < r[1] + r[3]; y += 0.5) {
                Color c = image.getPixelReader().getColor((int) ((x - region.x()) * scale), (int) ((y - region.y()) * scale));
                if (c.getBrightness() < 0.5) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("glyph ink under the highlight").isGreaterThan(20);
        assertThat(robot.from(callout).lookup("." + CalloutView.MARK_CLASS).queryAll()).hasSize(boxes.size());

        key(robot, KeyCode.Z);
        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.S);
        callout = window.presentation().audienceView().calloutView();
        assertThat(callout.shown()).hasSize(2).allMatch(p -> p instanceof CalloutLoader.PdfPanel);
        assertThat(callout.shown()).extracting(p -> p.highlight().id()).containsExactlyElementsOf(ids);
    }

    @Test
    void aQuoteTooLongForTheStageIsCutVisiblyWithAMarkThatTheFullTextIsInTheSource(FxRobot robot) {
        openSample(robot);
        SourceDocument doc = window.viewModel().project().documents().get(0);
        int start = 0;
        int end = Math.min(doc.text().length(), 3000);
        String[] id = new String[1];
        robot.interact(() -> {
            window.viewModel().selectDocument(doc.id());
            Highlight h = window.viewModel().mark(Role.CLAIM, start, end).orElseThrow();
            id[0] = h.id();
            window.viewModel().newComparison(List.of(h.id()));
        });
        startWith(robot, KeyCode.F5);
        int number = vm().scenes().stream().filter(s -> s.comparison().claimIds().contains(id[0])).findFirst().orElseThrow().number();
        robot.interact(() -> {
            vm().jumpTo(number);
            vm().next();
        });
        assertThat(quotesOnStage()).containsExactly(id[0]);
        List<String> shown = texts(window.presentation().audienceView());
        assertThat(shown).anyMatch(t -> t.startsWith("“") && t.endsWith(" […]"));
        assertThat(shown).contains("Cut to fit: the full quote is in the source (Z)");
        assertThat(robot.from(window.presentation().audienceView()).lookup("." + StageContent.CUT_CLASS).queryAll()).hasSize(1);
    }

    @Test
    void oneScreenShowsTheNotesOverlayWithNAndThePresenterViewListsCurrentNextAndEveryComparison(FxRobot robot) {
        openSample(robot);
        startWith(robot, KeyCode.F5);
        assertThat(window.presentation().presenterView()).as("one screen: no presenter view").isNull();
        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.N);
        List<String> shown = texts(window.presentation().audienceView());
        assertThat(shown).contains("Comparison 1 of 3 · step 2 of 6", "Next: Rebuttal 1 of 3: Daniel Hatton",
                "The central claim: that the scope of the sensitive-sites ban amounts to an endorsement.");
        key(robot, KeyCode.N);

        key(robot, KeyCode.P);
        PresenterView presenter = window.presentation().presenterView();
        assertThat(presenter).as("P opens the presenter view to rehearse on one screen").isNotNull();
        assertThat(presenter.getScene().getWindow().isShowing()).isTrue();
        assertThat(presenter.sceneList().getItems()).hasSize(3);
        assertThat(texts(presenter)).contains("Next: Rebuttal 1 of 3: Daniel Hatton", "On screen", "Next");
        robot.clickOn(robot.from(presenter.sceneList()).lookup(".list-cell").nth(2).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().current().comparison().id()).as("a click in the list jumps").isEqualTo("cmp-letter");
        assertThat(quotesOnStage()).isEmpty();
        robot.targetWindow(presenter.getScene().getWindow());
        key(robot, KeyCode.RIGHT);
        assertThat(quotesOnStage()).as("the presenter view takes the keys too").containsExactly("hl-claim-letter");
        key(robot, KeyCode.P);
        assertThat(window.presentation().presenterView()).isNull();
    }
}
