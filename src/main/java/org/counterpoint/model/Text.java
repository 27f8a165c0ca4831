package org.counterpoint.model;

/** Small string helpers shared by the model's records. */
public final class Text {
    private Text() {
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Collapses runs of white space into single spaces, for one-line display of a quote. */
    public static String oneLine(String s) {
        return orEmpty(s).replaceAll("\\s+", " ").trim();
    }

    /** Shortens to at most {@code max} characters, ending in an ellipsis when cut. */
    public static String abbreviate(String s, int max) {
        String line = oneLine(s);
        if (line.length() <= max) {
            return line;
        }
        int cut = max - 1;
        if (Character.isLowSurrogate(line.charAt(cut))) {
            cut--;
        }
        return line.substring(0, cut) + "…";
    }
}
