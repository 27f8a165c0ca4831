package org.counterpoint.io;

/** The name and version written into every project file. */
public final class ProjectFormat {
    public static final String NAME = "counterpoint-project";
    public static final int MAJOR = 1;
    /** 1.1 added presentation settings, external ids of imported annotations and the review address. */
    public static final int MINOR = 1;
    public static final String VERSION = MAJOR + "." + MINOR;
    public static final String EXTENSION = ".counterpoint.json";

    private ProjectFormat() {
    }
}
