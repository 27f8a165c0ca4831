package org.counterpoint.ui.reader;

import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.Reflow;
import org.counterpoint.model.SourceDocument;

/**
 * The text the reader shows and its map to the stored text that anchors count in: PDF text
 * reflowed into paragraphs, other text as it is stored. All ranges are {@code [start, end)}.
 */
final class ShownText {
    private final String stored;
    private final Reflow reflow;

    private ShownText(String stored, Reflow reflow) {
        this.stored = stored;
        this.reflow = reflow;
    }

    /**
     * How the reader shows a document: PDF text reflowed into paragraphs (a PDF keeps the line
     * breaks of its layout, which the reader's own wrapping would break again), with a line break
     * kept at each page start; text and web pages as stored.
     */
    static ShownText of(SourceDocument d) {
        if (d.kind() != DocumentKind.PDF) {
            return asStored(d.text());
        }
        return reflowed(d.text(), d.pageStarts().stream().mapToInt(Integer::intValue).toArray());
    }

    /** Text shown exactly as stored. */
    static ShownText asStored(String stored) {
        return new ShownText(stored, null);
    }

    /** Text shown reflowed, with the stored text's line breaks just before {@code keepBreaksBefore} kept. */
    static ShownText reflowed(String stored, int[] keepBreaksBefore) {
        return new ShownText(stored, Reflow.of(stored, keepBreaksBefore));
    }

    String stored() {
        return stored;
    }

    String display() {
        return reflow == null ? stored : reflow.display();
    }

    /** The stored range of a range of the shown text. */
    int[] storedRange(int displayStart, int displayEnd) {
        return reflow == null ? new int[] {displayStart, displayEnd} : reflow.storedRange(displayStart, displayEnd);
    }

    /** The shown range of a stored range. */
    int[] displayRange(int storedStart, int storedEnd) {
        return reflow == null ? new int[] {storedStart, storedEnd} : reflow.displayRange(storedStart, storedEnd);
    }

    /** The stored offset of the character shown at {@code displayOffset}. */
    int storedOffset(int displayOffset) {
        return reflow == null ? displayOffset : reflow.storedOffset(displayOffset);
    }

    /** Where the stored offset shows. */
    int displayOffset(int storedOffset) {
        return reflow == null ? storedOffset : reflow.displayOffset(storedOffset);
    }
}
