package org.counterpoint.model;

import java.util.Locale;

/** What a highlighted passage does in the argument. */
public enum Role {
    CLAIM("Claim", "#E69F00"),
    REBUTTAL("Rebuttal", "#0072B2"),
    CONTEXT("Context", "#8A8A8A");

    private final String label;
    private final String color;

    Role(String label, String color) {
        this.label = label;
        this.color = color;
    }

    /**
     * The role's colour as "#RRGGBB", from the Okabe-Ito palette so claims and rebuttals stay
     * distinct for colour-blind readers. Every view and export takes it from here.
     */
    public String defaultColor() {
        return color;
    }

    public String label() {
        return label;
    }

    /** The lower-case name used in files and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromId(String id) {
        for (Role role : values()) {
            if (role.id().equalsIgnoreCase(id.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a role; use claim, rebuttal or context");
    }
}
