package org.counterpoint.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.io.ProjectReader;
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
import org.counterpoint.task.Progress;
import org.counterpoint.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPdfTest {
    @TempDir
    Path dir;

    private static String words(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private String poppler(Path pdf) throws Exception {
        return ExternalTools.run("pdftotext", pdf.toString(), "-");
    }

    @Test
    void theSampleReportHoldsEveryClaimAndRebuttalQuote() throws Exception {
        Project sample = new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
        byte[] pdf = ReportPdfExporter.export(sample, LocalDate.of(2026, 11, 27), Progress.NONE);
        Path out = dir.resolve("report.pdf");
        Files.write(out, pdf);
        String pdfbox;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pdfbox = new PDFTextStripper().getText(doc);
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).as("every font is embedded").isTrue();
                }
            }
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).hasSize(3);
            assertThat(doc.getNumberOfPages()).isEqualTo(5);
        }
        String popplerText = poppler(out);
        for (Highlight h : sample.highlights()) {
            if (h.role() == Role.CONTEXT) {
                continue;
            }
            assertThat(words(pdfbox)).as("PDFBox finds %s", h.id()).contains(words(h.quote()));
            assertThat(words(popplerText)).as("poppler finds %s", h.id()).contains(words(h.quote()));
        }
        assertThat(words(popplerText)).contains("Comparison report").contains("Contents").contains("Verdict: False")
                .contains("Verdict: Misleading").contains("Daniel Hatton, Chief Press Officer, UK Cabinet Office")
                .contains("Stated 25 Oct 2023").contains("page 3 of 5").contains("27 November 2026");
        // the table of contents gives the page each comparison starts on
        assertThat(words(popplerText)).containsPattern("1\\. Does the UK government endorse the security of Hikvision’s products\\? 3");
    }

    @Test
    void arabicChineseAndLongUrlsAreSetAndWrapped() throws Exception {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        String url = "https://example.org/a/very/long/path/that/cannot/fit/on/one/line/of/a/column/at/all/because/it/keeps/going/on/and/on?query=1";
        String text = "قال المتحدث إن القرار لا يعني أي تأييد للشركة.\n中文测试：政府否认任何背书。\nSee " + url + " for the letter.\n";
        SourceDocument doc = new SourceDocument("d", "Mixed scripts", DocumentKind.TEXT, new Origin("", "mixed.txt"), "", text, List.of(0),
                DocumentMetadata.EMPTY, now);
        String arabic = "لا يعني أي تأييد للشركة";
        String chinese = "政府否认任何背书";
        Highlight claim = Highlight.ofText("h1", "d", Role.CLAIM, Anchors.create(text, text.indexOf(url), text.indexOf(url) + url.length()), "me", now)
                .withProvenance(new Provenance("Source with a long name", "", null, url), now);
        Highlight r1 = Highlight.ofText("h2", "d", Role.REBUTTAL, Anchors.create(text, text.indexOf(arabic), text.indexOf(arabic) + arabic.length()), "me", now);
        Highlight r2 = Highlight.ofText("h3", "d", Role.REBUTTAL, Anchors.create(text, text.indexOf(chinese), text.indexOf(chinese) + chinese.length()), "me", now);
        Project p = new Project("Scripts", "", "", List.of(doc), List.of(claim, r1, r2),
                List.of(new Comparison("c", "Mixed", List.of("h1"), List.of("h2", "h3"), Verdict.UNSUPPORTED, "", "", 0)), now, now);
        byte[] pdf = ReportPdfExporter.export(p, LocalDate.of(2024, 1, 2), Progress.NONE);
        Path out = dir.resolve("scripts.pdf");
        Files.write(out, pdf);
        List<Float> rightEdges = new ArrayList<>();
        String extracted;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            float width = d.getPage(0).getMediaBox().getWidth();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) throws java.io.IOException {
                    for (TextPosition tp : positions) {
                        rightEdges.add(tp.getXDirAdj() + tp.getWidthDirAdj());
                    }
                    super.writeString(s, positions);
                }
            };
            extracted = stripper.getText(d);
            assertThat(rightEdges).as("nothing runs off the page").allSatisfy(x -> assertThat(x).isLessThan(width - 40));
        }
        assertThat(extracted).as("Arabic reads back in logical order").contains(arabic);
        assertThat(extracted).contains(chinese);
        assertThat(words(extracted).replace(" ", "")).as("the URL wraps but stays whole").contains(url);
        assertThat(poppler(out)).contains(chinese);
    }
}
