package org.counterpoint.model;

import java.util.Locale;
import java.util.Objects;

/**
 * How a project is presented: the live mode's theme and how the slide deck splits a comparison.
 *
 * @param theme    light or dark, for the audience screen and the slides
 * @param grouping one slide per step (the reveal, as in the live mode) or one per comparison (its final state)
 */
public record PresentationSettings(Theme theme, SlideGrouping grouping) {
    public static final PresentationSettings DEFAULT = new PresentationSettings(Theme.LIGHT, SlideGrouping.PER_STEP);

    public PresentationSettings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(grouping, "grouping");
    }

    public PresentationSettings withTheme(Theme value) {
        return new PresentationSettings(value, grouping);
    }

    public PresentationSettings withGrouping(SlideGrouping value) {
        return new PresentationSettings(theme, value);
    }

    /** The colours of the audience screen and of the slides. */
    public enum Theme {
        LIGHT, DARK;

        /** The lower-case name used in files and on the command line. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Theme fromId(String id) {
            for (Theme theme : values()) {
                if (theme.id().equalsIgnoreCase(id.trim())) {
                    return theme;
                }
            }
            throw new IllegalArgumentException("'" + id + "' is not a theme; use light or dark");
        }
    }

    /** Whether a slide deck has a page for every step or one for every comparison. */
    public enum SlideGrouping {
        PER_STEP("step"), PER_COMPARISON("comparison");

        private final String id;

        SlideGrouping(String id) {
            this.id = id;
        }

        /** The name used in files and on the command line: "step" or "comparison". */
        public String id() {
            return id;
        }

        public static SlideGrouping fromId(String id) {
            for (SlideGrouping grouping : values()) {
                if (grouping.id.equalsIgnoreCase(id.trim())) {
                    return grouping;
                }
            }
            throw new IllegalArgumentException("'" + id + "' is not a slide grouping; use step or comparison");
        }
    }
}
