package org.counterpoint.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Origin;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden queries over generated documents: each hit must be the exact stored words a reader sees. */
class ProjectSearchTest {
    static final String ENGLISH = "Statement of the Cabinet Office\n"
            + "The government does not\nendorse the secu-\nrity creden-\ntials of any supplier.\n"
            + "A ban on endorsement was proposed; the \uFB01nal word rests with the o\uFB03ce.\n"
            + "Caf\u00E9 owners were na\u00EFve about Hikvision\u2019s \u201Cendorsed\u201D kit.\n"
            + "One supplier was said to endorce it.\f"
            + "Page two: the ministers met on Tuesday.\n";
    static final String ARABIC = "\u0642\u0627\u0644\u062A \u0627\u0644\u062D\u0643\u0648\u0645\u0629 \u0625\u0646\u0647\u0627 \u0644\u0627 "
            + "\u062A\u064F\u0624\u064E\u064A\u0651\u0650\u062F \u0627\u0644\u0634\u0631\u0643\u0629.\n";
    static final String CJK = "\u82F1\u56FD\u653F\u5E9C\u5426\u8BA4\u8BA4\u53EF\u6D77\u5EB7\u5A01\u89C6\u7684\u5B89\u5168\u6027\u3002\n";

    @TempDir
    Path dir;
    ProjectSearch search;
    Project project;
    SourceDocument english;

