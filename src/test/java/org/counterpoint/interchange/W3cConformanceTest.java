package org.counterpoint.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.io.Json;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.TextAnchor;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The W3C export keeps the MUSTs of the Web Annotation Data Model (and the collection and page
 * shapes of the Web Annotation Vocabulary), checked by a small validator written here: every
 * annotation of the sample and of a project with flagged highlights and a character outside the
 * Basic Multilingual Plane. Provenance, once on a body that was none of the kinds the model allows,
 * still comes back from files in the old shape.
 */
class W3cConformanceTest {
    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    @Test
    void everyExportedAnnotationOfTheSampleKeepsTheModelsMusts() throws Exception {
        Project sample = new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
        JsonNode root = Json.mapper().readTree(W3cAnnotations.export(sample, h -> true));
        List<String> problems = validateCollection(root);
        assertThat(problems).isEmpty();
        assertThat(items(root)).hasSizeGreaterThan(sample.highlights().size());
    }

    @Test
    void flaggedHighlightsAndAstralTextAreExportedConformantly() throws Exception {
        SourceDocument doc = Fixtures.textDocument("d1", "Emoji 😀 first: the claim is here, and the answer is there.");
        String text = doc.text();
        int s = text.indexOf("the claim");
        Highlight placed = Fixtures.highlight("h1", doc, Role.CLAIM, "the claim is here");
        placed = new Highlight(placed.id(), placed.documentId(), placed.role(), List.of("x"), placed.anchor(), null, "", "a note",
                new Provenance("", "Press office", PartialDate.parse("2023-10"), ""), "", placed.created(), placed.modified(), AnchorStatus.OK);
        Highlight flagged = new Highlight("h2", doc.id(), Role.REBUTTAL, List.of(), new TextAnchor(0, 0, "gone quote", "", ""), null, "", "",
                new Provenance("Jo", "", null, "Hansard"), "", Fixtures.T0, Fixtures.T0, AnchorStatus.FLAGGED);
        Project p = new Project("Small", "", "", List.of(doc), List.of(placed, flagged), List.of(), Fixtures.T0, Fixtures.T0);
        JsonNode root = Json.mapper().readTree(W3cAnnotations.export(p, h -> true));
        assertThat(validateCollection(root)).isEmpty();
        assertThat(s).isPositive();
    }

    @Test
    void theValidatorCatchesTheOldProvenanceBodyAndAPageWithoutAnId() throws Exception {
        JsonNode old = Json.mapper().readTree(OLD_SHAPE.getBytes(StandardCharsets.UTF_8));
        assertThat(validateCollection(old)).anySatisfy(m -> assertThat(m).contains("body 1"))
                .anySatisfy(m -> assertThat(m).contains("AnnotationPage has no IRI id"))
                .anySatisfy(m -> assertThat(m).contains("total"));
    }

    @Test
    void provenanceRoundTripsInTheNewShapeAndIsReadFromTheOldOne() throws Exception {
        W3cAnnotations.Annotation fromOld = W3cAnnotations.read(OLD_SHAPE.getBytes(StandardCharsets.UTF_8)).annotations().get(0);
        Provenance expected = new Provenance("Jo Bloggs", "Minister", PartialDate.parse("2023-10-26"), "Hansard, col. 4");
        assertThat(fromOld.provenance()).isEqualTo(expected);
        assertThat(fromOld.note()).isEqualTo("my note");

        SourceDocument doc = Fixtures.textDocument("d1", "Before: the claim is here, after.");
        Highlight h = Fixtures.highlight("h1", doc, Role.CLAIM, "the claim is here");
        h = new Highlight(h.id(), h.documentId(), h.role(), List.of(), h.anchor(), null, "", "my note", expected, "", h.created(), h.modified(),
                AnchorStatus.OK);
        Project p = new Project("Small", "", "", List.of(doc), List.of(h), List.of(), Fixtures.T0, Fixtures.T0);
        byte[] written = W3cAnnotations.export(p, x -> true);
        W3cAnnotations.Annotation back = W3cAnnotations.read(written).annotations().get(0);
        assertThat(back.provenance()).isEqualTo(expected);
        assertThat(back.note()).isEqualTo("my note");
        JsonNode describing = items(Json.mapper().readTree(written)).get(0).path("body").get(2);
        assertThat(describing.path("purpose").asText()).isEqualTo("describing");
        assertThat(describing.path("value").asText()).isEqualTo("Said by Jo Bloggs (Minister) on 2023-10-26. Recorded in: Hansard, col. 4");
    }

