package org.counterpoint.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.Test;

class PdfTextExtractorTest {

    private static byte[] book(int pages) throws Exception {
        List<List<String>> content = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            content.add(List.of("Page " + i + " opens with a claim.", "Page " + i + " answers it with a rebuttal."));
        }
        return TestPdfs.pages(content);
    }

    @Test
    void helpersThatStartBeforeThePageCountIsKnownGiveTheSameTextAndBoxes() throws Exception {
        byte[] pdf = book(150);
        PdfExtraction single = PdfTextExtractor.extract(pdf, null, Progress.NONE, 1);
        for (int threads : new int[] {2, 3, 8}) {
            PdfExtraction early = PdfTextExtractor.extract(pdf, null, Progress.NONE, threads, 0);
            assertThat(early.text()).as("%d threads", threads).isEqualTo(single.text());
            assertThat(early.pageStarts()).isEqualTo(single.pageStarts());
            assertThat(early.layout()).isEqualTo(single.layout());
            assertThat(early.pagesWithoutText()).isEqualTo(single.pagesWithoutText());
        }
        int p117 = single.text().indexOf("Page 117 opens");
        assertThat(single.pageStarts().get(116)).isEqualTo(p117);
        assertThat(single.layout().page(p117)).isEqualTo(117);
    }

    @Test
    void aShortDocumentIsReadWholeEvenWhenHelpersStartedEarly() throws Exception {
        byte[] pdf = book(5);
        PdfExtraction single = PdfTextExtractor.extract(pdf, null, Progress.NONE, 1);
        PdfExtraction early = PdfTextExtractor.extract(pdf, null, Progress.NONE, 2, 0);
        assertThat(early.text()).isEqualTo(single.text()).contains("Page 5 answers");
        assertThat(early.layout()).isEqualTo(single.layout());
    }

    @Test
    void everyPageIsCountedOnceInTheProgress() throws Exception {
        byte[] pdf = book(100);
        AtomicInteger last = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                calls.incrementAndGet();
                last.accumulateAndGet((int) done, Math::max);
                assertThat(total).isEqualTo(100);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        PdfTextExtractor.extract(pdf, null, progress, 2, 0);
        assertThat(last.get()).isEqualTo(100);
        assertThat(calls.get()).isEqualTo(100);
    }

    @Test
    void cancellingStopsEveryThread() throws Exception {
        byte[] pdf = book(120);
        AtomicInteger pagesRead = new AtomicInteger();
        Progress cancelAfterTen = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                pagesRead.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return pagesRead.get() >= 10;
            }
        };
        assertThatThrownBy(() -> PdfTextExtractor.extract(pdf, null, cancelAfterTen, 2, 0)).isInstanceOf(CancellationException.class);
        // each thread finishes at most the page it is on
        assertThat(pagesRead.get()).isLessThan(20);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedWithHelpersRunning() {
        byte[] junk = "%PDF-1.7\nnot really a pdf at all, no objects, no trailer\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PdfTextExtractor.extract(junk, null, Progress.NONE, 2, 0)).isInstanceOf(PdfOpenException.class);
    }
}
