package org.counterpoint.interchange;

/** An annotation file (XFDF, W3C) that cannot be read or does not fit the project; the message is a sentence for the user. */
public class InterchangeException extends Exception {
    public InterchangeException(String message) {
        super(message);
    }

    public InterchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
