package org.counterpoint.ui.page;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.counterpoint.pdf.PdfPageSource;

/**
 * Renders pages of one PDF on a single background thread (PDFBox documents are not thread-safe)
 * and keeps the most recent ones in a bounded cache. The newest request is served first, because it
 * is for what the user is looking at now; requests for pages that have scrolled out of view are
 * dropped before they are rendered, and requests for the same page share one rendering.
 */
final class PageRenderer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PageRenderer.class.getName());
    /** About 40 full pages at 1.5x, or hundreds of thumbnails. */
    private static final long CACHE_BYTES = 160L * 1024 * 1024;

    private record Key(int page, int scaleMillis) {
    }

    /** One page to render and everyone waiting for it. Touched only on the FX thread, except {@code wanted}. */
    private static final class Job {
        final Key key;
        final float scale;
        final List<Consumer<Image>> waiting = new ArrayList<>();
        volatile int wanted;

        Job(Key key, float scale) {
            this.key = key;
            this.scale = scale;
        }
    }

    private final Map<Key, Image> cache = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, Job> queued = new HashMap<>();
    private final LinkedBlockingDeque<Object> jobs = new LinkedBlockingDeque<>();
    private final Thread worker;
    private volatile boolean closed;
    private long cachedBytes;
    private final PdfPageSource source;

    PageRenderer(PdfPageSource source) {
        this.source = source;
        this.worker = new Thread(this::work, "page-render");
        worker.setDaemon(true);
        worker.start();
    }

    PdfPageSource source() {
        return source;
    }

    /** A page already rendered at this scale, or null. FX thread only. */
    Image cached(int page, float scale) {
        return cache.get(new Key(page, Math.round(scale * 1000)));
    }

    /** A handle to a pending render. */
    interface Request {
        void withdraw();
    }

    /**
     * Asks for a page; {@code done} runs on the FX thread unless the request was withdrawn. FX thread only.
     */
    Request request(int page, float scale, Consumer<Image> done) {
        Key key = new Key(page, Math.round(scale * 1000));
        Image hit = cache.get(key);
        if (hit != null) {
            done.accept(hit);
            return () -> { };
        }
        Job job = queued.get(key);
        if (job == null) {
            job = new Job(key, scale);
            queued.put(key, job);
            jobs.offerLast(job);
        } else if (jobs.remove(job)) {
            // asked again: move it to the front of the line (unless it is being rendered now)
            jobs.offerLast(job);
        }
        Job mine = job;
        mine.waiting.add(done);
        mine.wanted++;
        boolean[] withdrawn = {false};
        return () -> {
            if (!withdrawn[0]) {
                withdrawn[0] = true;
                mine.waiting.remove(done);
                mine.wanted--;
            }
        };
    }

    private void work() {
        while (true) {
            Object next;
            try {
                next = jobs.takeLast();
            } catch (InterruptedException e) {
                return;
            }
            if (next instanceof Runnable r) {
                // the only runnable is the last one: closing the document
                r.run();
                return;
            }
            Job job = (Job) next;
            if (job.wanted <= 0 || closed) {
                // decided on the FX thread, where requests are made: it may have been asked for again meanwhile
                Platform.runLater(() -> {
                    if (job.wanted > 0 && !closed) {
                        jobs.offerLast(job);
                    } else {
                        queued.remove(job.key, job);
                    }
                });
                continue;
            }
            try {
                Image image = toFx(source.render(job.key.page(), job.scale));
                Platform.runLater(() -> {
                    queued.remove(job.key, job);
                    put(job.key, image);
                    for (Consumer<Image> c : List.copyOf(job.waiting)) {
                        c.accept(image);
                    }
                });
            } catch (Exception | OutOfMemoryError e) {
                LOG.log(Level.WARNING, "Page " + job.key.page() + " could not be rendered", e);
                Platform.runLater(() -> queued.remove(job.key, job));
            }
        }
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

    /**
     * A JavaFX image over the rendered pixels themselves; done on the render thread, off the FX thread.
     * Scrolling renders a page every few frames, and a copy of each (4 MB for a page at 1.5x) was the
     * largest part of what the page view allocated while scrolling, so its pixels are premultiplied
     * in place and shown without a copy.
     */
    static Image toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_ARGB || image.getType() == BufferedImage.TYPE_INT_ARGB_PRE) {
            int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
            if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
                premultiply(pixels);
            }
            return new WritableImage(new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance()));
        }
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }

    /** Turns ARGB pixels into premultiplied ARGB, in place; a page is mostly fully opaque or fully clear, which stay as they are. */
    static void premultiply(int[] pixels) {
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            int a = p >>> 24;
            if (a == 255) {
                continue;
            }
            if (a == 0) {
                pixels[i] = 0;
                continue;
            }
            int r = ((p >> 16) & 0xff) * a + 128;
            int g = ((p >> 8) & 0xff) * a + 128;
            int b = (p & 0xff) * a + 128;
            pixels[i] = (a << 24) | (((r + (r >> 8)) >> 8) << 16) | (((g + (g >> 8)) >> 8) << 8) | ((b + (b >> 8)) >> 8);
        }
    }

    /** Closes the document on the render thread, after the render in progress, if any. */
    @Override
    public void close() {
        closed = true;
        jobs.clear();
        jobs.offerLast((Runnable) () -> {
            try {
                source.close();
            } catch (java.io.IOException e) {
                LOG.log(Level.FINE, "closing page source", e);
            }
        });
    }

    static PageRenderer open(Path file, String password) throws Exception {
        return new PageRenderer(PdfPageSource.open(file, password));
    }
}
