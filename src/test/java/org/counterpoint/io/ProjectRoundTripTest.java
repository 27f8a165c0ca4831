package org.counterpoint.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterpoint.model.Project;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void savingThenLoadingGivesAnEqualProject() throws Exception {
        Project original = Fixtures.rich();
        Path file = dir.resolve("rich.counterpoint.json");
        new ProjectWriter().write(original, file);
        LoadedProject loaded = new ProjectReader().read(file);
        // records compare every field: documents, text, page starts, anchors, areas, provenance, times, comparisons
        assertThat(loaded.project()).isEqualTo(original);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.changedOnLoad()).isFalse();
    }

    @Test
    void theFileIsStableReadableAndVersioned() throws Exception {
        Path file = dir.resolve("p.counterpoint.json");
        ProjectWriter writer = new ProjectWriter();
        writer.write(Fixtures.rich(), file);
        byte[] first = Files.readAllBytes(file);
        writer.write(new ProjectReader().read(file).project(), file);
        assertThat(Files.readAllBytes(file)).as("saving an unchanged project changes no byte").isEqualTo(first);
        String json = new String(first, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"format\": \"counterpoint-project\",\n  \"formatVersion\": \"" + ProjectFormat.VERSION + "\",");
        assertThat(json).doesNotContain("\r").endsWith("}\n");
        assertThat(json.indexOf("\"documents\"")).isLessThan(json.indexOf("\"highlights\"")).isLessThan(json.indexOf("\"comparisons\""));
        assertThat(json).contains("\"Second line: the ban stands.\"");
        assertThat(json).doesNotContain("\"status\"");
    }

    @Test
    void sourcePathsAreWrittenRelativeToTheProjectFolder() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Project p = Fixtures.rich();
        var doc = p.documents().get(0).withOrigin(new org.counterpoint.model.Origin(sources.resolve("a.txt").toString(), "a.txt"));
        p = p.replaceDocument(doc, Fixtures.T1);
        Path file = dir.resolve("p.counterpoint.json");
        new ProjectWriter().write(p, file);
        assertThat(Files.readString(file)).contains("\"path\": \"sources/a.txt\"");
        assertThat(new ProjectReader().read(file).project().documents().get(0).origin().path()).isEqualTo(sources.resolve("a.txt").toString());
    }

    @Test
    void aBackupOfThePreviousVersionIsKept() throws Exception {
        Path file = dir.resolve("p.counterpoint.json");
        ProjectWriter writer = new ProjectWriter();
        Project first = Fixtures.rich();
        writer.write(first, file);
        byte[] firstBytes = Files.readAllBytes(file);
        writer.write(first.withInfo("Renamed", "", "", Fixtures.T1), file);
        assertThat(Files.readAllBytes(AtomicFileWriter.backupOf(file))).isEqualTo(firstBytes);
        assertThat(new ProjectReader().read(file).project().title()).isEqualTo("Renamed");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("p.counterpoint.json", "p.counterpoint.json.bak");
        }
    }
}
