package org.counterpoint.ui.page;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.counterpoint.pdf.PdfPageSource;

/**
 * Renders pages of one PDF on a single background thread (PDFBox documents are not thread-safe)
 * and keeps the most recent ones in a bounded cache. Requests for pages that have scrolled out of
 * view are dropped before they are rendered, so fast scrolling never queues up work.
 */
final class PageRenderer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PageRenderer.class.getName());
    /** About 40 full pages at 1.5x, or hundreds of thumbnails. */
    private static final long CACHE_BYTES = 160L * 1024 * 1024;

    private record Key(int page, int scaleMillis) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "page-render");
        t.setDaemon(true);
        return t;
    });
    private final Map<Key, Image> cache = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, AtomicLong> wanted = new java.util.concurrent.ConcurrentHashMap<>();
    private long cachedBytes;
    private final PdfPageSource source;

    PageRenderer(PdfPageSource source) {
        this.source = source;
    }

    PdfPageSource source() {
        return source;
    }

    /** A page already rendered at this scale, or null. FX thread only. */
    Image cached(int page, float scale) {
        return cache.get(new Key(page, Math.round(scale * 1000)));
    }

    /**
     * Asks for a page; {@code done} runs on the FX thread unless the request was withdrawn.
     *
     * @return a token: call {@link Request#withdraw()} when the page is no longer shown
     */
    Request request(int page, float scale, Consumer<Image> done) {
        Key key = new Key(page, Math.round(scale * 1000));
        Image hit = cache.get(key);
        if (hit != null) {
            done.accept(hit);
            return () -> { };
        }
        AtomicLong interest = wanted.computeIfAbsent(key, k -> new AtomicLong());
        interest.incrementAndGet();
        boolean[] withdrawn = {false};
        worker.submit(() -> {
            if (withdrawn[0] || interest.get() <= 0) {
                return;
            }
            try {
                BufferedImage rendered = source.render(page, scale);
                Image image = toFx(rendered);
                Platform.runLater(() -> {
                    put(key, image);
                    if (!withdrawn[0]) {
                        done.accept(image);
                    }
                });
            } catch (Exception | OutOfMemoryError e) {
                LOG.log(Level.WARNING, "Page " + page + " could not be rendered", e);
            }
        });
        return () -> {
            if (!withdrawn[0]) {
                withdrawn[0] = true;
                interest.decrementAndGet();
            }
        };
    }

    /** A handle to a pending render. */
    interface Request {
        void withdraw();
    }

    private void put(Key key, Image image) {
        if (cache.containsKey(key)) {
            return;
        }
        cache.put(key, image);
        cachedBytes += bytes(image);
        var it = cache.entrySet().iterator();
        while (cachedBytes > CACHE_BYTES && it.hasNext()) {
            var e = it.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            cachedBytes -= bytes(e.getValue());
            it.remove();
        }
    }

    private static long bytes(Image image) {
        return (long) image.getWidth() * (long) image.getHeight() * 4;
    }

    /** Copies pixels into a JavaFX image; done on the render thread, off the FX thread. */
    static Image toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }

    /** Runs work on the render thread, where the document may be used. */
    void onRenderThread(Runnable work) {
        worker.submit(work);
    }

    @Override
    public void close() {
        worker.submit(() -> {
            try {
                source.close();
            } catch (java.io.IOException e) {
                LOG.log(Level.FINE, "closing page source", e);
            }
        });
        worker.shutdown();
    }

    static PageRenderer open(Path file, String password) throws Exception {
        return new PageRenderer(PdfPageSource.open(file, password));
    }
}
