package org.counterpoint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad project file is refused with a message that names the file and says where
 * and what the problem is, and the file is left byte for byte as it was.
 */
class BadProjectFilesTest {
    @TempDir
    static Path dir;

    static String good() throws Exception {
        return new String(new ProjectWriter().toBytes(Fixtures.rich(), dir.resolve("x.counterpoint.json")), StandardCharsets.UTF_8);
    }

    static String tree(UnaryOperator<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) Json.mapper().readTree(good());
            return Json.prettyString(change.apply(root));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode highlight(ObjectNode root, int i) {
        return (ObjectNode) root.get("highlights").get(i);
    }

    static Stream<Arguments> cases() throws Exception {
        String good = good();
        return Stream.of(
                Arguments.of("truncated", good.substring(0, good.length() / 2), "ends too early", true),
                Arguments.of("malformed", good.replaceFirst("\",\n  \"formatVersion", "\";\n  \"formatVersion"), "not valid JSON", true),
                Arguments.of("trailing", good + "{}", "more text after the end", true),
                Arguments.of("empty", "", "the file is empty", false),
                Arguments.of("not an object", "[1, 2, 3]", "not a Counterpoint project", false),
                Arguments.of("another format", good.replace("counterpoint-project", "something-else"), "not a Counterpoint project", false),
                Arguments.of("newer major", good.replace("\"formatVersion\": \"" + ProjectFormat.VERSION + "\"", "\"formatVersion\": \"2.1\""), "newer version of Counterpoint", false),
                Arguments.of("wrong type: number as text", tree(r -> {
                    ((ObjectNode) highlight(r, 0).get("anchor")).put("start", "twelve");
                    return r;
                }), "highlights[0].anchor.start: should be a whole number", true),
                Arguments.of("wrong type: text as number", tree(r -> r.put("title", 42)), "field title: should be text", true),
                Arguments.of("wrong type: list as object", tree(r -> {
                    r.putObject("documents");
                    return r;
                }), "field documents: should be a list", true),
                Arguments.of("missing field", tree(r -> {
                    highlight(r, 2).remove("role");
                    return r;
                }), "the required field \"role\" is missing", true),
                Arguments.of("unknown field", tree(r -> {
                    highlight(r, 1).put("colour", "#fff");
                    return r;
                }), "there is no field \"colour\"", true),
                Arguments.of("dangling document id", tree(r -> {
                    highlight(r, 1).put("documentId", "doc-missing");
                    return r;
                }), "highlights[1].documentId: there is no document with id \"doc-missing\"", true),
                Arguments.of("dangling comparison link", tree(r -> {
                    ((ArrayNode) r.get("comparisons").get(0).get("rebuttalIds")).add("h-missing");
                    return r;
                }), "there is no highlight with id \"h-missing\"", true),
                Arguments.of("duplicate ids", tree(r -> {
                    highlight(r, 3).put("id", "h2");
                    return r;
                }), "the highlight id \"h2\" is used twice", true),
                Arguments.of("duplicate document ids", tree(r -> {
                    ((ObjectNode) r.get("documents").get(1)).put("id", "doc-a");
                    return r;
                }), "the document id \"doc-a\" is used twice", true),
                Arguments.of("range outside the text", tree(r -> {
                    ((ObjectNode) highlight(r, 1).get("anchor")).put("end", 100000);
                    return r;
                }), "runs past the end of the document's text", true),
                Arguments.of("range backwards", tree(r -> {
                    ((ObjectNode) highlight(r, 1).get("anchor")).put("start", 40).put("end", 10);
                    return r;
                }), "is not a range", true),
                Arguments.of("claim among rebuttals", tree(r -> {
                    ((ArrayNode) r.get("comparisons").get(1).get("rebuttalIds")).add("h1");
                    return r;
                }), "is a claim, not a rebuttal", true),
                Arguments.of("bad date", tree(r -> {
                    ((ObjectNode) highlight(r, 0).get("provenance")).put("statedOn", "25/10/2023");
                    return r;
                }), "is not a date; write it as YYYY-MM-DD", true),
                Arguments.of("bad role", tree(r -> {
                    highlight(r, 0).put("role", "claimed");
                    return r;
                }), "\"claimed\" is not a role", true),
                Arguments.of("area page outside the document", tree(r -> {
                    ((ObjectNode) highlight(r, 4).get("area")).put("page", 9);
                    return r;
                }), "page 9 is not in the document", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithAClearMessageAndLeftUntouched(String name, String content, String expected, boolean located) throws Exception {
        Path file = dir.resolve(name.replaceAll("\\W+", "-") + ".counterpoint.json");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> new ProjectReader().read(file));

        assertThat(e).as("a file with %s is refused", name).isNotNull();
        assertThat(e.getMessage()).startsWith(file.getFileName().toString()).contains(expected);
        if (located) {
            assertThat(e.problems().get(0).line()).as("the problem has a line number").isPositive();
            assertThat(e.problems().get(0).column()).isPositive();
        }
        assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("com.fasterxml");
        assertThat(Files.readAllBytes(file)).as("the file is left exactly as it was").isEqualTo(bytes);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.filter(f -> f.getFileName().toString().startsWith(file.getFileName() + ".")).toList())
                    .as("no backup or temporary file was written").isEmpty();
        }
    }
}
