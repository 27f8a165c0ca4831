package org.counterpoint.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * The looks offered under View › Theme: AtlantaFX's Primer Light or Dark for the controls, and a
 * style sheet of Counterpoint's own colours on top (the base one, plus one that redefines them).
 */
public enum Theme {
    LIGHT("Light", null),
    DARK("Dark", "/org/counterpoint/ui/theme-dark.css"),
    HIGH_CONTRAST("High Contrast", "/org/counterpoint/ui/theme-high-contrast.css");

    private final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    public String label() {
        return label;
    }

    /** The style sheet that redefines Counterpoint's colours for this theme, or null for the base one alone. */
    public String stylesheet() {
        return stylesheet;
    }

    public String userAgentStylesheet() {
        return this == LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }

    /** The theme saved under a name, or Light for a name not known. */
    public static Theme named(String name) {
        for (Theme t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return LIGHT;
    }
}
