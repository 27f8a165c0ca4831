package org.counterpoint.interchange;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.counterpoint.anchor.CodePoints;
import org.counterpoint.io.Json;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;

/**
 * W3C Web Annotation Data Model, as JSON-LD: the format Hypothesis and other web annotation tools
 * exchange. Each highlight is an annotation whose target is its source document, identified by
 * {@code urn:sha256:} of the source bytes, and selected three ways: by quote
 * ({@code TextQuoteSelector}), by position in code points ({@code TextPositionSelector}), and for
 * PDFs by page ({@code FragmentSelector}). The role and tags are tagging bodies, the note a
 * commenting body, and who said it a describing body that is also a schema.org {@code Quotation}
 * (see {@link W3cProvenance}). Each claim-to-rebuttal link is a
 * {@code linking} annotation.
 */
public final class W3cAnnotations {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String HIGHLIGHT_URN = "urn:counterpoint:highlight:";
    static final String COMPARISON_URN = "urn:counterpoint:comparison:";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private W3cAnnotations() {
    }

    public static byte[] export(Project project, Predicate<Highlight> include) throws IOException {
        ObjectNode collection = F.objectNode();
        ArrayNode context = collection.putArray("@context");
        context.add(CONTEXT);
        ObjectNode extra = context.addObject();
        extra.put("schema", "https://schema.org/");
        extra.put("counterpoint", "urn:counterpoint:vocabulary:");
        String collectionId = "urn:counterpoint:project:" + slug(project.title());
        collection.put("id", collectionId);
        collection.put("type", "AnnotationCollection");
        collection.put("label", project.title());
        ArrayNode items = F.arrayNode();
        java.util.Set<String> exported = new java.util.HashSet<>();
        java.util.Map<String, SourceDocument> docs = new java.util.HashMap<>();
        project.documents().forEach(d -> docs.put(d.id(), d));
        java.util.Map<String, CodePoints.Index> offsets = new java.util.HashMap<>();
        for (Highlight h : project.highlights()) {
            if (!include.test(h) || h.anchor() == null) {
                continue;
            }
            SourceDocument doc = java.util.Objects.requireNonNull(docs.get(h.documentId()), h.documentId());
            items.add(annotation(h, doc, offsets.computeIfAbsent(doc.id(), k -> new CodePoints.Index(doc.text()))));
            exported.add(h.id());
        }
        for (Comparison c : project.comparisonsInOrder()) {
            for (String claim : c.claimIds()) {
                for (String rebuttal : c.rebuttalIds()) {
                    if (exported.contains(claim) && exported.contains(rebuttal)) {
                        items.add(link(c, claim, rebuttal));
                    }
                }
            }
        }
        collection.put("total", items.size());
        // one page, which the model requires to have its own IRI, with the collection it is part of
        ObjectNode page = collection.putObject("first");
        page.put("id", collectionId + ":page:1");
        page.put("type", "AnnotationPage");
        page.put("partOf", collectionId);
        page.put("startIndex", 0);
        page.set("items", items);
        collection.put("last", collectionId + ":page:1");
        return Json.pretty(collection);
    }

    static ObjectNode annotation(Highlight h, SourceDocument doc) {
        return annotation(h, doc, new CodePoints.Index(doc.text()));
    }

