package org.counterpoint.ui;

import org.counterpoint.model.PageArea;

/** What the Mark commands act on: text selected in the reader or on a page, or a rectangle drawn on a page. */
public sealed interface PendingSelection permits PendingSelection.TextSelection, PendingSelection.AreaSelection {

    /** The document the selection was made in. */
    String documentId();

    /** Text selected in the reader or on the page, waiting to be marked; {@code source} says which view made it. */
    record TextSelection(String documentId, int start, int end, String source) implements PendingSelection {
    }

    /** A rectangle drawn on a page, waiting to be marked as an area highlight. */
    record AreaSelection(String documentId, PageArea area) implements PendingSelection {
    }
}
