package org.counterpoint.pdf;

/** A PDF that cannot be opened, and why. */
public class PdfOpenException extends Exception {

    /** What stands in the way of opening the file. */
    public enum Kind { NOT_A_PDF, PASSWORD_REQUIRED, WRONG_PASSWORD, CERTIFICATE_ENCRYPTED, DAMAGED }

    private final Kind kind;

    public PdfOpenException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
