package org.counterpoint.ui;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.search.TextFinder;
import org.counterpoint.task.TaskRunner;

/**
 * Find in Document: the query, every place it occurs in the current document's text (matched like
 * the search engine: case, accents, ligatures and line breaks folded) and which one is current.
 * The reader and the page view mark the occurrences; the find bar types the query and steps
 * through them. The text is folded on the task runner, once per document text.
 */
public final class FindState {
    /** The occurrences in one document as ranges of its stored text, and the index of the current one (-1: none). */
    public record Occurrences(String documentId, List<int[]> ranges, int current, boolean truncated) {
        static final Occurrences NONE = new Occurrences("", List.of(), -1, false);

        public int[] currentRange() {
            return current < 0 ? null : ranges.get(current);
        }
    }

    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ObjectProperty<Occurrences> found = new SimpleObjectProperty<>(Occurrences.NONE);
    private final StringProperty count = new SimpleStringProperty("");
    private IntSupplier caret = () -> 0;
    private SourceDocument document;
    private TextFinder finder;
    private SourceDocument finderOf;
    private long generation;

    public FindState(TaskRunner tasks) {
        this.tasks = tasks;
        query.addListener((o, a, b) -> refind());
        shown.addListener((o, a, b) -> refind());
    }

    /** What is looked for, as typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** True while the find bar is open; closed, nothing is marked. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyObjectProperty<Occurrences> foundProperty() {
        return found;
    }

    /** "3 of 12", "No matches", or "" while nothing is typed. */
    public ReadOnlyStringProperty countProperty() {
        return count;
    }

    /** Where the reader's cursor is: a new search starts at the first occurrence from there. */
    public void setCaret(IntSupplier caret) {
        this.caret = caret;
    }

    /** The document searched; null when none is shown. Its occurrences are found again when its text changes. */
    public void setDocument(SourceDocument d) {
        boolean same = d == null ? document == null
                : document != null && d.id().equals(document.id()) && d.text() == document.text();
        document = d;
        if (!same) {
            refind();
        }
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        Occurrences f = found.get();
        if (f.ranges().isEmpty()) {
            return;
        }
        int n = f.ranges().size();
        int at = f.current() < 0 ? (direction > 0 ? 0 : n - 1) : Math.floorMod(f.current() + direction, n);
        set(new Occurrences(f.documentId(), f.ranges(), at, f.truncated()));
    }

    private void refind() {
        long mine = ++generation;
        SourceDocument d = document;
        String q = query.get() == null ? "" : query.get();
        if (!shown.get() || d == null || TextFinder.normalize(q).isEmpty()) {
            set(Occurrences.NONE);
            return;
        }
        TextFinder known = finderOf == d ? finder : null;
        tasks.run("Finding in the document", progress -> {
            TextFinder f = known != null ? known : new TextFinder(d.text() == null ? "" : d.text());
            return new Object[] {f, f.find(q)};
        }, result -> {
            finder = (TextFinder) result[0];
            finderOf = d;
            if (mine == generation) {
                TextFinder.Found r = (TextFinder.Found) result[1];
                set(new Occurrences(d.id(), r.ranges(), firstFrom(r.ranges(), caret.getAsInt()), r.truncated()));
            }
        }, error -> {
            if (mine == generation && !(error instanceof CancellationException)) {
                set(Occurrences.NONE);
                count.set("Cannot search this document");
            }
        });
    }

    private static int firstFrom(List<int[]> ranges, int offset) {
        if (ranges.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i)[0] >= offset) {
                return i;
            }
        }
        return 0;
    }

    private void set(Occurrences f) {
        found.set(f);
        String q = query.get() == null ? "" : query.get();
        if (!shown.get() || TextFinder.normalize(q).isEmpty()) {
            count.set("");
        } else if (document == null) {
            count.set("No document");
        } else if (f.ranges().isEmpty()) {
            count.set("No matches");
        } else {
            count.set((f.current() + 1) + " of " + f.ranges().size() + (f.truncated() ? "+" : ""));
        }
    }
}