    /** A file written by earlier versions: the provenance on a body with neither id nor value, a page without an id. */
    static final String OLD_SHAPE = """
            {"@context":["http://www.w3.org/ns/anno.jsonld",{"schema":"https://schema.org/"}],
             "id":"urn:counterpoint:project:small","type":"AnnotationCollection","label":"Small","total":2,
             "first":{"type":"AnnotationPage","items":[
               {"id":"urn:counterpoint:highlight:h1","type":"Annotation","motivation":"highlighting",
                "created":"2024-03-01T10:15:30.123Z","modified":"2024-03-01T10:15:30.123Z",
                "body":[{"type":"TextualBody","purpose":"tagging","value":"claim"},
                        {"type":"schema:Quotation","schema:text":"the claim is here",
                         "schema:spokenByCharacter":{"type":"schema:Person","schema:name":"Jo Bloggs","schema:jobTitle":"Minister"},
                         "schema:dateCreated":"2023-10-26","schema:citation":"Hansard, col. 4"},
                        {"type":"TextualBody","purpose":"commenting","format":"text/plain","value":"my note"}],
                "target":{"source":"doc.txt","selector":[{"type":"TextQuoteSelector","exact":"the claim is here","prefix":"","suffix":""}]}}]}}
            """;

    // ------------------------------------------------------------------ the validator

    static List<JsonNode> items(JsonNode collection) {
        List<JsonNode> out = new ArrayList<>();
        collection.path("first").path("items").forEach(out::add);
        return out;
    }

    /** The MUSTs of an AnnotationCollection with one embedded AnnotationPage, and of every annotation in it. */
    static List<String> validateCollection(JsonNode c) {
        List<String> problems = new ArrayList<>();
        checkContext(c, "collection", problems);
        if (!isIri(c.path("id"))) {
            problems.add("the AnnotationCollection has no IRI id");
        }
        if (!hasType(c, "AnnotationCollection")) {
            problems.add("the collection is not typed AnnotationCollection");
        }
        JsonNode page = c.path("first");
        JsonNode items = page.path("items");
        if (!page.isObject()) {
            problems.add("the collection has no first page");
            return problems;
        }
        if (!isIri(page.path("id"))) {
            problems.add("the AnnotationPage has no IRI id");
        }
        if (!hasType(page, "AnnotationPage")) {
            problems.add("the first page is not typed AnnotationPage");
        }
        if (!items.isArray() || items.isEmpty()) {
            problems.add("the AnnotationPage has no items");
        }
        if (page.has("partOf") && !page.path("partOf").asText().equals(c.path("id").asText())) {
            problems.add("the page is part of another collection");
        }
        if (page.has("next")) {
            problems.add("a single page names a next page");
        }
        if (c.has("last") && !c.path("last").asText().equals(page.path("id").asText())) {
            problems.add("the last page is not the only page");
        }
        if (!c.path("total").isIntegralNumber() || c.path("total").asInt() != items.size()) {
            problems.add("total " + c.path("total") + " does not match the " + items.size() + " items");
        }
        if (page.has("startIndex") && !(page.path("startIndex").isIntegralNumber() && page.path("startIndex").asInt() == 0)) {
            problems.add("the first page does not start at index 0");
        }
        Set<String> ids = new java.util.HashSet<>();
        int i = 0;
        for (JsonNode a : items) {
            String label = "item " + i++ + " (" + a.path("id").asText("no id") + ")";
            validateAnnotation(a, label, problems);
            if (!ids.add(a.path("id").asText())) {
                problems.add(label + ": its id is used twice");
            }
        }
        return problems;
    }

