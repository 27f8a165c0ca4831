package org.counterpoint.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.counterpoint.model.Project;

/**
 * Copies of unsaved work, written every minute while there are unsaved changes, so a crash or a
 * power cut costs at most a minute of work. A copy is deleted when its project is saved or its
 * changes are deliberately discarded; copies left at start-up are offered back to the user.
 */
public final class RecoveryStore {
    private static final Logger LOG = Logger.getLogger(RecoveryStore.class.getName());
    private static final String SUFFIX = ".recovery.counterpoint.json";

    /** Where a copy came from. */
    @JsonPropertyOrder({"original", "written"})
    public record Meta(String original, String written) {
    }

    /** A recovery copy found on disk. */
    public record Entry(Path copy, Path original, Instant written) {
    }

    private final Path dir;
    private final String session;

    /**
     * @param session distinguishes this run's untitled projects from another run's
     */
    public RecoveryStore(Path dir, String session) {
        this.dir = dir;
        this.session = session;
    }

    /** Writes (atomically) the copy for a project; {@code original} is null for an untitled one. */
    public void write(Project project, Path original, Instant now) throws IOException {
        Files.createDirectories(dir);
        Path copy = copyFor(original);
        // source paths stay absolute in a copy, which lives in another folder than the project
        AtomicFileWriter.write(copy, out -> out.write(new ProjectWriter().toBytes(project, null)), false);
        Meta meta = new Meta(original == null ? "" : original.toAbsolutePath().toString(), now.toString());
        AtomicFileWriter.write(metaFor(copy), out -> out.write(Json.pretty(meta)), false);
    }

    public void discard(Path original) {
        Path copy = copyFor(original);
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(metaFor(copy));
        } catch (IOException e) {
            LOG.log(Level.INFO, "Could not delete recovery copy " + copy, e);
        }
    }

    public void discard(Entry entry) {
        try {
            Files.deleteIfExists(entry.copy());
            Files.deleteIfExists(metaFor(entry.copy()));
        } catch (IOException e) {
            LOG.log(Level.INFO, "Could not delete recovery copy " + entry.copy(), e);
        }
    }

    /** Keeps a copy the user chose not to recover, out of the way but not deleted. */
    public void setAside(Entry entry) {
        try {
            Path aside = Files.createDirectories(dir.resolve("declined"));
            Files.move(entry.copy(), aside.resolve(entry.copy().getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path meta = metaFor(entry.copy());
            if (Files.exists(meta)) {
                Files.move(meta, aside.resolve(meta.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(Level.INFO, "Could not set aside recovery copy " + entry.copy(), e);
        }
    }

    /** Copies left by earlier runs, newest first. */
    public List<Entry> leftovers() {
        List<Entry> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path copy : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                try {
                    Meta meta = Json.mapper().readValue(Files.readString(metaFor(copy), StandardCharsets.UTF_8), Meta.class);
                    found.add(new Entry(copy, meta.original().isEmpty() ? null : Path.of(meta.original()), Instant.parse(meta.written())));
                } catch (IOException | RuntimeException e) {
                    found.add(new Entry(copy, null, Files.getLastModifiedTime(copy).toInstant()));
                }
            }
        } catch (IOException e) {
            LOG.log(Level.INFO, "Could not look for recovery copies in " + dir, e);
        }
        found.sort(Comparator.comparing(Entry::written).reversed());
        return found;
    }

    private Path copyFor(Path original) {
        String key = original == null ? "untitled-" + session
                : Integer.toHexString(original.toAbsolutePath().normalize().toString().hashCode())
                + "-" + original.getFileName().toString().replace(ProjectFormat.EXTENSION, "").replaceAll("[^\\w.-]+", "_");
        return dir.resolve(key + SUFFIX);
    }

    private static Path metaFor(Path copy) {
        return copy.resolveSibling(copy.getFileName() + ".meta");
    }
}
