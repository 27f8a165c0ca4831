package org.counterpoint.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace file: the page view's zoom round-trips, and files written before it was kept still load. */
class WorkspaceStoreTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldRoundTripsTheZoomIncluded() {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("workspace.json"));
        Workspace saved = new Workspace(1100, 700, List.of(0.2, 0.7), "BOARD", 2, "DARK", "P150");
        store.save(saved);
        assertThat(store.load()).isEqualTo(saved);
    }

    @Test
    void aFileFromBeforeTheZoomWasKeptLoadsWithFitWidth() throws Exception {
        Path file = dir.resolve("workspace.json");
        Files.writeString(file, """
                {"width": 1200.0, "height": 760.0, "dividers": [0.18, 0.75], "view": "BOARD", "textStep": 1, "theme": "DARK"}
                """);
        Workspace w = new WorkspaceStore(file).load();
        assertThat(w).isEqualTo(new Workspace(1200, 760, List.of(0.18, 0.75), "BOARD", 1, "DARK", "FIT_WIDTH"));
    }
}