    static void validateAnnotation(JsonNode a, String label, List<String> problems) {
        if (a.has("@context")) {
            checkContext(a, label, problems);
        }
        if (!isIri(a.path("id"))) {
            problems.add(label + ": no IRI id");
        }
        if (!hasType(a, "Annotation")) {
            problems.add(label + ": not typed Annotation");
        }
        for (String time : new String[] {"created", "modified"}) {
            if (a.has(time)) {
                try {
                    DateTimeFormatter.ISO_INSTANT.parse(a.path(time).asText());
                    if (!a.path(time).asText().endsWith("Z")) {
                        problems.add(label + ": " + time + " is not in UTC");
                    }
                } catch (RuntimeException e) {
                    problems.add(label + ": " + time + " is not an xsd:dateTime");
                }
            }
        }
        JsonNode targets = a.path("target");
        if (targets.isMissingNode() || targets.isNull() || targets.isArray() && targets.isEmpty()) {
            problems.add(label + ": no target");
        }
        int n = 0;
        for (JsonNode t : targets.isArray() ? targets : List.of(targets)) {
            checkResource(t, label + " target " + n++, false, problems);
        }
        JsonNode bodies = a.path("body");
        n = 0;
        for (JsonNode b : bodies.isArray() ? bodies : bodies.isMissingNode() ? List.<JsonNode>of() : List.of(bodies)) {
            checkResource(b, label + " body " + n++, true, problems);
        }
    }

    /** Section 3.2: an External Web Resource, an Embedded Textual Body (bodies only), a Choice or Set, or a Specific Resource. */
    static void checkResource(JsonNode r, String label, boolean body, List<String> problems) {
        if (r.isTextual()) {
            if (!isIri(r)) {
                problems.add(label + ": not an IRI");
            }
            return;
        }
        if (!r.isObject()) {
            problems.add(label + ": neither an IRI nor an object");
            return;
        }
        if (hasType(r, "Choice") || hasType(r, "List") || hasType(r, "Composite") || hasType(r, "Independents")) {
            if (!r.path("items").isArray() || r.path("items").isEmpty()) {
                problems.add(label + ": a choice or set without items");
            }
            r.path("items").forEach(item -> checkResource(item, label + " item", body, problems));
            return;
        }
        if (r.has("source")) {
            if (!isIri(r.path("source"))) {
                problems.add(label + ": the specific resource's source is not one IRI");
            }
            JsonNode selectors = r.path("selector");
            for (JsonNode s : selectors.isArray() ? selectors : selectors.isMissingNode() ? List.<JsonNode>of() : List.of(selectors)) {
                checkSelector(s, label, problems);
            }
            return;
        }
        if (body && (hasType(r, "TextualBody") || r.has("value"))) {
            if (!r.path("value").isTextual()) {
                problems.add(label + ": a textual body without a value");
            }
            if (!hasType(r, "TextualBody")) {
                problems.add(label + ": a textual body not typed TextualBody");
            }
            return;
        }
        if (!isIri(r.path("id"))) {
            problems.add(label + ": neither an external resource with an IRI, a textual body with a value, a choice or set, "
                    + "nor a specific resource");
        }
    }

    static void checkSelector(JsonNode s, String label, List<String> problems) {
        if (!s.has("type")) {
            problems.add(label + ": a selector without a type");
        } else if (hasType(s, "TextQuoteSelector")) {
            if (!s.path("exact").isTextual()) {
                problems.add(label + ": a TextQuoteSelector without exact");
            }
        } else if (hasType(s, "TextPositionSelector")) {
            JsonNode start = s.path("start");
            JsonNode end = s.path("end");
            if (!start.isIntegralNumber() || !end.isIntegralNumber() || start.asLong() < 0 || end.asLong() < 0) {
                problems.add(label + ": TextPositionSelector start and end must be non-negative integers");
            } else if (start.asLong() > end.asLong()) {
                problems.add(label + ": TextPositionSelector start is after end");
            }
        } else if (hasType(s, "FragmentSelector")) {
            if (!s.path("value").isTextual()) {
                problems.add(label + ": a FragmentSelector without a value");
            }
        }
        if (s.has("refinedBy")) {
            checkSelector(s.path("refinedBy"), label, problems);
        }
    }

    static void checkContext(JsonNode node, String label, List<String> problems) {
        JsonNode ctx = node.path("@context");
        String first = ctx.isArray() ? ctx.path(0).asText("") : ctx.asText("");
        if (!first.equals(ANNO_CONTEXT)) {
            problems.add(label + ": the @context does not start with " + ANNO_CONTEXT);
        }
    }

    static boolean hasType(JsonNode node, String type) {
        JsonNode t = node.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return t.asText("").equals(type);
    }

    /** An absolute IRI: a scheme, a colon and something after it. */
    static boolean isIri(JsonNode n) {
        return n.isTextual() && n.asText().matches("[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+");
    }

}
