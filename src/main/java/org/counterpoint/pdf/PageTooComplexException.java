package org.counterpoint.pdf;

import java.io.IOException;

/** A page holds more drawing instructions than any real page; reading it stops instead of running for minutes. */
final class PageTooComplexException extends IOException {
    /** A dense real page has some hundred thousand; a page past this is made to exhaust the reader. */
    static final long MAX_OPERATORS_PER_PAGE = 1_000_000;
    /** A dense real page has some ten thousand characters; each one read costs memory until the page is done. */
    static final long MAX_GLYPHS_PER_PAGE = 200_000;

    PageTooComplexException(int page) {
        super("page " + page + " holds more than " + String.format("%,d", MAX_OPERATORS_PER_PAGE)
                + " drawing instructions or " + String.format("%,d", MAX_GLYPHS_PER_PAGE)
                + " characters, far more than any real page, so it was not read.");
    }
}
