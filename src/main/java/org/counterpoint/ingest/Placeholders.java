package org.counterpoint.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.counterpoint.anchor.AnchorResolver;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.edit.Edit;
import org.counterpoint.model.edit.Edits;

/**
 * Sources imported after annotations that were waiting for them: the source takes the stand-in's
 * place (and id), and the waiting highlights are placed in its text.
 */
public final class Placeholders {
    private Placeholders() {
    }

    /** The stand-in in a project that waits for this source, if any. */
    public static Optional<SourceDocument> waitingFor(Project project, SourceDocument source) {
        return project.documents().stream().filter(d -> d.isPlaceholderFor(source)).findFirst();
    }

    /**
     * Filling a stand-in: the edit, and how many of its highlights found their quotes.
     *
     * @param source the imported source, already carrying the stand-in's id
     */
    public record Fill(Edit edit, int placed, int stillFlagged) {
        public String summary(String name) {
            return placed + " of " + (placed + stillFlagged) + " annotations that waited for " + name + " placed"
                    + (stillFlagged == 0 ? "" : "; " + stillFlagged + " kept as flagged, as their quotes are not in it");
        }
    }

    public static Fill fill(Project project, SourceDocument source, Instant now) {
        List<Highlight> placed = project.highlightsIn(source.id()).stream().map(h -> AnchorResolver.resolve(source.text(), h)).toList();
        int flagged = (int) placed.stream().filter(h -> h.status() == AnchorStatus.FLAGGED).count();
        return new Fill(Edits.fillPlaceholder(source, placed, now), placed.size() - flagged, flagged);
    }
}
