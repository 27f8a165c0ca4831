package org.counterpoint.export.slides;

import static org.counterpoint.export.slides.SlideLayout.HEIGHT;
import static org.counterpoint.export.slides.SlideLayout.MARGIN;
import static org.counterpoint.export.slides.SlideLayout.WIDTH;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.counterpoint.export.slides.SlideLayout.Band;
import org.counterpoint.export.slides.SlideLayout.Block;
import org.counterpoint.export.slides.SlideLayout.Card;
import org.counterpoint.export.slides.SlideLayout.Marker;
import org.counterpoint.export.slides.SlideLayout.Measure;
import org.counterpoint.export.slides.SlideLayout.Panel;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.Text;

/** Lays out each kind of slide: the deck's title, a comparison's question, its stage of quotes and verdict, a quote in its source. */
final class SlideComposer {
    private static final float GUTTER = 40;
    private static final float COLUMN = (WIDTH - 2 * MARGIN - GUTTER) / 2;
    private static final float DETAIL = 10.5f;
    private static final float DETAIL_LEADING = 13;
    private static final float CARD_GAP = 10;
    private static final float PAD = 5;
    private static final float QUOTE_GAP = 3;
    private static final float LEADING = 1.25f;

    private final Project project;
    private final SlideTheme theme;
    private final Measure measure;

    SlideComposer(Project project, SlideTheme theme, Measure measure) {
        this.project = project;
        this.theme = theme;
        this.measure = measure;
    }

    SlideLayout compose(Slide slide, int index, int total) throws IOException {
        List<Block> blocks = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        List<Card> cards = new ArrayList<>();
        List<Panel> panels = new ArrayList<>();
        Band band = null;
        String name = Text.abbreviate(project.title().isBlank() ? "Counterpoint" : project.title(), 90);
        blocks.add(SlideLayout.block(measure, name, false, 9, theme.muted(), MARGIN, HEIGHT - 24, 700, 11));
        String pageLabel = index + " / " + total;
        float labelWidth = measure.lines(pageLabel, false, 9, 100).get(0).width();
        blocks.add(SlideLayout.block(measure, pageLabel, false, 9, theme.muted(), WIDTH - MARGIN - labelWidth, HEIGHT - 24, labelWidth + 1, 11));
        switch (slide.kind()) {
            case TITLE -> title(blocks, slide);
            case QUESTION -> question(blocks, slide);
            case STAGE -> {
                float top = header(blocks, slide, "");
                float bottom = slide.verdictShown() ? HEIGHT - 98 : HEIGHT - 40;
                column(Role.CLAIM, slide.claims(), slide.revealedId(), MARGIN, top, bottom, blocks, markers, cards);
                column(Role.REBUTTAL, slide.rebuttals(), slide.revealedId(), MARGIN + COLUMN + GUTTER, top, bottom, blocks, markers, cards);
                if (slide.verdictShown()) {
                    band = verdict(slide.comparison(), HEIGHT - 88);
                }
            }
            case EVIDENCE -> {
                float top = header(blocks, slide, " · in the source");
                int n = slide.evidence().size();
                float width = n == 1 ? WIDTH - 2 * MARGIN : COLUMN;
                for (int i = 0; i < n; i++) {
                    Highlight h = slide.evidence().get(i);
                    float x = MARGIN + i * (COLUMN + GUTTER);
                    String caption = h.role().label() + " · " + SlidePlan.speaker(h) + " · " + SlidePlan.where(project, h);
                    Block cap = SlideLayout.fitted(measure, caption, false, 12, 11, 2, theme.muted(), x + 18, HEIGHT - 80, width - 18);
                    markers.add(new Marker(h.role(), x, HEIGHT - 79, 11));
                    panels.add(new Panel(h, x, top, width, HEIGHT - 88 - top, cap));
                }
            }
        }
        return new SlideLayout(blocks, markers, cards, band, panels);
    }

    private void title(List<Block> blocks, Slide slide) throws IOException {
        float width = WIDTH - 2 * MARGIN;
        Block kicker = SlideLayout.block(measure, "Presentation", false, 16, theme.muted(), MARGIN, 150, width, 20);
        Block heading = SlideLayout.fitted(measure, project.title().isBlank() ? "Untitled project" : project.title(), true, 40, 26, 3,
                theme.text(), MARGIN, kicker.bottom() + 10, width);
        blocks.add(kicker);
        blocks.add(heading);
        float y = heading.bottom() + 18;
        if (!project.description().isBlank()) {
            Block d = SlideLayout.fitted(measure, Text.oneLine(project.description()), false, 18, 14, 4, theme.text(), MARGIN, y, width);
            blocks.add(d);
            y = d.bottom() + 14;
        }
        String by = (project.author().isBlank() ? "" : "Prepared by " + project.author() + " · ")
                + slide.scenes() + (slide.scenes() == 1 ? " comparison" : " comparisons");
        blocks.add(SlideLayout.block(measure, by, false, 14, theme.muted(), MARGIN, y, width, 18));
    }

