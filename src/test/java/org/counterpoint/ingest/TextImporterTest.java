package org.counterpoint.ingest;

import org.counterpoint.io.Digests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextImporterTest {
    @TempDir
    Path dir;

    private SourceDocument importBytes(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new DocumentImporter().importFile(file, null, Progress.NONE).document();
    }

    @Test
    void removesTheByteOrderMarkAndNormalisesLineEnds() throws Exception {
        byte[] body = "Title line\r\nSecond line\rThird line\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        SourceDocument doc = importBytes("statement.txt", withBom);
        assertThat(doc.text()).isEqualTo("Title line\nSecond line\nThird line\n");
        assertThat(doc.title()).isEqualTo("Title line");
        assertThat(doc.kind()).isEqualTo(DocumentKind.TEXT);
        assertThat(doc.pageStarts()).containsExactly(0);
        assertThat(doc.sha256()).as("the digest is of the source bytes, BOM and all").isEqualTo(Digests.sha256(withBom));
        assertThat(doc.origin().fileName()).isEqualTo("statement.txt");
        assertThat(Path.of(doc.origin().path())).isAbsolute();
    }

    @Test
    void readsUtf16WithAByteOrderMark() throws Exception {
        byte[] utf16 = "\uFEFFUnicode 𝒳 text\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(importBytes("notepad.txt", utf16).text()).isEqualTo("Unicode 𝒳 text\n");
    }

    @Test
    void keepsTextOutsideTheBmp() throws Exception {
        assertThat(importBytes("emoji.txt", "Quote 🙂 here\n".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("Quote 🙂 here\n");
    }

    @Test
    void refusesBadFilesWithASentence() throws Exception {
        ImportException latin1 = catchThrowableOfType(ImportException.class,
                () -> importBytes("latin1.txt", "caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(latin1.reason()).isEqualTo(ImportException.Reason.NOT_TEXT);
        assertThat(latin1).hasMessageContaining("latin1.txt is not UTF-8 text").hasMessageContaining("Save it as UTF-8");

        ImportException empty = catchThrowableOfType(ImportException.class, () -> importBytes("empty.txt", new byte[0]));
        assertThat(empty.reason()).isEqualTo(ImportException.Reason.EMPTY);
        assertThat(empty).hasMessageContaining("empty.txt is empty");

        ImportException blank = catchThrowableOfType(ImportException.class, () -> importBytes("blank.txt", " \n\n ".getBytes(StandardCharsets.UTF_8)));
        assertThat(blank.reason()).isEqualTo(ImportException.Reason.EMPTY);

        ImportException binary = catchThrowableOfType(ImportException.class, () -> importBytes("data.txt", new byte[] {1, 0, 2, 0, 3}));
        assertThat(binary.reason()).isEqualTo(ImportException.Reason.NOT_TEXT);

        ImportException missing = catchThrowableOfType(ImportException.class,
                () -> new DocumentImporter().importFile(dir.resolve("gone.txt"), null, Progress.NONE));
        assertThat(missing.reason()).isEqualTo(ImportException.Reason.NOT_FOUND);

        ImportException unknown = catchThrowableOfType(ImportException.class, () -> importBytes("sheet.xlsx", new byte[] {'P', 'K', 3, 4}));
        assertThat(unknown.reason()).isEqualTo(ImportException.Reason.UNSUPPORTED);
        assertThat(unknown).hasMessageContaining("Import PDFs (.pdf), web pages (.html) or plain text (.txt)");
    }

    @Test
    void theSharedArticleImportsExactly() throws Exception {
        Path article = Path.of("assets/samples/ipvm-hikvision-uk-endorsement-2023-10-26.txt");
        SourceDocument doc = new DocumentImporter().importFile(article, null, Progress.NONE).document();
        assertThat(doc.text()).isEqualTo(Files.readString(article, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertThat(doc.title()).isEqualTo("Hikvision Falsely Claims Security Endorsed By UK Government");
    }
}
