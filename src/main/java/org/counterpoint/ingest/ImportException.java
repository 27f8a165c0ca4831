package org.counterpoint.ingest;

/** A source file that cannot be imported, with a sentence that says why and what to do. */
public class ImportException extends Exception {

    /** Why an import failed, so the UI and the command line can react to the kind of failure. */
    public enum Reason {
        NOT_FOUND, UNREADABLE, EMPTY, UNSUPPORTED, NOT_TEXT, NOT_A_PDF, PASSWORD_REQUIRED, WRONG_PASSWORD, CERTIFICATE_ENCRYPTED,
        NO_TEXT_LAYER, DAMAGED, TOO_LARGE, TIMED_OUT, ALREADY_IMPORTED
    }

    private final Reason reason;

    public ImportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ImportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
