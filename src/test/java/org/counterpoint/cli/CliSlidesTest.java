package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.counterpoint.SampleCaseBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliSlidesTest {
    @TempDir
    Path dir;

    @Test
    void slidesAndPowerPointComeFromTheCommandLinePerStepOrPerComparison() throws Exception {
        String sample = SampleCaseBuilder.PROJECT.toString();
        Path perStep = dir.resolve("deck.pdf");
        CliTest.Run r = CliTest.run("export", sample, "--format", "slides", "-o", perStep.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("written: " + perStep);
        Path perComparison = dir.resolve("deck-comparisons.pdf");
        r = CliTest.run("export", sample, "--format", "slides", "--slides", "comparison", "--theme", "dark", "-o", perComparison.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument a = Loader.loadPDF(perStep.toFile()); PDDocument b = Loader.loadPDF(perComparison.toFile())) {
            // title + 3 comparisons of 6, 6 and 5 steps with 11 quotes in their sources; title + 3 comparisons with 6 side-by-side slides
            assertThat(a.getNumberOfPages()).isEqualTo(29);
            assertThat(b.getNumberOfPages()).isEqualTo(10);
        }
        Path pptx = dir.resolve("deck.pptx");
        r = CliTest.run("export", sample, "--format", "pptx", "-o", pptx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (XMLSlideShow show = new XMLSlideShow(new FileInputStream(pptx.toFile()))) {
            assertThat(show.getSlides()).hasSize(29);
        }
    }

    @Test
    void aWrongSlidesOptionIsAUsageError() {
        CliTest.Run r = CliTest.run("export", SampleCaseBuilder.PROJECT.toString(), "--format", "slides", "--slides", "page",
                "-o", dir.resolve("x.pdf").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'page' is not a slide grouping; use step or comparison");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}
