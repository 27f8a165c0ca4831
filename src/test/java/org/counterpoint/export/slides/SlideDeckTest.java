package org.counterpoint.export.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.PresentationSettings.SlideGrouping;
import org.counterpoint.model.PresentationSettings.Theme;
import org.counterpoint.model.Project;
import org.counterpoint.model.Text;
import org.counterpoint.model.edit.PresentationEdits;
import org.counterpoint.task.Progress;
import org.counterpoint.typeset.SourceAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF slide deck of the sample case, read back with PDFBox and with poppler. */
class SlideDeckTest {
    @TempDir
    Path dir;

    static Project sample() throws Exception {
        return new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
    }

    static String words(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    static String quote(Highlight h) {
        return words(Text.oneLine(h.quote()));
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    /**
     * Every quote on the stage is on its slide: the quote a slide reveals verbatim, the others verbatim
     * or visibly cut (its start, […] and the line saying the full text is in the source); and no quote
     * that is not on the stage yet.
     */
    static void assertStage(Slide slide, String pageText, Project project, String reader) {
        List<Highlight> visible = new java.util.ArrayList<>(slide.claims());
        visible.addAll(slide.rebuttals());
        String text = words(pageText);
        for (Highlight h : visible) {
            if (h.id().equals(slide.revealedId()) || !text.contains(words(SlideLayout.CUT_NOTE))) {
                assertThat(text).as("%s: “%s” is on the slide of %s", reader, quote(h), slide.step()).contains(quote(h));
            } else if (!text.contains(quote(h))) {
                String start = quote(h).substring(0, Math.min(25, quote(h).length()));
                assertThat(text).as("%s: the cut “%s” is on the slide of %s", reader, quote(h), slide.step()).contains(start).contains("[…]");
            }
        }
        for (String id : slide.comparison().claimIds()) {
            if (!slide.step().claimIds().contains(id)) {
                assertThat(words(pageText)).as("%s: claim %s is not revealed yet", reader, id)
                        .doesNotContain(quote(project.highlight(id).orElseThrow()));
            }
        }
        for (String id : slide.comparison().rebuttalIds()) {
            if (!slide.step().rebuttalIds().contains(id)) {
                assertThat(words(pageText)).as("%s: rebuttal %s is not revealed yet", reader, id)
                        .doesNotContain(quote(project.highlight(id).orElseThrow()));
            }
        }
    }

    @Test
    void everyStepOfTheSampleIsASlideWithExactlyItsQuotesVerbatimIn16By9AndEmbeddedFonts() throws Exception {
        Project sample = sample();
        SlideDecks.Result deck = SlideDecks.pdf(sample, PresentationSettings.DEFAULT, SourceAccess.byRecordedPaths(), Progress.NONE);
        List<Slide> plan = SlidePlan.of(sample, SlideGrouping.PER_STEP, true);
        // title, then per comparison: question, 1 claim, its rebuttals, verdict, and one evidence slide per revealed quote
        assertThat(plan).hasSize(1 + (2 + 4 + 4) + (2 + 4 + 4) + (2 + 3 + 3));
        assertThat(deck.slides()).isEqualTo(plan.size());
        assertThat(deck.notes()).isEmpty();
        Path out = dir.resolve("deck.pdf");
        Files.write(out, deck.bytes());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "slides-sample.pdf"), deck.bytes());

        try (PDDocument doc = Loader.loadPDF(deck.bytes())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(plan.size());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < plan.size(); i++) {
                PDPage page = doc.getPage(i);
                assertThat(page.getMediaBox().getWidth() / page.getMediaBox().getHeight()).isCloseTo(16f / 9f, org.assertj.core.data.Offset.offset(0.001f));
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(doc);
                Slide slide = plan.get(i);
                String popplerText = run("pdftotext", "-raw", "-f", Integer.toString(i + 1), "-l", Integer.toString(i + 1), out.toString(), "-");
                switch (slide.kind()) {
                    case TITLE -> assertThat(words(text)).contains(words(sample.title()));
                    case QUESTION, STAGE -> {
                        assertThat(words(text)).contains(words(slide.comparison().title()));
                        assertStage(slide, text, sample, "PDFBox");
                        assertStage(slide, popplerText, sample, "poppler");
                        assertThat(words(text).contains(words(slide.comparison().verdictText()))).as("verdict on slide %d", i + 1)
                                .isEqualTo(slide.verdictShown());
                    }
                    case EVIDENCE -> {
                        assertThat(slide.evidence()).hasSize(1);
                        long images = 0;
                        for (var name : page.getResources().getXObjectNames()) {
                            images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                        }
                        assertThat(images).as("slide %d shows the quote's page", i + 1).isEqualTo(1);
                        assertThat(words(text)).contains(SlidePlan.speaker(slide.evidence().get(0)));
                    }
                }
            }
        }
        String fonts = run("pdffonts", out.toString());
        List<String> rows = fonts.lines().skip(2).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains(" yes "));
        assertThat(fonts).contains("DejaVuSans");
        assertThat(run("pdfinfo", out.toString())).contains("960 x 540 pts");
    }

    @Test
    void oneSlidePerComparisonShowsItsFinalStateThenItsQuotesInTheSourceSideBySide() throws Exception {
        Project sample = sample();
        var settings = new PresentationSettings(Theme.DARK, SlideGrouping.PER_COMPARISON);
        List<Slide> plan = SlidePlan.of(sample, SlideGrouping.PER_COMPARISON, true);
        // title; per comparison its final slide, then claim beside rebuttal, then the other rebuttals in pairs
        assertThat(plan).extracting(Slide::kind).containsExactly(Slide.Kind.TITLE,
                Slide.Kind.STAGE, Slide.Kind.EVIDENCE, Slide.Kind.EVIDENCE,
                Slide.Kind.STAGE, Slide.Kind.EVIDENCE, Slide.Kind.EVIDENCE,
                Slide.Kind.STAGE, Slide.Kind.EVIDENCE, Slide.Kind.EVIDENCE);
        assertThat(plan.get(2).evidence()).extracting(Highlight::role).containsExactly(org.counterpoint.model.Role.CLAIM,
                org.counterpoint.model.Role.REBUTTAL);
        SlideDecks.Result deck = SlideDecks.pdf(sample, settings, SourceAccess.byRecordedPaths(), Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(deck.bytes())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(plan.size());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String text = stripper.getText(doc);
            assertStage(plan.get(1), text, sample, "PDFBox");
            assertThat(words(text)).contains(words(plan.get(1).comparison().verdictText()));
        }
        Files.write(Path.of("target", "slides-sample-dark.pdf"), deck.bytes());
    }

    @Test
    void hiddenComparisonsAreLeftOutAndTheStepOrderIsFollowed() throws Exception {
        Project sample = sample();
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        String first = sample.comparisonsInOrder().get(0).id();
        var c2 = sample.comparisonsInOrder().get(1);
        Project p = PresentationEdits.setHidden(first, true, now).apply(sample);
        String lastRebuttal = c2.rebuttalIds().get(c2.rebuttalIds().size() - 1);
        p = PresentationEdits.setStepOrder(c2.id(), List.of(lastRebuttal), now).apply(p);
        List<Slide> plan = SlidePlan.of(p, SlideGrouping.PER_STEP, false);
        assertThat(plan).extracting(s -> s.comparison() == null ? "title" : s.comparison().id()).doesNotContain(first);
        assertThat(plan.get(2).revealedId()).isEqualTo(lastRebuttal);
        SlideDecks.Result deck = SlideDecks.pdf(p, PresentationSettings.DEFAULT, SourceAccess.byRecordedPaths(), Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(deck.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String all = words(stripper.getText(doc));
            assertThat(all).doesNotContain(words(sample.comparison(first).orElseThrow().title()));
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String text = stripper.getText(doc);
            assertThat(words(text)).as("the first revealed quote is the one the step order puts first")
                    .contains(quote(p.highlight(lastRebuttal).orElseThrow()));
            assertThat(words(text)).contains("Comparison 1 of 2");
        }
    }
}
