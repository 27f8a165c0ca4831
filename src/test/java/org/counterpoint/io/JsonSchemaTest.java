package org.counterpoint.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The published JSON Schema describes the files Counterpoint really writes. */
class JsonSchemaTest {
    static final String SCHEMA = "/org/counterpoint/io/project-format-1.schema.json";

    private static JsonSchema schema() throws Exception {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Json.mapper().readTree(in));
        }
    }

    @Test
    void theSampleCaseConforms() throws Exception {
        Set<ValidationMessage> errors = schema().validate(Json.mapper().readTree(Files.readAllBytes(SampleCaseBuilder.PROJECT)));
        assertThat(errors).isEmpty();
    }

    @Test
    void aProjectWithEveryKindOfFieldConforms() throws Exception {
        JsonNode json = Json.mapper().readTree(new ProjectWriter().toBytes(Fixtures.rich(), Path.of("x.counterpoint.json")));
        assertThat(schema().validate(json)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws Exception {
        ObjectNode json = (ObjectNode) Json.mapper().readTree(new ProjectWriter().toBytes(Fixtures.rich(), Path.of("x.counterpoint.json")));
        ((ObjectNode) json.get("highlights").get(0)).put("role", "opinion");
        ((ObjectNode) json.get("highlights").get(1)).remove("documentId");
        json.put("formatVersion", "2.0");
        Set<ValidationMessage> errors = schema().validate(json);
        assertThat(errors).extracting(e -> e.getInstanceLocation() + " " + e.getType()).as("each change is an error where it was made")
                .contains("$.highlights[0].role enum", "$.highlights[1] required", "$.formatVersion pattern");
        assertThat(errors).filteredOn(e -> e.getType().equals("required")).extracting(e -> e.getProperty())
                .as("the missing field is named").containsExactly("documentId");
        assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
                .as("no error anywhere else").allMatch(at -> at.startsWith("$.highlights[0]") || at.startsWith("$.highlights[1]")
                        || at.equals("$.formatVersion"));
    }
}
