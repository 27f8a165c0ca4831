package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The status hint after an import fits what was imported: documents with text to select, scans without, or both. */
class ImportHintTest {
    private final SourceDocument text = Fixtures.textDocument("t", "Words to quote.");
    private final SourceDocument scan = Fixtures.textDocument("s", "");
    private final SourceDocument scan2 = Fixtures.textDocument("s2", " \n");

    @Test
    void documentsWithTextAreToldToSelectAPassage() {
        assertThat(ImportWorkflow.importedHint(List.of(text)))
                .isEqualTo("Imported 1 document. Select a passage and press Ctrl+1, Ctrl+2 or Ctrl+3 to mark it.");
    }

    @Test
    void aScanIsToldItHasNoTextAndWhatToDoInstead() {
        assertThat(ImportWorkflow.importedHint(List.of(scan))).isEqualTo("Imported 1 document. It has no text to quote (a scan?): "
                + "draw areas on its pages (Ctrl+Shift+A), or OCR it elsewhere and import it again.");
        assertThat(ImportWorkflow.importedHint(List.of(scan, scan2))).startsWith("Imported 2 documents. They have no text to quote")
                .doesNotContain("Select a passage");
    }

    @Test
    void aMixedImportSaysBoth() {
        assertThat(ImportWorkflow.importedHint(List.of(text, scan))).isEqualTo("Imported 2 documents. One of them has no text to quote "
                + "(a scan?): draw areas on its pages (Ctrl+Shift+A), or OCR it elsewhere and import it again. "
                + "In the others, select a passage and press Ctrl+1, Ctrl+2 or Ctrl+3 to mark it.");
        assertThat(ImportWorkflow.importedHint(List.of(text, scan, scan2))).contains("2 of them have no text to quote (scans?)")
                .contains("OCR them elsewhere");
    }
}
