package org.counterpoint.ui;

/** WCAG 2 contrast ratios of colours written as {@code #rrggbb}: 1 for equal colours, 21 for black on white. */
public final class Contrast {
    /** WCAG AA for normal text. */
    public static final double AA_TEXT = 4.5;

    private Contrast() {
    }

    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance, as WCAG defines it from sRGB. */
    static double luminance(String hex) {
        String h = hex.strip();
        if (!h.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("'" + hex + "' is not a colour written as #rrggbb");
        }
        int rgb = Integer.parseInt(h.substring(1), 16);
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
