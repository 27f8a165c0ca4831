package org.counterpoint.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's preferences and recent files.
 *
 * @param sampleShown true once the sample case has been opened at first start
 * @param annotator   the name recorded on new highlights
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"annotator", "recentFiles", "lastDirectory", "sampleShown"})
public record Settings(String annotator, List<String> recentFiles, String lastDirectory, boolean sampleShown) {

    public static final int MAX_RECENT = 10;

    public Settings {
        annotator = annotator == null ? System.getProperty("user.name", "") : annotator;
        recentFiles = List.copyOf(recentFiles == null ? List.of() : recentFiles);
        lastDirectory = lastDirectory == null ? "" : lastDirectory;
    }

    public static Settings defaults() {
        return new Settings(null, List.of(), "", false);
    }

    /** Puts a file at the top of the recent list. */
    public Settings withRecent(String file) {
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(file);
        list.add(0, file);
        while (list.size() > MAX_RECENT) {
            list.remove(list.size() - 1);
        }
        return new Settings(annotator, list, lastDirectory, sampleShown);
    }

    public Settings withoutRecent(String file) {
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(file);
        return new Settings(annotator, list, lastDirectory, sampleShown);
    }

    public Settings withLastDirectory(String dir) {
        return new Settings(annotator, recentFiles, dir, sampleShown);
    }

    public Settings withSampleShown() {
        return new Settings(annotator, recentFiles, lastDirectory, true);
    }
}
