package org.counterpoint.ui;

import java.util.concurrent.CancellationException;
import org.counterpoint.pdf.PdfOpenException;

/** What kind of failure ended a piece of background work, told by the exception's type, never by its wording. */
public enum ErrorKind {
    /** The user cancelled the work. */
    CANCELLED,
    /** A PDF the work needed is encrypted and no password was given. */
    PASSWORD_NEEDED,
    /** Anything else; its message says what happened. */
    OTHER;

    public static ErrorKind of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CancellationException) {
                return CANCELLED;
            }
            if (t instanceof PdfOpenException p && p.kind() == PdfOpenException.Kind.PASSWORD_REQUIRED) {
                return PASSWORD_NEEDED;
            }
        }
        return OTHER;
    }
}
