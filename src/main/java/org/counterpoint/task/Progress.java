package org.counterpoint.task;

import java.util.concurrent.CancellationException;

/**
 * What long-running work reports to whoever runs it, and how it learns that it should stop.
 * Work calls {@link #checkCancelled()} between units (a page, a file) so cancelling is prompt.
 */
public interface Progress {

    /** Progress that goes nowhere and is never cancelled, for callers that do not watch. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param total -1 when the amount of work is not known
     */
    void update(long done, long total, String message);

    boolean isCancelled();

    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("Cancelled");
        }
    }

    /** A view of this progress that maps its own 0..1 onto {@code [from, to)} of this one's total. */
    default Progress slice(double from, double to, long total) {
        Progress parent = this;
        return new Progress() {
            @Override
            public void update(long done, long subTotal, String message) {
                long scaled = subTotal <= 0 ? (long) (from * total) : (long) ((from + (to - from) * done / (double) subTotal) * total);
                parent.update(scaled, total, message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