    static ObjectNode annotation(Highlight h, SourceDocument doc, CodePoints.Index offsets) {
        ObjectNode a = F.objectNode();
        a.put("id", HIGHLIGHT_URN + h.id());
        a.put("type", "Annotation");
        a.put("motivation", "highlighting");
        a.put("created", h.created().toString());
        a.put("modified", h.modified().toString());
        if (!h.annotator().isBlank()) {
            ObjectNode creator = a.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", h.annotator());
        }
        ArrayNode body = a.putArray("body");
        tag(body, h.role().id());
        h.tags().forEach(t -> tag(body, t));
        if (!h.note().isBlank()) {
            ObjectNode note = body.addObject();
            note.put("type", "TextualBody");
            note.put("purpose", "commenting");
            note.put("format", "text/plain");
            note.put("value", h.note());
        }
        if (!h.provenance().isEmpty()) {
            W3cProvenance.write(body, h.quote(), h.provenance());
        }
        ObjectNode target = a.putObject("target");
        // a stand-in may know its source by name only
        target.put("source", !doc.sha256().isEmpty() ? "urn:sha256:" + doc.sha256()
                : !doc.origin().fileName().isBlank() ? doc.origin().fileName() : "urn:counterpoint:document:" + doc.id());
        if (!doc.origin().fileName().isBlank()) {
            target.put("schema:name", doc.origin().fileName());
        }
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", h.anchor().exact());
        quote.put("prefix", h.anchor().prefix());
        quote.put("suffix", h.anchor().suffix());
        if (h.isFlagged()) {
            // its place in the text is not known: the quote alone says what it is
            return a;
        }
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        // the W3C model counts code points; the project counts UTF-16 units
        position.put("start", offsets.toCodePointOffset(h.anchor().start()));
        position.put("end", offsets.toCodePointOffset(h.anchor().end()));
        if (doc.kind() == DocumentKind.PDF) {
            ObjectNode page = selectors.addObject();
            page.put("type", "FragmentSelector");
            page.put("conformsTo", "http://tools.ietf.org/rfc/rfc3778");
            page.put("value", "page=" + doc.pageNumberAt(h.anchor().start()));
        }
        return a;
    }

    private static void tag(ArrayNode body, String value) {
        ObjectNode t = body.addObject();
        t.put("type", "TextualBody");
        t.put("purpose", "tagging");
        t.put("value", value);
    }

    private static ObjectNode link(Comparison c, String claim, String rebuttal) {
        ObjectNode a = F.objectNode();
        a.put("id", COMPARISON_URN + c.id() + ":" + claim + ":" + rebuttal);
        a.put("type", "Annotation");
        a.put("motivation", "linking");
        a.put("body", HIGHLIGHT_URN + rebuttal);
        a.put("target", HIGHLIGHT_URN + claim);
        ObjectNode comparison = a.putObject("counterpoint:comparison");
        comparison.put("id", COMPARISON_URN + c.id());
        comparison.put("title", c.title());
        comparison.put("verdict", c.verdict().id());
        return a;
    }

    private static String slug(String s) {
        String slug = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "untitled" : slug;
    }

    // ------------------------------------------------------------------ reading

    /** A highlight as a W3C annotation describes it, before it is placed in a document. */
    public record Annotation(String id, String source, String fileName, String exact, String prefix, String suffix, Integer start,
                             Integer end, Role role, List<String> tags, String note, Provenance provenance, String creator, Instant created,
                             Instant modified) {
    }

    /** A claim-to-rebuttal link. */
    public record Link(String comparisonId, String comparisonTitle, String verdict, String claimId, String rebuttalId) {
    }

    /** What a W3C file holds. */
    public record Contents(List<Annotation> annotations, List<Link> links) {
    }

