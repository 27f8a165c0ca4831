package org.counterpoint.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.PartialDate;
import org.counterpoint.task.Progress;

/**
 * Extracts a PDF's text together with the box of every character on its page.
 *
 * <p>Large documents are split into page ranges that are extracted in parallel, each with its own
 * {@link PDDocument} (PDFBox documents are not safe to share between threads), and the results
 * are stitched back in page order. The text is identical to a single-threaded run because
 * PDFBox's text layout works page by page.
 *
 * <p>The stored text never holds a control character other than the line break: a glyph whose
 * text cannot be found becomes U+FFFD, and {@link PdfExtraction#unmappedGlyphs()} counts them.
 * The visible text of filled form fields is read like the page's own text.
 */
public final class PdfTextExtractor {

    /** Below this many pages a second thread costs more than it saves. */
    static final int PARALLEL_MIN_PAGES = 24;

    private PdfTextExtractor() {
    }

    public static PdfExtraction extract(byte[] bytes, String password, Progress progress) throws PdfOpenException, IOException {
        return extract(bytes, password, progress, Runtime.getRuntime().availableProcessors());
    }

    public static PdfExtraction extract(byte[] bytes, String password, Progress progress, int threads)
            throws PdfOpenException, IOException {
        try (PDDocument doc = PdfFiles.open(bytes, password)) {
            int pages = doc.getNumberOfPages();
            AtomicInteger done = new AtomicInteger();
            List<PageTextStripper.Part> parts;
            int workers = Math.max(1, Math.min(threads, pages / (PARALLEL_MIN_PAGES / 2)));
            try {
                parts = workers <= 1 || pages < PARALLEL_MIN_PAGES ? List.of(extractRange(doc, 1, pages, pages, done, progress))
                        : extractParallel(doc, bytes, password, pages, workers, done, progress);
            } catch (PageTooComplexException e) {
                throw new PdfOpenException(PdfOpenException.Kind.DAMAGED, e.getMessage(), e);
            }
            return stitch(parts, info(doc), AnnotationReader.read(doc));
        }
    }

    private record Info(String title, String author, PartialDate created) {
    }

    /**
     * The calling thread reads the first range with the document it already opened, while each other
     * range is read on a thread of its own with its own copy: the file is parsed once per thread, not once more.
     */
    private static List<PageTextStripper.Part> extractParallel(PDDocument doc, byte[] bytes, String password, int pages, int workers,
                                              AtomicInteger done, Progress progress) throws PdfOpenException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "pdf-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<PageTextStripper.Part>> futures = new ArrayList<>();
            int per = (pages + workers - 1) / workers;
            for (int first = 1 + per; first <= pages; first += per) {
                int from = first;
                int to = Math.min(pages, first + per - 1);
                futures.add(pool.submit(() -> {
                    try (PDDocument own = PdfFiles.open(bytes, password)) {
                        return extractRange(own, from, to, pages, done, progress);
                    }
                }));
            }
            List<PageTextStripper.Part> parts = new ArrayList<>();
            parts.add(extractRange(doc, 1, Math.min(pages, per), pages, done, progress));
            for (Future<PageTextStripper.Part> f : futures) {
                parts.add(f.get());
            }
            return parts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PdfOpenException p) {
                throw p;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static PageTextStripper.Part extractRange(PDDocument doc, int from, int to, int total, AtomicInteger done, Progress progress)
            throws IOException {
        FormFields.flattenForReading(doc);
        PageTextStripper stripper = new PageTextStripper(from, total, done, progress);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        StringWriter out = new StringWriter();
        stripper.writeText(doc, out);
        return stripper.finish(out.getBuffer(), to, to - from + 1);
    }

    private static PdfExtraction stitch(List<PageTextStripper.Part> parts, Info info, List<ExistingAnnotation> annotations) {
        StringBuilder text = new StringBuilder();
        List<Integer> pageStarts = new ArrayList<>();
        List<GlyphLayout> layouts = new ArrayList<>();
        List<Integer> empty = new ArrayList<>();
        int pageBase = 0;
        int unmapped = 0;
        for (PageTextStripper.Part part : parts) {
            unmapped += part.unmappedGlyphs();
            int offset = text.length();
            for (int i = 0; i < part.pageCount(); i++) {
                pageStarts.add(offset + part.pageStarts()[i]);
                int end = i + 1 < part.pageCount() ? part.pageStarts()[i + 1] : part.text().length();
                if (part.text().substring(part.pageStarts()[i], end).isBlank()) {
                    empty.add(pageBase + i + 1);
                }
            }
            text.append(part.text());
            // glyph page numbers are already absolute: PDFBox counts pages from the document's start
            layouts.add(new GlyphLayout(part.glyphPages(), part.boxes()));
            pageBase += part.pageCount();
        }
        unmapped += GlyphText.replaceControlCharacters(text);
        return new PdfExtraction(text.toString(), pageStarts, GlyphLayout.concat(layouts), info.title, info.author, info.created, empty, annotations,
                unmapped);
    }

    private static Info info(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        String title = info.getTitle() == null ? "" : info.getTitle().strip();
        String author = info.getAuthor() == null ? "" : info.getAuthor().strip();
        PartialDate created = null;
        Calendar c = info.getCreationDate();
        if (c != null) {
            try {
                created = new PartialDate(c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH));
            } catch (IllegalArgumentException ignored) {
                // a nonsense creation date is simply not used
            }
        }
        return new Info(title, author, created);
    }
}
