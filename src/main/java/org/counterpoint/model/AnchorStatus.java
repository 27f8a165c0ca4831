package org.counterpoint.model;

/** Whether a highlight's anchor was found where it was saved. Worked out on every load, never stored. */
public enum AnchorStatus {
    /** The range reads exactly as the quote. */
    OK,
    /** The range did not match, but the quote was found elsewhere and the range was moved there. */
    REANCHORED,
    /** Neither the range nor the quote could be found: the highlight is kept as saved and flagged for review. */
    FLAGGED
}
