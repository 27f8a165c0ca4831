package org.counterpoint.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.counterpoint.ingest.DocumentImporter;
import org.counterpoint.io.Json;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.io.ProjectWriter;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.Fixtures;
import org.counterpoint.typeset.SourceAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class HypothesisImportTest {
    public static final String PAGE_URL = "https://news.example.org/council-cameras";
    public static final String QUOTE_1 = "The council voted on Tuesday to stop buying cameras from the supplier.";
    public static final String QUOTE_2 = "does not endorse any particular supplier";
    public static final String QUOTE_3 = "Opposition members called the measure overdue.";
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    /** A saved web page that names its canonical address, imported as the app imports it. */
    public static SourceDocument savedPage(Path dir) throws Exception {
        Path file = dir.resolve("council-cameras.html");
        Files.writeString(file, """
                <!doctype html><html><head><title>Council restricts camera purchases</title>
                <link rel="canonical" href="https://news.example.org/council-cameras">
                </head><body><article><h1>Council restricts camera purchases</h1>
                <p>The council voted on Tuesday to stop buying cameras from the supplier.</p>
                <p>A council spokesperson said the decision “does not endorse any particular supplier” and applies only to new purchases.</p>
                <p>Opposition members called the measure overdue.</p>
                </article></body></html>
                """);
        return new DocumentImporter().importFile(file, null, Progress.NONE).document();
    }

    static ObjectNode row(String id, String source, String exact, String prefix, String text, List<String> tags, String user) {
        ObjectNode r = F.objectNode();
        r.put("id", id);
        r.put("created", "2024-03-01T10:15:30.123456+00:00");
        r.put("updated", "2024-03-02T08:00:00.000000+00:00");
        r.put("user", "acct:" + user + "@hypothes.is");
        r.put("uri", source);
        r.put("text", text);
        ArrayNode t = r.putArray("tags");
        tags.forEach(t::add);
        r.put("group", "__world__");
        ObjectNode target = r.putArray("target").addObject();
        target.put("source", source);
        if (exact != null) {
            ArrayNode selectors = target.putArray("selector");
            ObjectNode range = selectors.addObject();
            range.put("type", "RangeSelector");
            range.put("startContainer", "/main[1]/p[2]");
            ObjectNode position = selectors.addObject();
            // Hypothesis counts in the page's DOM text, which is not Counterpoint's snapshot
            position.put("type", "TextPositionSelector");
            position.put("start", 400);
            position.put("end", 400 + exact.length());
            ObjectNode quote = selectors.addObject();
            quote.put("type", "TextQuoteSelector");
            quote.put("exact", exact);
            quote.put("prefix", prefix);
            quote.put("suffix", "");
        }
        r.putObject("document").putArray("title").add("Council restricts camera purchases");
        return r;
    }

    static ObjectNode reply(String id, String parent, String text, String user) {
        ObjectNode r = row(id, PAGE_URL, null, "", text, List.of(), user);
        r.putArray("references").add(parent);
        return r;
    }

    /** An API search result for the page, under an address that differs from the canonical one only in ways that do not matter. */
    public static byte[] searchResult(String quote2) throws Exception {
        String source = "http://news.example.org/council-cameras?utm_source=newsletter&utm_medium=email#annotations:abc";
        ObjectNode root = F.objectNode();
        ArrayNode rows = root.putArray("rows");
        rows.add(row("Hyp1aaaaaaaaaaaaaaaaaa", source, QUOTE_1, "", "The vote was 7 to 2.", List.of("claim", "cameras"), "alice"));
        rows.add(row("Hyp2bbbbbbbbbbbbbbbbbb", source, quote2, "A council spokesperson said the decision “", "Their words.",
                List.of("Rebuttal"), "bob"));
        rows.add(row("Hyp3cccccccccccccccccc", PAGE_URL + "/", QUOTE_3, "", "", List.of(), "alice"));
        rows.add(reply("Hyp4dddddddddddddddddd", "Hyp1aaaaaaaaaaaaaaaaaa", "Source: the minutes.", "carol"));
        root.put("total", 4);
        return Json.pretty(root);
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static Project with(SourceDocument doc) {
        Project empty = Project.empty("Case", Fixtures.T0);
        return Edits.addDocuments(List.of(doc), Fixtures.T0).apply(empty);
    }

    @Test
    void aHypothesisExportOfASavedPagePlacesEveryQuoteWithItsNoteTagsAndUserOnThePageMatchedByAddress() throws Exception {
        SourceDocument page = savedPage(dir);
        assertThat(page.metadata().url()).isEqualTo(PAGE_URL);
        Project project = with(page);
        Path json = file("hypothesis.json", searchResult(QUOTE_2));

        AnnotationFiles.Outcome outcome = AnnotationFiles.read(project, json, null, SourceAccess.byRecordedPaths(), NOW, Progress.NONE);
        Project after = outcome.edit().apply(project);

        assertThat(outcome.report().flagged()).isEmpty();
        assertThat(outcome.report().skipped()).isEmpty();
        assertThat(outcome.report().waiting()).isEmpty();
        assertThat(after.documents()).containsExactly(page);
        List<Highlight> hs = after.highlightsIn(page.id());
        assertThat(hs).hasSize(3).allSatisfy(h -> {
            assertThat(h.status()).isEqualTo(AnchorStatus.OK);
            assertThat(page.text().substring(h.anchor().start(), h.anchor().end())).isEqualTo(h.anchor().exact());
        });
        Highlight first = byExternalId(after, "hypothesis:Hyp1aaaaaaaaaaaaaaaaaa");
        assertThat(first.quote()).isEqualTo(QUOTE_1);
        assertThat(first.role()).isEqualTo(Role.CLAIM);
        assertThat(first.tags()).containsExactly("cameras");
        assertThat(first.annotator()).isEqualTo("alice@hypothes.is");
        assertThat(first.note()).isEqualTo("The vote was 7 to 2.\n\nReply from carol@hypothes.is (2024-03-01): Source: the minutes.");
        assertThat(first.created()).isEqualTo(Instant.parse("2024-03-01T10:15:30.123Z"));
        assertThat(first.modified()).isEqualTo(Instant.parse("2024-03-02T08:00:00Z"));
        Highlight second = byExternalId(after, "hypothesis:Hyp2bbbbbbbbbbbbbbbbbb");
        assertThat(second.quote()).isEqualTo(QUOTE_2);
        assertThat(second.role()).isEqualTo(Role.REBUTTAL);
        assertThat(second.tags()).isEmpty();
        assertThat(second.note()).isEqualTo("Their words.");
        assertThat(second.annotator()).isEqualTo("bob@hypothes.is");
        Highlight third = byExternalId(after, "hypothesis:Hyp3cccccccccccccccccc");
        assertThat(third.quote()).isEqualTo(QUOTE_3);
        assertThat(third.role()).as("no role tag: context").isEqualTo(Role.CONTEXT);

        // the ids survive a save and a load
        Path saved = dir.resolve("case.counterpoint.json");
        new ProjectWriter().write(after, saved);
        Project loaded = new ProjectReader().read(saved).project();
        assertThat(loaded.highlights()).extracting(Highlight::externalId)
                .containsExactlyInAnyOrder("hypothesis:Hyp1aaaaaaaaaaaaaaaaaa", "hypothesis:Hyp2bbbbbbbbbbbbbbbbbb", "hypothesis:Hyp3cccccccccccccccccc");
        assertThat(loaded.highlights()).containsExactlyInAnyOrderElementsOf(after.highlights());
    }

    @Test
    void importingTheSameAnnotationsAgainChangesNothing() throws Exception {
        SourceDocument page = savedPage(dir);
        Project project = with(page);
        Path json = file("hypothesis.json", searchResult(QUOTE_2));
        Project once = AnnotationFiles.read(project, json, null, SourceAccess.byRecordedPaths(), NOW, Progress.NONE).edit().apply(project);

        AnnotationFiles.Outcome again = AnnotationFiles.read(once, json, null, SourceAccess.byRecordedPaths(), NOW.plusSeconds(60), Progress.NONE);
        Project twice = again.edit().apply(once);

        assertThat(twice).isEqualTo(once);
        assertThat(again.report().highlights()).isEmpty();
        assertThat(again.report().summary()).contains("3 annotations are already in the project (the same Hypothesis id)");
    }

    @Test
    void aNewReplyToAnAnnotationAlreadyBroughtInIsAddedToItsNote() throws Exception {
        SourceDocument page = savedPage(dir);
        Project project = with(page);
        Project once = AnnotationFiles.read(project, file("a.json", searchResult(QUOTE_2)), null, SourceAccess.byRecordedPaths(), NOW,
                Progress.NONE).edit().apply(project);
        ArrayNode later = F.arrayNode();
        later.add(reply("Hyp5eeeeeeeeeeeeeeeeee", "Hyp2bbbbbbbbbbbbbbbbbb", "Confirmed by phone.", "dave"));

        Project after = AnnotationFiles.read(once, file("b.json", Json.pretty(later)), null, SourceAccess.byRecordedPaths(), NOW,
                Progress.NONE).edit().apply(once);

        assertThat(byExternalId(after, "hypothesis:Hyp2bbbbbbbbbbbbbbbbbb").note())
                .isEqualTo("Their words.\n\nReply from dave@hypothes.is (2024-03-01): Confirmed by phone.");
        assertThat(after.highlights()).hasSameSizeAs(once.highlights());
    }

    @Test
    void anEditedQuoteIsKeptFlaggedAndListedNeverDropped() throws Exception {
        SourceDocument page = savedPage(dir);
        Project project = with(page);
        String edited = "does not endorse any supplier whatsoever";
        AnnotationFiles.Outcome outcome = AnnotationFiles.read(project, file("h.json", searchResult(edited)), null,
                SourceAccess.byRecordedPaths(), NOW, Progress.NONE);
        Project after = outcome.edit().apply(project);

        assertThat(after.highlights()).hasSize(3);
        Highlight kept = byExternalId(after, "hypothesis:Hyp2bbbbbbbbbbbbbbbbbb");
        assertThat(kept.status()).isEqualTo(AnchorStatus.FLAGGED);
        assertThat(kept.quote()).isEqualTo(edited);
        assertThat(kept.note()).isEqualTo("Their words.");
        assertThat(outcome.report().flagged()).singleElement().asString().startsWith("Hyp2bbbbbbbbbbbbbbbbbb");
        assertThat(outcome.report().summary()).contains("1 could not be placed");
    }

    @Test
    void annotationsOfAPageNotInTheProjectWaitUnderAStandInThatImportingThePageFills() throws Exception {
        Project empty = Project.empty("Case", Fixtures.T0);
        AnnotationFiles.Outcome outcome = AnnotationFiles.read(empty, file("h.json", searchResult(QUOTE_2)), null,
                SourceAccess.byRecordedPaths(), NOW, Progress.NONE);
        Project waiting = outcome.edit().apply(empty);
        assertThat(outcome.report().waiting()).singleElement().satisfies(d -> {
            assertThat(d.isStandIn()).isTrue();
            assertThat(d.title()).isEqualTo("Council restricts camera purchases");
        });
        assertThat(waiting.highlights()).hasSize(3).allMatch(Highlight::isFlagged);
        assertThat(outcome.report().held()).hasSize(3);

        // a second import of the same file finds the stand-in and adds nothing
        Project again = AnnotationFiles.read(waiting, file("h.json", searchResult(QUOTE_2)), null, SourceAccess.byRecordedPaths(), NOW,
                Progress.NONE).edit().apply(waiting);
        assertThat(again).isEqualTo(waiting);

        SourceDocument page = savedPage(dir);
        SourceDocument adopted = page.withId(StandIns.adoptedId(waiting, page, List.of()));
        assertThat(adopted.id()).isEqualTo(outcome.report().waiting().get(0).id());
        Project placed = StandIns.add(waiting, List.of(adopted), NOW).edit().apply(waiting);
        assertThat(placed.documents()).singleElement().matches(d -> !d.isStandIn());
        assertThat(placed.highlights()).hasSize(3).noneMatch(Highlight::isFlagged);
        assertThat(byExternalId(placed, "hypothesis:Hyp2bbbbbbbbbbbbbbbbbb").quote()).isEqualTo(QUOTE_2);
    }

    @Test
    void w3cTargetsNamingTheirSourceByAddressMatchTheSameWay() throws Exception {
        SourceDocument page = savedPage(dir);
        Project project = with(page);
        String w3c = """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation",
                 "body": {"type": "TextualBody", "purpose": "commenting", "value": "noted"},
                 "target": {"source": "http://NEWS.example.org/council-cameras/?utm_campaign=x#top",
                            "selector": {"type": "TextQuoteSelector", "exact": "Opposition members called the measure overdue."}}}
                """;
        InterchangeImport.Report report = InterchangeImport.fromW3c(project, W3cAnnotations.read(w3c.getBytes()), NOW);
        assertThat(report.waiting()).isEmpty();
        assertThat(report.highlights()).singleElement().satisfies(h -> {
            assertThat(h.documentId()).isEqualTo(page.id());
            assertThat(h.status()).isEqualTo(AnchorStatus.OK);
            assertThat(h.quote()).isEqualTo(QUOTE_3);
        });
    }

    @Test
    void aTagChosenByTheUserGivesTheRole() throws Exception {
        SourceDocument page = savedPage(dir);
        Project project = with(page);
        AnnotationFiles.Outcome outcome = AnnotationFiles.read(project, file("h.json", searchResult(QUOTE_2)), null,
                SourceAccess.byRecordedPaths(), java.util.Map.of("cameras", Role.REBUTTAL), NOW, Progress.NONE);
        Highlight first = outcome.report().highlights().stream().filter(h -> h.quote().equals(QUOTE_1)).findFirst().orElseThrow();
        assertThat(first.role()).isEqualTo(Role.REBUTTAL);
        assertThat(first.tags()).containsExactly("claim");
    }

    @Test
    void aPageNoteAndItsRepliesAreListedAsNotBroughtIn() throws Exception {
        SourceDocument page = savedPage(dir);
        Project project = with(page);
        ArrayNode rows = F.arrayNode();
        rows.add(row("PageNote1xxxxxxxxxxxxx", PAGE_URL, null, "", "A note on the whole page.", List.of(), "alice"));
        rows.add(reply("PageNoteReply1xxxxxxxx", "PageNote1xxxxxxxxxxxxx", "Agreed.", "bob"));
        rows.add(reply("OrphanReply1xxxxxxxxxx", "Elsewhere1xxxxxxxxxxxx", "Where is this?", "bob"));

        AnnotationFiles.Outcome outcome = AnnotationFiles.read(project, file("notes.json", Json.pretty(rows)), null,
                SourceAccess.byRecordedPaths(), NOW, Progress.NONE);

        assertThat(outcome.report().highlights()).isEmpty();
        assertThat(outcome.report().skipped()).containsExactly("PageNote1xxxxxxxxxxxxx (a page note: it quotes nothing to place)",
                "PageNoteReply1xxxxxxxx (a reply to PageNote1xxxxxxxxxxxxx, which is not brought in)",
                "OrphanReply1xxxxxxxxxx (a reply to Elsewhere1xxxxxxxxxxxx, which is not brought in)");
    }

    @Test
    void aPdfIsMatchedByTheFingerprintInItsId() throws Exception {
        byte[] id = {(byte) 0xA1, 0x02, (byte) 0xFE, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88, (byte) 0x99, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15};
        Path pdf = dir.resolve("minutes.pdf");
        Files.write(pdf, org.counterpoint.testing.AnnotationPdfs.pages(List.of(List.of("Minutes of the meeting.", "The motion was carried by seven votes.")), id));
        SourceDocument doc = new DocumentImporter().importFile(pdf, null, Progress.NONE).document();
        Project project = with(doc);
        ArrayNode rows = F.arrayNode();
        rows.add(row("PdfAnnotation1xxxxxxxxx", "urn:x-pdf:A102FE33445566778899101112131415", "carried by seven votes", "motion was ",
                "", List.of("claim"), "alice"));
        rows.add(row("PdfAnnotation2xxxxxxxxx", "urn:x-pdf:00000000000000000000000000000001", "Minutes", "", "", List.of(), "alice"));

        AnnotationFiles.Outcome outcome = AnnotationFiles.read(project, file("pdf.json", Json.pretty(rows)), null,
                SourceAccess.byRecordedPaths(), NOW, Progress.NONE);

        Highlight matched = outcome.report().highlights().get(0);
        assertThat(matched.documentId()).isEqualTo(doc.id());
        assertThat(matched.status()).isEqualTo(AnchorStatus.OK);
        assertThat(doc.text().substring(matched.anchor().start(), matched.anchor().end())).isEqualTo("carried by seven votes");
        assertThat(outcome.report().highlights().get(1).documentId()).as("another PDF's fingerprint waits under a stand-in")
                .isEqualTo(outcome.report().waiting().get(0).id());
        assertThat(outcome.report().waiting().get(0).kind()).isEqualTo(org.counterpoint.model.DocumentKind.PDF);

        // importing that PDF later fills the stand-in and places the quote
        Project waiting = outcome.edit().apply(project);
        byte[] otherId = new byte[16];
        otherId[15] = 1;
        Path other = dir.resolve("agenda.pdf");
        Files.write(other, org.counterpoint.testing.AnnotationPdfs.pages(List.of(List.of("Agenda.", "Minutes of the last meeting.")), otherId));
        SourceDocument agenda = new DocumentImporter().importFile(other, null, Progress.NONE).document();
        SourceDocument adopted = agenda.withId(StandIns.adoptedId(waiting, agenda, List.of()));
        assertThat(adopted.id()).isEqualTo(outcome.report().waiting().get(0).id());
        Project placed = StandIns.add(waiting, List.of(adopted), NOW).edit().apply(waiting);
        Highlight minutes = byExternalId(placed, "hypothesis:PdfAnnotation2xxxxxxxxx");
        assertThat(minutes.status()).isNotEqualTo(AnchorStatus.FLAGGED);
        assertThat(agenda.text().substring(minutes.anchor().start(), minutes.anchor().end())).isEqualTo("Minutes");
        assertThat(StandIns.adoptedId(waiting, new DocumentImporter().importFile(pdf, null, Progress.NONE).document(), List.of()))
                .as("a PDF with another /ID does not take the stand-in").isNotEqualTo(adopted.id());
    }

    @Test
    void addressesDifferingOnlyInFragmentTrackingSchemeOrTrailingSlashAreTheSamePage() {
        assertThat(SourceMatch.samePage("https://a.example/x/y?id=3&utm_source=z#p2", "http://A.example:80/x/y/?id=3")).isTrue();
        assertThat(SourceMatch.samePage("https://a.example/x/y?id=3", "https://a.example/x/y?id=4")).isFalse();
        assertThat(SourceMatch.samePage("https://a.example/x", "https://b.example/x")).isFalse();
        assertThat(SourceMatch.samePage("urn:x-pdf:abc", "urn:x-pdf:abc")).as("not web addresses").isFalse();
        assertThat(SourceMatch.samePage("", "")).isFalse();
    }

    static Highlight byExternalId(Project p, String id) {
        return p.highlights().stream().filter(h -> h.externalId().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }
}
