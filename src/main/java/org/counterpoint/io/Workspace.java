package org.counterpoint.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * How the user left the window, kept per user (not per project) and restored on the next start.
 *
 * @param width     the window's width, or 0 when never saved
 * @param height    the window's height, or 0 when never saved
 * @param dividers  the main split pane's divider positions, left to right
 * @param view      the centre view last shown ("READER" or "BOARD")
 * @param textStep  steps of text size from the default (Ctrl+Plus adds one, Ctrl+Minus takes one)
 * @param theme     the theme's name
 * @param zoom      the page view's zoom ("FIT_WIDTH", "FIT_PAGE" or a percentage such as "P150"); files
 *                  written before it was kept have none, and read as fit width
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Workspace(double width, double height, List<Double> dividers, String view, int textStep, String theme, String zoom) {
    public static final int MIN_TEXT_STEP = -3;
    public static final int MAX_TEXT_STEP = 8;

    public Workspace {
        dividers = List.copyOf(dividers == null ? List.of() : dividers);
        view = view == null ? "READER" : view;
        textStep = Math.max(MIN_TEXT_STEP, Math.min(MAX_TEXT_STEP, textStep));
        theme = theme == null ? "LIGHT" : theme;
        zoom = zoom == null || zoom.isBlank() ? "FIT_WIDTH" : zoom;
    }

    public static Workspace defaults() {
        return new Workspace(0, 0, List.of(), "READER", 0, "LIGHT", "FIT_WIDTH");
    }
}
