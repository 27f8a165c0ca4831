package org.counterpoint.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.task.Progress;

/**
 * Opens (or builds) the indexes of the sources one update needs, on as many threads as there are
 * cores: each source's index is its own, and analysing the text is most of an update's work. The
 * calling thread takes part and alone reports progress; when anything fails or the work is
 * cancelled, every index opened here is closed again.
 */
final class SourceOpener {
    private static final Logger LOG = Logger.getLogger(SourceOpener.class.getName());

    private final Path cacheDir;
    private final Map<String, ProjectSearch.Source> previous;
    private final List<SourceDocument> docs;
    private final ProjectSearch.Source[] opened;
    /** Which of {@link #opened} were opened here, not kept from {@link #previous}. */
    private final boolean[] fresh;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();

    /**
     * @param previous the sources of the last update, by document id: one whose text is the same is kept
     */
    SourceOpener(Path cacheDir, Map<String, ProjectSearch.Source> previous, List<SourceDocument> docs) {
        this.cacheDir = cacheDir;
        this.previous = previous;
        this.docs = docs;
        this.opened = new ProjectSearch.Source[docs.size()];
        this.fresh = new boolean[docs.size()];
    }

    /** The sources, in the order of the documents; progress runs from {@code doneBefore} to {@code doneBefore + docs} of {@code total}. */
    List<ProjectSearch.Source> openAll(Progress progress, int doneBefore, int total) throws IOException {
        int workers = Math.min(docs.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = workers <= 1 ? null : Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "search-index");
            t.setDaemon(true);
            return t;
        });
        boolean complete = false;
        try {
            List<Future<?>> helpers = new ArrayList<>();
            for (int i = 1; i < workers; i++) {
                helpers.add(pool.submit(() -> {
                    work(progress, null, 0, 0);
                    return null;
                }));
            }
            work(progress, progress, doneBefore, total);
            for (Future<?> f : helpers) {
                f.get();
            }
            progress.checkCancelled();
            complete = true;
            return List.of(opened);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
            if (!complete) {
                closeFresh(pool);
            }
        }
    }

    /** Takes documents until none are left; {@code reporter} is null on the helper threads. */
    private void work(Progress progress, Progress reporter, int doneBefore, int total) throws IOException {
        for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
            progress.checkCancelled();
            SourceDocument d = docs.get(i);
            if (reporter != null) {
                reporter.update(doneBefore + finished.get(), total, "Indexing " + d.title());
            }
            String digest = SourceIndex.textDigest(d.text());
            ProjectSearch.Source old = previous.get(d.id());
            if (old != null && old.digest().equals(digest)) {
                opened[i] = new ProjectSearch.Source(d, d.text(), digest, old.index());
            } else {
                opened[i] = new ProjectSearch.Source(d, d.text(), digest, SourceIndex.open(cacheDir, d.sha256(), d.text(), digest));
                fresh[i] = true;
            }
            finished.incrementAndGet();
        }
    }

    private void closeFresh(ExecutorService pool) {
        // the helpers take no more documents
        next.set(docs.size());
        if (pool != null) {
            try {
                // a helper may still be opening one: let it finish, so it is closed too
                pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (int i = 0; i < opened.length; i++) {
            if (fresh[i] && opened[i] != null) {
                try {
                    opened[i].index().close();
                } catch (IOException e) {
                    LOG.log(Level.INFO, "Closing a search index failed", e);
                }
            }
        }
    }

    /** Closes the indexes opened here, when the update they were for does not finish. */
    void discard() {
        closeFresh(null);
    }

    /** How many of the opened indexes had to be built, not read from the cache. */
    int rebuilt() {
        int n = 0;
        for (int i = 0; i < opened.length; i++) {
            if (fresh[i] && opened[i] != null && opened[i].index().rebuilt()) {
                n++;
            }
        }
        return n;
    }
}
