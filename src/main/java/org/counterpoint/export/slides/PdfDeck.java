package org.counterpoint.export.slides;

import static org.counterpoint.export.slides.SlideLayout.HEIGHT;
import static org.counterpoint.export.slides.SlideLayout.WIDTH;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.counterpoint.export.slides.SlideLayout.Block;
import org.counterpoint.export.slides.SlideLayout.Card;
import org.counterpoint.export.slides.SlideLayout.Marker;
import org.counterpoint.export.slides.SlideLayout.Panel;
import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.task.Progress;
import org.counterpoint.typeset.FontSet;
import org.counterpoint.typeset.TextLayout;
import org.counterpoint.typeset.SourceAccess;

/** Writes the slide deck as a 16:9 PDF whose text is real text in the embedded shipped fonts. */
final class PdfDeck {
    private final Project project;
    private final SlideTheme theme;
    private PDDocument doc;
    private TextLayout text;
    private float ascent;
    private PDPageContentStream cs;

    private PdfDeck(Project project, SlideTheme theme) {
        this.project = project;
        this.theme = theme;
    }

    static SlideDecks.Result write(Project project, PresentationSettings settings, boolean evidence, SourceAccess access, Progress progress)
            throws IOException {
        return new PdfDeck(project, SlideTheme.of(settings.theme())).write(SlidePlan.of(project, settings.grouping(), evidence), access, progress);
    }

    private SlideDecks.Result write(List<Slide> slides, SourceAccess access, Progress progress) throws IOException {
        try (PDDocument document = new PDDocument(); Callouts callouts = new Callouts(project, access, Progress.NONE)) {
            doc = document;
            FontSet fonts = new FontSet(doc);
            text = new TextLayout(fonts);
            ascent = fonts.verticalMetrics(FontSet.Face.REGULAR)[0] / 1000f;
            SlideComposer composer = new SlideComposer(project, theme, text::layout);
            for (int i = 0; i < slides.size(); i++) {
                progress.checkCancelled();
                progress.update(i, slides.size(), "Writing slide " + (i + 1) + " of " + slides.size());
                SlideLayout layout = composer.compose(slides.get(i), i + 1, slides.size());
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                doc.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                    cs = stream;
                    draw(layout, callouts);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(project.title().isBlank() ? "Slides" : project.title());
            info.setAuthor(project.author());
            info.setSubject("Slides of the comparisons");
            info.setCreator("Counterpoint");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new SlideDecks.Result(out.toByteArray(), slides.size(), callouts.notes());
        }
    }

    private void draw(SlideLayout layout, Callouts callouts) throws IOException {
        fill(theme.background(), 0, 0, WIDTH, HEIGHT);
        for (Card card : layout.cards()) {
            Role role = card.highlight().role();
            if (card.revealed()) {
                fill(theme.tint(role), card.x(), card.top(), card.width(), card.height());
            }
            bar(role, card.x() + 2, card.top(), card.height());
            draw(card.quote());
            card.details().forEach(this::drawUnchecked);
        }
        for (Marker m : layout.markers()) {
            marker(m);
        }
        for (Block b : layout.blocks()) {
            draw(b);
        }
        if (layout.band() != null) {
            var band = layout.band();
            fill(SlideTheme.mix(band.color(), theme.background(), theme.dark() ? 0.25f : 0.12f), band.x(), band.top(), band.width(), band.height());
            fill(band.color(), band.x(), band.top(), band.labelWidth(), band.height());
            draw(band.label());
            draw(band.text());
        }
        for (Panel p : layout.panels()) {
            panel(p, callouts);
        }
    }

    private void panel(Panel p, Callouts callouts) throws IOException {
        draw(p.caption());
        Optional<Callouts.Callout> callout = callouts.of(p.highlight(), p.width(), p.height());
        if (callout.isEmpty()) {
            fill(theme.rule(), p.x(), p.top(), p.width(), p.height());
            Block b = SlideLayout.block(text::layout, "The source page is not available for this quote.", false, 16, theme.text(),
                    p.x() + 20, p.top() + p.height() / 2 - 10, p.width() - 40, 20);
            draw(b);
            return;
        }
        Rectangle2D r = fit(callout.get().image().getWidth(), callout.get().image().getHeight(), p);
        fill(theme.role(p.highlight().role()), (float) r.getX() - 3, (float) r.getY() - 3, (float) r.getWidth() + 6, (float) r.getHeight() + 6);
        PDImageXObject image = JPEGFactory.createFromImage(doc, callout.get().image(), 0.9f);
        cs.drawImage(image, (float) r.getX(), HEIGHT - (float) r.getMaxY(), (float) r.getWidth(), (float) r.getHeight());
    }

    /** The largest rectangle of the image's shape inside the panel, centred. */
    static Rectangle2D fit(int imageWidth, int imageHeight, Panel p) {
        double scale = Math.min(p.width() / imageWidth, p.height() / imageHeight);
        double w = imageWidth * scale;
        double h = imageHeight * scale;
        return new Rectangle2D.Double(p.x() + (p.width() - w) / 2, p.top() + (p.height() - h) / 2, w, h);
    }

    private void drawUnchecked(Block b) {
        try {
            draw(b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void draw(Block b) throws IOException {
        cs.setNonStrokingColor(b.color());
        for (int i = 0; i < b.lines().size(); i++) {
            TextLayout.Line line = b.lines().get(i);
            float baseline = b.top() + i * b.leading() + ascent * b.size();
            text.draw(cs, line, b.x() + line.indent(b.width()), HEIGHT - baseline, b.size());
        }
    }

    /** The role's bar down a quote: solid for a claim, double for a rebuttal. */
    private void bar(Role role, float x, float top, float height) throws IOException {
        Color c = theme.role(role);
        if (role == Role.REBUTTAL) {
            fill(c, x, top, 2.5f, height);
            fill(c, x + 5, top, 2.5f, height);
        } else {
            fill(c, x, top, 6, height);
        }
    }

    private void marker(Marker m) throws IOException {
        cs.setNonStrokingColor(theme.role(m.role()));
        float x = m.x();
        float y = HEIGHT - m.top() - m.size();
        float s = m.size();
        switch (SlideTheme.shape(m.role())) {
            case SQUARE -> cs.addRect(x, y, s, s);
            case DIAMOND -> {
                cs.moveTo(x + s / 2, y + s);
                cs.lineTo(x + s, y + s / 2);
                cs.lineTo(x + s / 2, y);
                cs.lineTo(x, y + s / 2);
                cs.closePath();
            }
            case CIRCLE -> {
                float k = 0.552f * s / 2;
                float cx = x + s / 2;
                float cy = y + s / 2;
                float r = s / 2;
                cs.moveTo(cx + r, cy);
                cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
                cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
                cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
                cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            }
        }
        cs.fill();
    }

    private void fill(Color color, float x, float top, float width, float height) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, HEIGHT - top - height, width, height);
        cs.fill();
    }
}