    private void question(List<Block> blocks, Slide slide) throws IOException {
        Comparison c = slide.comparison();
        float width = WIDTH - 2 * MARGIN;
        Block kicker = SlideLayout.block(measure, "Comparison " + slide.number() + " of " + slide.scenes(), false, 18, theme.muted(),
                MARGIN, 170, width, 22);
        Block heading = SlideLayout.fitted(measure, c.title().isBlank() ? "Untitled comparison" : c.title(), true, 40, 26, 4,
                theme.text(), MARGIN, kicker.bottom() + 12, width);
        int claims = c.claimIds().size();
        int rebuttals = c.rebuttalIds().size();
        String count = claims + (claims == 1 ? " claim" : " claims") + " · " + rebuttals + (rebuttals == 1 ? " rebuttal" : " rebuttals");
        blocks.add(kicker);
        blocks.add(heading);
        blocks.add(SlideLayout.block(measure, count, false, 16, theme.muted(), MARGIN, heading.bottom() + 16, width, 20));
    }

    /** The comparison's number and question at the top; returns where the body starts. */
    private float header(List<Block> blocks, Slide slide, String suffix) throws IOException {
        float width = WIDTH - 2 * MARGIN;
        Block kicker = SlideLayout.block(measure, "Comparison " + slide.number() + (slide.scenes() > 0 ? " of " + slide.scenes() : "") + suffix,
                false, 12, theme.muted(), MARGIN, 26, width, 15);
        String question = slide.comparison().title().isBlank() ? "Untitled comparison" : slide.comparison().title();
        Block heading = SlideLayout.fitted(measure, question, true, 24, 18, 2, theme.text(), MARGIN, kicker.bottom() + 4, width);
        blocks.add(kicker);
        blocks.add(heading);
        return heading.bottom() + 16;
    }

    private void column(Role role, List<Highlight> quotes, String revealedId, float x, float top, float bottom, List<Block> blocks,
                        List<Marker> markers, List<Card> cards) throws IOException {
        markers.add(new Marker(role, x, top + 2, 12));
        blocks.add(SlideLayout.block(measure, SlideTheme.columnLabel(role), true, 13, theme.role(role), x + 20, top, COLUMN - 20, 16));
        if (quotes.isEmpty()) {
            return;
        }
        float textX = x + 18;
        float textWidth = COLUMN - 18 - PAD;
        float room = bottom - (top + 26);
        List<String> texts = quotes.stream().map(SlideComposer::quoteText).toList();
        List<List<Block>> details = new ArrayList<>();
        for (Highlight h : quotes) {
            details.add(details(h, textX, textWidth, true));
        }
        float fixed = fixed(details);
        if (fixed + quotes.size() * SlideLayout.MIN_QUOTE * LEADING > room) {
            // too many quotes for their sources to fit: the source stays in the notes and on the evidence slides
            details.clear();
            for (Highlight h : quotes) {
                details.add(details(h, textX, textWidth, false));
            }
            fixed = fixed(details);
        }
        float size = SlideLayout.MAX_QUOTE;
        int[] lines = new int[quotes.size()];
        while (true) {
            float total = 0;
            for (int i = 0; i < quotes.size(); i++) {
                lines[i] = measure.lines(texts.get(i), false, size, textWidth).size();
                total += lines[i] * size * LEADING;
            }
            if (total <= room - fixed || size <= SlideLayout.MIN_QUOTE) {
                break;
            }
            size = Math.max(SlideLayout.MIN_QUOTE, size - 1);
        }
        float leading = size * LEADING;
        int[] budget = lines.clone();
        int sum = java.util.Arrays.stream(lines).sum();
        if (sum * leading > room - fixed) {
            int cuts = 0;
            for (int round = 0; round < 3; round++) {
                budget = share(lines, (int) Math.floor((room - fixed - cuts * DETAIL_LEADING) / leading));
                int now = 0;
                for (int i = 0; i < lines.length; i++) {
                    now += budget[i] < lines[i] ? 1 : 0;
                }
                if (now == cuts) {
                    break;
                }
                cuts = now;
            }
        }
        float y = top + 26;
        for (int i = 0; i < quotes.size(); i++) {
            Highlight h = quotes.get(i);
            boolean cut = budget[i] < lines[i];
            String text = cut ? SlideLayout.cut(measure, texts.get(i), false, size, textWidth, budget[i]) : texts.get(i);
            Block quote = SlideLayout.block(measure, text, false, size, theme.text(), textX, y + PAD, textWidth, leading);
            float dy = quote.bottom() + QUOTE_GAP;
            List<Block> placed = new ArrayList<>();
            if (cut) {
                Block note = SlideLayout.block(measure, SlideLayout.CUT_NOTE, false, DETAIL, theme.muted(), textX, dy, textWidth, DETAIL_LEADING);
                placed.add(note);
                dy = note.bottom();
            }
            for (Block d : details.get(i)) {
                placed.add(SlideLayout.block(measure, d.text(), d.bold(), d.size(), d.color(), d.x(), dy, d.width(), d.leading()));
                dy += d.height();
            }
            float height = dy + PAD - y;
            cards.add(new Card(h, x, y, COLUMN, height, h.id().equals(revealedId), quote, placed, cut));
            y += height + CARD_GAP;
        }
    }

