package org.counterpoint.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.typeset.SourceAccess;

/**
 * An output never replaces an input: before an export writes a file, it is checked against the
 * project file and every source of the project (the same file under any name: symbolic links and
 * hard links are followed), and it must be a new file or an existing regular file (never a symbolic
 * link, a folder, a FIFO or a device, which a save would turn into a regular file).
 */
final class OutputGuard {
    private record Input(Path path, String what) {
    }

    private final List<Input> inputs = new ArrayList<>();

    OutputGuard(Project project, Path projectFile, SourceAccess access) {
        if (projectFile != null) {
            inputs.add(new Input(projectFile, "the project file"));
            inputs.add(new Input(projectFile.resolveSibling(projectFile.getFileName() + ".bak"), "the project's backup"));
        }
        for (SourceDocument d : project.documents()) {
            String what = "the source of “" + d.title() + "”";
            if (!d.origin().path().isBlank()) {
                inputs.add(new Input(Path.of(d.origin().path()), what));
            }
            Optional<Path> found = access == null ? Optional.empty() : access.sourceFile(d);
            found.ifPresent(p -> inputs.add(new Input(p, what)));
        }
    }

    /** Refuses, with a sentence, an output that would replace an input or is not a file to replace. */
    void check(Path target) throws OutputRefusedException {
        String name = target.getFileName() == null ? target.toString() : target.getFileName().toString();
        if (Files.isSymbolicLink(target)) {
            throw new OutputRefusedException(name + " is a symbolic link, so writing there would replace the link; give the path of a file instead.");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            String kind = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "not a regular file (a device, a pipe or a socket)";
            throw new OutputRefusedException(name + " is " + kind + ", so it cannot be exported over; give the name of a new or regular file.");
        }
        for (Input input : inputs) {
            if (same(target, input.path())) {
                throw new OutputRefusedException(name + " is " + input.what() + "; an export never writes over its own inputs. Choose another output file.");
            }
        }
    }

    /** Whether the two names are one file: the same file after resolving links, or for a new file the same resolved folder and name. */
    private static boolean same(Path target, Path input) {
        try {
            if (Files.exists(target) && Files.exists(input)) {
                return Files.isSameFile(target, input);
            }
            Path a = resolved(target);
            Path b = resolved(input);
            return a != null && a.equals(b);
        } catch (IOException | SecurityException e) {
            // an input we cannot compare with is not one we could overwrite by this name either
            return false;
        }
    }

    private static Path resolved(Path p) throws IOException {
        Path absolute = p.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        Path parent = absolute.getParent();
        return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
    }
}
