package org.counterpoint.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.counterpoint.task.Progress;

/**
 * A text stripper that remembers, for every character it writes, the page and box of the glyph
 * it came from. A glyph whose font gives no usable text takes it from its name, else U+FFFD
 * (see {@link GlyphText}); text drawn twice at the same place is read once.
 */
final class PageTextStripper extends PDFTextStripper {

    /**
     * The text, page starts and glyph boxes of one contiguous range of pages. The text holds no control character but the
     * line break (see {@link GlyphText#replaceControlCharacters}); {@code blankPages} are the pages (counted from 0 in the
     * range) whose text was only white space before that replacement; {@code unmappedGlyphs} counts both the glyphs
     * without known text and the control characters replaced.
     */
    record Part(String text, int[] pageStarts, int pageCount, int[] glyphPages, float[] boxes, int unmappedGlyphs, int[] blankPages) {
    }

    private final int totalPages;
    private final AtomicInteger done;
    private final Progress progress;
    private StringBuffer buffer;
    private final List<Integer> pageStarts = new ArrayList<>();
    private final GlyphBoxes glyphBoxes;
    private int lastRecorded;
    /** The page being read, and how many instructions and glyphs it has had so far (see processOperator). */
    private int pageNumber;
    private long operators;
    private long glyphs;

