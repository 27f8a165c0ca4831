package org.counterpoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.CorpusPdfs;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glyphs without text, form fields and certificate encryption, as the importer meets them. */
class GlyphTextImportTest {
    @TempDir
    Path dir;

    private ImportedDocument importPdf(String name, byte[] pdf) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, pdf);
        return new DocumentImporter().importFile(file, null, Progress.NONE);
    }

    private static long controls(String text) {
        return text.chars().filter(c -> c != '\n' && Character.getType(c) == Character.CONTROL).count();
    }

    /** A Type 3 font whose glyph names mean nothing, coded from 0 as subsetters do: no text can be known. */
    @Test
    void glyphsWithoutAnyTextBecomeReplacementCharactersAndAreCounted() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDType3Font font = CorpusPdfs.type3Font(doc, List.of("g1", "g2", "g3"));
            page.setResources(new PDResources());
            page.getResources().put(COSName.getPDFName("T3"), font);
            page.getResources().put(COSName.getPDFName("H"), TestPdfs.simpleFontForExtraction());
            CorpusPdfs.raw(doc, page, "BT /H 12 Tf 72 700 Td (Known words ) Tj /T3 12 Tf <010203> Tj ET "
                    + "BT /H 12 Tf 72 680 Td (second line) Tj ET");
            pdf = TestPdfs.save(doc);
        }
        ImportedDocument imported = importPdf("codes.pdf", pdf);
        String text = imported.document().text();
        assertThat(controls(text)).as(text).isZero();
        assertThat(text).isEqualTo("Known words \uFFFD\uFFFD\uFFFD\nsecond line\n");
        assertThat(imported.notes()).anySatisfy(n -> assertThat(n).contains("3 characters have no known text"));
        GlyphLayout layout = imported.layout();
        int first = text.indexOf('\uFFFD');
        assertThat(layout.hasBox(first)).isTrue();
        assertThat(layout.x0(first + 1)).isGreaterThan(layout.x0(first));
    }

    @Test
    void aSubsetFontWithoutToUnicodeGivesReplacementCharactersNotNothing() throws Exception {
        byte[] drawn = TestPdfs.page(0, null, (doc, page, cs) -> TestPdfs.text(cs, TestPdfs.font(doc, "DejaVuSans.ttf"), 12, 72, 700, "Lost text"));
        ImportedDocument imported = importPdf("subset.pdf", CorpusPdfs.withoutToUnicode(drawn));
        String text = imported.document().text();
        assertThat(text).isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\n");
        assertThat(imported.notes()).anySatisfy(n -> assertThat(n).contains("8 characters have no known text"));
    }

    @Test
    void actualTextWinsOverGlyphsWithoutText() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDType3Font font = CorpusPdfs.type3Font(doc, List.of("g1", "g2", "g3"));
            page.setResources(new PDResources());
            page.getResources().put(COSName.getPDFName("T3"), font);
            page.getResources().put(COSName.getPDFName("H"), TestPdfs.simpleFontForExtraction());
            CorpusPdfs.raw(doc, page, "BT /H 12 Tf 72 700 Td (Logo: ) Tj /Span <</ActualText (ACME)>> BDC /T3 12 Tf <010203> Tj EMC ET");
            pdf = TestPdfs.save(doc);
        }
        ImportedDocument imported = importPdf("logo.pdf", pdf);
        assertThat(imported.document().text()).isEqualTo("Logo: ACME\n");
        assertThat(imported.notes()).noneSatisfy(n -> assertThat(n).contains("no known text"));
    }

    @Test
    void filledFormFieldsAreImportedWithTheirGeometry() throws Exception {
        CorpusPdfs.Entry form = CorpusPdfs.all().stream().filter(e -> e.name().equals("form-fields")).findFirst().orElseThrow();
        ImportedDocument imported = importPdf("form.pdf", form.pdf());
        String text = imported.document().text();
        assertThat(text).contains("Procurement Office").contains("Northwind Security Ltd");
        assertThat(imported.notes()).isEmpty();
        int field = text.indexOf("Procurement");
        GlyphLayout layout = imported.layout();
        // the first field's widget is the rectangle (72, 660) to (372, 680)
        assertThat(layout.x0(field)).isBetween(72f, 100f);
        assertThat(layout.y0(field)).isBetween(655f, 680f);
    }

    @Test
    void formFieldsThatAskTheViewerToDrawThemAreReadToo() throws Exception {
        CorpusPdfs.Entry form = CorpusPdfs.all().stream().filter(e -> e.name().equals("form-fields")).findFirst().orElseThrow();
        byte[] pdf;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(form.pdf())) {
            var acroForm = doc.getDocumentCatalog().getAcroForm(null);
            acroForm.getFieldTree().forEach(f -> f.getWidgets().forEach(w -> w.setAppearance(null)));
            acroForm.setNeedAppearances(true);
            pdf = TestPdfs.save(doc);
        }
        String text = importPdf("drawn-by-viewer.pdf", pdf).document().text();
        assertThat(text).contains("Procurement Office").contains("Northwind Security Ltd");
    }

    @Test
    void aPdfEncryptedForCertificatesIsRefusedWithOneSentence() throws Exception {
        ImportException e = catchThrowableOfType(ImportException.class, () -> importPdf("sealed.pdf", TestPdfs.certificateEncrypted()));
        assertThat(e.reason()).isEqualTo(ImportException.Reason.CERTIFICATE_ENCRYPTED);
        assertThat(e.getMessage()).isEqualTo("sealed.pdf cannot be imported: it is encrypted for specific recipients' certificates, "
                + "so it cannot be opened without their key.");
    }
}
