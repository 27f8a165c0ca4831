package org.counterpoint.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.counterpoint.model.TextAnchor;

/**
 * Finds a quote in a text: exactly first, then approximately (see {@link NormalizedText}).
 * Where the quote occurs more than once, the occurrence whose surroundings best match the
 * expected prefix and suffix wins, then the one nearest the expected position.
 */
public final class QuoteSearch {

    /** How a quote was found. */
    public enum Match { EXACT, APPROXIMATE }

    /** A place in the text where the quote was found. */
    public record Found(int start, int end, Match match) {
    }

    private QuoteSearch() {
    }

    public static Optional<Found> find(String text, String exact, String prefix, String suffix, int nearOffset) {
        if (exact == null || exact.isEmpty()) {
            return Optional.empty();
        }
        Optional<Found> found = best(text, exactOccurrences(text, exact), prefix, suffix, nearOffset, Match.EXACT);
        if (found.isPresent()) {
            return found;
        }
        return best(text, approximateOccurrences(text, exact), prefix, suffix, nearOffset, Match.APPROXIMATE);
    }

    public static Optional<Found> find(String text, TextAnchor anchor) {
        return find(text, anchor.exact(), anchor.prefix(), anchor.suffix(), anchor.start());
    }

    private static List<int[]> exactOccurrences(String text, String exact) {
        List<int[]> hits = new ArrayList<>();
        for (int i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
            hits.add(new int[] {i, i + exact.length()});
        }
        return hits;
    }

    private static List<int[]> approximateOccurrences(String text, String exact) {
        List<int[]> hits = new ArrayList<>();
        String quote = NormalizedText.foldQuote(exact);
        if (quote.isEmpty()) {
            return hits;
        }
        NormalizedText folded = NormalizedText.of(text);
        for (int i = folded.folded.indexOf(quote); i >= 0; i = folded.folded.indexOf(quote, i + 1)) {
            hits.add(new int[] {folded.originalStart(i), folded.originalEnd(i + quote.length(), text)});
        }
        return hits;
    }

    private static Optional<Found> best(String text, List<int[]> hits, String prefix, String suffix, int near, Match match) {
        int[] best = null;
        long bestScore = Long.MIN_VALUE;
        for (int[] hit : hits) {
            int context = commonSuffix(text, hit[0], prefix) + commonPrefix(text, hit[1], suffix);
            // context dominates; distance only breaks ties
            long score = (long) context * 1_000_000_000L - Math.abs(hit[0] - near);
            if (score > bestScore) {
                bestScore = score;
                best = hit;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Found(best[0], best[1], match));
    }

    /** How many characters before {@code at} agree with the end of {@code prefix}. */
    private static int commonSuffix(String text, int at, String prefix) {
        int n = 0;
        while (n < prefix.length() && at - n - 1 >= 0 && text.charAt(at - n - 1) == prefix.charAt(prefix.length() - n - 1)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String text, int at, String suffix) {
        int n = 0;
        while (n < suffix.length() && at + n < text.length() && text.charAt(at + n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }
}