    /** @param capacity how many characters the pages are expected to hold, to size the glyph boxes at once */
    PageTextStripper(int firstPage, int totalPages, AtomicInteger done, Progress progress, int capacity) throws IOException {
        this.glyphBoxes = new GlyphBoxes(capacity);
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

    /** Glyphs already seen on this page, to read text drawn twice at the same place once. */
    private final DrawnTwice seen = new DrawnTwice();

    /** Text for the glyph being shown when its font gives none that can be stored; null otherwise. */
    private String replacement;
    /** For each open marked-content sequence, whether it carries /ActualText. */
    private final Deque<Boolean> spans = new ArrayDeque<>();
    private int actualTextDepth;
    private int unmapped;
    private final FontMappings mappings = new FontMappings();

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean actual = properties != null && properties.containsKey(COSName.ACTUAL_TEXT);
        spans.push(actual);
        if (actual) {
            actualTextDepth++;
        }
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!spans.isEmpty() && spans.pop()) {
            actualTextDepth--;
        }
        super.endMarkedContentSequence();
    }

    /**
     * PDFBox writes an unmapped glyph of a simple font as the raw character code (often a control
     * character) and drops one of a composite font; both take their text from the glyph name here,
     * else U+FFFD. Inside an /ActualText span PDFBox replaces the glyphs' text with the span's.
     */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        String mapped = mappings.mapped(font, code);
        if (mappings.usable(font, code, mapped)) {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
            return;
        }
        String text = GlyphText.fromGlyphName(font, code);
        if (text == null) {
            text = String.valueOf(GlyphText.REPLACEMENT);
            if (actualTextDepth == 0) {
                unmapped++;
            }
        }
        replacement = text;
        try {
            if (mapped == null && !(font instanceof PDSimpleFont)) {
                processTextPosition(compositeGlyph(textRenderingMatrix, font, code, displacement, text));
            } else {
                super.showGlyph(textRenderingMatrix, font, code, displacement);
            }
        } finally {
            replacement = null;
        }
    }

    /** The position of a composite font's glyph that PDFBox would drop, measured as PDFBox measures the others. */
    private TextPosition compositeGlyph(Matrix trm, PDFont font, int code, Vector displacement, String text) throws IOException {
        PDGraphicsState state = getGraphicsState();
        float fontSize = state.getTextState().getFontSize();
        float horizontalScaling = state.getTextState().getHorizontalScaling() / 100f;
        Matrix next = Matrix.getTranslateInstance(displacement.getX() * fontSize * horizontalScaling, displacement.getY() * fontSize)
                .multiply(getTextMatrix()).multiply(state.getCurrentTransformationMatrix());
        PDRectangle crop = getCurrentPage().getCropBox();
        Matrix at = Matrix.concatenate(Matrix.getTranslateInstance(-crop.getLowerLeftX(), -crop.getLowerLeftY()), trm);
        float nextX = next.getTranslateX() - crop.getLowerLeftX();
        float nextY = next.getTranslateY() - crop.getLowerLeftY();
        float dx = nextX - at.getTranslateX();
        float dy = computeFontHeight(font) * at.getScalingFactorY();
        float space = font instanceof PDType3Font ? 0 : font.getSpaceWidth() * 0.001f * at.getScalingFactorX();
        if (space == 0) {
            space = Math.abs(dx) * 0.8f;
        }
        return new TextPosition(getCurrentPage().getRotation(), crop.getWidth(), crop.getHeight(), at, nextX, nextY,
                Math.abs(dy), Math.abs(dx), space, text, new int[] {code}, font, fontSize,
                (int) (fontSize * getTextMatrix().getScalingFactorX()));
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        glyphs++;
        if (replacement != null && !replacement.equals(text.getUnicode())) {
            text = withText(text, replacement);
        } else if (GlyphText.isArabicMarkForm(text.getUnicode())) {
            // PDFBox would expand a mark's presentation form to tatweel + mark, inventing a letter
            text = withText(text, GlyphText.arabicMark(text.getUnicode()));
        }
        String unicode = text.getUnicode();
        // a zero-width mark still needs a tolerance, or a mark drawn twice is read twice
        if (unicode != null && !unicode.isEmpty()
                && seen.isDuplicate(unicode, text.getX(), text.getY(), Math.max(0.5f, text.getWidth() / unicode.length() / 3f))) {
            return;
        }
        super.processTextPosition(text);
    }

    private static TextPosition withText(TextPosition t, String unicode) {
        float[] widths = t.getIndividualWidths();
        return new TextPosition(t.getRotation(), t.getPageWidth(), t.getPageHeight(), t.getTextMatrix(), t.getEndX(), t.getEndY(),
                t.getHeight(), widths.length > 0 ? widths[0] : t.getWidth(), t.getWidthOfSpace(), unicode, t.getCharacterCodes(),
                t.getFont(), t.getFontSize(), (int) t.getFontSizeInPt());
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
        PDRectangle crop = page.getCropBox();
        glyphBoxes.onPage(number, crop.getLowerLeftX(), crop.getLowerLeftY());
        pageStarts.add(buffer.length());
        lastRecorded = number;
        pageNumber = number;
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
        // only a page whose glyphs are all in one article is put in column order: no copy of them is needed
        List<TextPosition> all = null;
        int nonEmpty = 0;
        for (List<TextPosition> article : charactersByArticle) {
            if (!article.isEmpty()) {
                nonEmpty++;
                all = article;
            }
        }
        if (nonEmpty != 1 || all.size() < 40) {
            super.writePage();
            return;
        }
        // PDFBox sorts each article by position itself; blocks only need to know which glyph goes where
        List<TextPosition> sorted = all;
        float direction = sorted.get(0).getDir();
        columnGlyphs.clear();
        for (TextPosition tp : sorted) {
            if (tp.getDir() != direction) {
                super.writePage();
                return;
            }
            float x = tp.getXDirAdj();
            columnGlyphs.add(x, x + tp.getWidthDirAdj(), tp.getYDirAdj(), tp.getHeightDir());
        }
        List<int[]> blocks = ColumnOrder.blocks(columnGlyphs);
        if (blocks == null) {
            super.writePage();
            return;
        }
        List<List<TextPosition>> original = new ArrayList<>(charactersByArticle);
        charactersByArticle.clear();
        for (int[] block : blocks) {
            List<TextPosition> article = new ArrayList<>(block.length);
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

    /** The glyphs of the page being written, for {@link ColumnOrder}; reused from page to page. */
    private final ColumnOrder.Glyphs columnGlyphs = new ColumnOrder.Glyphs();

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
        glyphBoxes.ensure(at + text.length());
        int[] owner = GlyphAligner.align(text, positions);
        int k = 0;
        while (k < text.length()) {
            int glyph = owner[k];
            int run = 1;
            while (k + run < text.length() && owner[k + run] == glyph && glyph >= 0) {
                run++;
            }
            if (glyph >= 0) {
                glyphBoxes.box(positions.get(glyph), at + k);
                if (run > 1) {
                    glyphBoxes.splitAcross(at + k, run);
                }
            }
            k += run;
        }
    }

    Part finish(StringBuffer text, int lastPage, int pageCount) {
        if (buffer == null) {
            buffer = text;
        }
        recordPagesUpTo(lastPage);
        int n = text.length();
        glyphBoxes.ensure(n);
        int[] starts = pageStarts.stream().mapToInt(Integer::intValue).toArray();
        if (starts.length != pageCount) {
            throw new IllegalStateException("expected " + pageCount + " pages, saw " + starts.length);
        }
        // the pages that are only white space, and the control characters, are found here on each reading thread rather
        // than once the runs are stitched, where one thread would go through the whole document's text
        String raw = text.toString();
        int[] blank = new int[pageCount];
        int blanks = 0;
        for (int i = 0; i < pageCount; i++) {
            int end = i + 1 < pageCount ? starts[i + 1] : raw.length();
            if (PdfTextExtractor.isBlank(raw, starts[i], end)) {
                blank[blanks++] = i;
            }
        }
        String clean = raw;
        int replaced = 0;
        if (hasControlCharacter(raw)) {
            StringBuilder copy = new StringBuilder(raw);
            replaced = GlyphText.replaceControlCharacters(copy);
            clean = copy.toString();
        }
        return new Part(clean, starts, pageCount, glyphBoxes.pages(n), glyphBoxes.boxes(n), unmapped + replaced,
                java.util.Arrays.copyOf(blank, blanks));
    }

    /** Whether the text holds a control character (Unicode's Cc) other than the line break. */
    static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }
}
