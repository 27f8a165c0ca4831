package org.counterpoint.model;

import java.util.UUID;

/** New ids for documents, highlights and comparisons: a short kind prefix and a random UUID. */
public final class Ids {
    private Ids() {
    }

    public static String document() {
        return "doc-" + UUID.randomUUID();
    }

    public static String highlight() {
        return "hl-" + UUID.randomUUID();
    }

    public static String comparison() {
        return "cmp-" + UUID.randomUUID();
    }
}
