package org.counterpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterpoint.io.LoadedProject;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.io.SampleCase;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.Verdict;
import org.junit.jupiter.api.Test;

class SampleCaseTest {
    /** The article as shipped to the team, outside this repository when it is available. */
    private static final Path SHARED_ARTICLE = Path.of("../shared/fixtures/ipvm-hikvision-uk-endorsement-2023-10-26.txt");

    @Test
    void theCommittedSampleIsExactlyWhatTheBuilderMakes() throws Exception {
        assertThat(new String(Files.readAllBytes(SampleCaseBuilder.PROJECT), StandardCharsets.UTF_8))
                .isEqualTo(new String(SampleCaseBuilder.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theBundledCopyIsTheSameFile() throws Exception {
        try (InputStream in = SampleCase.class.getResourceAsStream(SampleCase.RESOURCE)) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(SampleCaseBuilder.PROJECT));
        }
        assertThat(SampleCase.load().project().comparisons()).hasSize(3);
    }

    @Test
    void theArticleIsTheSharedFixture() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(SHARED_ARTICLE),
                "the team's shared fixtures are not beside this checkout (as in CI's clean clone)");
        assertThat(Files.readAllBytes(SampleCaseBuilder.ARTICLE)).isEqualTo(Files.readAllBytes(SHARED_ARTICLE));
    }

    @Test
    void everyQuoteIsVerbatimAndFullyAttributed() throws Exception {
        LoadedProject loaded = new ProjectReader().read(SampleCaseBuilder.PROJECT);
        Project p = loaded.project();
        String article = Files.readString(SampleCaseBuilder.ARTICLE, StandardCharsets.UTF_8);
        assertThat(loaded.warnings()).isEmpty();
        for (Highlight h : p.highlights()) {
            assertThat(article).as("quote %s is in the article", h.id()).contains(h.quote());
            assertThat(article.substring(h.anchor().start(), h.anchor().end())).isEqualTo(h.quote());
            assertThat(h.provenance().speaker()).as("speaker of %s", h.id()).isNotBlank();
            assertThat(h.provenance().affiliation()).as("affiliation of %s", h.id()).isNotBlank();
            assertThat(h.provenance().statedOn()).as("date of %s", h.id()).isNotNull();
            assertThat(h.provenance().citation()).as("source of %s", h.id()).isNotBlank();
        }
        assertThat(p.count(Role.CLAIM)).isGreaterThanOrEqualTo(3);
        assertThat(p.count(Role.REBUTTAL)).isGreaterThanOrEqualTo(5);
        assertThat(p.comparisons()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(p.comparisons()).allSatisfy(c -> assertThat(c.verdict()).isNotEqualTo(Verdict.UNDETERMINED));
    }

    @Test
    void theComparisonsAreTheOnesTheCaseIsAbout() throws Exception {
        Project p = new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
        Comparison endorsement = p.comparisonsInOrder().get(0);
        assertThat(quote(p, endorsement.claimIds().get(0))).contains("endorses the security credentials of Hikvision’s products");
        assertThat(endorsement.rebuttalIds()).extracting(id -> quote(p, id)).anySatisfy(q -> assertThat(q).startsWith("There's not really any such thing as an endorsement"))
                .anySatisfy(q -> assertThat(q).startsWith("in no way is this an endorsement"));
        assertThat(speaker(p, endorsement.rebuttalIds().get(0))).isEqualTo("Daniel Hatton");
        Comparison buildings = p.comparisonsInOrder().get(1);
        assertThat(quote(p, buildings.claimIds().get(0))).isEqualTo("we welcome the decision to allow our products to continue being used in private and public sector buildings");
        assertThat(buildings.rebuttalIds()).extracting(id -> quote(p, id))
                .anySatisfy(q -> assertThat(q).contains("continues to ban PRC China surveillance equipment"))
                .anySatisfy(q -> assertThat(q).isEqualTo("We have not reduced [the ban's scope]"))
                .anySatisfy(q -> assertThat(q).startsWith("It does not apply to private individuals or businesses"));
        Comparison letter = p.comparisonsInOrder().get(2);
        assertThat(letter.rebuttalIds()).extracting(id -> quote(p, id)).contains("the letter contains no endorsement");
    }

    private static String quote(Project p, String id) {
        return p.highlight(id).orElseThrow().quote();
    }

    private static String speaker(Project p, String id) {
        return p.highlight(id).orElseThrow().provenance().speaker();
    }
}
