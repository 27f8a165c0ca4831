package org.counterpoint.io;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A project file that cannot be opened, with every problem found in it. The message names the
 * file and, for each problem, the line and column and the field, so a user can find it.
 */
public class ProjectFileException extends Exception {

    /**
     * @param line   1-based, or 0 when unknown
     * @param column 1-based, or 0 when unknown
     * @param field  a path such as {@code highlights[2].anchor.start}, or "" for the file as a whole
     */
    public record Problem(int line, int column, String field, String message) {
        public String describe() {
            StringBuilder sb = new StringBuilder();
            if (line > 0) {
                sb.append("line ").append(line).append(", column ").append(column);
            }
            if (!field.isEmpty()) {
                sb.append(sb.length() > 0 ? ", " : "").append("field ").append(field);
            }
            return sb.length() > 0 ? sb + ": " + message : message;
        }
    }

    private final Path file;
    private final transient List<Problem> problems;

    public ProjectFileException(Path file, List<Problem> problems) {
        super(compose(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public ProjectFileException(Path file, Problem problem) {
        this(file, List.of(problem));
    }

    public Path file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String compose(Path file, List<Problem> problems) {
        String name = file == null ? "The project file" : file.getFileName().toString();
        if (problems.size() == 1) {
            return name + " cannot be opened: " + problems.get(0).describe();
        }
        return name + " cannot be opened; it has " + problems.size() + " problems:\n"
                + problems.stream().map(p -> "  - " + p.describe()).collect(Collectors.joining("\n"));
    }
}
