package org.counterpoint.ui.present;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * The audience's screen: the current step filling it, and over it, as the presenter asks, a callout,
 * the presenter's notes (when there is only one screen), the help, a black or white cover, and the
 * number being typed to jump.
 */
public final class AudienceView extends StackPane {
    private final PresentationViewModel vm;
    private final CalloutLoader loader;
    private final StackPane content = new StackPane();
    private final StackPane calloutLayer = new StackPane();
    private final NotesPane notes;
    private final Node help;
    private final Region cover = new Region();
    private final Label typed = new Label();
    private final Label message = new Label();
    private final PauseTransition messageTimer = new PauseTransition(Duration.seconds(4));
    private CalloutView calloutView;
    private double builtWidth;
    private double builtHeight;
    private boolean stale;

    AudienceView(PresentationViewModel vm, CalloutLoader loader) {
        this.vm = vm;
        this.loader = loader;
        this.notes = new NotesPane(vm, true);
        this.help = help();
        getStyleClass().add("present-audience");
        setMinSize(0, 0);
        cover.setMouseTransparent(true);
        typed.getStyleClass().add("present-typed");
        message.getStyleClass().add("present-message");
        message.setWrapText(true);
        StackPane.setAlignment(typed, Pos.TOP_RIGHT);
        StackPane.setAlignment(message, Pos.BOTTOM_CENTER);
        StackPane.setAlignment(notes, Pos.BOTTOM_CENTER);
        getChildren().addAll(content, calloutLayer, notes, help, cover, typed, message);

        // a step changes the position and the focus at once: mark the stage stale and rebuild it once, at the next layout
        vm.currentProperty().addListener((o, a, b) -> stale());
        vm.focusedIdProperty().addListener((o, a, b) -> stale());
        vm.themeProperty().addListener((o, a, b) -> {
            stale();
            showCallout();
        });
        vm.calloutProperty().addListener((o, a, b) -> showCallout());
        vm.coverProperty().addListener((o, a, b) -> updateCover());
        notes.visibleProperty().bind(vm.notesShownProperty());
        help.visibleProperty().bind(vm.helpShownProperty());
        typed.textProperty().bind(vm.typedProperty().map(t -> t.isEmpty() ? "" : "Go to comparison " + t + " ⏎"));
        typed.visibleProperty().bind(vm.typedProperty().isNotEmpty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.textProperty().bind(vm.messageProperty());
        vm.messageProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                messageTimer.playFromStart();
            }
        });
        messageTimer.setOnFinished(e -> vm.messageProperty().set(""));
        updateCover();
    }

    private void stale() {
        stale = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (stale && getWidth() == builtWidth && getHeight() == builtHeight) {
            stale = false;
            rebuild();
        }
        if (getWidth() != builtWidth || getHeight() != builtHeight) {
            stale = false;
            builtWidth = getWidth();
            builtHeight = getHeight();
            rebuild();
            showCallout();
            double u = unit();
            String font = "-fx-font-size: " + Math.max(10, 30 * u) + "px;";
            typed.setStyle(font + "-fx-padding: " + 16 * u + "px " + 28 * u + "px; -fx-background-radius: " + 10 * u + "px;");
            message.setStyle(font + "-fx-padding: " + 16 * u + "px " + 28 * u + "px; -fx-background-radius: " + 10 * u + "px;");
            StackPane.setMargin(typed, new Insets(24 * u));
            StackPane.setMargin(message, new Insets(36 * u));
            message.setMaxWidth(1400 * u);
            notes.scaleTo(u, getHeight());
            help.setStyle("-fx-font-size: " + Math.max(10, 26 * u) + "px;");
        }
        super.layoutChildren();
    }

    private double unit() {
        return Math.min(getWidth() / 1920, getHeight() / 1080);
    }

    private void rebuild() {
        PresentationViewModel.Position p = vm.current();
        if (p == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        StageContent stage = new StageContent(vm.project(), vm.theme(), getWidth(), getHeight(), vm::toggleCalloutOf);
        content.getChildren().setAll(stage.build(p, vm.focusChosen() ? vm.focusedIdProperty().get() : null));
        setBackground(StageStyle.fill(vm.theme().background(), 0));
        prefetch();
    }

    /** Prepares the callout of every quote on screen, so Z shows it at once. */
    private void prefetch() {
        for (String id : vm.visibleQuotes()) {
            vm.project().highlight(id).ifPresent(h -> vm.project().document(h.documentId()).ifPresent(doc -> {
                double[] size = singlePanelBody();
                loader.load(h, doc, size[0], size[1], pixelScale(), panel -> { });
            }));
        }
    }

    /** The size of the page area of a single callout on this screen; must agree with {@link CalloutView}. */
    private double[] singlePanelBody() {
        double u = unit();
        return new double[] {getWidth() - 2 * 40 * u, getHeight() - 2 * 40 * u - 48 * u - 26 * u - 16 * u};
    }

    private double pixelScale() {
        return getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
    }

    private void showCallout() {
        PresentationViewModel.Callout c = vm.calloutProperty().get();
        if (c == null || getWidth() <= 0) {
            calloutView = null;
            calloutLayer.getChildren().clear();
            calloutLayer.setVisible(false);
            return;
        }
        calloutView = new CalloutView(c, vm.project(), loader, vm.theme(), getWidth(), getHeight(), pixelScale());
        calloutView.setOnMouseClicked(e -> vm.toggleCallout());
        calloutLayer.getChildren().setAll(calloutView);
        calloutLayer.setVisible(true);
    }

    private void updateCover() {
        PresentationViewModel.Cover c = vm.coverProperty().get();
        cover.setVisible(c != PresentationViewModel.Cover.NONE);
        cover.setBackground(StageStyle.fill(c == PresentationViewModel.Cover.WHITE ? "#FFFFFF" : "#000000", 0));
        cover.getStyleClass().setAll("present-cover", "present-cover-" + c.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** True when a callout is on screen with every one of its panels showing its source. */
    public boolean calloutReady() {
        return calloutView != null && vm.calloutProperty().get() != null
                && calloutView.shown().size() == vm.calloutProperty().get().highlightIds().size();
    }

    /** The callout on screen, or null. */
    CalloutView calloutView() {
        return calloutView;
    }

    Region cover() {
        return cover;
    }

    private Node help() {
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(8);
        int row = 0;
        for (String[] k : PresentationKeys.HELP) {
            Label key = new Label(k[0]);
            key.getStyleClass().add("present-help-key");
            Label what = new Label(k[1]);
            what.getStyleClass().add("present-help-text");
            grid.addRow(row++, key, what);
        }
        Label title = new Label("Presenting: keys");
        title.getStyleClass().add("present-help-title");
        VBox box = new VBox(16, title, grid);
        box.getStyleClass().add("present-help");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setPadding(new Insets(28, 36, 28, 36));
        box.setStyle("-fx-background-color: rgba(20,20,24,0.94); -fx-background-radius: 14;");
        for (Node n : List.of(title)) {
            ((Label) n).setTextFill(Color.WHITE);
        }
        StackPane wrap = new StackPane(box);
        wrap.setPickOnBounds(false);
        return wrap;
    }
}
