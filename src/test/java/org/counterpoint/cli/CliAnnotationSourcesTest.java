package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterpoint.interchange.HypothesisImportTest;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.testing.ZoteroFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} with Hypothesis files and {@code import-zotero}, run as a user runs them. */
class CliAnnotationSourcesTest {
    @TempDir
    Path dir;
    private String home;

    @BeforeEach
    void ownHome() throws Exception {
        home = System.getProperty("counterpoint.home");
        System.setProperty("counterpoint.home", Files.createDirectories(dir.resolve("home")).toString());
    }

    @AfterEach
    void restoreHome() {
        if (home == null) {
            System.clearProperty("counterpoint.home");
        } else {
            System.setProperty("counterpoint.home", home);
        }
    }

    private static Project load(Path p) throws Exception {
        return new ProjectReader().read(p).project();
    }

    @Test
    void importTakesAHypothesisExportOntoTheSavedPageAndASecondTimeChangesNothing() throws Exception {
        HypothesisImportTest.savedPage(dir);
        Path page = dir.resolve("council-cameras.html");
        Path json = dir.resolve("hypothesis.json");
        Files.write(json, HypothesisImportTest.searchResult(HypothesisImportTest.QUOTE_2));
        Path project = dir.resolve("case.counterpoint.json");
        assertThat(CliTest.run("import", page.toString(), "--into", project.toString()).code()).isZero();

        CliTest.Run first = CliTest.run("import", json.toString(), "--into", project.toString(), "--role-tag", "cameras=rebuttal");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported: hypothesis.json: 3 annotations brought in.");
        Project p = load(project);
        assertThat(p.highlights()).hasSize(3).allMatch(h -> h.status() == AnchorStatus.OK);
        Highlight vote = p.highlights().stream().filter(h -> h.quote().equals(HypothesisImportTest.QUOTE_1)).findFirst().orElseThrow();
        assertThat(vote.role()).as("the first role tag wins").isEqualTo(Role.CLAIM);
        assertThat(vote.tags()).containsExactly("cameras");
        assertThat(vote.externalId()).isEqualTo("hypothesis:Hyp1aaaaaaaaaaaaaaaaaa");

        byte[] before = Files.readAllBytes(project);
        CliTest.Run again = CliTest.run("import", json.toString(), "--into", project.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("0 annotations brought in").contains("3 annotations are already in the project").doesNotContain("saved:");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);

        assertThat(CliTest.run("import", json.toString(), "--into", project.toString(), "--role-tag", "x=verdict").code())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void importZoteroBringsTheLibrarysAnnotationsOntoThePdfsOnceAndCanImportTheOtherPdfs() throws Exception {
        Path library = ZoteroFixture.build(dir.resolve("Zotero"));
        Path pdf = dir.resolve("council.pdf");
        Files.write(pdf, ZoteroFixture.councilPdf());
        Path project = dir.resolve("case.counterpoint.json");
        assertThat(CliTest.run("import", pdf.toString(), "--into", project.toString()).code()).isZero();
        // the user's own colour table: yellow is a claim
        Files.writeString(dir.resolve("home").resolve("zotero-colours.txt"), "#ffd400 = claim\n");

        CliTest.Run first = CliTest.run("import-zotero", library.toString(), "--into", project.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported: Zotero: 6 annotations brought in.").contains("1 could not be placed");
        assertThat(first.err()).contains("1 annotated PDFs of the library are not in the project: parking.pdf. Add --import-pdfs");
        Project p = load(project);
        assertThat(p.highlights()).hasSize(6);
        assertThat(p.highlights()).filteredOn(Highlight::isFlagged).extracting(Highlight::quote).containsExactly(ZoteroFixture.EDITED_QUOTE);
        Highlight underline = p.highlights().stream().filter(h -> h.externalId().equals("zotero:ANNOTUL1")).findFirst().orElseThrow();
        assertThat(underline.role()).isEqualTo(Role.CLAIM);

        byte[] before = Files.readAllBytes(project);
        CliTest.Run again = CliTest.run("import-zotero", library.toString(), "--into", project.toString(), "--collection", "Cameras");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("6 annotations are already in the project").doesNotContain("saved:");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);

        CliTest.Run withPdfs = CliTest.run("import-zotero", library.toString(), "--into", project.toString(), "--import-pdfs",
                "--colour", "#ffd400=rebuttal");
        assertThat(withPdfs.code()).as(withPdfs.err()).isZero();
        assertThat(withPdfs.out()).contains("imported: parking.pdf").contains("1 annotation brought in");
        Project both = load(project);
        assertThat(both.documents()).hasSize(2);
        Highlight parking = both.highlights().stream().filter(h -> h.externalId().equals("zotero:ANNOTPK1")).findFirst().orElseThrow();
        assertThat(parking.quote()).isEqualTo("unrelated report");
        assertThat(parking.role()).as("--colour overrides the table").isEqualTo(Role.REBUTTAL);
    }

    @Test
    void importZoteroRefusesWhatItCannotUseWithOneLine() throws Exception {
        Path library = ZoteroFixture.build(dir.resolve("Zotero"));
        Path project = dir.resolve("new.counterpoint.json");
        CliTest.Run missing = CliTest.run("import-zotero", library.toString(), "--into", project.toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(missing.err()).startsWith("error: new.counterpoint.json does not exist.").contains("--import-pdfs");
        assertThat(project).doesNotExist();

        CliTest.Run badColour = CliTest.run("import-zotero", library.toString(), "--into", project.toString(), "--colour", "yellow");
        assertThat(badColour.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badColour.err()).startsWith("error: --colour");

        CliTest.Run notALibrary = CliTest.run("import-zotero", dir.toString(), "--into", project.toString(), "--import-pdfs");
        assertThat(notALibrary.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(notALibrary.err()).contains("has no zotero.sqlite").doesNotContain("Exception");

        CliTest.Run fresh = CliTest.run("import-zotero", library.toString(), "--into", project.toString(), "--import-pdfs");
        assertThat(fresh.code()).as(fresh.err()).isZero();
        assertThat(load(project).documents()).hasSize(2);
        assertThat(load(project).highlights()).hasSize(7);
        assertThat(List.of(fresh.err().split("\n"))).noneMatch(l -> l.contains("\tat "));
    }
}
