package org.counterpoint.ui.present;

/**
 * Fits a quote into a box: the largest type size between a maximum and a minimum at which it fits;
 * if it does not fit even at the minimum, it is cut at a word with a visible "[…]" and marked as cut,
 * so the stage can say that the full text is in the source. Never cuts silently.
 */
final class QuoteFit {
    static final String ELLIPSIS = " […]";

    /** The height of {@code text} set at {@code size} in the box's width. */
    interface Measure {
        double height(String text, double size);
    }

    record Result(String text, double size, boolean cut) {
    }

    private QuoteFit() {
    }

    static Result fit(String quote, double maxSize, double minSize, double maxHeight, Measure measure) {
        double size = maxSize;
        while (size > minSize) {
            if (measure.height(quote, size) <= maxHeight) {
                return new Result(quote, size, false);
            }
            size = Math.max(minSize, size * 0.93);
        }
        if (measure.height(quote, minSize) <= maxHeight) {
            return new Result(quote, minSize, false);
        }
        String[] words = quote.split(" ");
        int lo = 0;
        int hi = words.length - 1;
        // the longest run of whole words that fits with the mark after it
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (measure.height(String.join(" ", java.util.Arrays.copyOf(words, mid)) + ELLIPSIS, minSize) <= maxHeight) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String kept = String.join(" ", java.util.Arrays.copyOf(words, lo)).stripTrailing();
        kept = kept.replaceAll("[,;:.\\-–—]+$", "");
        return new Result(kept.isEmpty() ? ELLIPSIS.strip() : kept + ELLIPSIS, minSize, true);
    }
}
