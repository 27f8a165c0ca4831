package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.TestPdfs;
import org.counterpoint.typeset.PagedDocument;
import org.counterpoint.typeset.PagesUnavailableException;
import org.counterpoint.typeset.SourceAccess;
import org.counterpoint.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shared project cannot make an export read a file that is not the source it names by digest. */
class SourceDigestTest {
    @TempDir
    Path dir;

    @Test
    void aPdfWithoutItsDigestIsRefusedByValidateAndNeverPulledIntoAnExport() throws Exception {
        Path pdf = dir.resolve("evidence.pdf");
        Files.write(pdf, TestPdfs.pages(List.of(List.of("The evidence on page one."))));
        Path project = dir.resolve("case.counterpoint.json");
        assertThat(CliTest.run("import", pdf.toString(), "--into", project.toString()).code()).isZero();
        SourceDocument imported = new ProjectReader().read(project).project().documents().get(0);

        Path secret = Files.createDirectories(dir.resolve("elsewhere")).resolve("private.pdf");
        Files.write(secret, TestPdfs.pages(List.of(List.of("A private letter nobody shared."))));
        String json = Files.readString(project)
                .replace("\"sha256\": \"" + imported.sha256() + "\"", "\"sha256\": \"\"")
                .replace("\"path\": \"evidence.pdf\"", "\"path\": \"" + secret.toAbsolutePath() + "\"");
        Path shared = dir.resolve("shared.counterpoint.json");
        Files.writeString(shared, json);
        assertThat(json).contains("\"sha256\": \"\"").contains("private.pdf");

        CliTest.Run validate = CliTest.run("validate", shared.toString());
        assertThat(validate.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(validate.err()).contains("documents[0].sha256: a PDF document must carry the SHA-256 digest of its file");

        Path out = dir.resolve("out.pdf");
        CliTest.Run export = CliTest.run("export", shared.toString(), "--format", "annotated-pdf", "-o", out.toString());
        assertThat(export.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(out).doesNotExist();

        // the model itself, as the app holds it, is refused too
        SourceDocument forged = new SourceDocument(imported.id(), imported.title(), imported.kind(),
                new org.counterpoint.model.Origin(secret.toString(), "private.pdf"), "", imported.text(), imported.pageStarts(),
                imported.metadata(), imported.imported());
        PagesUnavailableException e = catchThrowableOfType(() -> PagedDocument.of(forged, SourceAccess.byRecordedPaths(), Progress.NONE),
                PagesUnavailableException.class);
        assertThat(e).hasMessageContaining("has no valid SHA-256 digest");
        SourceDocument wrongDigest = new SourceDocument(imported.id(), imported.title(), imported.kind(),
                new org.counterpoint.model.Origin(secret.toString(), "private.pdf"), imported.sha256(), imported.text(), imported.pageStarts(),
                imported.metadata(), imported.imported());
        assertThat(catchThrowableOfType(() -> PagedDocument.of(wrongDigest, SourceAccess.byRecordedPaths(), Progress.NONE),
                PagesUnavailableException.class)).hasMessageContaining("has changed since it was imported");
    }
}
