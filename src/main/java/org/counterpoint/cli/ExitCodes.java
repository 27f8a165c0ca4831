package org.counterpoint.cli;

/** The command line's exit codes, as documented in the README. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** An input was refused: an invalid project file, or a source that could not be imported. */
    public static final int INPUT_REFUSED = 1;
    /** The command line itself was wrong: an unknown command or option, a missing argument. */
    public static final int USAGE = 2;
    /** An output could not be written (disk full, no permission). */
    public static final int WRITE_FAILED = 3;

    private ExitCodes() {
    }
}
