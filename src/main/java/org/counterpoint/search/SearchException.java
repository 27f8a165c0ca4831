package org.counterpoint.search;

/** A query that cannot be run, with one sentence saying why and what to write instead. */
public final class SearchException extends Exception {
    public SearchException(String message) {
        super(message);
    }
}
