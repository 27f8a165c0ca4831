package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterpoint.io.Json;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export never replaces its own inputs, nor anything that is not a regular file. */
class ExportOutputPathTest {
    @TempDir
    Path dir;

    Path project;
    Path pdf;
    byte[] projectBytes;
    byte[] pdfBytes;

    @BeforeEach
    void importAPdf() throws Exception {
        pdf = dir.resolve("evidence.pdf");
        Files.write(pdf, TestPdfs.pages(List.of(List.of("The evidence on page one."))));
        project = dir.resolve("case.counterpoint.json");
        assertThat(CliTest.run("import", pdf.toString(), "--into", project.toString()).code()).isZero();
        projectBytes = Files.readAllBytes(project);
        pdfBytes = Files.readAllBytes(pdf);
    }

    private CliTest.Run export(String format, Path out) {
        return CliTest.run("export", project.toString(), "--format", format, "-o", out.toString());
    }

    private void assertInputsUntouched() throws Exception {
        assertThat(Files.readAllBytes(project)).isEqualTo(projectBytes);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(pdfBytes);
        assertThat(Files.isSymbolicLink(project)).isFalse();
    }

    @Test
    void theProjectFileIsNeverAnOutput() throws Exception {
        CliTest.Run r = export("markdown", project);
        assertThat(r.code()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(r.err().strip()).isEqualTo("error: case.counterpoint.json is the project file; an export never writes over its own inputs. "
                + "Choose another output file.");
        CliTest.Run relative = export("csv", dir.resolve("sub/../case.counterpoint.json"));
        assertThat(relative.code()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertInputsUntouched();
    }

    @Test
    void aSourcePdfIsNeverAnOutput() throws Exception {
        CliTest.Run r = export("annotated-pdf", pdf);
        assertThat(r.code()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(r.err()).contains("error: evidence.pdf is the source of ").contains("an export never writes over its own inputs");
        Path hardLink = Files.createLink(dir.resolve("same-bytes.pdf"), pdf);
        assertThat(export("annotated-pdf", hardLink).code()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertInputsUntouched();
    }

    @Test
    void linksPipesAndFoldersAreRefused() throws Exception {
        Path linkToProject = Files.createSymbolicLink(dir.resolve("link.md"), project);
        CliTest.Run r = export("markdown", linkToProject);
        assertThat(r.code()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(r.err()).contains("link.md is a symbolic link");
        assertThat(Files.isSymbolicLink(linkToProject)).isTrue();

        Path elsewhere = Files.writeString(dir.resolve("notes.txt"), "my notes");
        Path linkElsewhere = Files.createSymbolicLink(dir.resolve("out.csv"), elsewhere);
        assertThat(export("csv", linkElsewhere).code()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(Files.isSymbolicLink(linkElsewhere)).isTrue();
        assertThat(Files.readString(elsewhere)).isEqualTo("my notes");

        Path fifo = dir.resolve("pipe.md");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CliTest.Run pipe = export("markdown", fifo);
        assertThat(pipe.code()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(pipe.err().strip()).isEqualTo("error: pipe.md is not a regular file (a device, a pipe or a socket), so it cannot be exported over; "
                + "give the name of a new or regular file.");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();

        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        assertThat(export("csv", folder).err()).contains("folder.csv is a folder");
        assertInputsUntouched();
    }

    @Test
    void aDashWritesATextFormatToStandardOutputAndRefusesPdf() throws Exception {
        CliTest.Run w3c = CliTest.run("export", project.toString(), "--format", "w3c", "-o", "-");
        assertThat(w3c.code()).as(w3c.err()).isZero();
        assertThat(Json.mapper().readTree(w3c.out()).get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(Files.exists(dir.resolve("-"))).isFalse();
        CliTest.Run xfdf = CliTest.run("export", project.toString(), "--format", "xfdf", "-o", "-");
        assertThat(xfdf.out()).startsWith("<?xml").contains("<xfdf");
        CliTest.Run pdfOut = CliTest.run("export", project.toString(), "--format", "report", "-o", "-");
        assertThat(pdfOut.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(pdfOut.err().strip()).isEqualTo("error: A PDF or PowerPoint file cannot be written to standard output; give a file name with -o.");
        assertThat(pdfOut.out()).isEmpty();
        CliTest.Run pptxOut = CliTest.run("export", project.toString(), "--format", "pptx", "-o", "-");
        assertThat(pptxOut.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(pptxOut.out()).isEmpty();
    }
}
