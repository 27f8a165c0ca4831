package org.counterpoint.interchange;

import org.counterpoint.ingest.DocumentImporter;

import org.counterpoint.ingest.ImportedDocument;


import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExistingAnnotationsTest {
    @TempDir
    Path dir;

    @Test
    void annotationsFromOtherProgramsBecomeHighlightsWithTheRightText() throws Exception {
        Path file = dir.resolve("reviewed.pdf");
        Files.write(file, TestPdfs.annotated("The ministry denies the claim outright.", "A second line about the ban.",
                "denies the claim", "the ban"));
        ImportedDocument imported = new DocumentImporter().importFile(file, null, Progress.NONE);
        assertThat(imported.annotations()).extracting(a -> a.kind()).containsExactly("highlight", "underline", "note");

        List<Highlight> highlights = ExistingAnnotations.toHighlights(imported.document(), imported.layout(), imported.annotations(),
                Role.CONTEXT, Instant.now());

        assertThat(highlights).hasSize(3);
        Highlight yellow = highlights.get(0);
        assertThat(yellow.quote()).isEqualTo("denies the claim");
        assertThat(yellow.anchor().matches(imported.document().text())).isTrue();
        assertThat(yellow.color()).isEqualTo("#ffff00");
        assertThat(yellow.annotator()).isEqualTo("Reviewer A");
        assertThat(yellow.note()).isEqualTo("Check this against the letter.");
        assertThat(yellow.tags()).containsExactly("from-pdf", "highlight");
        assertThat(yellow.role()).isEqualTo(Role.CONTEXT);
        Highlight underline = highlights.get(1);
        assertThat(underline.quote()).isEqualTo("the ban");
        assertThat(underline.color()).isEqualTo("#0000ff");
        Highlight note = highlights.get(2);
        assertThat(note.isArea()).isTrue();
        assertThat(note.area().pageNumber()).isEqualTo(1);
        assertThat(note.area().x()).isEqualTo(500);
        assertThat(note.note()).isEqualTo("A sticky note.");
    }
}
