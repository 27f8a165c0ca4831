package org.counterpoint.ui;

/** What the inspector shows: the last thing the user selected. */
public record Selection(Kind kind, String id) {

    /** The kinds of thing that can be selected. */
    public enum Kind { NONE, DOCUMENT, HIGHLIGHT, COMPARISON }

    public static final Selection NONE = new Selection(Kind.NONE, "");

    public static Selection document(String id) {
        return new Selection(Kind.DOCUMENT, id);
    }

    public static Selection highlight(String id) {
        return new Selection(Kind.HIGHLIGHT, id);
    }

    public static Selection comparison(String id) {
        return new Selection(Kind.COMPARISON, id);
    }
}
