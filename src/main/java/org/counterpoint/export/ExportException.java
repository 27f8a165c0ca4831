package org.counterpoint.export;

/** An export that cannot be made, with a sentence that says why and what to do. */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
