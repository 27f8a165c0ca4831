package org.counterpoint.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
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
            List<Part> parts;
            int workers = Math.max(1, Math.min(threads, pages / (PARALLEL_MIN_PAGES / 2)));
            try {
                parts = workers <= 1 || pages < PARALLEL_MIN_PAGES ? List.of(extractRange(doc, 1, pages, pages, done, progress))
                        : extractParallel(bytes, password, pages, workers, done, progress);
            } catch (PageTooComplexException e) {
                throw new PdfOpenException(PdfOpenException.Kind.DAMAGED, e.getMessage(), e);
            }
            return stitch(parts, info(doc), AnnotationReader.read(doc));
        }
    }

    private record Info(String title, String author, PartialDate created) {
    }

    /** The text, page starts and glyph boxes of one contiguous range of pages. */
    private record Part(String text, int[] pageStarts, int pageCount, int[] glyphPages, float[] boxes) {
    }

    private static List<Part> extractParallel(byte[] bytes, String password, int pages, int workers,
                                              AtomicInteger done, Progress progress) throws PdfOpenException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "pdf-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Part>> futures = new ArrayList<>();
            int per = (pages + workers - 1) / workers;
            for (int first = 1; first <= pages; first += per) {
                int from = first;
                int to = Math.min(pages, first + per - 1);
                futures.add(pool.submit(() -> {
                    try (PDDocument own = PdfFiles.open(bytes, password)) {
                        return extractRange(own, from, to, pages, done, progress);
                    }
                }));
            }
            List<Part> parts = new ArrayList<>();
            for (Future<Part> f : futures) {
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

    private static Part extractRange(PDDocument doc, int from, int to, int total, AtomicInteger done, Progress progress)
            throws IOException {
        RangeStripper stripper = new RangeStripper(from, total, done, progress);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        StringWriter out = new StringWriter();
        stripper.writeText(doc, out);
        return stripper.finish(out.getBuffer(), to, to - from + 1);
    }

    private static PdfExtraction stitch(List<Part> parts, Info info, List<ExistingAnnotation> annotations) {
        StringBuilder text = new StringBuilder();
        List<Integer> pageStarts = new ArrayList<>();
        List<GlyphLayout> layouts = new ArrayList<>();
        List<Integer> empty = new ArrayList<>();
        int pageBase = 0;
        for (Part part : parts) {
            int offset = text.length();
            for (int i = 0; i < part.pageCount; i++) {
                pageStarts.add(offset + part.pageStarts[i]);
                int end = i + 1 < part.pageCount ? part.pageStarts[i + 1] : part.text.length();
                if (part.text.substring(part.pageStarts[i], end).isBlank()) {
                    empty.add(pageBase + i + 1);
                }
            }
            text.append(part.text);
            // glyph page numbers are already absolute: PDFBox counts pages from the document's start
            layouts.add(new GlyphLayout(part.glyphPages, part.boxes));
            pageBase += part.pageCount;
        }
        return new PdfExtraction(text.toString(), pageStarts, GlyphLayout.concat(layouts), info.title, info.author, info.created, empty, annotations);
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

    /**
     * A text stripper that remembers, for every character it writes, the page and box of the glyph
     * it came from.
     */
    private static final class RangeStripper extends PDFTextStripper {
        private final int totalPages;
        private final AtomicInteger done;
        private final Progress progress;
        private StringBuffer buffer;
        private final List<Integer> pageStarts = new ArrayList<>();
        private int[] glyphPages = new int[1 << 14];
        private float[] boxes = new float[4 << 14];
        private final java.util.Map<PDFont, float[]> fontMetrics = new java.util.IdentityHashMap<>();
        private int pageNumber;
        private long operators;
        private long glyphs;
        private int lastRecorded;
        private float cropX;
        private float cropY;

        RangeStripper(int firstPage, int totalPages, AtomicInteger done, Progress progress) throws IOException {
            this.lastRecorded = firstPage - 1;
            this.totalPages = totalPages;
            this.done = done;
            this.progress = progress;
            setLineSeparator("\n");
            setWordSeparator(" ");
            setParagraphStart("");
            setParagraphEnd("");
            setPageStart("");
            setPageEnd("");
            setArticleStart("");
            setArticleEnd("");
            // position-sorted mode reads coordinates in the text's own direction, which rotated pages and
            // rotated text need; writePage adds column order on top
            setSortByPosition(true);
            setAddMoreFormatting(false);
            // PDFBox's own check for text drawn twice (fake bold) costs a tree lookup per glyph;
            // processTextPosition below does the same check with a hash lookup
            setSuppressDuplicateOverlappingText(false);
        }

        /** Glyphs already seen on this page, by character and by 4-point cell of their position. */
        private final PointIndex seen = new PointIndex();

        @Override
        protected void processTextPosition(TextPosition text) {
            glyphs++;
            String unicode = text.getUnicode();
            if (unicode != null && !unicode.isEmpty() && isDuplicate(unicode, text.getX(), text.getY(), text.getWidth() / unicode.length() / 3f)) {
                return;
            }
            super.processTextPosition(text);
        }

        /**
         * True when the same character was already drawn within {@code tolerance} of this place,
         * which is how some programs make bold text; records it otherwise.
         */
        private boolean isDuplicate(String unicode, float x, float y, float tolerance) {
            int code = unicode.length() == 1 ? unicode.charAt(0) : 0x10000 | (unicode.hashCode() & 0x7FFFFF);
            int x0 = (int) Math.floor((x - tolerance) / 4);
            int x1 = (int) Math.floor((x + tolerance) / 4);
            int y0 = (int) Math.floor((y - tolerance) / 4);
            int y1 = (int) Math.floor((y + tolerance) / 4);
            for (int cx = x0; cx <= x1; cx++) {
                for (int cy = y0; cy <= y1; cy++) {
                    if (seen.containsNear(PointIndex.key(cx, cy, code), x, y, tolerance)) {
                        return true;
                    }
                }
            }
            seen.add(PointIndex.key((int) Math.floor(x / 4), (int) Math.floor(y / 4), code), x, y);
            return false;
        }

        /** Every 65,536 instructions the reader checks for Cancel, and stops at a page no real document has. */
        @Override
        protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                       List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
            if ((++operators & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
            if (operators > PageTooComplexException.MAX_OPERATORS_PER_PAGE || glyphs > PageTooComplexException.MAX_GLYPHS_PER_PAGE) {
                throw new PageTooComplexException(pageNumber);
            }
            super.processOperator(operator, operands);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            int number = getCurrentPageNo();
            if (number < getStartPage() || number > getEndPage()) {
                return;
            }
            progress.checkCancelled();
            if (buffer == null) {
                buffer = ((StringWriter) output).getBuffer();
            }
            // PDFBox skips pages without a content stream; they still begin where the text stands now
            recordPagesUpTo(number - 1);
            pageNumber = number;
            PDRectangle crop = page.getCropBox();
            cropX = crop.getLowerLeftX();
            cropY = crop.getLowerLeftY();
            pageStarts.add(buffer.length());
            lastRecorded = number;
            seen.clear();
            operators = 0;
            glyphs = 0;
            super.processPage(page);
            if (buffer.length() > pageStarts.get(pageStarts.size() - 1) && buffer.charAt(buffer.length() - 1) != '\n') {
                output.write('\n');
            }
            int n = done.incrementAndGet();
            progress.update(n, totalPages, "Reading page " + n + " of " + totalPages);
        }

        /** Page starts for pages that produced no call to processPage, up to {@code last}. */
        private void recordPagesUpTo(int last) {
            int at = buffer == null ? 0 : buffer.length();
            for (int p = Math.max(lastRecorded + 1, getStartPage()); p <= last; p++) {
                pageStarts.add(at);
                lastRecorded = p;
                done.incrementAndGet();
            }
        }

        /**
         * Puts two-column pages into reading order before PDFBox lays out their lines: the page's
         * glyphs are sorted by position, split into column blocks, and handed to PDFBox as separate
         * articles, which it lays out one after another. Pages with article threads (beads) of their
         * own keep them.
         */
        @Override
        protected void writePage() throws IOException {
            List<TextPosition> all = new ArrayList<>();
            int nonEmpty = 0;
            for (List<TextPosition> article : charactersByArticle) {
                if (!article.isEmpty()) {
                    nonEmpty++;
                    all.addAll(article);
                }
            }
            if (nonEmpty != 1 || all.size() < 40) {
                super.writePage();
                return;
            }
            // PDFBox sorts each article by position itself; blocks only need to know which glyph goes where
            List<TextPosition> sorted = all;
            float direction = sorted.get(0).getDir();
            List<ColumnOrder.Glyph> glyphs = new ArrayList<>(sorted.size());
            for (TextPosition tp : sorted) {
                if (tp.getDir() != direction) {
                    super.writePage();
                    return;
                }
                glyphs.add(new ColumnOrder.Glyph(tp.getXDirAdj(), tp.getXDirAdj() + tp.getWidthDirAdj(), tp.getYDirAdj(), tp.getHeightDir()));
            }
            List<List<Integer>> blocks = ColumnOrder.blocks(glyphs);
            if (blocks.size() == 1) {
                super.writePage();
                return;
            }
            List<List<TextPosition>> original = new ArrayList<>(charactersByArticle);
            charactersByArticle.clear();
            for (List<Integer> block : blocks) {
                List<TextPosition> article = new ArrayList<>(block.size());
                for (int i : block) {
                    article.add(sorted.get(i));
                }
                charactersByArticle.add(article);
            }
            try {
                super.writePage();
            } finally {
                charactersByArticle.clear();
                charactersByArticle.addAll(original);
            }
        }

        /** Every article (including the column blocks above) starts on a line of its own. */
        @Override
        protected void startArticle(boolean isLTR) throws IOException {
            breakLine();
            super.startArticle(isLTR);
        }

        /** Never an empty line: a break is written only where the text does not already end in one. */
        @Override
        protected void writeLineSeparator() throws IOException {
            breakLine();
        }

        private void breakLine() throws IOException {
            int pageStart = pageStarts.isEmpty() ? 0 : pageStarts.get(pageStarts.size() - 1);
            if (buffer.length() > pageStart && buffer.charAt(buffer.length() - 1) != '\n') {
                output.write('\n');
            }
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            int at = buffer.length();
            super.writeString(text, positions);
            if (buffer.length() != at + text.length()) {
                return;
            }
            ensure(at + text.length());
            int[] owner = GlyphAligner.align(text, positions);
            int k = 0;
            while (k < text.length()) {
                int glyph = owner[k];
                int run = 1;
                while (k + run < text.length() && owner[k + run] == glyph && glyph >= 0) {
                    run++;
                }
                if (glyph >= 0) {
                    box(positions.get(glyph), at + k);
                    if (run > 1) {
                        splitAcross(at + k, run);
                    }
                }
                k += run;
            }
        }

        /**
         * One glyph that stands for several characters (a ligature such as "ﬁ"): its box is shared
         * out along the line, so part of a ligature can be highlighted.
         */
        private void splitAcross(int first, int count) {
            float x0 = boxes[4 * first];
            float y0 = boxes[4 * first + 1];
            float x1 = boxes[4 * first + 2];
            float y1 = boxes[4 * first + 3];
            float step = (x1 - x0) / count;
            for (int j = 0; j < count; j++) {
                int i = first + j;
                glyphPages[i] = pageNumber;
                boxes[4 * i] = x0 + step * j;
                boxes[4 * i + 1] = y0;
                boxes[4 * i + 2] = x0 + step * (j + 1);
                boxes[4 * i + 3] = y1;
            }
        }

        /** Records the box of a glyph, in the page's user space, for the character at {@code index}. */
        private void box(TextPosition tp, int index) {
            Matrix m = tp.getTextMatrix();
            float ox = m.getTranslateX();
            float oy = m.getTranslateY();
            float ex = tp.getEndX();
            float ey = tp.getEndY();
            // the text space's "up", in user space: one em high
            float ux = m.getValue(1, 0);
            float uy = m.getValue(1, 1);
            float[] metrics = fontMetrics.computeIfAbsent(tp.getFont(), RangeStripper::metrics);
            float ascent = metrics[0];
            float descent = metrics[1];
            float[] xs = {ox + descent * ux, ex + descent * ux, ox + ascent * ux, ex + ascent * ux};
            float[] ys = {oy + descent * uy, ey + descent * uy, oy + ascent * uy, ey + ascent * uy};
            float x0 = Math.min(Math.min(xs[0], xs[1]), Math.min(xs[2], xs[3]));
            float x1 = Math.max(Math.max(xs[0], xs[1]), Math.max(xs[2], xs[3]));
            float y0 = Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3]));
            float y1 = Math.max(Math.max(ys[0], ys[1]), Math.max(ys[2], ys[3]));
            glyphPages[index] = pageNumber;
            boxes[4 * index] = x0 + cropX;
            boxes[4 * index + 1] = y0 + cropY;
            boxes[4 * index + 2] = x1 + cropX;
            boxes[4 * index + 3] = y1 + cropY;
        }

        /** Ascent and descent in em, from the font descriptor where it has sensible values. */
        private static float[] metrics(PDFont font) {
            float ascent = 0.8f;
            float descent = -0.2f;
            PDFontDescriptor fd = font == null ? null : font.getFontDescriptor();
            if (fd != null) {
                if (fd.getAscent() > 0) {
                    ascent = Math.min(1.2f, Math.max(0.5f, fd.getAscent() / 1000f));
                }
                if (fd.getDescent() < 0) {
                    descent = Math.max(-0.5f, fd.getDescent() / 1000f);
                }
            }
            return new float[] {ascent, descent};
        }

        private void ensure(int size) {
            if (size > glyphPages.length) {
                int n = Math.max(size, glyphPages.length * 2);
                glyphPages = Arrays.copyOf(glyphPages, n);
                boxes = Arrays.copyOf(boxes, n * 4);
            }
        }

        Part finish(StringBuffer text, int lastPage, int pageCount) {
            if (buffer == null) {
                buffer = text;
            }
            recordPagesUpTo(lastPage);
            int n = text.length();
            ensure(n);
            int[] starts = pageStarts.stream().mapToInt(Integer::intValue).toArray();
            if (starts.length != pageCount) {
                throw new IllegalStateException("expected " + pageCount + " pages, saw " + starts.length);
            }
            return new Part(text.toString(), starts, pageCount, Arrays.copyOf(glyphPages, n), Arrays.copyOf(boxes, n * 4));
        }
    }
}
