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
 * <p>Large documents are read by several threads, each with its own {@link PDDocument} (PDFBox documents
 * are not safe to share between threads): each thread takes the next run of pages no one has taken,
 * and the runs are stitched back in page order. For a large file the helper threads start parsing
 * their copies at once, beside the calling thread's own parse. The text is identical to a
 * single-threaded run because PDFBox's text layout works page by page.
 *
 * <p>The stored text never holds a control character other than the line break: a glyph whose
 * text cannot be found becomes U+FFFD, and {@link PdfExtraction#unmappedGlyphs()} counts them.
 * The visible text of filled form fields is read like the page's own text.
 */
public final class PdfTextExtractor {

    /** Below this many pages a second thread costs more than it saves. */
    static final int PARALLEL_MIN_PAGES = 24;
    /** From this size on, helpers start parsing their copies before the page count is known. */
    static final int PARALLEL_MIN_BYTES = 256 * 1024;
    private static final int RUN_MIN_PAGES = 4;
    private static final int RUN_MAX_PAGES = 32;

    private PdfTextExtractor() {
    }

    public static PdfExtraction extract(byte[] bytes, String password, Progress progress) throws PdfOpenException, IOException {
        return extract(bytes, password, progress, Runtime.getRuntime().availableProcessors());
    }

    public static PdfExtraction extract(byte[] bytes, String password, Progress progress, int threads)
            throws PdfOpenException, IOException {
        return extract(bytes, password, progress, threads, PARALLEL_MIN_BYTES);
    }

    /** @param earlyHelpersFrom the file size from which helpers start before the page count is known */
    static PdfExtraction extract(byte[] bytes, String password, Progress progress, int threads, int earlyHelpersFrom)
            throws PdfOpenException, IOException {
        // a file this large is worth a second parse: the helpers start on their own copies at once, while this
        // thread parses its own, so both cores work from the first moment
        PageShare share = new PageShare(Math.max(1, threads), progress);
        ExecutorService pool = null;
        try {
            if (threads > 1 && bytes.length >= earlyHelpersFrom) {
                pool = startHelpers(share, bytes, password, threads - 1);
            }
            try (PDDocument doc = PdfFiles.open(bytes, password)) {
                ImportTrace.mark("document open");
                int pages = doc.getNumberOfPages();
                if (pool == null && share.workers(pages) > 1) {
                    pool = startHelpers(share, bytes, password, share.workers(pages) - 1);
                }
                List<PageTextStripper.Part> parts;
                try {
                    share.work(doc, false);
                    parts = share.parts(pages);
                } catch (PageTooComplexException e) {
                    throw new PdfOpenException(PdfOpenException.Kind.DAMAGED, e.getMessage(), e);
                }
                ImportTrace.mark("all pages read");
                return stitch(parts, info(doc), AnnotationReader.read(doc));
            }
        } finally {
            share.stop();
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private record Info(String title, String author, PartialDate created) {
    }

    private static ExecutorService startHelpers(PageShare share, byte[] bytes, String password, int helpers) {
        ExecutorService pool = Executors.newFixedThreadPool(helpers, r -> {
            Thread t = new Thread(r, "pdf-extract");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < helpers; i++) {
            share.helper(pool.submit(() -> {
                try (PDDocument own = PdfFiles.open(bytes, password)) {
                    ImportTrace.mark("document open [" + Thread.currentThread().getName() + "]");
                    share.work(own, true);
                }
                return null;
            }));
        }
        return pool;
    }

    /**
     * The pages of one document shared out among threads that each read their own copy of it: each thread takes the next
     * run of pages that no one has taken, so a thread that started late or reads slowly pages simply reads fewer, and the
     * runs are stitched back in page order.
     */
    private static final class PageShare {
        private final int threads;
        private final Progress progress;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger next = new AtomicInteger();
        private final List<Future<?>> helpers = new ArrayList<>();
        private volatile boolean stopped;
        private volatile PageTextStripper.Part[] parts;

        PageShare(int threads, Progress progress) {
            this.threads = threads;
            this.progress = progress;
        }

        /** How many threads a document of this many pages is worth. */
        int workers(int pages) {
            return pages < PARALLEL_MIN_PAGES ? 1 : Math.max(1, Math.min(threads, pages / (PARALLEL_MIN_PAGES / 2)));
        }

        /** Pages a run: small enough that the threads finish together, large enough that a run's set-up does not show. */
        private int runLength(int pages) {
            if (workers(pages) == 1) {
                return Math.max(1, pages);
            }
            return Math.max(RUN_MIN_PAGES, Math.min(RUN_MAX_PAGES, pages / (8 * workers(pages))));
        }

        synchronized void helper(Future<?> future) {
            helpers.add(future);
        }

        void stop() {
            stopped = true;
        }

        /**
         * Reads runs of pages with this copy of the document until none is left.
         *
         * @param helper whether this is a helper thread rather than the one that asked for the text
         */
        void work(PDDocument doc, boolean helper) throws IOException {
            int pages = doc.getNumberOfPages();
            if (helper && workers(pages) == 1) {
                // too few pages to share: the calling thread reads them all
                return;
            }
            PageTextStripper.Part[] out = results(pages);
            FormFields.flattenForReading(doc);
            int length = runLength(pages);
            int capacity = 1 << 14;
            for (int run = next.getAndIncrement(); run < out.length && !stopped; run = next.getAndIncrement()) {
                int from = run * length + 1;
                int to = Math.min(pages, from + length - 1);
                try {
                    out[run] = extractRange(doc, from, to, pages, done, progress, capacity);
                    // the next run is sized like this one, with a margin, so its glyph boxes seldom need to grow
                    capacity = (int) Math.min(Integer.MAX_VALUE / 8, out[run].text().length() / (long) (to - from + 1) * length * 9 / 8 + 256);
                    if (ImportTrace.on()) {
                        ImportTrace.mark("pages " + from + "-" + to + " read [" + Thread.currentThread().getName() + "]");
                    }
                } catch (IOException | RuntimeException | Error e) {
                    stopped = true;
                    throw e;
                }
            }
            ImportTrace.threadDone("pages read");
        }

        /** The array the runs are put in, made once by whichever thread gets there first. */
        private synchronized PageTextStripper.Part[] results(int pages) {
            if (parts == null) {
                int length = runLength(pages);
                parts = new PageTextStripper.Part[Math.max(1, (pages + length - 1) / length)];
            }
            return parts;
        }

        /** Every run in page order, once the helpers are done; a helper's failure is this thread's. */
        List<PageTextStripper.Part> parts(int pages) throws PdfOpenException, IOException {
            List<Future<?>> all;
            synchronized (this) {
                all = List.copyOf(helpers);
            }
            for (Future<?> f : all) {
                try {
                    f.get();
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
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IOException(cause);
                }
            }
            List<PageTextStripper.Part> list = new ArrayList<>();
            for (PageTextStripper.Part part : results(pages)) {
                if (part == null) {
                    throw new IllegalStateException("a run of pages was not read");
                }
                list.add(part);
            }
            return list;
        }
    }

    /** @param capacity how many characters the pages are expected to hold */
    private static PageTextStripper.Part extractRange(PDDocument doc, int from, int to, int total, AtomicInteger done, Progress progress,
                                                      int capacity) throws IOException {
        PageTextStripper stripper = new PageTextStripper(from, total, done, progress, capacity);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        StringWriter out = new StringWriter(capacity);
        stripper.writeText(doc, out);
        return stripper.finish(out.getBuffer(), to, to - from + 1);
    }

    private static PdfExtraction stitch(List<PageTextStripper.Part> parts, Info info, List<ExistingAnnotation> annotations) {
        int length = 0;
        for (PageTextStripper.Part part : parts) {
            length += part.text().length();
        }
        StringBuilder text = new StringBuilder(length);
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
            }
            for (int i : part.blankPages()) {
                empty.add(pageBase + i + 1);
            }
            text.append(part.text());
            // glyph page numbers are already absolute: PDFBox counts pages from the document's start
            layouts.add(new GlyphLayout(part.glyphPages(), part.boxes()));
            pageBase += part.pageCount();
        }
        return new PdfExtraction(text.toString(), pageStarts, GlyphLayout.concat(layouts), info.title, info.author, info.created, empty, annotations,
                unmapped);
    }

    /** Whether the text between the two indexes is only white space, as {@link String#isBlank()} has it, without a copy. */
    static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
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
