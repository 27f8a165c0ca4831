package org.counterpoint.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.counterpoint.interchange.W3cAnnotations;
import org.counterpoint.io.Json;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Origin;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Quotes exported for reading read as sentences; the exact stored text goes only where it is the anchor. */
class ReadingFormExportsTest {
    private static final String PDF_TEXT = "The ministry said the cameras were approved for use in all govern-\n"
            + "ment buildings, which a spokes-\nperson later denied on the record.\n";
    private static final String CLAIM = "approved for use in all govern-\nment buildings";
    private static final String REBUTTAL = "a spokes-\nperson later denied";

    private static Project project() {
        SourceDocument d = new SourceDocument("doc", "Statement", DocumentKind.PDF, new Origin("/data/s.pdf", "s.pdf"), "c".repeat(64),
                PDF_TEXT, List.of(0), DocumentMetadata.EMPTY, Fixtures.T0);
        Highlight claim = Fixtures.highlight("h1", d, Role.CLAIM, CLAIM);
        Highlight rebuttal = Fixtures.highlight("h2", d, Role.REBUTTAL, REBUTTAL);
        Comparison c = new Comparison("c1", "Approval", List.of("h1"), List.of("h2"), Verdict.FALSE, "Denied.", "", 0);
        return new Project("Reading", "", "Author", List.of(d), List.of(claim, rebuttal), List.of(c), Fixtures.T0, Fixtures.T1);
    }

    @Test
    void csvMarkdownClaimReviewAndReportShowTheReadingForm() throws Exception {
        Project p = project();
        String csv = CsvExporter.text(CsvExporter.export(p, h -> true));
        // the quote column reads as a sentence; prefix and suffix stay exact, as anchor context
        assertThat(csv).contains(",claim,\"approved for use in all government buildings\",")
                .contains(",rebuttal,\"a spokesperson later denied\",");
        String md = new String(MarkdownExporter.export(p, LocalDate.of(2026, 11, 30)), StandardCharsets.UTF_8);
        assertThat(md).contains("“approved for use in all government buildings”").contains("“a spokesperson later denied”");
        JsonNode review = Json.mapper().readTree(ClaimReviewExporter.export(p)).get(0);
        assertThat(review.path("claimReviewed").asText()).isEqualTo("approved for use in all government buildings");
        assertThat(review.path("citation").get(0).path("text").asText()).isEqualTo("a spokesperson later denied");
        byte[] report = ReportPdfExporter.export(p, LocalDate.of(2026, 11, 30), Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(report)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("approved for use in all government buildings").contains("a spokesperson later denied");
        }
    }

    @Test
    void w3cKeepsTheExactStoredText() throws Exception {
        String w3c = new String(W3cAnnotations.export(project(), h -> true), StandardCharsets.UTF_8);
        assertThat(w3c).contains(Json.mapper().writeValueAsString(CLAIM));
    }
}
