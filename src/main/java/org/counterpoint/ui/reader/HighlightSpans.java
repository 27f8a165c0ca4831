package org.counterpoint.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.counterpoint.model.Highlight;
import org.counterpoint.ui.RoleStyle;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** The style spans of highlights over the shown text: roles, flags and the selected highlight. */
final class HighlightSpans {
    private HighlightSpans() {
    }

    /** Overlapping or touching ranges joined, in order. */
    static List<int[]> merge(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : sorted) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return merged;
    }

    /**
     * Style classes for every character of {@code [from, to)} of the shown text: the roles of the
     * highlights over it, whether one is flagged, and whether one is selected.
     */
    static StyleSpans<Collection<String>> spans(List<Highlight> inDocument, ShownText shown, String selectedId, int from, int to) {
        List<int[]> events = new ArrayList<>();
        List<Highlight> highlights = new ArrayList<>();
        for (Highlight h : inDocument) {
            if (h.anchor() == null) {
                continue;
            }
            int[] d = shown.displayRange(h.anchor().start(), h.anchor().end());
            int s = Math.max(from, Math.min(d[0], to));
            int e = Math.max(from, Math.min(d[1], to));
            if (e > s) {
                events.add(new int[] {s, highlights.size()});
                events.add(new int[] {e, highlights.size()});
                highlights.add(h);
            }
        }
        events.sort(Comparator.comparingInt(a -> a[0]));
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        List<Integer> open = new ArrayList<>();
        int at = from;
        int k = 0;
        while (k < events.size()) {
            int pos = events.get(k)[0];
            if (pos > at) {
                builder.add(classes(open, highlights, selectedId), pos - at);
                at = pos;
            }
            while (k < events.size() && events.get(k)[0] == pos) {
                Integer index = events.get(k)[1];
                if (!open.remove(index)) {
                    open.add(index);
                }
                k++;
            }
        }
        builder.add(List.of(), Math.max(0, to - at));
        return builder.create();
    }

    private static Collection<String> classes(List<Integer> open, List<Highlight> highlights, String selectedId) {
        if (open.isEmpty()) {
            return List.of();
        }
        List<String> classes = new ArrayList<>(4);
        for (Integer i : open) {
            Highlight h = highlights.get(i);
            String c = RoleStyle.styleClass(h.role());
            if (!classes.contains(c)) {
                classes.add(c);
            }
            if (h.isFlagged() && !classes.contains("hl-flagged")) {
                classes.add("hl-flagged");
            }
            if (h.id().equals(selectedId) && !classes.contains("hl-selected")) {
                classes.add("hl-selected");
            }
        }
        return classes;
    }
}
