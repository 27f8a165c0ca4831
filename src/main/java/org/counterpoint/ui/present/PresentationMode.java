package org.counterpoint.ui.present;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.counterpoint.model.Project;
import org.counterpoint.ui.MainViewModel;

/**
 * Starts and stops the live presentation. With two screens the audience screen goes full-screen on
 * the one the main window is not on, and the presenter view opens where the main window is; with
 * one, the audience screen takes it and N shows the presenter's notes over it. Esc, with nothing
 * open over the stage, leaves and returns to the main window as it was.
 */
public final class PresentationMode {
    static final String STYLESHEET = "/org/counterpoint/ui/present/present.css";

    private final MainViewModel main;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private PresentationViewModel vm;
    private CalloutLoader loader;
    private Stage audienceStage;
    private Stage presenterStage;
    private AudienceView audienceView;
    private PresenterView presenterView;
    private Timeline clock;
    private Window owner;
    private Screen home;
    private boolean twoScreens;

    public PresentationMode(MainViewModel main) {
        this.main = main;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /**
     * Starts the presentation over {@code owner}: from the first comparison, or from the selected one
     * when {@code fromSelected}. Says so in the status bar when there is nothing to present.
     */
    public void start(Window owner, boolean fromSelected) {
        if (running.get()) {
            return;
        }
        Project project = main.project();
        if (project == null) {
            main.statusProperty().set("There is nothing to present: open a project first.");
            return;
        }
        PresentationViewModel model = new PresentationViewModel(project, main.services().clock());
        if (model.isEmpty()) {
            main.statusProperty().set("There is nothing to present: make a comparison first (Comparison › New Comparison from Selection),"
                    + " or show one that is hidden from the presentation.");
            return;
        }
        this.owner = owner;
        this.vm = model;
        vm.themeProperty().set(PresentationTheme.of(project.presentation().theme()));
        vm.tick();
        loader = new CalloutLoader(main);
        String from = fromSelected ? main.selectedComparison().map(c -> c.id()).orElse(null) : null;
        vm.startAt(from);
        if (fromSelected && from == null) {
            vm.messageProperty().set("No comparison is selected, so the presentation starts at the first one.");
        }

        List<Screen> screens = Screen.getScreens();
        Screen home = owner == null ? Screen.getPrimary() : screenOf(owner);
        Screen audienceScreen = screens.stream().filter(s -> !s.equals(home)).findFirst().orElse(home);
        twoScreens = !audienceScreen.equals(home);

        audienceView = new AudienceView(vm, loader);
        // a borderless window over the whole screen rather than JavaFX's full-screen mode: no "press Esc" banner
        // over the first slide, and Esc stays the presentation's own key
        audienceStage = stage(audienceView, audienceScreen.getBounds(), "Counterpoint: presentation", StageStyle.UNDECORATED);
        this.home = home;
        if (twoScreens) {
            openPresenterView();
        }
        audienceStage.show();
        if (!twoScreens) {
            audienceStage.requestFocus();
        } else {
            presenterStage.requestFocus();
        }
        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
        running.set(true);
    }

    private void openPresenterView() {
        presenterView = new PresenterView(vm);
        presenterStage = stage(presenterView, home.getVisualBounds(), "Counterpoint: presenter view", StageStyle.DECORATED);
        presenterStage.setOnCloseRequest(e -> closePresenterView());
        presenterStage.setMaximized(true);
        presenterStage.show();
    }

    private void closePresenterView() {
        if (presenterStage != null) {
            presenterStage.close();
        }
        presenterStage = null;
        presenterView = null;
    }

    /**
     * P: the presenter view in a window of its own, or closed again. With two screens it is always open;
     * with one, this lets the presenter rehearse with it before the audience arrives.
     */
    public void togglePresenterView() {
        if (!running.get()) {
            return;
        }
        if (presenterStage != null && !twoScreens) {
            closePresenterView();
            audienceStage.requestFocus();
        } else if (presenterStage == null) {
            openPresenterView();
            presenterStage.requestFocus();
        }
    }

    private Stage stage(javafx.scene.Parent root, Rectangle2D bounds, String title, StageStyle style) {
        Stage stage = new Stage(style);
        stage.setTitle(title);
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(PresentationMode.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (PresentationKeys.handle(e, vm)) {
                case LEAVE -> stop();
                case TOGGLE_PRESENTER -> togglePresenterView();
                case STAY -> { }
            }
        });
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setOnCloseRequest(e -> stop());
        return stage;
    }

    private static Screen screenOf(Window w) {
        List<Screen> at = Screen.getScreensForRectangle(w.getX() + w.getWidth() / 2, w.getY() + w.getHeight() / 2, 1, 1);
        return at.isEmpty() ? Screen.getPrimary() : at.get(0);
    }

    /** Leaves the presentation: closes its windows and returns to the main window as it was. */
    public void stop() {
        if (!running.get()) {
            return;
        }
        running.set(false);
        clock.stop();
        closePresenterView();
        audienceStage.close();
        loader.close();
        if (owner instanceof Stage s) {
            s.toFront();
        }
        if (owner != null) {
            owner.requestFocus();
        }
    }

    /** The running presentation's state, or null. */
    public PresentationViewModel viewModel() {
        return running.get() ? vm : null;
    }

    public AudienceView audienceView() {
        return running.get() ? audienceView : null;
    }

    public Stage audienceStage() {
        return running.get() ? audienceStage : null;
    }

    /** The presenter view, or null with one screen. */
    public PresenterView presenterView() {
        return presenterView;
    }
}
