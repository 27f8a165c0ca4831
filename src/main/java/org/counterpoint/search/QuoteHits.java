package org.counterpoint.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The matches in one document's highlight quotes, as ranges of the document's text with the
 * highlight they are in. The walk over the text's own matches takes each range it meets (so a word
 * is counted once, with its highlight); the ranges left over are matches only a quote has. Ranges
 * are keys {@code start << 32 | end}; a range added twice keeps the highlight added last.
 */
final class QuoteHits {
    /** None, for a document without quote matches. */
    static final QuoteHits NONE = new QuoteHits();

    interface Visitor {
        /** @return false to stop */
        boolean visit(long key, String highlightId);
    }

    private record Added(long key, int order, String highlightId) {
    }

    private final List<Added> added = new ArrayList<>();
    private long[] keys = new long[0];
    private String[] ids = new String[0];
    private boolean[] taken = new boolean[0];
    private int remaining;

    void add(long key, String highlightId) {
        added.add(new Added(key, added.size(), highlightId));
    }

    /** Orders what was added, for {@link #take}; call once, after the last {@link #add}. */
    void sort() {
        List<Added> sorted = new ArrayList<>(added);
        sorted.sort(Comparator.comparingLong(Added::key).thenComparingInt(Added::order));
        keys = new long[sorted.size()];
        ids = new String[sorted.size()];
        int n = 0;
        for (Added a : sorted) {
            if (n > 0 && keys[n - 1] == a.key()) {
                ids[n - 1] = a.highlightId();
            } else {
                keys[n] = a.key();
                ids[n] = a.highlightId();
                n++;
            }
        }
        keys = Arrays.copyOf(keys, n);
        ids = Arrays.copyOf(ids, n);
        taken = new boolean[n];
        remaining = n;
    }

    /** The highlight of a quote match at exactly this range, not taken before (and now taken), or null. */
    String take(long key) {
        int i = Arrays.binarySearch(keys, key);
        if (i < 0 || taken[i]) {
            return null;
        }
        taken[i] = true;
        remaining--;
        return ids[i];
    }

    /** How many ranges were not taken. */
    int remaining() {
        return remaining;
    }

    /** The ranges not taken, in text order. */
    void eachRemaining(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (!taken[i] && !visitor.visit(keys[i], ids[i])) {
                return;
            }
        }
    }
}
