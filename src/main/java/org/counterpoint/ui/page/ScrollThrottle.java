package org.counterpoint.ui.page;

import java.util.function.LongSupplier;

/**
 * Tells a fast scroll from a jump. While pages fly past (two moves in quick succession and no rest
 * since) the pages on screen for a frame or two are not rendered, which keeps the scroll smooth; a
 * single jump (a page number, a highlight) still renders at once. The clock is given, so the rule is
 * tested without waiting.
 */
final class ScrollThrottle {
    /** How close two moves must be to count as one fast scroll. */
    static final long REST_NANOS = 90_000_000L;

    private final LongSupplier nanoClock;
    private long lastScroll = Long.MIN_VALUE / 2;
    private long scrollBefore = Long.MIN_VALUE / 2;
    private boolean rested = true;

    ScrollThrottle(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** The view moved. */
    void scrolled() {
        scrollBefore = lastScroll;
        lastScroll = nanoClock.getAsLong();
        rested = false;
    }

    /**
     * Asked when the view seems to have stood still: it has if no move came for the whole threshold,
     * and then whatever is on screen now is wanted.
     *
     * @return false if the clock says the view moved too recently; ask again later
     */
    boolean rest() {
        if (nanoClock.getAsLong() - lastScroll < REST_NANOS) {
            return false;
        }
        rested = true;
        return true;
    }

    /** True while pages fly past. */
    boolean scrollingFast() {
        if (rested) {
            return false;
        }
        long now = nanoClock.getAsLong();
        return now - lastScroll < REST_NANOS && lastScroll - scrollBefore < REST_NANOS;
    }
}