    /**
     * Reads a collection, a page, a list, or a single annotation. Annotations without a text quote
     * selector are skipped: there is nothing to place.
     */
    public static Contents read(byte[] json) throws InterchangeException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InterchangeException("the file is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InterchangeException("the file could not be read: " + e.getMessage(), e);
        }
        List<JsonNode> nodes = new ArrayList<>();
        collect(root, nodes);
        List<Annotation> annotations = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (JsonNode n : nodes) {
            String motivation = n.path("motivation").asText("");
            if (motivation.equals("linking")) {
                JsonNode c = n.path("counterpoint:comparison");
                String comparisonId = c.path("id").asText("");
                if (comparisonId.startsWith(COMPARISON_URN)) {
                    comparisonId = comparisonId.substring(COMPARISON_URN.length());
                }
                links.add(new Link(comparisonId, c.path("title").asText(""), c.path("verdict").asText(""),
                        stripUrn(text(n.path("target"))), stripUrn(text(n.path("body")))));
                continue;
            }
            Annotation a = annotation(n);
            if (a != null) {
                annotations.add(a);
            }
        }
        if (annotations.isEmpty() && links.isEmpty()) {
            throw new InterchangeException("the file holds no W3C web annotations with a text quote.");
        }
        return new Contents(annotations, links);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            String type = node.path("type").asText("");
            if (type.equals("Annotation")) {
                out.add(node);
            } else if (node.has("first")) {
                collect(node.path("first"), out);
            } else if (node.has("items")) {
                collect(node.path("items"), out);
            } else if (node.has("rows")) {
                collect(node.path("rows"), out);
            }
        }
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : n.path("id").asText("");
    }

    private static String stripUrn(String id) {
        return id.startsWith(HIGHLIGHT_URN) ? id.substring(HIGHLIGHT_URN.length()) : id;
    }

    private static Annotation annotation(JsonNode n) throws InterchangeException {
        JsonNode target = n.path("target");
        if (target.isArray()) {
            target = target.path(0);
        }
        JsonNode source = target.path("source");
        if (!source.isMissingNode() && !source.isTextual()) {
            String id = n.path("id").asText("");
            throw new InterchangeException("the annotation " + (id.isBlank() ? "" : "“" + id + "” ") + "names its source as "
                    + (source.isValueNode() ? source.toString() : "a JSON " + (source.isArray() ? "list" : "object"))
                    + ", which is not the address of a document; a target's \"source\" must be a text such as \"urn:sha256:…\" or a file name.");
        }
        JsonNode quote = null;
        JsonNode position = null;
        for (JsonNode s : selectors(target.path("selector"))) {
            String type = s.path("type").asText("");
            if (type.equals("TextQuoteSelector")) {
                quote = s;
            } else if (type.equals("TextPositionSelector")) {
                position = s;
            }
        }
        if (quote == null || quote.path("exact").asText("").isEmpty()) {
            return null;
        }
        Role role = null;
        List<String> tags = new ArrayList<>();
        String note = "";
        Provenance provenance = Provenance.UNKNOWN;
        for (JsonNode b : n.path("body").isArray() ? n.path("body") : F.arrayNode().add(n.path("body"))) {
            String purpose = b.path("purpose").asText("");
            String value = b.path("value").asText("");
            if (purpose.equals("tagging")) {
                Role r = roleOf(value);
                if (r != null && role == null) {
                    role = r;
                } else if (!value.isBlank()) {
                    tags.add(value);
                }
            } else if (W3cProvenance.isProvenance(b)) {
                // before the note: the current shape is a textual body too
                provenance = W3cProvenance.read(b);
            } else if (purpose.equals("commenting") || (purpose.isEmpty() && b.path("type").asText("").equals("TextualBody"))) {
                note = note.isEmpty() ? value : note + "\n\n" + value;
            }
        }
        JsonNode creator = n.path("creator");
        String creatorName = creator.isTextual() ? creator.asText() : creator.path("name").asText("");
        return new Annotation(stripUrn(n.path("id").asText("")), target.path("source").asText(target.isTextual() ? target.asText() : ""),
                target.path("schema:name").asText(""), quote.path("exact").asText(), quote.path("prefix").asText(""),
                quote.path("suffix").asText(""), position == null || !position.has("start") ? null : position.path("start").asInt(),
                position == null || !position.has("end") ? null : position.path("end").asInt(), role, tags, note, provenance, creatorName,
                instant(n.path("created").asText("")), instant(n.path("modified").asText("")));
    }

    private static Iterable<JsonNode> selectors(JsonNode s) {
        if (s.isArray()) {
            return s;
        }
        List<JsonNode> list = new ArrayList<>();
        if (s.isObject()) {
            list.add(s);
            if (s.has("refinedBy")) {
                selectors(s.path("refinedBy")).forEach(list::add);
            }
        }
        return list;
    }

    private static Role roleOf(String value) {
        try {
            return Role.fromId(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(String value) {
        try {
            return value.isBlank() ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
