package org.counterpoint.interchange;

import org.counterpoint.typeset.PagedDocument;

import org.counterpoint.typeset.SourceAccess;


import org.counterpoint.testing.ExportFixtures;

import org.counterpoint.interchange.W3cAnnotations;




import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.io.Json;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterchangeRoundTripTest {
    @TempDir
    Path dir;

    private static Project withoutHighlights(Project p) {
        return new Project(p.title(), p.description(), p.author(), p.documents(), List.of(), List.of(), p.created(), p.modified());
    }

    /** What a highlight keeps through another format: everything but its creation bookkeeping. */
    private static void assertSameHighlights(List<Highlight> back, List<Highlight> original) {
        assertThat(back).hasSameSizeAs(original);
        for (Highlight o : original) {
            Highlight b = back.stream().filter(h -> h.id().equals(o.id())).findFirst().orElseThrow(() -> new AssertionError("missing " + o.id()));
            assertThat(b.documentId()).isEqualTo(o.documentId());
            assertThat(b.role()).isEqualTo(o.role());
            assertThat(b.anchor()).isEqualTo(o.anchor());
            assertThat(b.area()).isEqualTo(o.area());
            assertThat(b.note()).isEqualTo(o.note());
            assertThat(b.provenance()).isEqualTo(o.provenance());
            assertThat(b.tags()).isEqualTo(o.tags());
            assertThat(b.annotator()).isEqualTo(o.annotator());
            assertThat(b.status()).isEqualTo(AnchorStatus.OK);
        }
    }

    @Test
    void w3cExportThenImportGivesBackTheSameHighlightsAndComparisons() throws Exception {
        Project sample = new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
        byte[] w3c = W3cAnnotations.export(sample, h -> true);
        InterchangeImport.Report report = InterchangeImport.fromW3c(withoutHighlights(sample), W3cAnnotations.read(w3c), Instant.now());
        assertSameHighlights(report.highlights(), sample.highlights());
        assertThat(report.flagged()).isEmpty();
        assertThat(report.approximate()).isEmpty();
        assertThat(report.comparisons()).extracting(c -> c.id()).containsExactlyInAnyOrderElementsOf(sample.comparisons().stream().map(c -> c.id()).toList());
        for (var c : report.comparisons()) {
            var o = sample.comparison(c.id()).orElseThrow();
            assertThat(c.title()).isEqualTo(o.title());
            assertThat(c.claimIds()).isEqualTo(o.claimIds());
            assertThat(c.rebuttalIds()).isEqualTo(o.rebuttalIds());
            assertThat(c.verdict()).isEqualTo(o.verdict());
        }
    }

    @Test
    void annotationsForASourceNotInTheProjectWaitFlaggedAndArePlacedWhenItIsImported(@TempDir Path tmp) throws Exception {
        Project sample = new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
        var article = sample.documents().get(0);
        byte[] w3c = W3cAnnotations.export(sample, h -> true);
        Project empty = new Project("Other", "", "", List.of(), List.of(), List.of(), sample.created(), sample.modified());

        // nothing is dropped: every annotation is kept, flagged, under a stand-in for the article
        InterchangeImport.Report report = InterchangeImport.fromW3c(empty, W3cAnnotations.read(w3c), Instant.now());
        assertThat(report.skipped()).isEmpty();
        assertThat(report.waiting()).singleElement().satisfies(d -> {
            assertThat(d.isStandIn()).isTrue();
            assertThat(d.sha256()).isEqualTo(article.sha256());
            assertThat(d.origin().fileName()).isEqualTo(article.origin().fileName());
        });
        assertThat(report.highlights()).hasSameSizeAs(sample.highlights()).allSatisfy(h -> {
            assertThat(h.status()).isEqualTo(AnchorStatus.FLAGGED);
            assertThat(h.documentId()).isEqualTo(report.waiting().get(0).id());
        });
        assertThat(report.flagged()).isEmpty();
        assertThat(report.held()).hasSameSizeAs(sample.highlights());
        assertThat(report.unplaced()).isEqualTo(sample.highlights().size());
        assertThat(report.comparisons()).hasSameSizeAs(sample.comparisons());
        assertThat(report.summary()).contains("until “" + article.origin().fileName() + "” is imported");
        Project waiting = AnnotationFiles.read(empty, write(tmp.resolve("a.jsonld"), w3c), null, SourceAccess.byRecordedPaths(), Instant.now(), Progress.NONE)
                .edit().apply(empty);

        // it survives a save and a load
        Path file = tmp.resolve("waiting.counterpoint.json");
        new org.counterpoint.io.ProjectWriter().write(waiting, file);
        var loaded = new ProjectReader().read(file);
        assertThat(loaded.warnings()).singleElement().asString().startsWith(sample.highlights().size() + " highlights wait, flagged, for “");
        waiting = loaded.project();
        assertThat(waiting.documents()).singleElement().matches(d -> d.isStandIn());

        // exported again, a waiting quote gives no position it does not know, and still names its source
        String again = new String(W3cAnnotations.export(waiting, h -> true), StandardCharsets.UTF_8);
        assertThat(again).doesNotContain("TextPositionSelector").contains("urn:sha256:" + article.sha256());

        // importing the article fills the stand-in and places every quote where it was
        var stand = org.counterpoint.interchange.StandIns.waitingFor(waiting, article).orElseThrow();
        var fill = org.counterpoint.interchange.StandIns.fill(waiting, article.withId(stand.id()), Instant.now());
        assertThat(fill.placed()).isEqualTo(sample.highlights().size());
        assertThat(fill.stillFlagged()).isZero();
        Project placed = fill.edit().apply(waiting);
        assertThat(placed.documents()).singleElement().matches(d -> !d.isStandIn() && d.text().equals(article.text()));
        for (Highlight o : sample.highlights()) {
            Highlight b = placed.highlight(o.id()).orElseThrow();
            assertThat(b.anchor()).isEqualTo(o.anchor());
            assertThat(b.status()).isNotEqualTo(AnchorStatus.FLAGGED);
        }
    }

    private static Path write(Path file, byte[] bytes) throws java.io.IOException {
        java.nio.file.Files.write(file, bytes);
        return file;
    }

    @Test
    void w3cCountsPositionsInCodePointsAndIdentifiesTheSourceByItsDigest() throws Exception {
        Project p = Fixtures.rich();
        var json = Json.mapper().readTree(W3cAnnotations.export(p, h -> true));
        var items = json.path("first").path("items");
        var first = items.get(0);
        assertThat(first.path("target").path("source").asText()).isEqualTo("urn:sha256:" + "a".repeat(64));
        var selectors = first.path("target").path("selector");
        String text = p.documents().get(0).text();
        Highlight h1 = p.highlight("h1").orElseThrow();
        assertThat(selectors.get(1).path("type").asText()).isEqualTo("TextPositionSelector");
        assertThat(selectors.get(1).path("start").asInt()).isEqualTo(text.codePointCount(0, h1.anchor().start()));
        assertThat(selectors.get(1).path("end").asInt() - selectors.get(1).path("start").asInt())
                .as("the quote has a character outside the BMP and an emoji: fewer code points than UTF-16 units")
                .isEqualTo(h1.anchor().length() - 2);
        assertThat(first.path("body").get(0).path("purpose").asText()).isEqualTo("tagging");
        assertThat(first.path("body").get(0).path("value").asText()).isEqualTo("claim");
        var pdfHighlight = items.get(3);
        assertThat(pdfHighlight.path("target").path("selector").get(2).path("value").asText()).isEqualTo("page=2");
        assertThat(items.findValuesAsText("motivation")).contains("linking");
        // and back, with the non-BMP positions converted again
        InterchangeImport.Report report = InterchangeImport.fromW3c(withoutHighlights(p), W3cAnnotations.read(W3cAnnotations.export(p, h -> true)), Instant.now());
        assertSameHighlights(report.highlights(), p.highlights().stream().filter(h -> !h.isArea()).toList());
    }

    @Test
    void quotesFromOtherToolsArePlacedIgnoringLineBreaksAndTheRestKeptFlagged() throws Exception {
        ExportFixtures.Pdf pdf = ExportFixtures.twoColumnPdf(dir);
        byte[] w3c = ExportFixtures.w3cByQuote(pdf.document(), List.of(
                Map.entry("claim", "the ruling endorses the security"),
                Map.entry("rebuttal", "there   is no\nsuch thing"),
                Map.entry("rebuttal", "a sentence that is in no document")));
        InterchangeImport.Report report = InterchangeImport.fromW3c(pdf.project(), W3cAnnotations.read(w3c), Instant.now());
        assertThat(report.highlights()).hasSize(3);
        Highlight exactlyFound = report.highlights().get(0);
        assertThat(exactlyFound.quote()).isEqualTo("the ruling\nendorses the security");
        assertThat(report.highlights().get(1).quote()).isEqualTo("There is no such thing");
        Highlight lost = report.highlights().get(2);
        assertThat(lost.status()).isEqualTo(AnchorStatus.FLAGGED);
        assertThat(lost.quote()).isEqualTo("a sentence that is in no document");
        assertThat(report.flagged()).singleElement().asString().startsWith("urn:example:a3");
        assertThat(report.summary()).contains("kept as flagged: urn:example:a3");
        // a flagged highlight survives saving and loading, still flagged
        Project p = pdf.project();
        for (Highlight h : report.highlights()) {
            p = Edits.addHighlight(h, Instant.now()).apply(p);
        }
        Path file = dir.resolve("p.counterpoint.json");
        new org.counterpoint.io.ProjectWriter().write(p, file);
        assertThat(new ProjectReader().read(file).project().highlight(lost.id()).orElseThrow().isFlagged()).isTrue();
    }

    @Test
    void xfdfExportThenImportGivesBackTheSameHighlights() throws Exception {
        ExportFixtures.Pdf pdf = ExportFixtures.twoColumnPdf(dir);
        Instant now = Instant.parse("2024-02-03T04:05:06Z");
        Project p = pdf.project();
        String text = pdf.document().text();
        int a = text.indexOf("There is no such thing");
        int b = text.indexOf("said", a) + 4;
        Highlight h1 = Highlight.ofText("x1", pdf.document().id(), Role.REBUTTAL, org.counterpoint.anchor.Anchors.create(text, a, b), "Analyst", now)
                .withNote("Line one of the note.\nLine two.", now)
                .withProvenance(new org.counterpoint.model.Provenance("A spokesperson", "Ministry", org.counterpoint.model.PartialDate.parse("2024-04-02"), "Press office"), now)
                .withTags(List.of("denial", "on record"), now).withColor("#123456", now);
        int c = text.indexOf("applies");
        Highlight h2 = Highlight.ofText("x2", pdf.document().id(), Role.CLAIM, org.counterpoint.anchor.Anchors.create(text, c, c + 7), "", now);
        Highlight h3 = Highlight.ofArea("x3", pdf.document().id(), Role.CONTEXT, new PageArea(1, 100, 100, 50, 40), "Analyst", now);
        for (Highlight h : List.of(h1, h2, h3)) {
            p = Edits.addHighlight(h, now).apply(p);
        }
        PagedDocument paged = PagedDocument.of(pdf.document(), pdf.access(), Progress.NONE);
        byte[] xfdf = Xfdf.export(p, paged, h -> true, "statement.pdf");
        String xml = new String(xfdf, StandardCharsets.UTF_8);
        assertThat(xml).contains("<xfdf xmlns=\"http://ns.adobe.com/xfdf/\"").contains("<f href=\"statement.pdf\"/>")
                .contains("<highlight page=\"0\"").contains("coords=\"").contains("<square page=\"0\"");
        Xfdf.File read = Xfdf.read(xfdf);
        assertThat(read.href()).isEqualTo("statement.pdf");
        InterchangeImport.Report report = InterchangeImport.fromXfdf(withoutHighlights(p), paged, read.annotations(), now);
        Highlight back = report.highlights().stream().filter(h -> h.id().equals("x1")).findFirst().orElseThrow();
        assertThat(back.color()).isEqualTo("#123456");
        // an annotation without an author is credited to Counterpoint, as viewers need a name to show
        List<Highlight> expected = p.highlights().stream().map(h -> !h.id().equals("x2") ? h : new Highlight(h.id(), h.documentId(), h.role(),
                h.tags(), h.anchor(), h.area(), h.color(), h.note(), h.provenance(), "Counterpoint", h.created(), h.modified(), h.status())).toList();
        assertSameHighlights(report.highlights(), expected);
    }

    @Test
    void anXfdfWithoutCounterpointsNotesStillBringsInItsMarkedText() throws Exception {
        ExportFixtures.Pdf pdf = ExportFixtures.twoColumnPdf(dir);
        var layout = pdf.layout();
        String text = pdf.document().text();
        int s = text.indexOf("local bodies");
        var box = layout.boxes(s, s + "local bodies".length()).get(0);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">
                  <f href="statement.pdf"/>
                  <annots>
                    <highlight page="0" color="#FFFF00" title="Acrobat user" name="acro-1" rect="%1$s,%2$s,%3$s,%4$s"
                               coords="%1$s,%4$s,%3$s,%4$s,%1$s,%2$s,%3$s,%2$s"><contents>Look here</contents></highlight>
                    <ink page="0" rect="1,1,2,2"/>
                  </annots>
                </xfdf>
                """.formatted(box.x0(), box.y0(), box.x1(), box.y1());
        var read = Xfdf.read(xml.getBytes(StandardCharsets.UTF_8));
        InterchangeImport.Report report = InterchangeImport.fromXfdf(pdf.project(), PagedDocument.of(pdf.document(), pdf.access(), Progress.NONE),
                read.annotations(), Instant.now());
        assertThat(report.highlights()).singleElement().satisfies(h -> {
            assertThat(h.quote()).isEqualTo("local bodies");
            assertThat(h.role()).isEqualTo(Role.CONTEXT);
            assertThat(h.note()).isEqualTo("Look here");
            assertThat(h.annotator()).isEqualTo("Acrobat user");
            assertThat(h.color()).isEqualTo("#ffff00");
        });
    }

    @Test
    void xmlWithExternalEntitiesIsRefused() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xfdf xmlns=\"http://ns.adobe.com/xfdf/\"><annots/></xfdf>";
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(InterchangeException.class, () -> Xfdf.read(evil.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).hasMessageContaining("not valid XFDF");
    }
}
