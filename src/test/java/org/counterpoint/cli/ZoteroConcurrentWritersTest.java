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
import org.counterpoint.io.ProjectLock;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.Project;
import org.counterpoint.testing.ZoteroFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-zotero} beside other writers: it holds the project's lock as {@code import} does. */
class ZoteroConcurrentWritersTest {
    @TempDir
    Path dir;

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

    private String errors() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("err")).toList()) {
                sb.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    private Path projectWithThePdf() throws Exception {
        Path pdf = dir.resolve("council.pdf");
        Files.write(pdf, ZoteroFixture.councilPdf());
        Path project = dir.resolve("case.counterpoint.json");
        assertThat(CliTest.run("import", pdf.toString(), "--into", project.toString()).code()).isZero();
        return project;
    }

    @Test
    void aZoteroImportWaitsForAnotherWriterAndRefusesWhenTheLockIsNotReleased() throws Exception {
        Path library = ZoteroFixture.build(dir.resolve("Zotero"));
        Path project = projectWithThePdf();
        byte[] before = Files.readAllBytes(project);
        try (ProjectLock held = ProjectLock.tryAcquire(project).orElseThrow()) {
            Process p = start("import-zotero", library.toString(), "--into", project.toString(), "--lock-wait", "0");
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(errors()).isEqualTo(ExitCodes.INPUT_REFUSED);
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(errors()).contains("error: case.counterpoint.json is being saved by another Counterpoint window or command; "
                + "try again when it has finished.");
    }

    @Test
    void aZoteroImportAndADocumentImportAtTheSameTimeKeepBoth() throws Exception {
        Path library = ZoteroFixture.build(dir.resolve("Zotero"));
        Path project = projectWithThePdf();
        Path text = dir.resolve("statement.txt");
        Files.writeString(text, "A statement about the council's cameras.\n".repeat(2000));
        Process zotero = start("import-zotero", library.toString(), "--into", project.toString());
        Process plain = start("import", text.toString(), "--into", project.toString());
        assertThat(zotero.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(plain.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(plain.exitValue()).as(errors()).isZero();
        Project result = new ProjectReader().read(project).project();
        assertThat(result.documents()).extracting(d -> d.origin().fileName()).containsExactlyInAnyOrder("council.pdf", "statement.txt");
        assertThat(result.highlights()).extracting(h -> h.externalId()).contains("zotero:ANNOTUL1");
    }
}
