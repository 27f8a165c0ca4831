package org.counterpoint.io;

/** The name and version written into every project file. */
public final class ProjectFormat {
    public static final String NAME = "counterpoint-project";
    public static final int MAJOR = 1;
    /** 1.1 added {@code reviewUrlBase}; a file without it is written as 1.0. */
    public static final int MINOR = 1;
    public static final String VERSION = MAJOR + "." + MINOR;
    public static final String EXTENSION = ".counterpoint.json";

    private ProjectFormat() {
    }

    /** The version a project is saved as: the oldest that holds everything it has. */
    public static String versionOf(org.counterpoint.model.Project project) {
        return project.reviewUrlBase().isEmpty() ? MAJOR + ".0" : VERSION;
    }
}