    @BeforeEach
    void index() throws Exception {
        int page2 = ENGLISH.indexOf("Page two");
        english = doc("en", "Cabinet Office statement", "statement.pdf", "1".repeat(64), ENGLISH, List.of(0, page2));
        SourceDocument arabic = doc("ar", "Arabic report", "report-ar.txt", "2".repeat(64), ARABIC, List.of(0));
        SourceDocument cjk = doc("zh", "Chinese report", "report-zh.txt", "3".repeat(64), CJK, List.of(0));
        Highlight claim = highlight("h1", english, Role.CLAIM, "does not\nendorse", "Simon Hatton", "2023-10-25", List.of("security credentials"), "Denied.");
        Highlight rebuttal = highlight("h2", english, Role.REBUTTAL, "A ban on endorsement", "Cabinet Office press office", "2023-08", List.of("ban"),
                "Hatton repeated this in August.");
        Highlight late = highlight("h3", english, Role.CONTEXT, "the ministers met", "A minister", "2023-11-02", List.of(), "");
        Highlight yearOnly = highlight("h4", english, Role.CONTEXT, "One supplier", "Supplier", "2023", List.of(), "");
        Comparison comparison = new Comparison("c1", "Endorsement by the government", List.of("h1"), List.of("h2"), Verdict.FALSE,
                "The UK government denies any endorsement", "", 0);
        project = new Project("Golden", "", "", List.of(english, arabic, cjk), List.of(claim, rebuttal, late, yearOnly), List.of(comparison),
                Fixtures.T0, Fixtures.T0);
        search = new ProjectSearch(dir.resolve("cache"));
        search.update(project, Progress.NONE);
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    static SourceDocument doc(String id, String title, String file, String sha, String text, List<Integer> pages) {
        return new SourceDocument(id, title, DocumentKind.PDF, new Origin(file, file), sha, text, pages, DocumentMetadata.EMPTY, Fixtures.T0);
    }

    static Highlight highlight(String id, SourceDocument d, Role role, String quote, String speaker, String stated, List<String> tags, String note) {
        int start = d.text().indexOf(quote);
        return new Highlight(id, d.id(), role, tags, Anchors.create(d.text(), start, start + quote.length()), null, "", note,
                new Provenance(speaker, "", PartialDate.parse(stated), ""), "me", Fixtures.T0, Fixtures.T0, AnchorStatus.OK);
    }

    /** The stored words of every text hit of a query, in order. */
    List<String> words(String query) throws SearchException {
        return search.search(query, 100).hits().stream().filter(SearchHit::isInText)
                .map(h -> project.document(h.documentId()).orElseThrow().text().substring(h.start(), h.end())).toList();
    }

    @Test
    void phrasesMatchAcrossLineBreaksAndHyphenatedLineEnds() throws Exception {
        assertThat(words("\"does not endorse\"")).containsExactly("does not\nendorse");
        assertThat(words("security")).containsExactly("secu-\nrity");
        assertThat(words("\"security credentials\"")).containsExactly("secu-\nrity creden-\ntials");
    }

    @Test
    void ligaturesDiacriticsCaseAndQuotesFoldAway() throws Exception {
        assertThat(words("final")).containsExactly("\uFB01nal");
        assertThat(words("OFFICE")).contains("o\uFB03ce", "Office");
        assertThat(words("cafe")).containsExactly("Caf\u00E9");
        assertThat(words("CAF\u00C9 naive")).containsExactly("Caf\u00E9", "na\u00EFve");
        assertThat(words("hikvision's")).containsExactly("Hikvision\u2019s");
        assertThat(words("hikvision\u2019s")).containsExactly("Hikvision\u2019s");
        assertThat(words("hikvision")).containsExactly("Hikvision\u2019s");
        assertThat(words("\"Hikvision's \u201Cendorsed\u201D kit\"")).containsExactly("Hikvision\u2019s \u201Cendorsed\u201D kit");
    }

    @Test
    void arabicMatchesWithoutItsVowelMarksAndCjkByCharacters() throws Exception {
        // تؤيد typed bare finds it written with damma, fatha, shadda and kasra
        assertThat(words("\u062A\u0624\u064A\u062F")).containsExactly("\u062A\u064F\u0624\u064E\u064A\u0651\u0650\u062F");
        // انها typed with a bare alef finds إنها
        assertThat(words("\u0627\u0646\u0647\u0627")).containsExactly("\u0625\u0646\u0647\u0627");
        assertThat(words("\u5B89\u5168")).containsExactly("\u5B89\u5168");
        assertThat(words("\u6D77\u5EB7\u5A01\u89C6")).containsExactly("\u6D77\u5EB7\u5A01\u89C6");
        assertThat(words("\u5B89\u6D77")).isEmpty();
    }

    @Test
    void prefixFuzzyBooleanAndProximity() throws Exception {
        assertThat(words("endors*")).containsExactly("endorse", "endorsement", "endorsed");
        assertThat(words("endorse~1")).contains("endorse", "endorsed", "endorce");
        assertThat(words("ban AND proposed")).containsExactly("ban", "proposed");
        assertThat(words("ban AND \u5B89\u5168")).isEmpty();
        assertThat(words("tuesday OR proposed")).containsExactly("proposed", "Tuesday");
        assertThat(words("endorsement NOT tuesday")).containsExactly("endorsement");
        assertThat(words("\"ban endorsement\"~5")).containsExactly("ban on endorsement");
        assertThat(words("\"ban endorsement\"")).isEmpty();
    }

    @Test
    void hitsCarryTheirPageSnippetAndTheHighlightTheyAreIn() throws Exception {
        SearchResults r = search.search("tuesday", 100);
        SearchHit hit = r.hits().get(0);
        assertThat(hit.page()).isEqualTo(2);
        assertThat(hit.matched()).isEqualTo("Tuesday");
        assertThat(hit.snippet()).contains("the ministers met on Tuesday");
        SearchHit inClaim = search.search("\"not endorse\"", 100).hits().get(0);
        assertThat(inClaim.highlightId()).isEqualTo("h1");
        assertThat(inClaim.page()).isEqualTo(1);
        assertThat(inClaim.matched()).isEqualTo("not endorse");
        assertThat(search.search("\"not endorse\"", 100).groups()).hasSize(1);
        assertThat(search.search("\"not endorse\"", 100).groups().get(0).count()).isEqualTo(1);
    }

    @Test
    void fieldQueriesNarrowToAnnotations() throws Exception {
        assertThat(search.search("role:rebuttal", 100).hits()).extracting(SearchHit::highlightId).containsExactly("h2");
        assertThat(words("role:rebuttal")).containsExactly("A ban on endorsement");
        assertThat(search.search("speaker:hatton", 100).hits()).extracting(SearchHit::highlightId).containsExactly("h1");
        assertThat(words("endorse speaker:hatton")).containsExactly("endorse");
        assertThat(search.search("tag:\"security credentials\"", 100).hits()).extracting(SearchHit::highlightId).containsExactly("h1");
        assertThat(search.search("verdict:false role:claim", 100).hits()).extracting(SearchHit::highlightId).containsExactly("h1");
        SearchHit note = search.search("note:august", 100).hits().get(0);
        assertThat(note.field()).isEqualTo("note");
        assertThat(note.highlightId()).isEqualTo("h2");
        assertThat(note.matched()).isEqualTo("August");
        // a bare word also finds notes, speakers and comparison titles
        assertThat(search.search("hatton", 100).hits()).extracting(SearchHit::field).containsExactlyInAnyOrder("speaker", "note");
        SearchResults titled = search.search("title:endorsement", 100);
        assertThat(titled.groups()).extracting(SearchResults.Group::title).containsExactly("Comparisons");
        assertThat(titled.hits().get(0).comparisonId()).isEqualTo("c1");
        assertThat(search.search("denies", 100).hits()).extracting(SearchHit::field).containsExactly("summary");
    }

    @Test
    void docNarrowsToDocumentsByTitleOrFileName() throws Exception {
        assertThat(words("doc:cabinet supplier")).containsExactly("supplier", "supplier");
        assertThat(words("doc:arabic supplier")).isEmpty();
        assertThat(words("doc:report-zh.txt \u5B89\u5168")).containsExactly("\u5B89\u5168");
        assertThat(words("supplier NOT doc:cabinet")).isEmpty();
    }

    @Test
    void datesStatedFallInsideTheRange() throws Exception {
        assertThat(search.search("stated:2023-08..2023-10", 100).hits()).extracting(SearchHit::highlightId).containsExactly("h1", "h2");
        assertThat(search.search("stated:2023-10", 100).hits()).extracting(SearchHit::highlightId).containsExactly("h1");
        assertThat(search.search("stated:2023-11..", 100).hits()).extracting(SearchHit::highlightId).containsExactly("h3");
        assertThat(search.search("stated:..2023-08-31", 100).hits()).extracting(SearchHit::highlightId).containsExactly("h2");
        assertThat(search.search("stated:2023", 100).hits()).extracting(SearchHit::highlightId).containsExactly("h1", "h2", "h4", "h3");
        assertThat(search.search("stated:[2023-09 TO 2023-12]", 100).hits()).extracting(SearchHit::highlightId).containsExactly("h1", "h3");
        assertThat(words("ban stated:2023-08..2023-10")).containsExactly("ban");
    }

    @Test
    void aDateOrNotClauseOnlyNarrowsAndEveryMatchKeepsItsWords() throws Exception {
        // h3 is found by its date alone (the whole highlight), the others by the word where it stands
        SearchResults either = search.search("hatton OR stated:2023-11..", 100);
        assertThat(either.hits()).extracting(SearchHit::highlightId).containsExactly("h3", "h1", "h2");
        assertThat(either.hits()).extracting(SearchHit::matched).containsExactly("the ministers met", "Hatton", "Hatton");
        assertThat(words("tuesday OR stated:2023-11..")).containsExactly("the ministers met", "Tuesday");
        assertThat(words("ban NOT stated:2023-08")).containsExactly("ban");
        assertThat(search.search("ban NOT stated:2023-08", 100).hits()).extracting(SearchHit::highlightId).containsExactly("");
        SearchResults both = search.search("ban AND stated:2023-08", 100);
        assertThat(both.hits()).extracting(SearchHit::highlightId).containsExactly("h2", "h2");
        assertThat(both.hits()).extracting(SearchHit::field).containsExactly("text", "tag");
        assertThat(both.hits()).extracting(SearchHit::matched).containsExactly("ban", "ban");
    }

    @Test
    void arabicTehMarbutaAndAlefMaksuraReadAsHehAndYeh() throws Exception {
        // مدرسة على typed as مدرسه علي, as Lucene's Arabic normaliser reads them
        String text = "\u0630\u0647\u0628 \u0625\u0644\u0649 \u0627\u0644\u0645\u062F\u0631\u0633\u0629 \u0639\u0644\u0649 \u0639\u062C\u0644.\n";
        SourceDocument d = doc("ar2", "Arabic note", "note-ar.txt", "4".repeat(64), text, List.of(0));
        Project arabic = new Project("Arabic", "", "", List.of(d), List.of(), List.of(), Fixtures.T0, Fixtures.T0);
        try (ProjectSearch s = new ProjectSearch(null)) {
            s.update(arabic, Progress.NONE);
            assertThat(s.search("\u0627\u0644\u0645\u062F\u0631\u0633\u0647", 10).hits()).extracting(SearchHit::matched)
                    .containsExactly("\u0627\u0644\u0645\u062F\u0631\u0633\u0629");
            assertThat(s.search("\u0639\u0644\u064A", 10).hits()).extracting(SearchHit::matched).containsExactly("\u0639\u0644\u0649");
            assertThat(s.search("\u0627\u0644\u0645\u062F\u0631\u0633*", 10).hits()).hasSize(1);
        }
        assertThat(new TextFinder(text).find("\u0639\u0644\u064A").ranges()).extracting(r -> text.substring(r[0], r[1]))
                .containsExactly("\u0639\u0644\u0649");
    }

    @Test
    void manySourcesAreIndexedTogetherAndACancelledUpdateKeepsTheLastOne() throws Exception {
        List<SourceDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            docs.add(doc("d" + i, "Part " + i, "part-" + i + ".txt", Integer.toHexString(i).repeat(64), "Part " + i + " names word" + i + ".\n",
                    List.of(0)));
        }
        Project many = new Project("Many", "", "", docs, List.of(), List.of(), Fixtures.T0, Fixtures.T0);
        // cancelled from the third document on, whichever thread takes it: every document is asked about first
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        Progress cancelFromTheThirdDocument = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > 3;
            }
        };
        assertThatThrownBy(() -> search.update(many, cancelFromTheThirdDocument)).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(search.indexedProject()).isSameAs(project);
        assertThat(words("tuesday")).containsExactly("Tuesday");
        search.update(many, Progress.NONE);
        for (int i = 0; i < 12; i++) {
            assertThat(search.search("word" + i, 10).groups()).as("word" + i).extracting(SearchResults.Group::documentId)
                    .containsExactly("d" + i);
        }
        assertThat(search.search("part", 100).groups()).hasSize(12);
    }

    @Test
    void badQueriesAreExplainedInOneLine() {
        for (String bad : List.of("\"does not", "(ban OR tuesday", "ban AND", "OR ban", "colour:red", "*dorse", "stated:2023-13",
                "stated:2023-10..2023-08", "stated:soon", "ban^^", "note:[a TO b]")) {
            assertThatThrownBy(() -> search.search(bad, 10)).as(bad).isInstanceOf(SearchException.class)
                    .satisfies(e -> {
                        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("Encountered");
                        assertThat(e.getMessage()).endsWith(".");
                    });
        }
        assertThatThrownBy(() -> search.search("\"does not", 10)).hasMessageContaining("quote mark");
        assertThatThrownBy(() -> search.search("colour:red", 10)).hasMessageContaining("'colour:' is not a field");
        assertThatThrownBy(() -> search.search("stated:2023-13", 10)).hasMessageContaining("month 13");
    }

    @Test
    void occurrencesInOneDocumentAreRangesOfItsText() throws Exception {
        List<int[]> ranges = search.occurrences("en", "endors*");
        assertThat(ranges).extracting(r -> ENGLISH.substring(r[0], r[1])).containsExactly("endorse", "endorsement", "endorsed");
        assertThat(search.occurrences("ar", "endors*")).isEmpty();
    }

    @Test
    void limitKeepsTheCountsWhole() throws Exception {
        SearchResults r = search.search("the", 2);
        assertThat(r.hits()).hasSize(2);
        assertThat(r.truncated()).isTrue();
        assertThat(r.groups().get(0).count()).isEqualTo(words("the").size() > 2 ? (int) search.occurrences("en", "the").size() : 0);
    }

    @Test
    void sourceIndexesAreCachedBySha256AndRebuiltWhenStaleOrMissing() throws Exception {
        Path cache = dir.resolve("cache");
        assertThat(cache.resolve("1".repeat(64))).isDirectory();
        assertThat(search.rebuiltCount()).isEqualTo(3);
        try (ProjectSearch again = new ProjectSearch(cache)) {
            again.update(project, Progress.NONE);
            assertThat(again.rebuiltCount()).isZero();
            assertThat(again.search("endorsement", 10).hits()).filteredOn(SearchHit::isInText).hasSize(1);
        }
        SourceDocument changed = english.withTitle(english.title());
        changed = new SourceDocument(changed.id(), changed.title(), changed.kind(), changed.origin(), changed.sha256(),
                ENGLISH.replace("Tuesday", "Wednesday"), changed.pageStarts(), changed.metadata(), changed.imported());
        Project edited = project.replaceDocument(changed, Fixtures.T1);
        search.close();
        try (ProjectSearch stale = new ProjectSearch(cache)) {
            stale.update(edited, Progress.NONE);
            assertThat(stale.rebuiltCount()).isEqualTo(1);
            assertThat(stale.search("wednesday", 10).hits()).hasSize(1);
            assertThat(stale.search("tuesday", 10).hits()).isEmpty();
        }
        deleteTree(cache.resolve("2".repeat(64)));
        try (ProjectSearch missing = new ProjectSearch(cache)) {
            missing.update(edited, Progress.NONE);
            assertThat(missing.rebuiltCount()).isEqualTo(1);
            assertThat(words2(missing, "\u062A\u0624\u064A\u062F")).hasSize(1);
        }
    }

    private static List<SearchHit> words2(ProjectSearch s, String q) throws SearchException {
        return s.search(q, 10).hits();
    }

    private static void deleteTree(Path p) throws Exception {
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
