package org.counterpoint.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.counterpoint.io.Json;

/**
 * Hypothesis annotations as its API search results ({@code {"rows": [...]}}), its JSON export
 * ({@code {"annotations": [...]}}) or a bare list give them: each with {@code id}, {@code uri},
 * {@code text}, {@code tags}, {@code user}, {@code created}, {@code updated}, {@code references}
 * for replies, and {@code target: [{source, selector: [...]}]}. Unlike W3C annotations they carry
 * no {@code "type": "Annotation"}.
 */
public final class HypothesisAnnotations {
    private HypothesisAnnotations() {
    }

    /**
     * One Hypothesis annotation.
     *
     * @param source     the address of the annotated page ({@code target[0].source}, else {@code uri})
     * @param title      the page's title as Hypothesis recorded it, or ""
     * @param exact      the quoted text, or "" for a page note or a reply
     * @param start      the {@code TextPositionSelector} start, in code points, or null
     * @param references the ids of the annotations this replies to, the thread's root first; empty for an annotation
     */
    public record Row(String id, String source, String title, String text, List<String> tags, String user, Instant created,
                      Instant updated, String exact, String prefix, String suffix, Integer start, Integer end, List<String> references) {
        public boolean isReply() {
            return !references.isEmpty();
        }
    }

    /** Whether the JSON is Hypothesis's rather than W3C: its annotations have a {@code uri} or a target list, and no W3C type. */
    public static boolean isHypothesis(byte[] json) {
        try {
            List<JsonNode> rows = rows(Json.mapper().readTree(json));
            return !rows.isEmpty() && rows.stream().allMatch(HypothesisAnnotations::looksLikeRow);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public static List<Row> read(byte[] json) throws InterchangeException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InterchangeException("the file is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InterchangeException("the file could not be read: " + e.getMessage(), e);
        }
        List<Row> result = new ArrayList<>();
        for (JsonNode n : rows(root)) {
            if (looksLikeRow(n)) {
                result.add(row(n));
            }
        }
        if (result.isEmpty()) {
            throw new InterchangeException("the file holds no Hypothesis annotations.");
        }
        return result;
    }

    private static List<JsonNode> rows(JsonNode root) {
        JsonNode list = root;
        if (root.isObject()) {
            list = root.has("rows") ? root.path("rows") : root.has("annotations") ? root.path("annotations") : null;
            if (list == null) {
                return looksLikeRow(root) ? List.of(root) : List.of();
            }
        }
        List<JsonNode> out = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(out::add);
        }
        return out;
    }

    private static boolean looksLikeRow(JsonNode n) {
        return n.isObject() && !n.has("type") && n.path("id").isTextual() && (n.path("uri").isTextual() || n.path("target").isArray());
    }

    private static Row row(JsonNode n) {
        JsonNode target = n.path("target").path(0);
        JsonNode quote = null;
        JsonNode position = null;
        for (JsonNode s : target.path("selector")) {
            String type = s.path("type").asText("");
            if (type.equals("TextQuoteSelector") && quote == null) {
                quote = s;
            } else if (type.equals("TextPositionSelector") && position == null) {
                position = s;
            }
        }
        String source = target.path("source").asText("");
        if (source.isBlank()) {
            source = n.path("uri").asText("");
        }
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> {
            if (t.isTextual() && !t.asText().isBlank()) {
                tags.add(t.asText().strip());
            }
        });
        List<String> references = new ArrayList<>();
        n.path("references").forEach(r -> {
            if (r.isTextual()) {
                references.add(r.asText());
            }
        });
        JsonNode title = n.path("document").path("title");
        String user = n.path("user").asText("");
        return new Row(n.path("id").asText(), source, title.isArray() ? title.path(0).asText("") : title.asText(""), n.path("text").asText(""),
                tags, user.startsWith("acct:") ? user.substring(5) : user, instant(n.path("created").asText("")),
                instant(n.path("updated").asText("")), quote == null ? "" : quote.path("exact").asText(""),
                quote == null ? "" : quote.path("prefix").asText(""), quote == null ? "" : quote.path("suffix").asText(""),
                integer(position, "start"), integer(position, "end"), references);
    }

    private static Integer integer(JsonNode selector, String field) {
        return selector != null && selector.path(field).canConvertToInt() && selector.path(field).isIntegralNumber()
                ? selector.path(field).asInt() : null;
    }

    /** Hypothesis writes times with an offset and microseconds, e.g. 2024-03-01T10:15:30.123456+00:00. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
