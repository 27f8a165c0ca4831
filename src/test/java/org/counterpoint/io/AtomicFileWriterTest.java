package org.counterpoint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    @Test
    void aFailureHalfwayLeavesTheOldFileIntactAndNoDebris() throws IOException {
        Path file = dir.resolve("work.counterpoint.json");
        byte[] old = "{\"old\": true}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, old);

        assertThatThrownBy(() -> AtomicFileWriter.write(file, out -> {
            out.write("{\"new\": ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full (simulated)");
        }, true)).hasMessageContaining("disk full");

        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("work.counterpoint.json");
        }
    }

    @Test
    void aFailureInTheMiddleOfAProjectSaveKeepsTheSavedProject() throws Exception {
        Path file = dir.resolve("p.counterpoint.json");
        new ProjectWriter().write(org.counterpoint.testing.Fixtures.rich(), file);
        byte[] saved = Files.readAllBytes(file);
        byte[] next = new ProjectWriter().toBytes(org.counterpoint.testing.Fixtures.rich().withInfo("Changed", "", "", org.counterpoint.testing.Fixtures.T1), file);
        assertThatThrownBy(() -> AtomicFileWriter.write(file, out -> {
            out.write(next, 0, next.length / 2);
            throw new IOException("power cut (simulated)");
        }, true)).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(saved);
        assertThat(new ProjectReader().read(file).project().title()).isEqualTo("Rich project");
    }

    @Test
    void writesANewFileAndReplacesAnOldOne() throws IOException {
        Path file = dir.resolve("sub").resolve("x.json");
        AtomicFileWriter.write(file, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFileWriter.write(file, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("two");
        assertThat(Files.readString(AtomicFileWriter.backupOf(file))).isEqualTo("one");
    }

    @Test
    void aSavedFileKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("shared.json");
        Files.writeString(file, "one");
        var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        try {
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            return;
        }
        AtomicFileWriter.write(file, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(perms);
        assertThat(Files.getPosixFilePermissions(AtomicFileWriter.backupOf(file))).isEqualTo(perms);
    }
}
