package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.io.Json;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.SourceDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliSearchTest {
    @TempDir
    Path dir;
    Path project;
    SourceDocument doc;

    @BeforeEach
    void copySample() throws Exception {
        project = dir.resolve("case.counterpoint.json");
        Files.copy(SampleCaseBuilder.PROJECT, project);
        doc = new ProjectReader().read(project).project().documents().get(0);
    }

    @Test
    void jsonHitsAreExactRangesOfTheDocumentText() throws Exception {
        CliTest.Run r = CliTest.run("search", project.toString(), "\"security credentials\"", "--json");
        assertThat(r.code()).isZero();
        JsonNode hits = Json.mapper().readTree(r.out());
        assertThat(hits.isArray()).isTrue();
        assertThat(hits.size()).isGreaterThanOrEqualTo(2);
        for (JsonNode hit : hits) {
            if (hit.get("field").asText().equals("text")) {
                assertThat(hit.get("documentId").asText()).isEqualTo(doc.id());
                assertThat(hit.get("document").asText()).isEqualTo(doc.title());
                String words = doc.text().substring(hit.get("start").asInt(), hit.get("end").asInt());
                assertThat(words.replaceAll("\\s+", " ")).isEqualToIgnoringCase("security credentials");
                assertThat(hit.get("match").asText()).isEqualTo(words.replaceAll("\\s+", " "));
                assertThat(hit.get("snippet").asText()).contains(hit.get("match").asText());
                assertThat(hit.get("page").asInt()).isEqualTo(doc.pageNumberAt(hit.get("start").asInt()));
            }
        }
        // the cache is written beside the project, keyed by the source's SHA-256
        assertThat(dir.resolve(".counterpoint-cache").resolve("search").resolve(doc.sha256())).isDirectory();
    }

    @Test
    void plainLinesLimitAndFields() {
        CliTest.Run r = CliTest.run("search", project.toString(), "endors*", "--limit", "2");
        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith(doc.title() + "\tp. ").matches("(?s).*\t\\d+-\\d+\t.*\\[[Ee]ndors\\w*\\].*");
        assertThat(r.err()).contains("Use --limit to see more.");
        CliTest.Run speaker = CliTest.run("search", project.toString(), "speaker:hollis", "role:claim");
        assertThat(speaker.code()).isZero();
        assertThat(speaker.out()).contains("\tspeaker: Justin [Hollis]");
    }

    @Test
    void noHitsSaySoAndBadQueriesExitOne() {
        CliTest.Run none = CliTest.run("search", project.toString(), "zzyzx");
        assertThat(none.code()).isZero();
        assertThat(none.out()).isEqualTo("No hits for zzyzx.\n");
        CliTest.Run json = CliTest.run("search", project.toString(), "zzyzx", "--json");
        assertThat(json.code()).isZero();
        assertThat(json.out().trim()).isEqualTo("[ ]");
        CliTest.Run bad = CliTest.run("search", project.toString(), "\"unclosed");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).startsWith("error: The query has a quote mark without its partner").doesNotContain("Exception");
        assertThat(bad.err().trim().lines().count()).isEqualTo(1);
    }
}
