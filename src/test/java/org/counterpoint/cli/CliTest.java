package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.io.GlyphCache;
import org.counterpoint.io.Json;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CounterpointCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validatesTheSample() {
        Run r = run("validate", SampleCaseBuilder.PROJECT.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("valid: hikvision-uk-2023.counterpoint.json");
    }

    @Test
    void validatesAFileWhoseOptionalListsAreLeftOutOrNull() throws Exception {
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) org.counterpoint.io.Json.mapper().readTree(SampleCaseBuilder.PROJECT.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("documents").get(0)).remove("pageStarts");
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("highlights").get(0)).remove("tags");
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("highlights").get(1)).putNull("tags");
        Path file = dir.resolve("lists.counterpoint.json");
        Files.write(file, org.counterpoint.io.Json.pretty(root));
        Run r = run("validate", file.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("valid: lists.counterpoint.json");
    }

    @Test
    void refusesTruncatedAndWrongTypedFilesWithoutAStackTrace() throws Exception {
        String sample = Files.readString(SampleCaseBuilder.PROJECT);
        Path truncated = dir.resolve("truncated.counterpoint.json");
        Files.writeString(truncated, sample.substring(0, 4000));
        Path wrongType = dir.resolve("wrong.counterpoint.json");
        Files.writeString(wrongType, sample.replace("\"order\": 1", "\"order\": \"second\""));
        for (Path file : List.of(truncated, wrongType)) {
            byte[] before = Files.readAllBytes(file);
            Run r = run("validate", file.toString());
            assertThat(r.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
            assertThat(r.err()).startsWith("error: " + file.getFileName() + " cannot be opened").contains("line ");
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
        assertThat(run("validate", wrongType.toString()).err()).contains("comparisons[1].order: should be a whole number");
    }

    @Test
    void infoReportsCountsUnderKeysThatSayWhatTheyCount() throws Exception {
        Run r = run("info", SampleCaseBuilder.PROJECT.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("documents").asInt()).isEqualTo(1);
        assertThat(json.get("comparisons").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(json.get("claims").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(json.get("rebuttals").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(json.get("contextHighlights").asInt()).isEqualTo(3);
        assertThat(json.get("flaggedAnchors").asInt()).isZero();
        Run plain = run("info", SampleCaseBuilder.PROJECT.toString());
        assertThat(plain.out()).contains("comparisons:        3");
    }

    @Test
    void importCreatesAProjectAndThenAddsToIt() throws Exception {
        Path text = dir.resolve("statement.txt");
        Files.writeString(text, "An official statement.\nIt denies the claim.\n");
        Path pdf = dir.resolve("letter.pdf");
        Files.write(pdf, TestPdfs.pages(List.of(List.of("A letter about the policy."), List.of("Page two of the letter."))));
        Path project = dir.resolve("case.counterpoint.json");

        Run first = run("import", text.toString(), "--into", project.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported: statement.txt");
        var p1 = new ProjectReader().read(project).project();
        assertThat(p1.title()).isEqualTo("case");
        assertThat(p1.documents()).hasSize(1);
        assertThat(Files.readString(project)).contains("\"path\": \"statement.txt\"");

        Run second = run("import", pdf.toString(), text.toString(), "--into", project.toString());
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("imported: letter.pdf").contains("unchanged: statement.txt is already in the project");
        var p2 = new ProjectReader().read(project).project();
        assertThat(p2.documents()).hasSize(2);
        assertThat(p2.documents().get(1).pageCount()).isEqualTo(2);
        assertThat(GlyphCache.besideProject(project).get(p2.documents().get(1).sha256(), p2.documents().get(1).text().length())).isPresent();
        assertThat(Files.exists(project.resolveSibling("case.counterpoint.json.bak"))).isTrue();
    }

    @Test
    void aFailingSourceExitsNonZeroButTheOthersAreImported() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Good text.\n");
        Path notPdf = dir.resolve("fake.pdf");
        Files.writeString(notPdf, "hello");
        Path empty = dir.resolve("empty.pdf");
        Files.write(empty, new byte[0]);
        Path scan = dir.resolve("scan.pdf");
        Files.write(scan, TestPdfs.imageOnly());
        Path locked = dir.resolve("locked.pdf");
        Files.write(locked, TestPdfs.encrypted(List.of(List.of("Secret text.")), "pw", "owner", false));
        Path project = dir.resolve("p.counterpoint.json");

        Run r = run("import", good.toString(), notPdf.toString(), empty.toString(), scan.toString(), locked.toString(), "--into", project.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.err()).contains("error: fake.pdf cannot be imported: it is not a PDF")
                .contains("error: empty.pdf is empty")
                .contains("error: scan.pdf has no text layer")
                .contains("error: locked.pdf is protected by a password. Enter the password to import it. Pass it with --password.");
        assertThat(r.err().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(4);
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(new ProjectReader().read(project).project().documents()).extracting(d -> d.origin().fileName()).containsExactly("good.txt");

        Run withPassword = run("import", locked.toString(), "--password", "pw", "--into", project.toString());
        assertThat(withPassword.code()).isZero();
        Run scans = run("import", scan.toString(), "--allow-no-text-layer", "--into", project.toString());
        assertThat(scans.code()).isZero();
        assertThat(new ProjectReader().read(project).project().documents()).hasSize(3);
    }

    @Test
    void aPdfEncryptedForCertificatesIsRefusedInOneLine() throws Exception {
        Path sealed = dir.resolve("sealed.pdf");
        Files.write(sealed, TestPdfs.certificateEncrypted());
        Run r = run("import", sealed.toString(), "--into", dir.resolve("p.counterpoint.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: sealed.pdf cannot be imported: it is encrypted for specific recipients' certificates, "
                + "so it cannot be opened without their key.\n");
    }

    @Test
    void anInvalidProjectIsNeverOverwrittenByImport() throws Exception {
        Path project = dir.resolve("broken.counterpoint.json");
        Files.writeString(project, "{ \"format\": \"counterpoint-project\", ");
        byte[] before = Files.readAllBytes(project);
        Path text = dir.resolve("t.txt");
        Files.writeString(text, "Text.\n");
        Run r = run("import", text.toString(), "--into", project.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void everyCommandHasHelpAndUsageErrorsExitTwo() {
        for (String command : List.of("validate", "info", "import")) {
            Run help = run(command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Usage: counterpoint " + command).contains("Exit codes");
        }
        Run unknown = run("frobnicate");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Unmatched argument").contains("frobnicate");
        Run missing = run("import", "x.txt");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("Missing required option: '--into=PROJECT'");
    }

    @Test
    void infoOnAMissingFileSaysSo() {
        Run r = run("info", dir.resolve("none.counterpoint.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.err()).isEqualTo("error: none.counterpoint.json cannot be opened: there is no such file.\n".replace("\n", System.lineSeparator()));
        assertThat(new String(r.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void annotationsInAPdfAreBroughtInOnRequest() throws Exception {
        Path pdf = dir.resolve("reviewed.pdf");
        Files.write(pdf, TestPdfs.annotated("The ministry denies the claim outright.", "A second line.", "denies the claim", "second"));
        Path project = dir.resolve("p.counterpoint.json");
        Run plain = run("import", pdf.toString(), "--into", project.toString());
        assertThat(plain.err()).contains("note: reviewed.pdf has 3 annotations made in other programs; add --with-annotations");
        assertThat(new ProjectReader().read(project).project().highlights()).isEmpty();

        Path other = dir.resolve("q.counterpoint.json");
        Run with = run("import", pdf.toString(), "--with-annotations", "--annotation-role", "claim", "--into", other.toString());
        assertThat(with.code()).isZero();
        assertThat(with.out()).contains("imported: 3 annotations from reviewed.pdf as claim highlights");
        var highlights = new ProjectReader().read(other).project().highlights();
        assertThat(highlights).extracting(h -> h.quote()).contains("denies the claim", "second");
        assertThat(highlights).allSatisfy(h -> assertThat(h.role()).isEqualTo(org.counterpoint.model.Role.CLAIM));
    }
}
