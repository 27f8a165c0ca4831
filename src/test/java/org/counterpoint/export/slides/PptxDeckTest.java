package org.counterpoint.export.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterpoint.export.slides.SlideDeckTest.assertStage;
import static org.counterpoint.export.slides.SlideDeckTest.words;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.PresentationSettings.SlideGrouping;
import org.counterpoint.model.Project;
import org.counterpoint.task.Progress;
import org.counterpoint.typeset.SourceAccess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PowerPoint file of the sample case, read back with Apache POI. */
class PptxDeckTest {
    @TempDir
    Path dir;

    private static String text(XSLFSlide slide) {
        StringBuilder sb = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String notes(XMLSlideShow show, XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        if (notes == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (var paragraphs : notes.getTextParagraphs()) {
            for (var p : paragraphs) {
                sb.append(p.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void oneSlidePerStepWithEditableQuotesAndThePresentersNotes() throws Exception {
        Project sample = SlideDeckTest.sample();
        SlideDecks.Result deck = SlideDecks.pptx(sample, PresentationSettings.DEFAULT, SourceAccess.byRecordedPaths(), Progress.NONE);
        List<Slide> plan = SlidePlan.of(sample, SlideGrouping.PER_STEP, true);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "slides-sample.pptx"), deck.bytes());
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck.bytes()))) {
            assertThat(show.getPageSize().getWidth() / show.getPageSize().getHeight()).isCloseTo(16.0 / 9.0, org.assertj.core.data.Offset.offset(0.01));
            assertThat(show.getSlides()).hasSize(plan.size());
            for (int i = 0; i < plan.size(); i++) {
                Slide planned = plan.get(i);
                XSLFSlide slide = show.getSlides().get(i);
                String text = text(slide);
                String notes = notes(show, slide);
                switch (planned.kind()) {
                    case TITLE -> assertThat(words(text)).contains(words(sample.title()));
                    case QUESTION, STAGE -> {
                        assertStage(planned, text, sample, "POI");
                        assertThat(words(notes)).as("notes of slide %d", i + 1).contains(words(planned.comparison().title()))
                                .contains(words(planned.comparison().note()));
                        for (var h : planned.claims()) {
                            if (!h.note().isBlank()) {
                                assertThat(words(notes)).contains(words(h.note()));
                            }
                        }
                        if (planned.verdictShown()) {
                            assertThat(words(text)).contains(words(planned.comparison().verdictText()))
                                    .contains(planned.comparison().verdict().label().toUpperCase(java.util.Locale.ROOT));
                        }
                    }
                    case EVIDENCE -> assertThat(slide.getShapes()).filteredOn(s -> s instanceof XSLFPictureShape).hasSize(1);
                }
            }
            // each quote is a paragraph of its own, with who said it in the paragraphs under it, so it can be edited as a whole
            XSLFSlide firstClaim = show.getSlides().get(2);
            var h = plan.get(2).claims().get(0);
            String claim = words(org.counterpoint.model.Text.oneLine(h.quote()));
            assertThat(firstClaim.getShapes()).filteredOn(s -> s instanceof XSLFTextShape t && t.getTextParagraphs().size() > 1
                    && words(t.getTextParagraphs().get(0).getText()).equals("“" + claim + "”")
                    && t.getTextParagraphs().get(1).getText().contains(h.provenance().speaker())).hasSize(1);
        }
    }

    @Test
    void libreOfficeConvertsItWithoutErrors() throws Exception {
        Path soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed");
        Path pptx = dir.resolve("deck.pptx");
        Files.write(pptx, SlideDecks.pptx(SlideDeckTest.sample(), PresentationSettings.DEFAULT, SourceAccess.byRecordedPaths(), Progress.NONE).bytes());
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--convert-to", "pdf", "--outdir", dir.toString(), pptx.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(dir.resolve("deck.pdf")).exists();
        assertThat(SlideDeckTest.run("pdfinfo", dir.resolve("deck.pdf").toString())).contains("Pages:");
    }

    private static Path onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(d, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
