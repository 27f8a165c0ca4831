package org.counterpoint.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.counterpoint.SampleCaseBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field of the sample project deleted, set to null and given a value of every other type, one at a time:
 * each mutant is either opened or refused with a sentence that names the file, never with another error, and
 * the file is never changed.
 */
class ProjectFileFuzzTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    /** The values a field is replaced with: null, and one of each JSON type, including awkward ones. */
    private static List<Supplier<JsonNode>> replacements() {
        return List.of(
                NODES::nullNode,
                () -> NODES.textNode(""),
                () -> NODES.textNode("x"),
                () -> NODES.numberNode(0),
                () -> NODES.numberNode(-1),
                () -> NODES.numberNode(1.5),
                () -> NODES.numberNode(1L << 40),
                () -> NODES.booleanNode(true),
                NODES::objectNode,
                NODES::arrayNode,
                () -> NODES.arrayNode().add("x"),
                () -> NODES.arrayNode().addNull());
    }

    private record Mutant(String what, JsonNode root) {
    }

    private static List<Mutant> mutants(JsonNode sample) {
        List<Mutant> all = new ArrayList<>();
        collect(sample, sample, "", all);
        return all;
    }

    /** Mutants that change the value at {@code pointer} (and, below it, every value it holds). */
    private static void collect(JsonNode sample, JsonNode node, String pointer, List<Mutant> out) {
        if (!pointer.isEmpty()) {
            out.add(new Mutant("delete " + pointer, mutate(sample, pointer, null)));
            for (Supplier<JsonNode> r : replacements()) {
                JsonNode value = r.get();
                out.add(new Mutant(pointer + " = " + value, mutate(sample, pointer, value)));
            }
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collect(sample, node.get(name), pointer + "/" + name, out));
        } else if (node.isArray()) {
            // every item of a list of objects; of a long list of values (the lines of a text), the first, second and last
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainerNode() || i < 2 || i == node.size() - 1) {
                    collect(sample, node.get(i), pointer + "/" + i, out);
                }
            }
        }
    }

    /** A copy of {@code sample} with the value at {@code pointer} replaced, or removed when {@code value} is null. */
    private static JsonNode mutate(JsonNode sample, String pointer, JsonNode value) {
        JsonNode copy = sample.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove(last);
            } else {
                o.set(last, value);
            }
        } else if (parent instanceof ArrayNode a) {
            int i = Integer.parseInt(last);
            if (value == null) {
                a.remove(i);
            } else {
                a.set(i, value);
            }
        }
        return copy;
    }

    @Test
    void everyFieldDeletedNulledOrRetypedIsOpenedOrRefusedWithASentenceNamingTheFile() throws Exception {
        JsonNode sample = Json.mapper().readTree(Files.readAllBytes(SampleCaseBuilder.PROJECT));
        List<Mutant> mutants = mutants(sample);
        assertThat(mutants).as("thousands of cases").hasSizeGreaterThan(3000);
        // the reader is given the sample's own file each time; one mutant in ten is also written and read from disk
        Path file = dir.resolve("sample.counterpoint.json");
        byte[] original = Files.readAllBytes(SampleCaseBuilder.PROJECT);
        Files.write(file, original);
        Path written = dir.resolve("mutant.counterpoint.json");
        int opened = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < mutants.size(); i++) {
            Mutant m = mutants.get(i);
            byte[] bytes = Json.pretty(m.root());
            boolean fromDisk = i % 10 == 0;
            if (fromDisk) {
                Files.write(written, bytes);
            }
            Path named = fromDisk ? written : file;
            try {
                if (fromDisk) {
                    new ProjectReader().read(written);
                } else {
                    new ProjectReader().read(bytes, file);
                }
                opened++;
            } catch (ProjectFileException e) {
                String message = e.getMessage();
                if (!message.startsWith(named.getFileName().toString()) || !message.strip().endsWith(".") || message.contains("Exception")
                        || message.contains("com.fasterxml") || message.contains("java.") || message.contains("[Source")) {
                    wrong.add(m.what() + ": refused with \"" + message + "\"");
                }
            } catch (RuntimeException | Error e) {
                wrong.add(m.what() + ": threw " + e);
            }
            if (fromDisk && !java.util.Arrays.equals(Files.readAllBytes(written), bytes)) {
                wrong.add(m.what() + ": the file was changed");
            }
        }
        assertThat(Files.readAllBytes(file)).as("the file is left exactly as it was").isEqualTo(original);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).as("no backup or temporary file")
                    .containsExactlyInAnyOrder(file.getFileName().toString(), written.getFileName().toString());
        }
        assertThat(wrong).as("mutants refused badly, out of %d", mutants.size()).isEmpty();
        assertThat(opened).as("some mutants are valid files and open").isPositive();
    }

    @Test
    void theOptionalFieldsOfTheFormatMayBeLeftOut() throws Exception {
        JsonNode sample = Json.mapper().readTree(Files.readAllBytes(SampleCaseBuilder.PROJECT));
        for (String pointer : List.of("/title", "/description", "/author", "/modified", "/documents/0/title", "/documents/0/origin",
                "/documents/0/sha256", "/documents/0/metadata", "/documents/0/imported", "/documents/0/pageStarts",
                "/highlights/0/tags", "/highlights/0/color", "/highlights/0/note", "/highlights/0/provenance",
                "/highlights/0/annotator", "/highlights/0/modified", "/comparisons/0/title", "/comparisons/0/order",
                "/comparisons/0/verdict", "/comparisons/0/verdictText", "/comparisons/0/note")) {
            assertThat(sample.at(pointer).isMissingNode()).as("the sample has %s", pointer).isFalse();
            Path file = dir.resolve("without-" + pointer.replace('/', '-').substring(1) + ".counterpoint.json");
            Files.write(file, Json.pretty(mutate(sample, pointer, null)));
            var loaded = new ProjectReader().read(file);
            assertThat(loaded.project().documents()).as("without %s", pointer).hasSize(sample.get("documents").size());
        }
    }

    @Test
    void optionalListsMayBeNull() throws Exception {
        JsonNode sample = Json.mapper().readTree(Files.readAllBytes(SampleCaseBuilder.PROJECT));
        for (String pointer : List.of("/documents/0/pageStarts", "/highlights/0/tags")) {
            Path file = dir.resolve("null-" + pointer.replace('/', '-').substring(1) + ".counterpoint.json");
            Files.write(file, Json.pretty(mutate(sample, pointer, NODES.nullNode())));
            assertThat(new ProjectReader().read(file).project().highlights()).as("with %s null", pointer)
                    .hasSize(sample.get("highlights").size());
        }
    }
}
