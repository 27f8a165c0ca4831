package org.counterpoint.export.slides;

import static org.counterpoint.export.slides.SlideLayout.HEIGHT;
import static org.counterpoint.export.slides.SlideLayout.WIDTH;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.counterpoint.export.slides.SlideLayout.Block;
import org.counterpoint.export.slides.SlideLayout.Card;
import org.counterpoint.export.slides.SlideLayout.Marker;
import org.counterpoint.export.slides.SlideLayout.Panel;
import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.task.Progress;
import org.counterpoint.typeset.FontSet;
import org.counterpoint.typeset.SourceAccess;
import org.counterpoint.typeset.TextLayout;

/**
 * Writes the slides as a PowerPoint file: every quote, attribution and verdict is an editable text
 * box, quotes in their sources are pictures, and the presenter's notes are the speaker notes. The
 * layout is measured with the deck's fonts (DejaVu Sans), so the boxes match the PDF deck.
 */
final class PptxDeck {
    static final String FONT = "DejaVu Sans";

    private final Project project;
    private final SlideTheme theme;
    private XMLSlideShow ppt;
    private XSLFSlide slide;

    private PptxDeck(Project project, SlideTheme theme) {
        this.project = project;
        this.theme = theme;
    }

    static SlideDecks.Result write(Project project, PresentationSettings settings, boolean evidence, SourceAccess access, Progress progress)
            throws IOException {
        return new PptxDeck(project, SlideTheme.of(settings.theme())).write(SlidePlan.of(project, settings.grouping(), evidence), access, progress);
    }

    private SlideDecks.Result write(List<Slide> slides, SourceAccess access, Progress progress) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); PDDocument metrics = new PDDocument();
             Callouts callouts = new Callouts(project, access, Progress.NONE)) {
            ppt = show;
            ppt.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            TextLayout text = new TextLayout(new FontSet(metrics));
            SlideComposer composer = new SlideComposer(project, theme, text::layout);
            for (int i = 0; i < slides.size(); i++) {
                progress.checkCancelled();
                progress.update(i, slides.size(), "Writing slide " + (i + 1) + " of " + slides.size());
                slide = ppt.createSlide();
                slide.getBackground().setFillColor(theme.background());
                draw(composer.compose(slides.get(i), i + 1, slides.size()), callouts);
                notes(slides.get(i).notes());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ppt.write(out);
            return new SlideDecks.Result(out.toByteArray(), slides.size(), callouts.notes());
        }
    }

    private void draw(SlideLayout layout, Callouts callouts) throws IOException {
        for (Card card : layout.cards()) {
            Role role = card.highlight().role();
            if (card.revealed()) {
                rect(ShapeType.RECT, theme.tint(role), card.x(), card.top(), card.width(), card.height());
            }
            if (role == Role.REBUTTAL) {
                rect(ShapeType.RECT, theme.role(role), card.x() + 2, card.top(), 2.5f, card.height());
                rect(ShapeType.RECT, theme.role(role), card.x() + 7, card.top(), 2.5f, card.height());
            } else {
                rect(ShapeType.RECT, theme.role(role), card.x() + 2, card.top(), 6, card.height());
            }
            card(card);
        }
        for (Marker m : layout.markers()) {
            ShapeType shape = switch (SlideTheme.shape(m.role())) {
                case SQUARE -> ShapeType.RECT;
                case DIAMOND -> ShapeType.DIAMOND;
                case CIRCLE -> ShapeType.ELLIPSE;
            };
            rect(shape, theme.role(m.role()), m.x(), m.top(), m.size(), m.size());
        }
        for (Block b : layout.blocks()) {
            text(b);
        }
        if (layout.band() != null) {
            var band = layout.band();
            rect(ShapeType.RECT, SlideTheme.mix(band.color(), theme.background(), theme.dark() ? 0.25f : 0.12f), band.x(), band.top(),
                    band.width(), band.height());
            rect(ShapeType.RECT, band.color(), band.x(), band.top(), band.labelWidth(), band.height());
            text(band.label());
            text(band.text());
        }
        for (Panel p : layout.panels()) {
            text(p.caption());
            Optional<Callouts.Callout> callout = callouts.of(p.highlight(), p.width(), p.height());
            if (callout.isEmpty()) {
                rect(ShapeType.RECT, theme.rule(), p.x(), p.top(), p.width(), p.height());
                continue;
            }
            Rectangle2D r = PdfDeck.fit(callout.get().image().getWidth(), callout.get().image().getHeight(), p);
            rect(ShapeType.RECT, theme.role(p.highlight().role()), (float) r.getX() - 3, (float) r.getY() - 3,
                    (float) r.getWidth() + 6, (float) r.getHeight() + 6);
            var picture = slide.createPicture(ppt.addPicture(jpeg(callout.get().image()), PictureData.PictureType.JPEG));
            picture.setAnchor(r);
        }
    }

    /** A page image as JPEG: far quicker to write than PNG, and as sharp at this resolution. */
    private static byte[] jpeg(java.awt.image.BufferedImage image) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var params = writer.getDefaultWriteParam();
        params.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        params.setCompressionQuality(0.9f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), params);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private void text(Block b) {
        XSLFTextBox box = box(b.x(), b.top(), b.width(), b.height() + b.leading() * 0.3f);
        paragraph(box, b, 0);
    }

    /** A quote and who said it in one text box, so that a viewer whose font runs wider pushes the attribution down, never over the quote. */
    private void card(Card card) {
        Block quote = card.quote();
        float bottom = card.details().isEmpty() ? quote.bottom() : card.details().get(card.details().size() - 1).bottom();
        XSLFTextBox box = box(quote.x(), quote.top(), quote.width(), bottom - quote.top() + 4);
        paragraph(box, quote, 0);
        float previous = quote.bottom();
        for (Block d : card.details()) {
            paragraph(box, d, d.top() - previous);
            previous = d.bottom();
        }
    }

    private XSLFTextBox box(float x, float top, float width, float height) {
        XSLFTextBox box = slide.createTextBox();
        // a little room to spare, so a viewer whose font differs slightly does not push the last word onto a new line
        box.setAnchor(new Rectangle2D.Double(x, top, width + 6, height));
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.setWordWrap(true);
        box.setVerticalAlignment(VerticalAlignment.TOP);
        box.clearText();
        return box;
    }

    private static void paragraph(XSLFTextBox box, Block b, float spaceBefore) {
        XSLFTextParagraph p = box.addNewTextParagraph();
        p.setLineSpacing((double) -b.leading());
        if (spaceBefore > 0.5f) {
            p.setSpaceBefore((double) -spaceBefore);
        }
        XSLFTextRun run = p.addNewTextRun();
        run.setText(b.text());
        run.setFontFamily(FONT);
        run.setFontSize((double) b.size());
        run.setBold(b.bold());
        run.setFontColor(b.color());
    }

    private void rect(ShapeType type, Color color, float x, float top, float width, float height) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(type);
        shape.setAnchor(new Rectangle2D.Double(x, top, width, height));
        shape.setFillColor(color);
        shape.setLineColor(null);
    }

    private void notes(String notes) {
        XSLFNotes page = ppt.getNotesSlide(slide);
        for (XSLFTextShape shape : page.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.clearText();
                for (String line : notes.split("\n")) {
                    shape.addNewTextParagraph().addNewTextRun().setText(line);
                }
                return;
            }
        }
    }
}
