package org.counterpoint.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReanchorOnLoadTest {
    @TempDir
    Path dir;

    @Test
    void aMovedQuoteIsReanchoredAndAVanishedOneIsKeptAndFlagged() throws Exception {
        ObjectNode root = (ObjectNode) Json.mapper().readTree(new ProjectWriter().toBytes(Fixtures.rich(), dir.resolve("p.counterpoint.json")));
        ObjectNode h2 = (ObjectNode) root.get("highlights").get(1).get("anchor");
        h2.put("start", h2.get("start").asInt() - 3).put("end", h2.get("end").asInt() - 3);
        ObjectNode h4 = (ObjectNode) root.get("highlights").get(3).get("anchor");
        h4.put("exact", "words that appear nowhere");
        Path file = dir.resolve("p.counterpoint.json");
        byte[] bytes = Json.pretty(root);
        Files.write(file, bytes);

        LoadedProject loaded = new ProjectReader().read(file);

        Highlight moved = loaded.project().highlight("h2").orElseThrow();
        assertThat(moved.status()).isEqualTo(AnchorStatus.REANCHORED);
        assertThat(moved.anchor().matches(loaded.project().document("doc-a").orElseThrow().text())).isTrue();
        assertThat(moved.quote()).isEqualTo("the ban stands");
        Highlight flagged = loaded.project().highlight("h4").orElseThrow();
        assertThat(flagged.status()).isEqualTo(AnchorStatus.FLAGGED);
        assertThat(flagged.quote()).isEqualTo("words that appear nowhere");
        assertThat(loaded.project().comparison("c1").orElseThrow().rebuttalIds()).as("flagged highlights stay linked").contains("h4");
        assertThat(loaded.reanchored()).isEqualTo(1);
        assertThat(loaded.flagged()).isEqualTo(1);
        assertThat(loaded.changedOnLoad()).isTrue();
        assertThat(loaded.warnings()).anyMatch(w -> w.contains("kept and flagged"));
        assertThat(Files.readAllBytes(file)).as("loading never writes").isEqualTo(bytes);
    }

    @Test
    void aNewerMinorVersionOpensWithAWarning() throws Exception {
        ObjectNode root = (ObjectNode) Json.mapper().readTree(new ProjectWriter().toBytes(Fixtures.rich(), dir.resolve("p.counterpoint.json")));
        root.put("formatVersion", "1.7");
        root.put("addedInAFutureVersion", true);
        Path file = dir.resolve("future.counterpoint.json");
        Files.write(file, Json.pretty(root));
        LoadedProject loaded = new ProjectReader().read(file);
        assertThat(loaded.project()).isEqualTo(Fixtures.rich());
        assertThat(loaded.warnings()).anyMatch(w -> w.contains("newer Counterpoint (format 1.7)"));
    }
}
