package org.counterpoint.model;

import java.util.List;

/** A comparison as a scene of a presentation, with its 1-based number (as shown, and as typed to jump to it). */
public record PresentationScene(Comparison comparison, int number, List<PresentationStep> steps) {
    public PresentationScene {
        steps = List.copyOf(steps);
    }
}
