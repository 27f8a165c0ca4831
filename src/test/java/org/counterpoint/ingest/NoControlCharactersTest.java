package org.counterpoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.CorpusPdfs;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No stored text, from any fixture of any kind, holds a control character other than the line break. */
class NoControlCharactersTest {
    @TempDir
    Path dir;

    @Test
    void noFixtureStoresAControlCharacter() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (CorpusPdfs.Entry e : CorpusPdfs.all()) {
            files.put(e.name() + ".pdf", e.pdf());
        }
        files.put("pages.pdf", TestPdfs.pages(List.of(List.of("One line.", "Two lines."), List.of("Page two."))));
        files.put("annotated.pdf", TestPdfs.annotated("A line with a claim in it.", "A line with a rebuttal.", "claim", "rebuttal"));
        files.put("columns.pdf", TestPdfs.twoColumns(List.of("Left column text that runs on", "and on for a while."),
                List.of("Right column text that runs on", "and ends here.")));
        files.put("controls.txt", "Name\tValue\u000Bnext\fpage\u0007bell\u001Besc\r\nend\n".getBytes(StandardCharsets.UTF_8));
        files.put("table.html", "<html><body><table><tr><td>a</td><td>b</td></tr></table><p>x\u0007y</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        DocumentImporter importer = new DocumentImporter();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.write(file, f.getValue());
            String text = importer.importFile(file, null, Progress.NONE).document().text();
            assertThat(text.chars().filter(c -> c != '\n' && Character.getType(c) == Character.CONTROL).count())
                    .as(f.getKey() + ": " + text).isZero();
        }
    }

    @Test
    void textFilesKeepTheirLengthAndLineBreaks() {
        assertThat(DocumentImporter.withoutControls("a\tb\fc\u0000d\n")).isEqualTo("a b\nc\uFFFDd\n");
    }
}
