package org.counterpoint.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * What a main window hangs on its stage, taken back when the stage is closed or shows another scene,
 * and the work to stop then. The stage may outlive the window (a test's stage, or a window replaced):
 * a handler or binding left on it, a running timer or a render thread would keep the window and all
 * it holds in memory.
 */
final class WindowLifetime {
    private final List<Runnable> whenGone = new ArrayList<>();
    private final EventHandler<WindowEvent> hidden = e -> gone();
    private EventHandler<WindowEvent> closeRequest;

    WindowLifetime(Parent root) {
        root.sceneProperty().addListener((o, was, scene) -> scene.windowProperty().addListener((o2, before, window) -> {
            if (before != null) {
                letGoOf(before);
            }
            if (window == null) {
                gone();
            } else {
                window.addEventHandler(WindowEvent.WINDOW_HIDDEN, hidden);
            }
        }));
    }

    /** Runs when the window is closed or its stage shows another scene. */
    void whenGone(Runnable stop) {
        whenGone.add(stop);
    }

    /** Asks before the stage closes; taken back with the rest. */
    void onCloseRequest(Stage stage, EventHandler<WindowEvent> handler) {
        closeRequest = handler;
        stage.setOnCloseRequest(handler);
    }

    private void letGoOf(Window before) {
        before.removeEventHandler(WindowEvent.WINDOW_HIDDEN, hidden);
        if (before instanceof Stage stage) {
            if (stage.getOnCloseRequest() == closeRequest) {
                stage.setOnCloseRequest(null);
            }
            // the title was bound to this window's project; the stage's next scene binds its own
            stage.titleProperty().unbind();
        }
    }

    private void gone() {
        whenGone.forEach(Runnable::run);
    }
}
