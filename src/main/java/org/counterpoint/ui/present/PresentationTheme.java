package org.counterpoint.ui.present;

import org.counterpoint.model.Role;

/**
 * The colours of the stage. Role colours are the Okabe-Ito ones the app uses, with a lighter blue for
 * text on the dark theme, where the app's blue is too dark to read.
 */
public enum PresentationTheme {
    LIGHT("#FBFAF6", "#1C1C1E", "#5A5A60", "#FFFFFF", "#D9D6CC", "#B86E00", "#0072B2", "#FFF1CC"),
    DARK("#111317", "#F3F3F1", "#B4B6BC", "#1C1F26", "#3A3E48", "#F0B030", "#56B4E9", "#5C4A12");

    private final String background;
    private final String text;
    private final String muted;
    private final String card;
    private final String rule;
    private final String claimText;
    private final String rebuttalText;
    private final String mark;

    PresentationTheme(String background, String text, String muted, String card, String rule, String claimText, String rebuttalText,
                      String mark) {
        this.background = background;
        this.text = text;
        this.muted = muted;
        this.card = card;
        this.rule = rule;
        this.claimText = claimText;
        this.rebuttalText = rebuttalText;
        this.mark = mark;
    }

    /** The stage's colours for the theme chosen in the project's presentation settings. */
    public static PresentationTheme of(org.counterpoint.model.PresentationSettings.Theme theme) {
        return theme == org.counterpoint.model.PresentationSettings.Theme.DARK ? DARK : LIGHT;
    }

    public String background() {
        return background;
    }

    public String text() {
        return text;
    }

    /** Secondary text: attributions, labels, the step counter. */
    public String muted() {
        return muted;
    }

    public String card() {
        return card;
    }

    public String rule() {
        return rule;
    }

    /** The role's colour for lines and marks: the app's role colour. */
    public String line(Role role) {
        return role.defaultColor();
    }

    /** The role's colour for words (labels), dark enough or light enough to read on this theme. */
    public String label(Role role) {
        return switch (role) {
            case CLAIM -> claimText;
            case REBUTTAL -> rebuttalText;
            case CONTEXT -> muted;
        };
    }

    /** Behind a quote marked in its surrounding text. */
    public String mark() {
        return mark;
    }
}
