package org.counterpoint.export;

import org.counterpoint.testing.ExportFixtures;
import org.counterpoint.testing.ExternalTools;
import org.counterpoint.typeset.PagedDocument;

import org.counterpoint.typeset.SourceAccess;

import org.counterpoint.interchange.W3cAnnotations;

import org.counterpoint.interchange.InterchangeImport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.Verdict;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Annotated PDFs checked by independent readers: PDFBox reads the text under each annotation's
 * QuadPoints and renders the page; poppler reads the file, the text under each quad, and renders it.
 */
class AnnotatedPdfExportTest {
    @TempDir
    Path dir;

    /** Whitespace and line breaks count as one space: a quote across lines is the same words. */
    private static String words(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The two-column PDF with annotations placed from W3C quotes: a claim, a rebuttal across a line break, context. */
    private record Case(Project project, PagedDocument paged) {
    }

    private Case twoColumnCase() throws Exception {
        ExportFixtures.Pdf pdf = ExportFixtures.twoColumnPdf(dir);
        byte[] w3c = ExportFixtures.w3cByQuote(pdf.document(), List.of(
                Map.entry("claim", "endorses the security of its products"),
                Map.entry("rebuttal", "There is no such thing as an endorsement, the spokesperson said"),
                Map.entry("context", "applies only to sensitive sites")));
        Instant now = Instant.parse("2024-05-01T10:00:00Z");
        InterchangeImport.Report report = InterchangeImport.fromW3c(pdf.project(), W3cAnnotations.read(w3c), now);
        assertThat(report.flagged()).isEmpty();
        assertThat(report.approximate()).as("quotes across a line break match ignoring the break").hasSize(2);
        Project p = pdf.project();
        for (Highlight h : report.highlights()) {
            Highlight withNote = h.withNote("Checked against the minutes.", now)
                    .withProvenance(new org.counterpoint.model.Provenance("A spokesperson", "Ministry", org.counterpoint.model.PartialDate.parse("2024-04"), "Press release"), now);
            p = Edits.addHighlight(withNote, now).apply(p);
        }
        Highlight claim = p.highlights().stream().filter(h -> h.role() == Role.CLAIM).findFirst().orElseThrow();
        Highlight rebuttal = p.highlights().stream().filter(h -> h.role() == Role.REBUTTAL).findFirst().orElseThrow();
        p = Edits.addComparison(new Comparison("c1", "Endorsed?", List.of(claim.id()), List.of(rebuttal.id()), Verdict.FALSE, "", "", 0), now)
                .apply(p);
        p = Edits.addHighlight(Highlight.ofArea("area-1", pdf.document().id(), Role.CONTEXT, new PageArea(1, 400, 400, 120, 60), "me", now), now)
                .apply(p);
        return new Case(p, PagedDocument.of(pdf.document(), pdf.access(), Progress.NONE));
    }

    private static String textUnderQuads(PDPage page, float[] quads) throws Exception {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        float height = page.getCropBox().getHeight();
        for (int i = 0; i + 7 < quads.length; i += 8) {
            float x0 = Math.min(quads[i], quads[i + 4]);
            float x1 = Math.max(quads[i + 2], quads[i + 6]);
            float y1 = Math.max(quads[i + 1], quads[i + 3]);
            float y0 = Math.min(quads[i + 5], quads[i + 7]);
            // the stripper measures from the top of the page; the region stops a hair short of the quad's
            // right edge, because the next glyph begins exactly there
            stripper.addRegion("q" + i, new Rectangle2D.Float(x0, height - y1, x1 - x0 - 0.25f, y1 - y0));
        }
        stripper.extractRegions(page);
        return String.join(" ", orderedRegions(stripper, quads.length / 8));
    }

    private static List<String> orderedRegions(PDFTextStripperByArea stripper, int n) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            parts.add(stripper.getTextForRegion("q" + (k * 8)));
        }
        return parts;
    }

    private static String popplerTextUnderQuads(Path pdf, int pageNumber, float pageHeight, float[] quads) throws Exception {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 7 < quads.length; i += 8) {
            float x0 = Math.min(quads[i], quads[i + 4]);
            float x1 = Math.max(quads[i + 2], quads[i + 6]);
            float y1 = Math.max(quads[i + 1], quads[i + 3]);
            float y0 = Math.min(quads[i + 5], quads[i + 7]);
            // poppler crops in whole pixels: at 720 dpi a pixel is a tenth of a point
            parts.add(ExternalTools.run("pdftotext", "-r", "720", "-f", "" + pageNumber, "-l", "" + pageNumber,
                    "-x", "" + Math.round(x0 * 10), "-y", "" + Math.round((pageHeight - y1) * 10),
                    "-W", "" + Math.round((x1 - x0 - 0.25f) * 10), "-H", "" + Math.round((y1 - y0) * 10),
                    pdf.toString(), "-"));
        }
        return String.join(" ", parts);
    }

    @Test
    void everyHighlightIsAHighlightAnnotationWhoseQuadsHoldExactlyItsQuote() throws Exception {
        Case c = twoColumnCase();
        AnnotatedPdfExporter.Result result = AnnotatedPdfExporter.export(c.project(), c.paged(), AnnotatedPdfExporter.Options.ALL, Progress.NONE);
        Path out = dir.resolve("annotated.pdf");
        Files.write(out, result.pdf());
        assertThat(result.annotations()).isEqualTo(4);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDPage page = doc.getPage(0);
            List<PDAnnotationHighlight> highlights = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationHighlight h) {
                    highlights.add(h);
                }
            }
            assertThat(highlights).hasSize(3);
            for (PDAnnotationHighlight a : highlights) {
                Highlight h = c.project().highlight(a.getAnnotationName()).orElseThrow();
                assertThat(words(textUnderQuads(page, a.getQuadPoints()))).as("PDFBox reads the quads of %s", h.quote())
                        .isEqualTo(words(h.quote()));
                assertThat(words(popplerTextUnderQuads(out, 1, page.getCropBox().getHeight(), a.getQuadPoints())))
                        .as("poppler reads the quads of %s", h.quote()).isEqualTo(words(h.quote()));
                assertThat(a.getNormalAppearanceStream()).as("appearance stream").isNotNull();
                assertThat(a.getQuadPoints().length).isEqualTo(8 * h.quote().split("\n").length);
                float[] q = a.getQuadPoints();
                assertThat(q[1]).as("first point is the top left").isGreaterThan(q[5]);
                assertThat(q[2]).as("second point is the top right").isGreaterThan(q[0]);
                assertThat(a.getSubject()).isEqualTo(h.role().label());
                assertThat(a.getTitlePopup()).isEqualTo(h.annotator().isBlank() ? "Counterpoint" : h.annotator());
                assertThat(a.getContents()).contains("Checked against the minutes.").contains("Speaker: A spokesperson")
                        .contains("Affiliation: Ministry").contains("Stated: 2024-04").contains("Source: Press release");
                assertThat(a.getColor().toRGB()).isEqualTo(Integer.parseInt(h.role().defaultColor().substring(1), 16));
                assertThat(a.getConstantOpacity()).isEqualTo(AnnotatedPdfExporter.OPACITY);
                assertThat(a.getModifiedDate()).isNotBlank();
                assertThat(a.getPopup()).as("a note opens in a pop-up").isNotNull();
                var rect = a.getRectangle();
                for (int i = 0; i < q.length; i += 2) {
                    assertThat(q[i]).isBetween(rect.getLowerLeftX() - 0.01f, rect.getUpperRightX() + 0.01f);
                    assertThat(q[i + 1]).isBetween(rect.getLowerLeftY() - 0.01f, rect.getUpperRightY() + 0.01f);
                }
            }
            PDAnnotationMarkup rebuttal = highlights.stream().filter(a -> a.getSubject().equals("Rebuttal")).findFirst().orElseThrow();
            PDAnnotationMarkup claim = highlights.stream().filter(a -> a.getSubject().equals("Claim")).findFirst().orElseThrow();
            assertThat(rebuttal.getInReplyTo()).as("the rebuttal replies to the claim").isNotNull();
            assertThat(((PDAnnotationMarkup) rebuttal.getInReplyTo()).getAnnotationName()).isEqualTo(claim.getAnnotationName());
            assertThat(page.getAnnotations()).filteredOn(a -> a instanceof PDAnnotationSquare).hasSize(1);
        }
        String pdfinfo = ExternalTools.run("pdfinfo", out.toString());
        assertThat(pdfinfo).containsPattern("Pages:\\s+1\\n");
    }

    @Test
    void theRolesColoursShowWhereTheHighlightsAreDrawn() throws Exception {
        Case c = twoColumnCase();
        byte[] pdf = AnnotatedPdfExporter.export(c.project(), c.paged(), AnnotatedPdfExporter.Options.ALL, Progress.NONE).pdf();
        Path out = dir.resolve("colours.pdf");
        Files.write(out, pdf);
        float scale = 2;
        BufferedImage pdfbox;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pdfbox = new PDFRenderer(doc).renderImage(0, scale);
        }
        ExternalTools.run("pdftoppm", "-r", "144", "-png", "-singlefile", out.toString(), dir.resolve("poppler").toString());
        BufferedImage poppler = javax.imageio.ImageIO.read(dir.resolve("poppler.png").toFile());
        for (Highlight h : c.project().highlights()) {
            if (h.isArea()) {
                continue;
            }
            int[] range = c.paged().rangeOf(h).orElseThrow();
            var box = c.paged().layout().boxes(range[0], range[1]).get(0);
            for (BufferedImage image : List.of(pdfbox, poppler)) {
                int rgb = commonestColour(image, box, scale);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                switch (h.role()) {
                    case CLAIM -> assertThat(r - b).as("claims show orange (r=%d g=%d b=%d)", r, g, b).isGreaterThan(60);
                    case REBUTTAL -> assertThat(b - r).as("rebuttals show blue (r=%d g=%d b=%d)", r, g, b).isGreaterThan(40);
                    case CONTEXT -> assertThat(Math.abs(r - b)).as("context shows grey (r=%d g=%d b=%d)", r, g, b).isLessThan(25);
                }
                assertThat(r + g + b).as("the highlight is drawn, not white paper").isLessThan(3 * 250);
                assertThat(r + g + b).as("the paper under the highlight shows, not ink").isGreaterThan(3 * 100);
            }
        }
    }

    /**
     * The colour that most pixels inside the first line's box show: the highlight between the glyphs. A region,
     * not one pixel, so the test holds whichever font a reader draws the text with.
     */
    private static int commonestColour(BufferedImage image, org.counterpoint.model.GlyphLayout.Box box, float scale) {
        float pageHeight = 792;
        int x0 = (int) Math.ceil(box.x0() * scale) + 1;
        int x1 = (int) Math.floor(box.x1() * scale) - 1;
        int y0 = (int) Math.ceil((pageHeight - box.y1()) * scale) + 1;
        int y1 = (int) Math.floor((pageHeight - box.y0()) * scale) - 1;
        assertThat(x1 - x0).as("the box is wider than a few pixels").isGreaterThan(10);
        assertThat(y1 - y0).as("the box is taller than a few pixels").isGreaterThan(10);
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void flattenedHighlightsAreInThePageAndNoLongerAnnotations() throws Exception {
        Case c = twoColumnCase();
        byte[] pdf = AnnotatedPdfExporter.export(c.project(), c.paged(), new AnnotatedPdfExporter.Options(h -> true, true), Progress.NONE).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getAnnotations()).isEmpty();
            BufferedImage image = new PDFRenderer(doc).renderImage(0, 2);
            Highlight claim = c.project().highlights().stream().filter(h -> h.role() == Role.CLAIM).findFirst().orElseThrow();
            int[] range = c.paged().rangeOf(claim).orElseThrow();
            var box = c.paged().layout().boxes(range[0], range[1]).get(0);
            int rgb = commonestColour(image, box, 2);
            assertThat(((rgb >> 16) & 0xFF) - (rgb & 0xFF)).as("the claim's colour is printed into the page").isGreaterThan(60);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("endorses the security of its products");
        }
    }

    @Test
    void onlyTheHighlightsAFilterShowsAndExistingAnnotationsStay() throws Exception {
        Path file = dir.resolve("reviewed.pdf");
        Files.write(file, org.counterpoint.testing.TestPdfs.annotated("The ministry denies the claim outright.", "A second line.",
                "denies the claim", "second"));
        var imported = new org.counterpoint.ingest.DocumentImporter().importFile(file, null, Progress.NONE);
        Instant now = Instant.now();
        Project p = Edits.addDocuments(List.of(imported.document()), now).apply(Project.empty("p", now));
        String text = imported.document().text();
        int s = text.indexOf("ministry");
        p = Edits.addHighlight(Highlight.ofText("h-claim", imported.document().id(), Role.CLAIM,
                org.counterpoint.anchor.Anchors.create(text, s, s + 8), "me", now), now).apply(p);
        int t = text.indexOf("outright");
        p = Edits.addHighlight(Highlight.ofText("h-context", imported.document().id(), Role.CONTEXT,
                org.counterpoint.anchor.Anchors.create(text, t, t + 8), "me", now), now).apply(p);
        PagedDocument paged = PagedDocument.of(imported.document(), SourceAccess.byRecordedPaths(), Progress.NONE);
        byte[] pdf = AnnotatedPdfExporter.export(p, paged, new AnnotatedPdfExporter.Options(h -> h.role() == Role.CLAIM, false), Progress.NONE).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDAnnotation> annotations = doc.getPage(0).getAnnotations();
            assertThat(annotations.stream().map(PDAnnotation::getAnnotationName).filter(n -> n != null && n.startsWith("h-")))
                    .containsExactly("h-claim");
            assertThat(annotations.stream().filter(a -> "Reviewer A".equals(a instanceof PDAnnotationMarkup m ? m.getTitlePopup() : null)))
                    .as("the annotations already in the file are kept").isNotEmpty();
        }
    }

    @Test
    void aTextDocumentIsTypesetAndAnnotatedAlike() throws Exception {
        Project sample = new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
        PagedDocument paged = PagedDocument.of(sample.documents().get(0), SourceAccess.byRecordedPaths(), Progress.NONE);
        assertThat(paged.typeset()).isTrue();
        byte[] pdf = AnnotatedPdfExporter.export(sample, paged, AnnotatedPdfExporter.Options.ALL, Progress.NONE).pdf();
        Path out = dir.resolve("sample.pdf");
        Files.write(out, pdf);
        int checked = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(sample.documents().get(0).title());
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationHighlight h) {
                        Highlight source = sample.highlight(h.getAnnotationName().replaceAll("#\\d+$", "")).orElseThrow();
                        if (!h.getAnnotationName().contains("#")) {
                            String under = words(textUnderQuads(page, h.getQuadPoints()));
                            assertThat(words(source.quote())).as("the quads hold the quote (on this page)").startsWith(under);
                            assertThat(under).isNotEmpty();
                            checked++;
                        }
                        assertThat(h.getNormalAppearanceStream()).isNotNull();
                    }
                }
                for (var font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).as("fonts are embedded").isTrue();
                }
            }
        }
        assertThat(checked).isEqualTo(sample.highlights().size());
        String text = ExternalTools.run("pdftotext", out.toString(), "-");
        for (Highlight h : sample.highlights()) {
            assertThat(words(text)).as("poppler reads every quote in the typeset text").contains(words(h.quote()));
        }
    }

    @Test
    void anEncryptedSourceIsExportedWithoutItsPassword() throws Exception {
        Path file = dir.resolve("locked.pdf");
        Files.write(file, org.counterpoint.testing.TestPdfs.encrypted(List.of(List.of("The ban still stands today.")), "pw", "owner", true));
        var imported = new org.counterpoint.ingest.DocumentImporter().importFile(file, "pw", Progress.NONE);
        Instant now = Instant.now();
        Project p = Edits.addDocuments(List.of(imported.document()), now).apply(Project.empty("p", now));
        p = Edits.addHighlight(Highlight.ofText("h1", imported.document().id(), Role.REBUTTAL,
                org.counterpoint.anchor.Anchors.create(imported.document().text(), 4, 7), "me", now), now).apply(p);
        SourceAccess withPassword = new SourceAccess() {
            @Override
            public java.util.Optional<Path> sourceFile(org.counterpoint.model.SourceDocument d) {
                return java.util.Optional.of(file);
            }

            @Override
            public String password(org.counterpoint.model.SourceDocument d) {
                return "pw";
            }

            @Override
            public java.util.Optional<org.counterpoint.model.GlyphLayout> layout(org.counterpoint.model.SourceDocument d) {
                return java.util.Optional.empty();
            }
        };
        byte[] pdf = AnnotatedPdfExporter.export(p, PagedDocument.of(imported.document(), withPassword, Progress.NONE),
                AnnotatedPdfExporter.Options.ALL, Progress.NONE).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.isEncrypted()).isFalse();
            assertThat(doc.getPage(0).getAnnotations()).hasSize(1);
        }
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(org.counterpoint.typeset.PagesUnavailableException.class,
                () -> PagedDocument.of(imported.document(), SourceAccess.byRecordedPaths(), Progress.NONE));
        assertThat(e).hasMessageContaining("Give its password");
    }

    @Test
    void exportsOfTheSampleAreStableInContent() throws Exception {
        Project sample = new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
        LocalDate day = LocalDate.of(2026, 11, 27);
        byte[] report = ReportPdfExporter.export(sample, day, Progress.NONE);
        List<String> content = content(report);
        assertThat(content(ReportPdfExporter.export(sample, day, Progress.NONE))).as("the report, exported again").isEqualTo(content);
        String text = words(String.join(" ", content));
        int at = 0;
        for (Comparison c : sample.comparisons()) {
            int heading = text.indexOf(words(c.title()), at);
            assertThat(heading).as("the report lists comparison %s after the ones before it", c.title()).isGreaterThanOrEqualTo(at);
            at = heading + 1;
            for (String id : c.claimIds()) {
                assertThat(text).as("the report quotes claim %s", id).contains(words(sample.highlight(id).orElseThrow().quote()));
            }
            for (String id : c.rebuttalIds()) {
                assertThat(text).as("the report quotes rebuttal %s", id).contains(words(sample.highlight(id).orElseThrow().quote()));
            }
        }

        PagedDocument paged = PagedDocument.of(sample.documents().get(0), SourceAccess.byRecordedPaths(), Progress.NONE);
        List<String> annotated = content(AnnotatedPdfExporter.export(sample, paged, AnnotatedPdfExporter.Options.ALL, Progress.NONE).pdf());
        PagedDocument again = PagedDocument.of(sample.documents().get(0), SourceAccess.byRecordedPaths(), Progress.NONE);
        assertThat(content(AnnotatedPdfExporter.export(sample, again, AnnotatedPdfExporter.Options.ALL, Progress.NONE).pdf()))
                .as("the annotated PDF, exported again").isEqualTo(annotated);
        for (Highlight h : sample.highlights()) {
            assertThat(annotated).as("the annotated PDF holds %s", h.id()).anySatisfy(page -> assertThat(page).contains("annotation " + h.id() + " "));
        }
    }

    /** What a reader sees of each page: its text, then each annotation's kind, name, note, colour and place. */
    private static List<String> content(byte[] pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                StringBuilder page = new StringBuilder(stripper.getText(doc));
                for (PDAnnotation a : doc.getPage(n - 1).getAnnotations()) {
                    page.append("\nannotation ").append(a.getAnnotationName()).append(' ').append(a.getSubtype())
                            .append(' ').append(a.getContents()).append(' ').append(a.getColor() == null ? "" : a.getColor().toRGB())
                            .append(' ').append(a.getRectangle());
                    if (a instanceof PDAnnotationHighlight h) {
                        page.append(' ').append(java.util.Arrays.toString(h.getQuadPoints()));
                    }
                }
                pages.add(page.toString());
            }
        }
        return pages;
    }
}
