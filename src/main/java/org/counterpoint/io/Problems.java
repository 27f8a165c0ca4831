package org.counterpoint.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterpoint.io.ProjectFileException.Problem;

/** Collects the problems found while checking a parsed project, each located in the file. */
final class Problems {
    /** Enough to show a user what is wrong without burying them. */
    static final int MAX = 20;

    private final Path file;
    private final JsonLocator locator;
    private final List<Problem> problems = new ArrayList<>();
    private int total;

    Problems(Path file, byte[] json) {
        this.file = file;
        this.locator = json == null ? null : new JsonLocator(json);
    }

    /**
     * @param pointer JSON pointer of the offending value, e.g. {@code /highlights/2/documentId}
     */
    void add(String pointer, String message) {
        total++;
        if (problems.size() >= MAX) {
            return;
        }
        JsonLocation at = locator == null ? null : locator.locate(pointer).orElse(null);
        problems.add(new Problem(ProjectReader.line(at), ProjectReader.column(at), toFieldPath(pointer), message));
    }

    boolean isEmpty() {
        return total == 0;
    }

    void throwIfAny() throws ProjectFileException {
        if (total == 0) {
            return;
        }
        List<Problem> shown = new ArrayList<>(problems);
        if (total > shown.size()) {
            shown.add(new Problem(0, 0, "", "and " + (total - shown.size()) + " more problems of the same kinds."));
        }
        throw new ProjectFileException(file, shown);
    }

    /** "/highlights/2/anchor/start" to "highlights[2].anchor.start". */
    static String toFieldPath(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(part).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }
}
