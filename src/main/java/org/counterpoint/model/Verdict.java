package org.counterpoint.model;

import java.util.Locale;

/**
 * A ClaimReview-style rating of a claim against its rebuttals. The numeric rating runs
 * from 1 (worst) to 5 (best) so it can be exported as a schema.org reviewRating.
 */
public enum Verdict {
    FALSE("False", 1),
    MISLEADING("Misleading", 2),
    UNSUPPORTED("Unsupported", 3),
    ACCURATE("Accurate", 5),
    UNDETERMINED("Undetermined", 0);

    private final String label;
    private final int rating;

    Verdict(String label, int rating) {
        this.label = label;
        this.rating = rating;
    }

    public String label() {
        return label;
    }

    /** 1 to 5 on the ClaimReview scale; 0 when no rating applies. */
    public int rating() {
        return rating;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict fromId(String id) {
        for (Verdict verdict : values()) {
            if (verdict.id().equalsIgnoreCase(id.trim())) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a verdict");
    }
}
