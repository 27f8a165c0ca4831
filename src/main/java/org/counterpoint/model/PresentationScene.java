package org.counterpoint.model;

import java.util.List;
import java.util.Objects;

/**
 * A comparison as played in a presentation.
 *
 * @param comparison the comparison shown
 * @param number     1-based position among the shown comparisons, as displayed and as typed to jump to it
 * @param steps      the steps in the order they are played: the question first, the verdict last
 */
public record PresentationScene(Comparison comparison, int number, List<PresentationStep> steps) {

    public PresentationScene {
        Objects.requireNonNull(comparison, "comparison");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a scene has at least its question");
        }
    }

    /** The last step, where every quote and the verdict are on the stage. */
    public PresentationStep finalStep() {
        return steps.get(steps.size() - 1);
    }
}
