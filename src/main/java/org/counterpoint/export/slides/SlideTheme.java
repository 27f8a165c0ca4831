package org.counterpoint.export.slides;

import java.awt.Color;
import org.counterpoint.model.PresentationSettings.Theme;
import org.counterpoint.model.Role;
import org.counterpoint.model.Verdict;

/** The colours of a deck, light or dark, and how each role is told apart by shape as well as colour. */
public record SlideTheme(Color background, Color text, Color muted, Color rule) {
    public static final SlideTheme LIGHT = new SlideTheme(Color.WHITE, new Color(0x1f, 0x23, 0x28), new Color(0x57, 0x60, 0x6a),
            new Color(0xd0, 0xd7, 0xde));
    public static final SlideTheme DARK = new SlideTheme(new Color(0x14, 0x17, 0x1c), new Color(0xf0, 0xf3, 0xf6),
            new Color(0x9d, 0xa7, 0xb3), new Color(0x3d, 0x44, 0x4d));

    public static SlideTheme of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    public boolean dark() {
        return this == DARK || background.getRed() < 128;
    }

    /** The role's colour, from the Okabe-Ito palette; the rebuttal's blue lightens on a dark background. */
    public Color role(Role role) {
        if (role == Role.REBUTTAL && dark()) {
            return new Color(0x56, 0xb4, 0xe9);
        }
        return Color.decode(role.defaultColor());
    }

    /** The role's colour mixed into the background: the tint behind a newly revealed quote. */
    public Color tint(Role role) {
        return mix(role(role), background, dark() ? 0.24f : 0.14f);
    }

    public Color verdict(Verdict verdict) {
        return switch (verdict) {
            case FALSE -> new Color(0xcf, 0x22, 0x2e);
            case MISLEADING -> new Color(0xbc, 0x4c, 0x00);
            case UNSUPPORTED -> new Color(0x82, 0x50, 0xdf);
            case ACCURATE -> new Color(0x1a, 0x7f, 0x37);
            case UNDETERMINED -> new Color(0x6e, 0x77, 0x81);
        };
    }

    /** The shape that marks a role beside its label and quotes: a square for claims, a diamond for rebuttals, a circle for context. */
    public static Shape shape(Role role) {
        return switch (role) {
            case CLAIM -> Shape.SQUARE;
            case REBUTTAL -> Shape.DIAMOND;
            case CONTEXT -> Shape.CIRCLE;
        };
    }

    /** The plural label over a column, e.g. "CLAIMS". */
    public static String columnLabel(Role role) {
        return role == Role.CLAIM ? "CLAIMS" : "REBUTTALS";
    }

    public enum Shape { SQUARE, DIAMOND, CIRCLE }

    static Color mix(Color a, Color b, float amount) {
        return new Color(Math.round(a.getRed() * amount + b.getRed() * (1 - amount)),
                Math.round(a.getGreen() * amount + b.getGreen() * (1 - amount)),
                Math.round(a.getBlue() * amount + b.getBlue() * (1 - amount)));
    }
}
