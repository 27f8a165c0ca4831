package org.counterpoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.PdfExtraction;
import org.counterpoint.pdf.PdfTextExtractor;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfImportTest {
    @TempDir
    Path dir;

    private static final List<List<String>> THREE_PAGES = List.of(
            List.of("The first page says one thing.", "It has two lines."),
            List.of("The second page answers it."),
            List.of("The third page adds context."));

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private ImportedDocument importFile(Path file, String password) throws ImportException {
        return new DocumentImporter().importFile(file, password, Progress.NONE);
    }

    @Test
    void extractsTextWithPageBoundaries() throws Exception {
        ImportedDocument imported = importFile(write("letter.pdf", TestPdfs.pages(THREE_PAGES)), null);
        SourceDocument doc = imported.document();
        assertThat(doc.kind()).isEqualTo(DocumentKind.PDF);
        assertThat(doc.pageCount()).isEqualTo(3);
        assertThat(doc.text()).isEqualTo("The first page says one thing.\nIt has two lines.\nThe second page answers it.\nThe third page adds context.\n");
        assertThat(doc.text().substring(doc.pageRange(2)[0], doc.pageRange(2)[1])).isEqualTo("The second page answers it.\n");
        assertThat(doc.pageNumberAt(doc.text().indexOf("third"))).isEqualTo(3);
        assertThat(doc.title()).isEqualTo("letter");
        assertThat(imported.notes()).isEmpty();
    }

    @Test
    void everyCharacterOfTextHasItsGlyphBox() throws Exception {
        ImportedDocument imported = importFile(write("boxes.pdf", TestPdfs.pages(THREE_PAGES)), null);
        GlyphLayout layout = imported.layout();
        String text = imported.document().text();
        assertThat(layout.length()).isEqualTo(text.length());
        int t = text.indexOf("The first");
        assertThat(layout.page(t)).isEqualTo(1);
        assertThat(layout.x0(t)).isCloseTo(TestPdfs.LEFT, within(0.5f));
        // the baseline is at TOP; the box runs from the descender to the ascender
        assertThat(layout.y0(t)).isLessThan(TestPdfs.TOP).isGreaterThan(TestPdfs.TOP - 4);
        assertThat(layout.y1(t)).isGreaterThan(TestPdfs.TOP + 7).isLessThan(TestPdfs.TOP + 13);
        assertThat(layout.hasBox(text.indexOf('\n'))).as("line breaks have no glyph").isFalse();
        List<GlyphLayout.Box> boxes = layout.boxes(0, text.indexOf("two lines") + 9);
        assertThat(boxes).hasSize(2);
        assertThat(boxes.get(1).y1()).isCloseTo(boxes.get(0).y1() - TestPdfs.LEADING, within(0.5f));
    }

    @Test
    void largeDocumentsAreReadInParallelWithTheSameResult() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            pages.add(List.of("Page " + i + " first line of text.", "Page " + i + " second line, with a claim."));
        }
        byte[] pdf = TestPdfs.pages(pages);
        PdfExtraction single = PdfTextExtractor.extract(pdf, null, Progress.NONE, 1);
        PdfExtraction parallel = PdfTextExtractor.extract(pdf, null, Progress.NONE, 4);
        assertThat(parallel.text()).isEqualTo(single.text());
        assertThat(parallel.pageStarts()).isEqualTo(single.pageStarts());
        assertThat(parallel.layout()).isEqualTo(single.layout());
        int p42 = parallel.text().indexOf("Page 42 first");
        assertThat(parallel.layout().page(p42)).isEqualTo(42);
        assertThat(parallel.pageStarts().get(41)).isEqualTo(p42);
    }

    @Test
    void aFileThatIsNotAPdfIsRefused() throws Exception {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importFile(write("report.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)), null));
        assertThat(e.reason()).isEqualTo(ImportException.Reason.NOT_A_PDF);
        assertThat(e).hasMessage("report.pdf cannot be imported: it is not a PDF (it does not start with %PDF-).");
    }

    @Test
    void anEmptyPdfIsRefused() throws Exception {
        ImportException e = catchThrowableOfType(ImportException.class, () -> importFile(write("empty.pdf", new byte[0]), null));
        assertThat(e.reason()).isEqualTo(ImportException.Reason.EMPTY);
        assertThat(e).hasMessageContaining("empty.pdf is empty");
    }

    @Test
    void aDamagedPdfGivesAReasonNotAStackTrace() throws Exception {
        byte[] garbage = "%PDF-1.7\n%garbage that is no PDF structure at all\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportException e = catchThrowableOfType(ImportException.class, () -> importFile(write("broken.pdf", garbage), null));
        assertThat(e.reason()).isEqualTo(ImportException.Reason.DAMAGED);
        assertThat(e).hasMessageStartingWith("broken.pdf cannot be imported: it is damaged");
    }

    @Test
    void anEncryptedPdfAsksForItsPassword() throws Exception {
        Path file = write("secret.pdf", TestPdfs.encrypted(THREE_PAGES, "open-sesame", "owner-pw", false));
        ImportException none = catchThrowableOfType(ImportException.class, () -> importFile(file, null));
        assertThat(none.reason()).isEqualTo(ImportException.Reason.PASSWORD_REQUIRED);
        assertThat(none).hasMessage("secret.pdf is protected by a password. Enter the password to import it.");
        ImportException wrong = catchThrowableOfType(ImportException.class, () -> importFile(file, "guess"));
        assertThat(wrong.reason()).isEqualTo(ImportException.Reason.WRONG_PASSWORD);
        assertThat(wrong).hasMessageContaining("password for secret.pdf is not correct");
        assertThat(importFile(file, "open-sesame").document().text()).startsWith("The first page says one thing.");
    }

    @Test
    void ownerRestrictionsAloneDoNotStopAnImport() throws Exception {
        Path file = write("restricted.pdf", TestPdfs.encrypted(THREE_PAGES, "", "owner-pw", true));
        assertThat(importFile(file, null).document().text()).contains("The second page answers it.");
    }

    @Test
    void aScanWithNoTextLayerIsImportedWithANote() throws Exception {
        ImportedDocument imported = importFile(write("scan.pdf", TestPdfs.imageOnly()), null);
        assertThat(imported.document().hasNoText()).isTrue();
        assertThat(imported.document().pageCount()).isEqualTo(1);
        assertThat(imported.notes()).singleElement().asString().contains("scan.pdf has no text layer");
    }

    @Test
    void oneFailingFileNeverStopsABatch() throws Exception {
        Path good = write("good.pdf", TestPdfs.pages(THREE_PAGES));
        Path bad = write("bad.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8));
        Path locked = write("locked.pdf", TestPdfs.encrypted(THREE_PAGES, "pw", "owner", false));
        Path text = write("notes.txt", "Plain notes\n".getBytes(StandardCharsets.UTF_8));
        List<ImportBatch.Outcome> outcomes = new ImportBatch(new DocumentImporter()).run(List.of(good, bad, locked, text), Map.of(), Progress.NONE);
        assertThat(outcomes).extracting(ImportBatch.Outcome::state).containsExactly(
                ImportBatch.State.LOADED, ImportBatch.State.FAILED, ImportBatch.State.ENCRYPTED, ImportBatch.State.LOADED);
        assertThat(outcomes.get(1).message()).contains("bad.pdf cannot be imported: it is not a PDF");
        List<ImportBatch.Outcome> retried = new ImportBatch(new DocumentImporter()).run(List.of(locked), Map.of(locked, "pw"), Progress.NONE);
        assertThat(retried.get(0).state()).isEqualTo(ImportBatch.State.LOADED);
    }

    @Test
    void cancellingStopsTheImport() throws Exception {
        Path good = write("good.pdf", TestPdfs.pages(THREE_PAGES));
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new DocumentImporter().importFile(good, null, cancelled)).isInstanceOf(CancellationException.class);
        assertThat(new ImportBatch(new DocumentImporter()).run(List.of(good), Map.of(), cancelled))
                .extracting(ImportBatch.Outcome::state).containsExactly(ImportBatch.State.CANCELLED);
    }

    @Test
    void aTruncatedOrScrambledPdfEndsInTextOrAReasonNeverAnotherError() throws Exception {
        byte[] good = TestPdfs.pages(THREE_PAGES);
        byte[] truncated = java.util.Arrays.copyOf(good, good.length * 6 / 10);
        byte[] scrambled = good.clone();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            scrambled[20 + random.nextInt(scrambled.length - 20)] = (byte) random.nextInt(256);
        }
        for (byte[] bytes : List.of(truncated, scrambled)) {
            Path file = write("damaged-" + bytes.length + ".pdf", bytes);
            try {
                ImportedDocument doc = importFile(file, null);
                assertThat(doc.document().pageCount()).isPositive();
            } catch (ImportException e) {
                assertThat(e.reason()).isIn(ImportException.Reason.DAMAGED, ImportException.Reason.NO_TEXT_LAYER);
                assertThat(e.getMessage()).startsWith(file.getFileName().toString()).doesNotContain("Exception");
            }
        }
    }

    @Test
    void anImportThatRunsOutOfTimeIsStoppedWithAReason() throws Exception {
        Path file = write("slow.pdf", TestPdfs.pages(THREE_PAGES));
        // a clock that moves ten minutes every time it is read: the 10-minute limit passes during the first pages
        java.time.Clock racing = new java.time.Clock() {
            private java.time.Instant now = java.time.Instant.parse("2024-01-01T00:00:00Z");

            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public synchronized java.time.Instant instant() {
                now = now.plusSeconds(600);
                return now;
            }
        };
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> new DocumentImporter(racing, java.time.Duration.ofMinutes(10)).importFile(file, null, Progress.NONE));
        assertThat(e.reason()).isEqualTo(ImportException.Reason.TIMED_OUT);
        assertThat(e).hasMessage("slow.pdf took longer than 10 minutes to read and was stopped. The file may be damaged.");
    }
}
