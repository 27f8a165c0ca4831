package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.export.ClaimReviewExporter;
import org.counterpoint.io.Json;
import org.counterpoint.io.ProjectFileException;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.io.ProjectWriter;
import org.counterpoint.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each ClaimReview has the url the ClaimReview guidelines require, from the project's setting or --url-base, and a missing one is warned of. */
class ClaimReviewUrlTest {
    @TempDir
    Path dir;

    private static Project sample() throws Exception {
        return new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
    }

    @Test
    void eachReviewGetsItsUrlFromTheProjectsSetting() throws Exception {
        Project p = sample().withReviewUrlBase("https://checks.example.org/hikvision/", sample().modified());
        JsonNode reviews = Json.mapper().readTree(ClaimReviewExporter.export(p));
        assertThat(reviews).isNotEmpty();
        for (JsonNode r : reviews) {
            String id = r.path("@id").asText().substring("urn:counterpoint:comparison:".length());
            assertThat(r.path("url").asText()).isEqualTo("https://checks.example.org/hikvision/" + id);
        }
        assertThat(ClaimReviewExporter.warnings(p)).isEmpty();
        assertThat(ClaimReviewExporter.warnings(sample())).singleElement().asString().contains("no url").contains("--url-base");
        assertThat(Json.mapper().readTree(ClaimReviewExporter.export(sample())).get(0).has("url")).isFalse();
    }

    @Test
    void theBaseSaysWhereTheIdGoes() {
        assertThat(ClaimReviewExporter.url("https://x.org/check?c={id}&lang=en", "c 1")).isEqualTo("https://x.org/check?c=c+1&lang=en");
        assertThat(ClaimReviewExporter.url("https://x.org/checks/", "c1")).isEqualTo("https://x.org/checks/c1");
        assertThat(ClaimReviewExporter.url("https://x.org/article#", "c1")).isEqualTo("https://x.org/article#c1");
        assertThat(ClaimReviewExporter.url("https://x.org/one-article", "c1")).isEqualTo("https://x.org/one-article");
        assertThat(ClaimReviewExporter.isWebAddress("https://x.org/a")).isTrue();
        assertThat(ClaimReviewExporter.isWebAddress("ftp://x.org/a")).isFalse();
        assertThat(ClaimReviewExporter.isWebAddress("x.org/a")).isFalse();
        assertThat(ClaimReviewExporter.isWebAddress("https:// x.org")).isFalse();
    }

    @Test
    void theSettingIsSavedInTheProjectFileAndConformsToTheSchema() throws Exception {
        Project p = sample().withReviewUrlBase("https://checks.example.org/{id}", sample().modified());
        Path file = dir.resolve("p.counterpoint.json");
        new ProjectWriter().write(p, file);
        String json = Files.readString(file);
        assertThat(json).contains("\"formatVersion\": \"1.1\"").contains("\"reviewUrlBase\": \"https://checks.example.org/{id}\"");
        assertThat(new ProjectReader().read(file).project()).isEqualTo(p);
        try (InputStream in = getClass().getResourceAsStream("/org/counterpoint/io/project-format-1.schema.json")) {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Json.mapper().readTree(in));
            JsonNode tree = Json.mapper().readTree(json);
            assertThat(schema.validate(tree)).isEmpty();
            ((ObjectNode) tree).put("reviewUrlBase", "checks.example.org");
            assertThat(schema.validate(tree)).isNotEmpty();
            Path bad = dir.resolve("bad.counterpoint.json");
            Files.write(bad, Json.pretty(tree));
            assertThatThrownBy(() -> new ProjectReader().read(bad)).isInstanceOf(ProjectFileException.class)
                    .hasMessageContaining("reviewUrlBase").hasMessageContaining("not a web address");
        }
        // without the setting the file is what earlier versions wrote
        new ProjectWriter().write(sample(), file);
        assertThat(Files.readString(file)).contains("\"formatVersion\": \"1.0\"").doesNotContain("reviewUrlBase");
    }

    @Test
    void theCommandLineGivesTheUrlOrWarnsThatItIsMissing() throws Exception {
        Path out = dir.resolve("reviews.json");
        CliTest.Run with = CliTest.run("export", SampleCaseBuilder.PROJECT.toString(), "--format", "claimreview", "--url-base",
                "https://checks.example.org/", "-o", out.toString());
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.err()).doesNotContain("no url");
        JsonNode reviews = Json.mapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(reviews).allSatisfy(r -> assertThat(r.path("url").asText()).startsWith("https://checks.example.org/"));

        CliTest.Run without = CliTest.run("export", SampleCaseBuilder.PROJECT.toString(), "--format", "claimreview", "-o",
                dir.resolve("plain.json").toString());
        assertThat(without.code()).isZero();
        assertThat(without.err()).contains("note: The reviews have no url").contains("--url-base");

        CliTest.Run bad = CliTest.run("export", SampleCaseBuilder.PROJECT.toString(), "--format", "claimreview", "--url-base", "checks.org",
                "-o", dir.resolve("bad.json").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--url-base \"checks.org\" is not a web address");
    }
}
