package org.counterpoint.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.edit.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * W3C annotations of a web page that is not in the project wait under a stand-in that keeps the
 * page's address, so the page saved from that address is matched when it is imported, although
 * its file is not named after the address.
 */
class W3cWebStandInTest {
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    static final String ADDRESS = "http://news.example.org/council-cameras?utm_source=feed#top";

    @TempDir
    Path dir;

    private static byte[] annotations(String source) {
        return ("""
                {"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","id":"urn:x:c","total":2,
                 "first":{"type":"AnnotationPage","id":"urn:x:p","items":[
                  {"id":"urn:x:a1","type":"Annotation","body":[{"type":"TextualBody","purpose":"tagging","value":"claim"}],
                   "target":{"source":"%1$s","selector":{"type":"TextQuoteSelector","exact":"%2$s"}}},
                  {"id":"urn:x:a2","type":"Annotation","body":[{"type":"TextualBody","purpose":"tagging","value":"rebuttal"}],
                   "target":{"source":"%1$s","selector":{"type":"TextQuoteSelector","exact":"%3$s"}}}]}}
                """).formatted(source, HypothesisImportTest.QUOTE_1, HypothesisImportTest.QUOTE_2).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void annotationsOfAnAddressWaitUnderAStandInThatTheSavedPageFills() throws Exception {
        Project empty = Project.empty("Case", NOW);
        InterchangeImport.Report report = InterchangeImport.fromW3c(empty, W3cAnnotations.read(annotations(ADDRESS)), NOW);
        assertThat(report.waiting()).singleElement().satisfies(d -> {
            assertThat(d.metadata().url()).isEqualTo(ADDRESS);
            assertThat(d.origin().fileName()).as("not named after the address").isEmpty();
            assertThat(d.title()).isEqualTo(ADDRESS);
        });
        assertThat(report.held()).hasSize(2);
        Project waiting = Edits.addHighlights(report.highlights(), NOW).apply(Edits.addDocuments(report.waiting(), NOW).apply(empty));

        // a second file for the same page joins the same stand-in
        InterchangeImport.Report again = InterchangeImport.fromW3c(waiting,
                W3cAnnotations.read(annotations("https://news.example.org/council-cameras")), NOW);
        assertThat(again.waiting()).isEmpty();
        assertThat(again.highlights()).extracting(Highlight::documentId).containsOnly(report.waiting().get(0).id());

        SourceDocument page = HypothesisImportTest.savedPage(dir);
        assertThat(StandIns.waitingFor(waiting, page)).map(SourceDocument::id).contains(report.waiting().get(0).id());
        SourceDocument adopted = page.withId(StandIns.adoptedId(waiting, page, List.of()));
        Project placed = StandIns.add(waiting, List.of(adopted), NOW).edit().apply(waiting);
        assertThat(placed.documents()).singleElement().satisfies(d -> assertThat(d.isStandIn()).isFalse());
        assertThat(placed.highlights()).hasSize(2).allSatisfy(h -> {
            assertThat(h.status()).isNotEqualTo(AnchorStatus.FLAGGED);
            assertThat(h.documentId()).isEqualTo(adopted.id());
        });
        assertThat(placed.highlights()).extracting(Highlight::quote)
                .containsExactly(HypothesisImportTest.QUOTE_1, HypothesisImportTest.QUOTE_2);
    }
}
