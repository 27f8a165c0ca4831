package org.counterpoint.typeset;

/** A document's pages cannot be had (its PDF is missing, changed or locked); the message is a sentence for the user. */
public class PagesUnavailableException extends Exception {
    public PagesUnavailableException(String message) {
        super(message);
    }

    public PagesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
