package org.counterpoint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.PresentationSettings.SlideGrouping;
import org.counterpoint.model.PresentationSettings.Theme;
import org.counterpoint.model.Project;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The presentation settings a project stores: hidden comparisons, step order, theme and slide grouping. */
class PresentationFieldsTest {
    @TempDir
    Path dir;

    private static Project presented() {
        Project p = Fixtures.rich();
        var c1 = p.comparison("c1").orElseThrow().withStepOrder(List.of("h4", "h1"));
        var c2 = p.comparison("c2").orElseThrow().withHiddenFromPresentation(true);
        return p.replaceComparison(c1, Fixtures.T1).replaceComparison(c2, Fixtures.T1)
                .withPresentation(new PresentationSettings(Theme.DARK, SlideGrouping.PER_COMPARISON), Fixtures.T1);
    }

    @Test
    void presentationSettingsSurviveSavingAndLoading() throws Exception {
        Project original = presented();
        Path file = dir.resolve("p.counterpoint.json");
        new ProjectWriter().write(original, file);
        LoadedProject loaded = new ProjectReader().read(file);
        assertThat(loaded.project()).isEqualTo(original);
        assertThat(loaded.warnings()).isEmpty();
        String json = Files.readString(file);
        assertThat(json).contains("\"hiddenFromPresentation\": true", "\"stepOrder\": [", "\"theme\": \"dark\"", "\"slides\": \"comparison\"");
        assertThat(json.indexOf("\"comparisons\"")).isLessThan(json.indexOf("\"presentation\""));
    }

    @Test
    void aProjectThatNeverPresentsWritesNoPresentationFields() throws Exception {
        String json = new String(new ProjectWriter().toBytes(Fixtures.rich(), dir.resolve("x.counterpoint.json")));
        assertThat(json).doesNotContain("presentation").doesNotContain("Presentation").doesNotContain("stepOrder");
    }

    @Test
    void aFileOfTheEarlierMinorVersionOpensWithDefaults() throws Exception {
        String json = new String(new ProjectWriter().toBytes(Fixtures.rich(), dir.resolve("x.counterpoint.json")))
                .replace("\"formatVersion\": \"" + ProjectFormat.VERSION + "\"", "\"formatVersion\": \"1.0\"");
        Path file = Files.writeString(dir.resolve("old.counterpoint.json"), json);
        Project loaded = new ProjectReader().read(file).project();
        assertThat(loaded.presentation()).isEqualTo(PresentationSettings.DEFAULT);
        assertThat(loaded.comparisons()).allSatisfy(c -> {
            assertThat(c.hiddenFromPresentation()).isFalse();
            assertThat(c.stepOrder()).isEmpty();
        });
    }

    @Test
    void writtenSettingsConformToTheSchema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(JsonSchemaTest.SCHEMA)) {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Json.mapper().readTree(in));
            var json = Json.mapper().readTree(new ProjectWriter().toBytes(presented(), dir.resolve("x.counterpoint.json")));
            assertThat(schema.validate(json)).isEmpty();
            ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("presentation")).put("theme", "sepia");
            assertThat(schema.validate(json)).isNotEmpty();
        }
    }

    @Test
    void aStepOrderNamingAQuoteTheComparisonDoesNotLinkIsRefused() throws Exception {
        String json = new String(new ProjectWriter().toBytes(presented(), dir.resolve("x.counterpoint.json")))
                .replace("\"stepOrder\": [\n        \"h4\",", "\"stepOrder\": [\n        \"h5\",");
        assertThat(json).contains("\"h5\",\n        \"h1\"");
        Path file = Files.writeString(dir.resolve("bad.counterpoint.json"), json);
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> new ProjectReader().read(file));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("\"h5\" is not one of this comparison's claims or rebuttals");
    }

    @Test
    void anUnknownThemeIsRefusedWithASentence() throws Exception {
        String json = new String(new ProjectWriter().toBytes(presented(), dir.resolve("x.counterpoint.json")))
                .replace("\"theme\": \"dark\"", "\"theme\": \"sepia\"");
        Path file = Files.writeString(dir.resolve("bad.counterpoint.json"), json);
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> new ProjectReader().read(file));
        assertThat(e.getMessage()).contains("\"sepia\" is not a theme; use light or dark");
    }
}
