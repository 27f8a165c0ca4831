package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.io.Json;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.io.ProjectWriter;
import org.counterpoint.model.Project;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliExportTest {
    @TempDir
    Path dir;

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void allSevenFormatsComeFromTheCommandLineAlone() throws Exception {
        String sample = SampleCaseBuilder.PROJECT.toString();
        for (String format : List.of("annotated-pdf", "report", "xfdf", "w3c", "claimreview", "csv", "markdown")) {
            Path out = dir.resolve("sample-" + format);
            CliTest.Run r = run("export", sample, "--format", format, "-o", out.toString());
            assertThat(r.code()).as(format + ": " + r.err()).isZero();
            assertThat(r.out()).contains("written: " + out);
            assertThat(Files.size(out)).as(format).isGreaterThan(500);
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("sample-annotated-pdf").toFile())) {
            long highlights = pdf.getPage(0).getAnnotations().stream().filter(a -> "Highlight".equals(a.getSubtype())).count()
                    + pdf.getPage(1).getAnnotations().stream().filter(a -> "Highlight".equals(a.getSubtype())).count();
            assertThat(highlights).isGreaterThanOrEqualTo(10);
        }
        assertThat(Json.mapper().readTree(dir.resolve("sample-claimreview").toFile())).hasSize(3);
        assertThat(Files.readString(dir.resolve("sample-xfdf"))).contains("<xfdf");
    }

    @Test
    void roleAndDocumentFiltersNarrowTheExport() throws Exception {
        Path out = dir.resolve("claims.csv");
        CliTest.Run r = run("export", SampleCaseBuilder.PROJECT.toString(), "--format", "csv", "--role", "claim", "-o", out.toString());
        assertThat(r.code()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.stream().filter(l -> l.contains(",claim,"))).hasSize(3);
        assertThat(lines.stream().filter(l -> l.contains(",rebuttal,"))).isEmpty();
        CliTest.Run wrongDoc = run("export", SampleCaseBuilder.PROJECT.toString(), "--format", "csv", "--document", "nope.pdf", "-o", out.toString());
        assertThat(wrongDoc.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(wrongDoc.err()).contains("the project has no document \"nope.pdf\"").contains("ipvm-hikvision-uk-endorsement-2023-10-26.txt");
        CliTest.Run badFormat = run("export", SampleCaseBuilder.PROJECT.toString(), "--format", "docx", "-o", out.toString());
        assertThat(badFormat.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.err()).contains("'docx' is not an export format");
    }

    @Test
    void aMissingSourcePdfIsReportedAndNothingIsWritten() throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        Files.write(pdf, TestPdfs.pages(List.of(List.of("A letter."))));
        Path project = dir.resolve("p.counterpoint.json");
        assertThat(run("import", pdf.toString(), "--into", project.toString()).code()).isZero();
        Files.delete(pdf);
        Path out = dir.resolve("out.pdf");
        CliTest.Run r = run("export", project.toString(), "--format", "annotated-pdf", "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.err()).startsWith("error: The PDF “letter” is not where it was imported from");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void annotationsImportedBeforeTheirSourceArePlacedWhenTheSourceFollows() throws Exception {
        Path w3c = dir.resolve("sample.jsonld");
        assertThat(run("export", SampleCaseBuilder.PROJECT.toString(), "--format", "w3c", "-o", w3c.toString()).code()).isZero();
        Path project = dir.resolve("later.counterpoint.json");

        CliTest.Run first = run("import", w3c.toString(), "--into", project.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("14 annotations brought in").contains("14 are kept as flagged until")
                .contains("“" + SampleCaseBuilder.ARTICLE.getFileName() + "” is imported");
        assertThat(run("info", project.toString(), "--json").out()).contains("\"flaggedAnchors\": 14");
        Path markdown = dir.resolve("waiting.md");
        assertThat(run("export", project.toString(), "--format", "markdown", "-o", markdown.toString()).code()).isZero();
        assertThat(Files.readString(markdown)).contains("its source was not in the project, so this quote is unverified");

        Path article = dir.resolve(SampleCaseBuilder.ARTICLE.getFileName());
        Files.copy(SampleCaseBuilder.ARTICLE, article);
        CliTest.Run then = run("import", article.toString(), "--into", project.toString());
        assertThat(then.code()).as(then.err()).isZero();
        assertThat(then.out()).contains("placed: 14 of 14 annotations that waited for");
        assertThat(run("info", project.toString(), "--json").out()).contains("\"flaggedAnchors\": 0").contains("\"documents\": 1");
        assertThat(run("validate", project.toString()).code()).isZero();
    }

    @Test
    void w3cAndXfdfFilesImportIntoTheirDocuments() throws Exception {
        Project sample = new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
        Path w3c = dir.resolve("sample.jsonld");
        assertThat(run("export", SampleCaseBuilder.PROJECT.toString(), "--format", "w3c", "-o", w3c.toString()).code()).isZero();
        Path xfdf = dir.resolve("sample.xfdf");
        assertThat(run("export", SampleCaseBuilder.PROJECT.toString(), "--format", "xfdf", "--role", "rebuttal", "-o", xfdf.toString()).code()).isZero();
        Path empty = dir.resolve("empty.counterpoint.json");
        Path article = dir.resolve(SampleCaseBuilder.ARTICLE.getFileName());
        Files.copy(SampleCaseBuilder.ARTICLE, article);
        assertThat(run("import", article.toString(), "--into", empty.toString()).code()).isZero();

        CliTest.Run r = run("import", w3c.toString(), "--into", empty.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported: sample.jsonld: 14 annotations brought in, with 3 comparisons.");
        Project back = new ProjectReader().read(empty).project();
        assertThat(back.highlights()).extracting(h -> h.quote()).containsExactlyInAnyOrderElementsOf(sample.highlights().stream().map(h -> h.quote()).toList());
        assertThat(back.comparisons()).hasSize(3);

        Path other = dir.resolve("other.counterpoint.json");
        assertThat(run("import", article.toString(), "--into", other.toString()).code()).isZero();
        CliTest.Run x = run("import", xfdf.toString(), "--into", other.toString());
        assertThat(x.code()).as(x.err()).isZero();
        Project fromXfdf = new ProjectReader().read(other).project();
        assertThat(fromXfdf.highlights()).hasSize(8);
        assertThat(fromXfdf.highlights()).allSatisfy(h -> assertThat(h.role().id()).isEqualTo("rebuttal"));
        assertThat(fromXfdf.highlights()).extracting(h -> h.quote()).contains("We have not reduced [the ban's scope]");
    }

    @Test
    void annotationFilesNeedAProjectThatExists() {
        CliTest.Run r = run("import", dir.resolve("a.xfdf").toString(), "--into", dir.resolve("none.counterpoint.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.err()).contains("none.counterpoint.json does not exist");
    }

    @Test
    void aBrokenAnnotationFileIsRefusedWithItsName() throws Exception {
        Path project = dir.resolve("p.counterpoint.json");
        new ProjectWriter().write(new ProjectReader().read(SampleCaseBuilder.PROJECT).project(), project);
        Path bad = dir.resolve("bad.jsonld");
        Files.writeString(bad, "{ not json");
        byte[] before = Files.readAllBytes(project);
        CliTest.Run r = run("import", bad.toString(), "--into", project.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.err()).startsWith("error: bad.jsonld: the file is not valid JSON");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }
}
