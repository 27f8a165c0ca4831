package org.counterpoint.model;

import java.util.Locale;

/** The kind of file a source document was imported from. */
public enum DocumentKind {
    PDF, TEXT, HTML;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
