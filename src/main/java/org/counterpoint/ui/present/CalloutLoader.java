package org.counterpoint.ui.present;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.counterpoint.io.IoMessages;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.PdfPageSource;
import org.counterpoint.ui.MainViewModel;

/**
 * Finds what a callout shows for a quote: the region of its PDF page, rendered at the pixel size of
 * the panel that shows it, or the paragraphs around it in a text source. Renders through the app's
 * task runner, keeps each source PDF open while the presentation runs, and keeps recent results, so
 * a callout prepared while its step was on screen appears at once.
 */
final class CalloutLoader implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CalloutLoader.class.getName());
    private static final int CACHE_ENTRIES = 24;

    /** What one panel of a callout shows. */
    sealed interface Panel permits PdfPanel, TextPanel {
        Highlight highlight();

        SourceDocument document();
    }

    /** A PDF page region, rendered at {@code pixelScale} device pixels per panel pixel. */
    record PdfPanel(Highlight highlight, SourceDocument document, CalloutRegion region, Image image, double pixelScale) implements Panel {
    }

    /** Paragraphs of a text or web source, or of a PDF's text when its file is not at hand ({@code notice} says so). */
    record TextPanel(Highlight highlight, SourceDocument document, TextExcerpt excerpt, String notice) implements Panel {
    }

    private record Key(String highlightId, long width, long height) {
    }

    private final MainViewModel main;
    private final Map<String, PdfPageSource> open = new HashMap<>();
    private final Map<Key, Panel> cache = new LinkedHashMap<>(32, 0.75f, true);
    private final Map<Key, List<Consumer<Panel>>> pending = new HashMap<>();
    private volatile boolean closed;

    CalloutLoader(MainViewModel main) {
        this.main = main;
    }

    /** A panel already prepared for this quote and size, or null. */
    Panel cached(Highlight h, double width, double height) {
        return cache.get(key(h, width, height));
    }

    private static Key key(Highlight h, double width, double height) {
        return new Key(h.id(), Math.round(width), Math.round(height));
    }

    /**
     * Prepares the panel for {@code h} at {@code width} x {@code height} pixels (times {@code pixelScale}
     * for the screen's own density); {@code done} gets it on the FX thread, at once if it is ready.
     */
    void load(Highlight h, SourceDocument doc, double width, double height, double pixelScale, Consumer<Panel> done) {
        Key key = key(h, width, height);
        Panel hit = cache.get(key);
        if (hit != null) {
            done.accept(hit);
            return;
        }
        List<Consumer<Panel>> waiting = pending.get(key);
        if (waiting != null) {
            waiting.add(done);
            return;
        }
        List<Consumer<Panel>> waiters = new ArrayList<>(List.of(done));
        pending.put(key, waiters);
        Consumer<Panel> finish = panel -> {
            pending.remove(key);
            cache.put(key, panel);
            while (cache.size() > CACHE_ENTRIES) {
                cache.remove(cache.keySet().iterator().next());
            }
            waiters.forEach(w -> w.accept(panel));
        };
        if (doc.kind() != DocumentKind.PDF) {
            finish.accept(new TextPanel(h, doc, excerpt(doc, h), ""));
            return;
        }
        Optional<Path> file = main.sourceFile(doc);
        if (file.isEmpty()) {
            finish.accept(new TextPanel(h, doc, excerpt(doc, h), "The PDF file of this source is not where the project says, so its text is shown instead."));
            return;
        }
        if (h.isArea()) {
            render(h, doc, file.get(), null, width, height, pixelScale, finish);
        } else {
            main.withLayout(doc, layout -> render(h, doc, file.get(), layout, width, height, pixelScale, finish));
        }
    }

    private void render(Highlight h, SourceDocument doc, Path file, GlyphLayout layout, double width, double height, double pixelScale,
                        Consumer<Panel> finish) {
        String password = main.passwordFor(doc);
        main.services().tasks().run("Showing the quote on its page", progress -> {
            synchronized (open) {
                if (closed) {
                    throw new java.util.concurrent.CancellationException();
                }
                PdfPageSource source = open.get(doc.sha256());
                if (source == null) {
                    source = PdfPageSource.open(file, password);
                    open.put(doc.sha256(), source);
                }
                PdfPageSource s = source;
                double aspect = width / height;
                CalloutRegion region;
                if (h.isArea()) {
                    region = CalloutRegion.ofArea(h.area(), s.page(h.area().pageNumber()), aspect);
                } else {
                    List<GlyphLayout.Box> boxes = layout.boxes(h.anchor().start(), h.anchor().end());
                    if (boxes.isEmpty()) {
                        return null;
                    }
                    region = CalloutRegion.of(boxes, s::page, aspect);
                }
                // the panel's pixels, times the screen's density: sharp on the projector, no more
                double scale = Math.min(width / region.width(), height / region.height()) * pixelScale;
                int x = (int) Math.floor(region.x() * scale);
                int y = (int) Math.floor(region.y() * scale);
                int w = (int) Math.ceil(region.width() * scale);
                int hh = (int) Math.ceil(region.height() * scale);
                BufferedImage image = s.renderRegion(region.geometry().number(), (float) scale, x, y, w, hh);
                return new PdfPanel(h, doc, region, toFx(image), pixelScale);
            }
        }, panel -> finish.accept(panel == null ? new TextPanel(h, doc, excerpt(doc, h), "") : panel), error -> {
            if (error instanceof java.util.concurrent.CancellationException) {
                return;
            }
            LOG.log(Level.WARNING, "A callout could not be rendered", error);
            finish.accept(new TextPanel(h, doc, excerpt(doc, h), "The page could not be shown (" + IoMessages.describe(error)
                    + "), so the text around the quote is shown instead."));
        });
    }

    static TextExcerpt excerpt(SourceDocument doc, Highlight h) {
        if (h.isArea()) {
            int[] range = doc.pageRange(Math.min(h.area().pageNumber(), doc.pageCount()));
            return TextExcerpt.around(doc.text(), range[0], range[0], 900);
        }
        return TextExcerpt.around(doc.text(), h.anchor().start(), h.anchor().end(), 900);
    }

    /** Pixels into a JavaFX image, off the FX thread. */
    private static Image toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }

    /** Closes the open PDFs after any render in progress. */
    @Override
    public void close() {
        closed = true;
        cache.clear();
        main.services().tasks().run("Closing the presentation's sources", progress -> {
            synchronized (open) {
                for (PdfPageSource s : open.values()) {
                    try {
                        s.close();
                    } catch (IOException e) {
                        LOG.log(Level.FINE, "closing a source", e);
                    }
                }
                open.clear();
            }
            return null;
        }, ignored -> { }, error -> LOG.log(Level.FINE, "closing sources", error));
    }
}
