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

    /** The line of the file where the problem is, or 0 where the problem has no place (an empty file, another format). */
    interface Where {
        int line(String content);
    }

    static final Where NOWHERE = content -> 0;
    /** The line where the file ends, after its last character. */
    static final Where LAST_LINE = content -> lineOf(content, content.length(), "the end");

    /** The line holding the first occurrence of {@code text}. */
    static Where at(String text) {
        return content -> lineOf(content, content.indexOf(text), text);
    }

    /** The line holding the second occurrence of {@code text}: the duplicate. */
    static Where second(String text) {
        return content -> lineOf(content, content.indexOf(text, content.indexOf(text) + 1), text);
    }

    /** The line holding the last occurrence of {@code text}. */
    static Where last(String text) {
        return content -> lineOf(content, content.lastIndexOf(text), text);
    }

    /** The line where the innermost object holding {@code text} begins. */
    static Where objectHolding(String text) {
        return content -> lineOf(content, content.lastIndexOf('{', content.indexOf(text)), text);
    }

    private static int lineOf(String content, int offset, String text) {
        if (offset < 0) {
            throw new IllegalArgumentException("not in the file: " + text);
        }
        return (int) content.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    static Stream<Arguments> cases() throws Exception {
        String good = good();
        return Stream.of(
                Arguments.of("truncated", good.substring(0, good.length() / 2), "ends too early", LAST_LINE),
                Arguments.of("malformed", good.replaceFirst("\",\n  \"formatVersion", "\";\n  \"formatVersion"), "not valid JSON", at("\"counterpoint-project\";")),
                Arguments.of("trailing", good + "{}", "more text after the end", LAST_LINE),
                Arguments.of("empty", "", "the file is empty", NOWHERE),
                Arguments.of("not an object", "[1, 2, 3]", "not a Counterpoint project", NOWHERE),
                Arguments.of("another format", good.replace("counterpoint-project", "something-else"), "not a Counterpoint project", NOWHERE),
                Arguments.of("format version with a space", good.replace("\"formatVersion\": \"" + ProjectFormat.VERSION + "\"", "\"formatVersion\": \" 1.0\""),
                        "\" 1.0\" is not a format version such as \"" + ProjectFormat.VERSION + "\"", NOWHERE),
                Arguments.of("format version with a leading zero", good.replace("\"formatVersion\": \"" + ProjectFormat.VERSION + "\"", "\"formatVersion\": \"01.0\""),
                        "\"01.0\" is not a format version such as \"" + ProjectFormat.VERSION + "\"", NOWHERE),
                Arguments.of("format version without a minor", good.replace("\"formatVersion\": \"" + ProjectFormat.VERSION + "\"", "\"formatVersion\": \"1\""),
                        "\"1\" is not a format version such as \"" + ProjectFormat.VERSION + "\"", NOWHERE),
                Arguments.of("duplicate key", good.replaceFirst("\n  \"title\": ", "\n  \"title\": \"Another title\",\n  \"title\": "),
                        "the field \"title\" appears twice in the same object", second("\"title\": ")),
                Arguments.of("duplicate key in a highlight", good.replaceFirst("\"note\": \"note h1\"", "\"note\": \"note h1\", \"note\": \"\""),
                        "the field \"note\" appears twice in the same object", at("\"note\": \"note h1\", \"note\"")),
                Arguments.of("newer major", good.replace("\"formatVersion\": \"" + ProjectFormat.VERSION + "\"", "\"formatVersion\": \"2.1\""), "newer version of Counterpoint", NOWHERE),
                Arguments.of("wrong type: number as text", tree(r -> {
                    ((ObjectNode) highlight(r, 0).get("anchor")).put("start", "twelve");
                    return r;
                }), "highlights[0].anchor.start: should be a whole number", at("\"twelve\"")),
                Arguments.of("wrong type: text as number", tree(r -> r.put("title", 42)), "field title: should be text", at("\"title\": 42")),
                Arguments.of("wrong type: list as object", tree(r -> {
                    r.putObject("documents");
                    return r;
                }), "field documents: should be a list", at("\"documents\": {")),
                Arguments.of("missing field", tree(r -> {
                    highlight(r, 2).remove("role");
                    return r;
                }), "the required field \"role\" is missing", objectHolding("\"id\": \"h3\"")),
                Arguments.of("unknown field", tree(r -> {
                    highlight(r, 1).put("colour", "#fff");
                    return r;
                }), "there is no field \"colour\"", at("\"colour\"")),
                Arguments.of("dangling document id", tree(r -> {
                    highlight(r, 1).put("documentId", "doc-missing");
                    return r;
                }), "highlights[1].documentId: there is no document with id \"doc-missing\"", at("\"doc-missing\"")),
                Arguments.of("dangling comparison link", tree(r -> {
                    ((ArrayNode) r.get("comparisons").get(0).get("rebuttalIds")).add("h-missing");
                    return r;
                }), "there is no highlight with id \"h-missing\"", at("\"h-missing\"")),
                Arguments.of("duplicate ids", tree(r -> {
                    highlight(r, 3).put("id", "h2");
                    return r;
                }), "the highlight id \"h2\" is used twice", second("\"id\": \"h2\"")),
                Arguments.of("duplicate document ids", tree(r -> {
                    ((ObjectNode) r.get("documents").get(1)).put("id", "doc-a");
                    return r;
                }), "the document id \"doc-a\" is used twice", second("\"id\": \"doc-a\"")),
                Arguments.of("range outside the text", tree(r -> {
                    ((ObjectNode) highlight(r, 1).get("anchor")).put("end", 100000);
                    return r;
                }), "runs past the end of the document's text", at("100000")),
                Arguments.of("range backwards", tree(r -> {
                    ((ObjectNode) highlight(r, 1).get("anchor")).put("start", 40).put("end", 10);
                    return r;
                }), "is not a range", objectHolding("\"start\": 40")),
                Arguments.of("claim among rebuttals", tree(r -> {
                    ((ArrayNode) r.get("comparisons").get(1).get("rebuttalIds")).add("h1");
                    return r;
                }), "is a claim, not a rebuttal", last("\"h1\"")),
                Arguments.of("bad date", tree(r -> {
                    ((ObjectNode) highlight(r, 0).get("provenance")).put("statedOn", "25/10/2023");
                    return r;
                }), "is not a date; write it as YYYY-MM-DD", at("\"25/10/2023\"")),
                Arguments.of("bad role", tree(r -> {
                    highlight(r, 0).put("role", "claimed");
                    return r;
                }), "\"claimed\" is not a role", at("\"claimed\"")),
                Arguments.of("area page outside the document", tree(r -> {
                    ((ObjectNode) highlight(r, 4).get("area")).put("page", 9);
                    return r;
                }), "page 9 is not in the document", at("\"page\": 9")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithAClearMessageAndLeftUntouched(String name, String content, String expected, Where where) throws Exception {
        Path file = dir.resolve(name.replaceAll("\\W+", "-") + ".counterpoint.json");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> new ProjectReader().read(file));

        assertThat(e).as("a file with %s is refused", name).isNotNull();
        assertThat(e.getMessage()).startsWith(file.getFileName().toString()).contains(expected);
        int line = where.line(content);
        assertThat(e.problems().get(0).line()).as("the line of the problem").isEqualTo(line);
        if (line > 0) {
            assertThat(e.problems().get(0).column()).isPositive();
            assertThat(e.getMessage()).contains("line " + line + ",");
        }
        assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("com.fasterxml");
        assertThat(Files.readAllBytes(file)).as("the file is left exactly as it was").isEqualTo(bytes);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.filter(f -> f.getFileName().toString().startsWith(file.getFileName() + ".")).toList())
                    .as("no backup or temporary file was written").isEmpty();
        }
    }
}
