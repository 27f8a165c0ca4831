package org.counterpoint.ui.reader;

import java.util.function.Supplier;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.counterpoint.anchor.WordSnap;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * How the mouse selects in the reader: a drag selects whole words of the stored text (whole
 * characters with Alt held), a double click a word and a triple click a line. Word and line edges
 * are found in the stored text, so the reader and the page view select the same words.
 */
final class ReaderSelection {
    private final StyleClassedTextArea area;
    private final Supplier<ShownText> shown;

    private ReaderSelection(StyleClassedTextArea area, Supplier<ShownText> shown) {
        this.area = area;
        this.shown = shown;
    }

    /** Makes the area's mouse selection snap to words; {@code shown} gives the text now shown, or null. */
    static void install(StyleClassedTextArea area, Supplier<ShownText> shown) {
        ReaderSelection s = new ReaderSelection(area, shown);
        // before the area's own behaviour, which would select by its own idea of words and paragraphs
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, s::pressed);
        // after the area's own behaviour has placed the end of the drag
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, s::released);
    }

    private void pressed(MouseEvent e) {
        ShownText text = shown.get();
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() < 2 || e.isShiftDown() || text == null
                || area.getLength() != text.display().length() || text.display().isEmpty()) {
            return;
        }
        var hit = area.hit(e.getX(), e.getY());
        int display = hit.getCharacterIndex().orElse(Math.max(0, hit.getInsertionIndex() - 1));
        int stored = text.storedOffset(Math.min(display, text.display().length() - 1));
        int[] r = e.getClickCount() == 2 ? WordSnap.wordAt(text.stored(), stored) : WordSnap.lineAt(text.stored(), stored);
        select(text, r);
        e.consume();
    }

    private void released(MouseEvent e) {
        ShownText text = shown.get();
        if (e.getButton() != MouseButton.PRIMARY || e.isStillSincePress() || text == null
                || area.getLength() != text.display().length() || area.getSelection().getLength() == 0) {
            return;
        }
        int[] raw = text.storedRange(area.getSelection().getStart(), area.getSelection().getEnd());
        int[] r = e.isAltDown() ? WordSnap.characters(text.stored(), raw[0], raw[1]) : WordSnap.words(text.stored(), raw[0], raw[1]);
        if (r[1] > r[0]) {
            select(text, r);
        }
    }

    /** Selects a stored range, keeping the direction of the selection: the caret stays at the end the user moved. */
    private void select(ShownText text, int[] stored) {
        int[] d = text.displayRange(stored[0], stored[1]);
        boolean backwards = area.getCaretPosition() < area.getAnchor();
        if (d[0] == area.getSelection().getStart() && d[1] == area.getSelection().getEnd()) {
            return;
        }
        if (backwards) {
            area.selectRange(d[1], d[0]);
        } else {
            area.selectRange(d[0], d[1]);
        }
    }
}