    /** The height of everything in a column but the quotes themselves. */
    private static float fixed(List<List<Block>> details) {
        float fixed = -CARD_GAP;
        for (List<Block> d : details) {
            fixed += (float) d.stream().mapToDouble(Block::height).sum() + 2 * PAD + QUOTE_GAP + CARD_GAP;
        }
        return fixed;
    }

    /** Shares {@code available} lines among quotes that need {@code lines}: short quotes keep all theirs, long ones share the rest. */
    static int[] share(int[] lines, int available) {
        int n = lines.length;
        int[] budget = new int[n];
        boolean[] done = new boolean[n];
        int left = Math.max(n, available);
        int open = n;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            int fair = Math.max(1, left / open);
            for (int i = 0; i < n; i++) {
                if (!done[i] && lines[i] <= fair) {
                    budget[i] = lines[i];
                    done[i] = true;
                    left -= lines[i];
                    open--;
                    changed = true;
                }
            }
        }
        if (open > 0) {
            int fair = Math.max(1, left / open);
            int extra = Math.max(0, left - fair * open);
            for (int i = 0; i < n; i++) {
                if (!done[i]) {
                    budget[i] = fair + (extra-- > 0 ? 1 : 0);
                }
            }
        }
        return budget;
    }

    static String quoteText(Highlight h) {
        if (h.isArea()) {
            return "[An area of page " + h.area().pageNumber() + "; shown in the source]";
        }
        return "“" + Text.oneLine(h.quote()).strip() + "”";
    }

    /** Who said it, with affiliation and date; then where. */
    private List<Block> details(Highlight h, float x, float width, boolean withSource) throws IOException {
        var p = h.provenance();
        String who = p.speaker();
        if (!p.affiliation().isBlank()) {
            who = who.isBlank() ? p.affiliation() : who + ", " + p.affiliation();
        }
        String line = (who.isBlank() ? "Speaker not recorded" : "— " + who) + (p.statedOn() == null ? "" : " · " + p.statedOn().display());
        List<Block> out = new ArrayList<>();
        out.add(SlideLayout.block(measure, line, true, DETAIL, theme.muted(), x, 0, width, DETAIL_LEADING));
        String source = p.citation().isBlank() ? SlidePlan.where(project, h) : p.citation();
        if (withSource) {
            String shown = SlideLayout.cut(measure, "Source: " + source, false, DETAIL, width, 1, "…");
            out.add(SlideLayout.block(measure, shown, false, DETAIL, theme.muted(), x, 0, width, DETAIL_LEADING));
        }
        if (h.isFlagged()) {
            out.add(SlideLayout.block(measure, "Unverified: this quote no longer matches its source.", true, DETAIL,
                    theme.verdict(org.counterpoint.model.Verdict.FALSE), x, 0, width, DETAIL_LEADING));
        }
        return out;
    }

    private Band verdict(Comparison c, float top) throws IOException {
        String label = c.verdict().label().toUpperCase(java.util.Locale.ROOT);
        float labelWidth = measure.lines(label, true, 16, 400).get(0).width() + 28;
        float x = MARGIN;
        float width = WIDTH - 2 * MARGIN;
        Block labelBlock = SlideLayout.block(measure, label, true, 16, java.awt.Color.WHITE, x + 14, top + 15, labelWidth, 20);
        String text = c.verdictText().isBlank() ? "No verdict in words yet." : c.verdictText();
        float textX = x + labelWidth + 18;
        Block textBlock = SlideLayout.fitted(measure, text, false, 20, 13, 2, theme.text(), textX, top + 4, x + width - textX);
        if (textBlock.lines().size() == 1) {
            textBlock = SlideLayout.block(measure, textBlock.text(), false, textBlock.size(), theme.text(), textX,
                    top + 26 - textBlock.size() * 0.62f, textBlock.width(), textBlock.leading());
        }
        return new Band(x, top, width, 52, theme.verdict(c.verdict()), labelBlock, labelWidth, textBlock);
    }
}
