package org.counterpoint.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.io.Json;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Verdict;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class JsonAndTextExportsTest {

    private static Project sample() throws Exception {
        return new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
    }

    @Test
    void claimReviewHasWhatTheSchemaOrgValidatorExpects() throws Exception {
        Project p = sample();
        JsonNode reviews = Json.mapper().readTree(ClaimReviewExporter.export(p));
        assertThat(reviews.isArray()).isTrue();
        assertThat(reviews).hasSize(3);
        for (JsonNode r : reviews) {
            assertThat(r.path("@context").asText()).isEqualTo("https://schema.org");
            assertThat(r.path("@type").asText()).isEqualTo("ClaimReview");
            assertThat(r.path("claimReviewed").asText()).isNotBlank();
            assertThat(r.path("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(r.path("author").path("name").asText()).isNotBlank();
            JsonNode item = r.path("itemReviewed");
            assertThat(item.path("@type").asText()).isEqualTo("Claim");
            assertThat(item.path("author").path("name").asText()).isNotBlank();
            assertThat(item.path("datePublished").asText()).isNotBlank();
            assertThat(item.path("appearance").get(0).path("@type").asText()).isEqualTo("CreativeWork");
            JsonNode rating = r.path("reviewRating");
            assertThat(rating.path("@type").asText()).isEqualTo("Rating");
            assertThat(rating.path("alternateName").asText()).isIn("False", "Misleading");
            assertThat(rating.path("ratingValue").asInt()).isBetween(1, 5);
            assertThat(rating.path("bestRating").asInt()).isEqualTo(5);
            assertThat(rating.path("worstRating").asInt()).isEqualTo(1);
            assertThat(r.path("citation")).isNotEmpty();
            assertThat(r.path("citation").get(0).path("text").asText()).isNotBlank();
        }
        JsonNode first = reviews.get(0);
        assertThat(first.path("claimReviewed").asText()).contains("endorses the security credentials of Hikvision’s products");
        assertThat(first.path("itemReviewed").path("author").path("name").asText()).isEqualTo("Justin Hollis");
        assertThat(first.path("itemReviewed").path("author").path("jobTitle").asText()).isEqualTo("Public Affairs Director, Hikvision UK");
        assertThat(first.path("reviewRating").path("alternateName").asText()).isEqualTo("False");
    }

    @Test
    void comparisonsWithoutAVerdictAreNotReviewed() throws Exception {
        Project p = Fixtures.rich();
        assertThat(p.comparison("c2").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
        JsonNode reviews = Json.mapper().readTree(ClaimReviewExporter.export(p));
        assertThat(reviews).extracting(r -> r.path("@id").asText()).as("c2, with no verdict, is the one left out")
                .containsExactly("urn:counterpoint:comparison:c1");
        assertThat(reviews.get(0).path("name").asText()).isEqualTo("First");

        // given a verdict, the same comparison is reviewed: it was left out for its verdict, nothing else
        Comparison c2 = p.comparison("c2").orElseThrow();
        Comparison judged = new Comparison(c2.id(), c2.title(), c2.claimIds(), c2.rebuttalIds(), Verdict.FALSE, c2.verdictText(), c2.note(), c2.order());
        Project withVerdict = new Project(p.title(), p.description(), p.author(), p.documents(), p.highlights(),
                List.of(p.comparison("c1").orElseThrow(), judged), p.created(), p.modified());
        assertThat(Json.mapper().readTree(ClaimReviewExporter.export(withVerdict))).extracting(r -> r.path("@id").asText())
                .containsExactly("urn:counterpoint:comparison:c1", "urn:counterpoint:comparison:c2");
    }

    @Test
    void csvHasOneRowPerHighlightWithEveryField() throws Exception {
        Project p = Fixtures.rich();
        byte[] csv = CsvExporter.export(p, h -> true);
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        CsvMapper mapper = new CsvMapper();
        MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                .readValues(CsvExporter.text(csv));
        List<Map<String, String>> all = rows.readAll();
        assertThat(all).hasSize(p.highlights().size());
        assertThat(all.get(0).keySet()).containsExactlyElementsOf(CsvExporter.COLUMNS);
        Map<String, String> h1 = all.get(0);
        Highlight o = p.highlight("h1").orElseThrow();
        assertThat(h1.get("quote")).isEqualTo(o.quote());
        assertThat(h1.get("speaker")).isEqualTo("Speaker h1");
        assertThat(h1.get("stated_on")).isEqualTo("2023-10-25");
        assertThat(h1.get("comparison_ids")).isEqualTo("c1");
        assertThat(h1.get("start")).isEqualTo(Integer.toString(o.anchor().start()));
        Map<String, String> area = all.get(4);
        assertThat(area.get("area")).isEqualTo("72.50 100.00 200.25 40.00");
        assertThat(area.get("page")).isEqualTo("3");
        assertThat(area.get("color")).isEqualTo("#336699");
        assertThat(all.get(3).get("page")).isEqualTo("2");
    }

    @Test
    void markdownSetsClaimsBesideRebuttals() throws Exception {
        String md = new String(MarkdownExporter.export(sample(), LocalDate.of(2026, 11, 27)), StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Hikvision UK “endorsement” claim, October 2023\n");
        assertThat(md).contains("## 1. Does the UK government endorse the security of Hikvision’s products?");
        assertThat(md).contains("**Verdict: False** — UK officials deny on the record that there is any endorsement.");
        assertThat(md).contains("| Claims | Rebuttals |\n| --- | --- |\n| “The Government’s decision endorses");
        assertThat(md).contains("“We have not reduced \\[the ban's scope\\]”<br>— Daniel Hatton, Chief Press Officer, UK Cabinet Office, Oct 2023");
        assertThat(md.lines().filter(l -> l.startsWith("| “")).allMatch(l -> l.chars().filter(ch -> ch == '|').count()
                - l.split("\\\\\\|", -1).length + 1 == 3)).as("every row has exactly two cells").isTrue();
    }
}
