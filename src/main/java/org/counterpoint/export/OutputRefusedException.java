package org.counterpoint.export;

/** An export's output was refused before anything was written: it would replace an input, or it is not a file. */
public final class OutputRefusedException extends ExportException {
    public OutputRefusedException(String message) {
        super(message);
    }
}
