package org.counterpoint.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A quote being dragged within the window, from the navigator or from a comparison on the
 * board. Dragging uses JavaFX's press-drag-release gesture rather than the platform clipboard,
 * so it works the same on every system and in headless tests.
 */
public final class QuoteDrag {

    /**
     * @param fromComparisonId the comparison the quote is dragged out of, or null when it comes from the navigator
     */
    public record Payload(String highlightId, String fromComparisonId) {
    }

    private final ObjectProperty<Payload> current = new SimpleObjectProperty<>();

    public ObjectProperty<Payload> currentProperty() {
        return current;
    }

    public Payload current() {
        return current.get();
    }

    public void start(String highlightId, String fromComparisonId) {
        current.set(new Payload(highlightId, fromComparisonId));
    }

    public void end() {
        current.set(null);
    }
}
