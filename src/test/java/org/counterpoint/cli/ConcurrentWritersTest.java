package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.counterpoint.io.FileVersion;
import org.counterpoint.io.ProjectChangedException;
import org.counterpoint.io.ProjectFiles;
import org.counterpoint.io.ProjectLock;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several writers of one project: separate command-line processes, and the app beside the command line. */
class ConcurrentWritersTest {
    @TempDir
    Path dir;

    record Finished(int code, String out, String err) {
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dcounterpoint.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"), "org.counterpoint.Launcher"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(File.createTempFile("out", ".txt", dir.toFile()))
                .redirectError(File.createTempFile("err", ".txt", dir.toFile()))
                .start();
    }

    private static Finished finish(Process p) throws Exception {
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the command finished").isTrue();
        return new Finished(p.exitValue(), "", "");
    }

    @Test
    void simultaneousImportsFromSeveralProcessesKeepEveryDocument() throws Exception {
        Path project = dir.resolve("shared.counterpoint.json");
        Path first = dir.resolve("first.txt");
        Files.writeString(first, "The first statement.\n");
        assertThat(CliTest.run("import", first.toString(), "--into", project.toString()).code()).isZero();
        int writers = 4;
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Path source = dir.resolve("source-" + i + ".txt");
            Files.writeString(source, "Statement number " + i + " about the policy.\n".repeat(2000));
            processes.add(start("import", source.toString(), "--into", project.toString()));
        }
        for (Process p : processes) {
            assertThat(finish(p).code()).isZero();
        }
        Project result = new ProjectReader().read(project).project();
        List<String> names = result.documents().stream().map(d -> d.origin().fileName()).toList();
        assertThat(names).containsExactlyInAnyOrder("first.txt", "source-0.txt", "source-1.txt", "source-2.txt", "source-3.txt");
    }

    @Test
    void anImportWaitsForTheAppsSaveAndRefusesWhenTheLockIsNotReleased() throws Exception {
        Path project = dir.resolve("open.counterpoint.json");
        Path first = dir.resolve("first.txt");
        Files.writeString(first, "The first statement.\n");
        assertThat(CliTest.run("import", first.toString(), "--into", project.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(project);
        Path second = dir.resolve("second.txt");
        Files.writeString(second, "The second statement.\n");
        try (ProjectLock held = ProjectLock.tryAcquire(project).orElseThrow()) {
            Process p = start("import", second.toString(), "--into", project.toString(), "--lock-wait", "0");
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).isEqualTo(ExitCodes.INPUT_REFUSED);
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        String err = Files.list(dir).filter(f -> f.getFileName().toString().startsWith("err")).map(f -> {
            try {
                return Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).reduce("", String::concat);
        assertThat(err.strip()).isEqualTo("error: open.counterpoint.json is being saved by another Counterpoint window or command; "
                + "try again when it has finished.");
    }

    @Test
    void theAppsSaveIsRefusedAfterTheCommandLineChangedTheFileAndOverwriteIsAChoice() throws Exception {
        Path project = dir.resolve("app.counterpoint.json");
        Path first = dir.resolve("first.txt");
        Files.writeString(first, "The first statement.\n");
        assertThat(CliTest.run("import", first.toString(), "--into", project.toString()).code()).isZero();
        ProjectFiles files = new ProjectFiles();
        ProjectFiles.Opened opened = files.open(project);

        Path second = dir.resolve("second.txt");
        Files.writeString(second, "The second statement.\n");
        assertThat(CliTest.run("import", second.toString(), "--into", project.toString()).code()).isZero();
        byte[] fromCli = Files.readAllBytes(project);

        Project loaded = opened.loaded().project();
        Project edited = loaded.withInfo("Edited in the app", loaded.description(), loaded.author(), java.time.Instant.now());
        ProjectChangedException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> files.save(edited, project, opened.version()), ProjectChangedException.class);
        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).isEqualTo("app.counterpoint.json was changed on disk by another program after it was opened, "
                + "so it was not saved over. Reload it, or save under another name.");
        assertThat(Files.readAllBytes(project)).as("the command line's import survives").isEqualTo(fromCli);

        FileVersion written = files.overwrite(edited, project);
        assertThat(new ProjectReader().read(project).project().title()).isEqualTo("Edited in the app");
        assertThat(written.matches(project)).isTrue();
    }
}
