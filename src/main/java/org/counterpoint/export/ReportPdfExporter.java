package org.counterpoint.export;

import org.counterpoint.typeset.FontSet;

import org.counterpoint.typeset.TextLayout;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.counterpoint.model.Attribution;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;
import org.counterpoint.task.Progress;

/**
 * The comparison report: a title page, a table of contents, and for each comparison its verdict,
 * the analyst's note, and a two-column table with the claims on the left and the rebuttals on the
 * right, each quote with who said it, when, and where. Fonts are embedded; text in any script the
 * shipped fonts cover is set correctly, and long words and URLs wrap.
 */
public final class ReportPdfExporter {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 18;
    private static final float GUTTER = 18;
    private static final float COLUMN = (WIDTH - GUTTER) / 2;
    private static final Color MUTED = new Color(0x57, 0x60, 0x6a);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);

    private final Project project;
    private final LocalDate date;
    /** Quotes as they read: line breaks as spaces, split words joined. */
    private final java.util.function.Function<Highlight, String> reading;
    private PDDocument doc;
    private FontSet fonts;
    private TextLayout layout;
    private PDPageContentStream cs;
    private float y;
    private final List<PDPage> pages = new ArrayList<>();

    private ReportPdfExporter(Project project, LocalDate date) {
        this.reading = org.counterpoint.model.ReadingText.quotesOf(project);
        this.project = project;
        this.date = date;
    }

    /**
     * @param date the date printed on the title page
     */
    public static byte[] export(Project project, LocalDate date, Progress progress) throws IOException {
        return new ReportPdfExporter(project, date).write(progress);
    }

    /** One line of text in a cell or paragraph, ready to draw. */
    private record Piece(TextLayout.Line line, float size, boolean bold, Color color, float leading, Role bar) {
    }

    private byte[] write(Progress progress) throws IOException {
        try (PDDocument document = new PDDocument()) {
            doc = document;
            fonts = new FontSet(doc);
            layout = new TextLayout(fonts);
            List<Comparison> comparisons = project.comparisonsInOrder();

            titlePage();
            List<List<Piece>> tocEntries = new ArrayList<>();
            for (int i = 0; i < comparisons.size(); i++) {
                tocEntries.add(pieces((i + 1) + ".  " + title(comparisons.get(i)), false, 11, Color.BLACK, 17, WIDTH - 40, null));
            }
            int tocPages = Math.max(1, (int) Math.ceil(tocEntries.stream().mapToDouble(e -> e.size() * 17).sum() / (TOP - BOTTOM - 40)));
            List<PDPage> toc = new ArrayList<>();
            for (int i = 0; i < tocPages; i++) {
                toc.add(addPage());
            }
            int[] startPage = new int[comparisons.size()];
            for (int i = 0; i < comparisons.size(); i++) {
                progress.checkCancelled();
                newPage();
                startPage[i] = pages.size();
                comparison(i + 1, comparisons.get(i));
                progress.update(i + 1, comparisons.size(), "Writing the report");
            }
            closePage();
            if (comparisons.isEmpty()) {
                newPage();
                paragraph("This project has no comparisons yet.", false, 11, MUTED, 16);
                closePage();
            }
            writeToc(toc, tocEntries, startPage);
            footers();
            outline(comparisons, startPage);
            info();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String title(Comparison c) {
        return c.title().isBlank() ? "Untitled comparison" : c.title();
    }

    // ------------------------------------------------------------------ pages

    private PDPage addPage() {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pages.add(page);
        return page;
    }

    private void newPage() throws IOException {
        closePage();
        PDPage page = addPage();
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    private void closePage() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    private void ensure(float height) throws IOException {
        if (cs == null || y - height < BOTTOM) {
            newPage();
        }
    }

    private void titlePage() throws IOException {
        newPage();
        y = TOP - 140;
        paragraph("Comparison report", false, 13, MUTED, 20);
        y -= 6;
        paragraph(project.title().isBlank() ? "Untitled project" : project.title(), true, 26, Color.BLACK, 33);
        y -= 14;
        if (!project.description().isBlank()) {
            paragraph(project.description(), false, 12, Color.BLACK, 18);
            y -= 14;
        }
        if (!project.author().isBlank()) {
            paragraph("Prepared by " + project.author(), false, 12, Color.BLACK, 18);
        }
        paragraph(date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)), false, 12, Color.BLACK, 18);
        y -= 24;
        long claims = project.count(Role.CLAIM);
        long rebuttals = project.count(Role.REBUTTAL);
        paragraph(project.comparisons().size() + " comparisons of " + claims + (claims == 1 ? " claim" : " claims") + " with "
                + rebuttals + (rebuttals == 1 ? " rebuttal" : " rebuttals") + ", from " + project.documents().size()
                + (project.documents().size() == 1 ? " source." : " sources."), false, 11, MUTED, 16);
        closePage();
    }

    private void writeToc(List<PDPage> toc, List<List<Piece>> entries, int[] startPage) throws IOException {
        int index = 0;
        for (int p = 0; p < toc.size(); p++) {
            try (PDPageContentStream c = new PDPageContentStream(doc, toc.get(p))) {
                cs = c;
                y = TOP;
                if (p == 0) {
                    paragraph("Contents", true, 18, Color.BLACK, 28);
                    y -= 8;
                }
                while (index < entries.size()) {
                    List<Piece> entry = entries.get(index);
                    float height = entry.size() * 17f;
                    if (y - height < BOTTOM) {
                        break;
                    }
                    for (int k = 0; k < entry.size(); k++) {
                        draw(entry.get(k), MARGIN, WIDTH - 40);
                        if (k == 0) {
                            String number = Integer.toString(startPage[index]);
                            TextLayout.Line n = layout.layout(number, false, 11, 40).get(0);
                            layout.draw(cs, n, MARGIN + WIDTH - n.width(), y - 11, 11);
                        }
                        y -= 17;
                    }
                    index++;
                }
            }
            cs = null;
        }
    }

    private void footers() throws IOException {
        String name = Text.abbreviate(project.title().isBlank() ? "Comparison report" : project.title(), 70);
        for (int i = 1; i < pages.size(); i++) {
            try (PDPageContentStream c = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                c.setNonStrokingColor(MUTED);
                TextLayout.Line left = layout.layout(name, false, 8, WIDTH - 80).get(0);
                layout.draw(c, left, MARGIN, MARGIN - 4, 8);
                TextLayout.Line right = layout.layout("page " + (i + 1) + " of " + pages.size(), false, 8, 80).get(0);
                layout.draw(c, right, MARGIN + WIDTH - right.width(), MARGIN - 4, 8);
            }
        }
    }

    private void outline(List<Comparison> comparisons, int[] startPage) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (int i = 0; i < comparisons.size(); i++) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle((i + 1) + ". " + title(comparisons.get(i)));
            PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
            dest.setPage(pages.get(startPage[i] - 1));
            dest.setTop((int) TOP);
            item.setDestination(dest);
            outline.addLast(item);
        }
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    private void info() {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Comparison report: " + project.title());
        info.setAuthor(project.author());
        info.setCreator("Counterpoint");
        info.setSubject(project.description());
        java.util.Calendar c = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        info.setCreationDate(c);
    }

    // ------------------------------------------------------------------ content

    private void comparison(int number, Comparison c) throws IOException {
        paragraph(number + ".  " + title(c), true, 16, Color.BLACK, 22);
        y -= 4;
        String verdict = "Verdict: " + c.verdict().label() + (c.verdictText().isBlank() ? "" : ". " + c.verdictText());
        paragraph(verdict, true, 11, verdictColor(c), 16);
        if (!c.note().isBlank()) {
            y -= 2;
            paragraph(c.note(), false, 10.5f, Color.BLACK, 15);
        }
        y -= 12;
        table(c);
    }

    private static Color verdictColor(Comparison c) {
        return switch (c.verdict()) {
            case FALSE -> new Color(0xcf, 0x22, 0x2e);
            case MISLEADING -> new Color(0xbc, 0x4c, 0x00);
            case ACCURATE -> new Color(0x1a, 0x7f, 0x37);
            default -> MUTED;
        };
    }

    /** Claims beside rebuttals, row by row; a row too tall for the page continues on the next, under repeated headings. */
    private void table(Comparison c) throws IOException {
        List<List<Piece>> left = new ArrayList<>();
        List<List<Piece>> right = new ArrayList<>();
        for (String id : c.claimIds()) {
            project.highlight(id).ifPresent(h -> left.add(cell(h)));
        }
        for (String id : c.rebuttalIds()) {
            project.highlight(id).ifPresent(h -> right.add(cell(h)));
        }
        ensure(60);
        tableHeadings();
        int rows = Math.max(left.size(), right.size());
        if (rows == 0) {
            paragraph("No quotes are linked to this comparison yet.", false, 10, MUTED, 14);
        }
        for (int r = 0; r < rows; r++) {
            List<Piece> l = r < left.size() ? left.get(r) : List.of();
            List<Piece> rt = r < right.size() ? right.get(r) : List.of();
            float rowHeight = Math.max(height(l), height(rt));
            if (y - rowHeight < BOTTOM && rowHeight <= TOP - BOTTOM - 40) {
                newPage();
                tableHeadings();
            }
            if (y - rowHeight >= BOTTOM) {
                // the whole row fits: each cell keeps its own line spacing
                float top = y;
                for (Piece piece : l) {
                    draw(piece, MARGIN, COLUMN);
                    y -= piece.leading();
                }
                y = top;
                for (Piece piece : rt) {
                    draw(piece, MARGIN + COLUMN + GUTTER, COLUMN);
                    y -= piece.leading();
                }
                y = top - rowHeight - 6;
                rule(MARGIN, WIDTH);
                y -= 8;
                continue;
            }
            // a row taller than a page flows on, line beside line, under repeated headings
            int i = 0;
            int j = 0;
            while (i < l.size() || j < rt.size()) {
                float step = Math.max(i < l.size() ? l.get(i).leading() : 0, j < rt.size() ? rt.get(j).leading() : 0);
                if (y - step < BOTTOM) {
                    newPage();
                    tableHeadings();
                }
                if (i < l.size()) {
                    draw(l.get(i++), MARGIN, COLUMN);
                }
                if (j < rt.size()) {
                    draw(rt.get(j++), MARGIN + COLUMN + GUTTER, COLUMN);
                }
                y -= step;
            }
            y -= 6;
            rule(MARGIN, WIDTH);
            y -= 8;
        }
        y -= 10;
    }

    private void tableHeadings() throws IOException {
        Piece claims = pieces("Claims", true, 10, MUTED, 15, COLUMN, null).get(0);
        Piece rebuttals = pieces("Rebuttals", true, 10, MUTED, 15, COLUMN, null).get(0);
        draw(claims, MARGIN, COLUMN);
        draw(rebuttals, MARGIN + COLUMN + GUTTER, COLUMN);
        y -= 17;
        rule(MARGIN, WIDTH);
        y -= 8;
    }

    /** A quote with its attribution: the quote in the reading size, who, when and where below it in grey. */
    private List<Piece> cell(Highlight h) {
        List<Piece> out = new ArrayList<>();
        String quote = h.isArea() ? "[An area of page " + h.area().pageNumber() + "]" : "“" + reading.apply(h) + "”";
        out.addAll(pieces(quote, false, 10.5f, Color.BLACK, 14.5f, COLUMN - 8, h.role()));
        String who = Attribution.who(h.provenance());
        List<String> details = new ArrayList<>();
        details.add(who.isBlank() ? Attribution.NO_SPEAKER : "— " + who);
        String when = h.provenance().statedOn() == null ? "" : "Stated " + h.provenance().statedOn().display();
        SourceDocument source = project.document(h.documentId()).orElse(null);
        String where = source == null ? "" : Attribution.source(source, h);
        details.add(String.join(" · ", List.of(when, where).stream().filter(s -> !s.isBlank()).toList()));
        if (!h.provenance().citation().isBlank()) {
            details.add("Source: " + h.provenance().citation());
        }
        if (h.isFlagged()) {
            details.add(source != null && source.isStandIn() ? "Its source was not in the project, so this quote is unverified."
                    : "This quote no longer matches its document; check it before relying on it.");
        }
        for (String d : details) {
            if (!d.isBlank()) {
                out.addAll(pieces(d, false, 8.5f, MUTED, 12, COLUMN - 8, null));
            }
        }
        return out;
    }

    private List<Piece> pieces(String text, boolean bold, float size, Color color, float leading, float width, Role bar) {
        try {
            List<Piece> out = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                for (TextLayout.Line line : layout.layout(paragraph, bold, size, width)) {
                    out.add(new Piece(line, size, bold, color, leading, bar));
                }
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static float height(List<Piece> pieces) {
        float h = 0;
        for (Piece p : pieces) {
            h += p.leading();
        }
        return h;
    }

    private void paragraph(String text, boolean bold, float size, Color color, float leading) throws IOException {
        for (Piece p : pieces(text, bold, size, color, leading, WIDTH, null)) {
            ensure(leading);
            draw(p, MARGIN, WIDTH);
            y -= leading;
        }
    }

    /** Draws a piece with its top at y; a quote gets its role's bar in the margin (solid for claims, dashed for rebuttals). */
    private void draw(Piece p, float x, float width) throws IOException {
        float baseline = y - p.size();
        float indent = p.bar() != null ? 8 : 0;
        if (p.bar() != null) {
            cs.setStrokingColor(Color.decode(p.bar().defaultColor()));
            cs.setLineWidth(2.5f);
            if (p.bar() == Role.REBUTTAL) {
                cs.setLineDashPattern(new float[] {4, 2.5f}, 0);
            }
            cs.moveTo(x + 1.5f, y + 1);
            cs.lineTo(x + 1.5f, y - p.leading() + 1);
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
        }
        cs.setNonStrokingColor(p.color());
        layout.draw(cs, p.line(), x + indent + p.line().indent(width - indent), baseline, p.size());
        cs.setNonStrokingColor(Color.BLACK);
    }

    private void rule(float x, float width) throws IOException {
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.6f);
        cs.moveTo(x, y);
        cs.lineTo(x + width, y);
        cs.stroke();
    }
}
