package org.counterpoint.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.counterpoint.model.Role;
import org.counterpoint.ui.board.BoardView;
import org.counterpoint.ui.inspector.InspectorView;
import org.counterpoint.ui.navigator.NavigatorView;
import org.counterpoint.ui.reader.ReaderView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The main window: menus, a toolbar, the navigator on the left, the reader and the comparison
 * board in the centre, the inspector on the right, and a status bar with progress for long work.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/org/counterpoint/ui/counterpoint.css";

    private final MainViewModel vm;
    private final FxTaskRunner fxTasks;
    private final QuoteDrag drag = new QuoteDrag();
    private final BorderPane root = new BorderPane();
    private final WindowLifetime lifetime = new WindowLifetime(root);
    private final NavigatorView navigator;
    private final ReaderView reader;
    private final PageViewSlot pages;
    private final SplitPane readerSplit;
    private final javafx.scene.control.CheckMenuItem pageViewItem = new javafx.scene.control.CheckMenuItem("_Page View");
    private final InspectorView inspector;
    private final FindInProject findInProject;
    private final FindInDocument findInDocument;
    private final CenterTabs center;
    private final MenuBar menuBar = new MenuBar();
    private final org.counterpoint.ui.present.PresentationMode presentation;
    private final ViewOptions options;
    private final SplitPane split;
    private Stage stage;

    /**
     * @param fxTasks the task runner whose progress the status bar shows; null when tests run work directly
     */
    public MainWindow(AppServices services, FxTaskRunner fxTasks) {
        this.vm = new MainViewModel(services);
        this.fxTasks = fxTasks;
        this.navigator = new NavigatorView(vm, drag);
        this.reader = new ReaderView(vm);
        // built when a PDF is first shown beside its text: a window opening on a text document does without it
        this.pages = new PageViewSlot(vm);
        this.readerSplit = new SplitPane(reader);
        this.inspector = new InspectorView(vm);
        this.presentation = new org.counterpoint.ui.present.PresentationMode(vm);
        this.options = new ViewOptions(vm, services.settings().workspace(), List.of(reader));
        pages.whenBuilt(p -> options.keepZoom(p.zoomProperty()));

        this.findInDocument = new FindInDocument(vm, reader, pages);
        pageViewItem.setSelected(true);
        pageViewItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        pageViewItem.selectedProperty().addListener((o, a, b) -> updatePageView());
        vm.documentIdProperty().addListener((o, a, b) -> updatePageView());
        vm.projectProperty().addListener((o, a, b) -> updatePageView());
        // the reader is read-only, so Tab leaves it for the page view's tool bar when the pages are shown
        reader.textArea().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isShiftDown() && !e.isShortcutDown()
                    && pages.ifBuilt().filter(readerSplit.getItems()::contains).isPresent()) {
                pages.get().focusToolbar();
                e.consume();
            }
        });
        // the board is built when it is first shown: a window opening on the reader does without it
        this.center = new CenterTabs(vm, new BorderPane(readerSplit, findInDocument.bar(), null, null, null),
                () -> new BoardView(vm, drag, this::newComparisonFromSelection), options::scale, this::focusView);

        split = new SplitPane(navigator, center.pane(), inspector);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.18, 0.75);
        this.findInProject = new FindInProject(vm, reader, pages, split);
        SplitPane.setResizableWithParent(navigator, false);
        SplitPane.setResizableWithParent(inspector, false);
        navigator.setMinWidth(200);
        inspector.setMinWidth(300);

        buildMenus();
        BorderPane top = new BorderPane();
        top.setTop(menuBar);
        top.setBottom(toolbar());
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(statusBar());
        root.getStyleClass().add("main-window");
        // a copy of unsaved work every minute, so a crash costs at most a minute
        javafx.animation.Timeline autosave = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.minutes(1), e -> vm.autosave()));
        autosave.setCycleCount(javafx.animation.Animation.INDEFINITE);
        autosave.play();
        // a window that is gone saves no more copies and renders no more pages
        lifetime.whenGone(autosave::stop);
        lifetime.whenGone(() -> pages.ifBuilt().ifPresent(org.counterpoint.ui.page.PageView::release));
        // a drag that ends anywhere but on a target must not leave a quote "in hand"
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> javafx.application.Platform.runLater(drag::end));
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public BorderPane root() {
        return root;
    }

    public ReaderView reader() {
        return reader;
    }

    public FindInProject findInProject() {
        return findInProject;
    }

    public FindInDocument findInDocument() {
        return findInDocument;
    }

    /** The comparison board, built now if it has not been shown yet. */
    public BoardView board() {
        return center.board();
    }

    /** The page view, built now if no PDF has been shown yet. */
    public org.counterpoint.ui.page.PageView pageView() {
        return pages.get();
    }

    /** A view switch puts the focus in that view, never in a field of another pane with its text selected. */
    private void focusView(MainViewModel.CenterView view) {
        if (view == MainViewModel.CenterView.BOARD) {
            center.board().focusContent();
        } else {
            reader.textArea().requestFocus();
        }
    }

    /** The page view stands beside the text for PDF documents, unless the user turned it off. */
    private void updatePageView() {
        boolean pdf = vm.currentDocument().map(d -> d.kind() == org.counterpoint.model.DocumentKind.PDF).orElse(false);
        boolean show = pdf && pageViewItem.isSelected();
        if (show && !readerSplit.getItems().contains(pages.get())) {
            readerSplit.getItems().add(pages.get());
            readerSplit.setDividerPositions(0.45);
        } else if (!show) {
            pages.ifBuilt().ifPresent(readerSplit.getItems()::remove);
        }
    }

    public org.counterpoint.ui.present.PresentationMode presentation() {
        return presentation;
    }

    public NavigatorView navigator() {
        return navigator;
    }

    public InspectorView inspector() {
        return inspector;
    }

    public ViewOptions options() {
        return options;
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    /** Puts the window on a stage: title, size, styles, and asking before closing with unsaved changes. */
    public Scene show(Stage stage, double width, double height) {
        this.stage = stage;
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.windowTitleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        options.restore(stage, scene, split);
        lifetime.onCloseRequest(stage, e -> {
            e.consume();
            quit();
        });
        stage.show();
        return scene;
    }

    public void quit() {
        inspector.commitPending();
        vm.files().whenChangesSettled(() -> {
            if (stage != null) {
                options.save(stage, split);
                stage.close();
            }
        });
    }

    private void newComparisonFromSelection() {
        inspector.commitPending();
        vm.editor().newComparisonFromSelection(navigator.selectedHighlightIds());
    }

    private void buildMenus() {
        Menu file = new Menu("_File");
        Menu recent = new Menu("Open _Recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        vm.recentFiles().addListener((javafx.collections.ListChangeListener<String>) c -> fillRecent(recent));
        MenuItem save = item("_Save", "Shortcut+S", MaterialDesignC.CONTENT_SAVE_OUTLINE, () -> {
            inspector.commitPending();
            vm.save();
        });
        save.disableProperty().bind(vm.status().busyProperty());
        MenuItem saveAs = item("Save _As…", "Shortcut+Shift+S", null, () -> {
            inspector.commitPending();
            vm.files().saveAs();
        });
        saveAs.disableProperty().bind(vm.status().busyProperty());
        file.getItems().addAll(
                item("_New Project", "Shortcut+N", null, () -> {
                    inspector.commitPending();
                    vm.newProject();
                }),
                item("_Open…", "Shortcut+O", MaterialDesignF.FOLDER_OPEN_OUTLINE, () -> {
                    inspector.commitPending();
                    vm.files().open();
                }),
                recent,
                new SeparatorMenuItem(),
                save,
                saveAs,
                new SeparatorMenuItem(),
                item("_Import Document…", "Shortcut+I", MaterialDesignF.FILE_IMPORT_OUTLINE, vm.imports()::importDocuments),
                WorkflowMenus.importAnnotations(vm),
                new SeparatorMenuItem(),
                WorkflowMenus.projectProperties(vm),
                new SeparatorMenuItem(),
                item("_Close Project", "Shortcut+W", null, () -> {
                    inspector.commitPending();
                    vm.files().closeProject();
                }),
                item("_Quit", "Shortcut+Q", null, this::quit));

        Menu edit = new Menu("_Edit");
        MenuItem undo = item("_Undo", "Shortcut+Z", MaterialDesignU.UNDO, () -> {
            inspector.commitPending();
            vm.undo();
        });
        undo.textProperty().bind(vm.undoLabelProperty());
        undo.disableProperty().bind(vm.editor().canUndoProperty().not());
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", MaterialDesignR.REDO, vm::redo);
        redo.textProperty().bind(vm.editor().redoLabelProperty());
        redo.disableProperty().bind(vm.editor().canRedoProperty().not());
        MenuItem delete = item("_Delete Highlight", "Delete", null, () -> {
            if (!(root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl)) {
                vm.editor().deleteSelectedHighlight();
            }
        });
        delete.disableProperty().bind(vm.highlightIdProperty().isNull());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), delete, new SeparatorMenuItem(),
                item("_Find in Document…", "Shortcut+F", null, findInDocument::show),
                item("Find _Next", "F3", null, findInDocument::next),
                item("Find _Previous", "Shift+F3", null, findInDocument::previous), item("Find in _Project…",
                "Shortcut+Shift+F", org.kordamp.ikonli.materialdesign2.MaterialDesignM.MAGNIFY, findInProject::show));

        Menu highlight = new Menu("_Highlight");
        for (Role role : Role.values()) {
            MenuItem mark = item("Mark as " + role.label(), "Shortcut+" + (role.ordinal() + 1), null, () -> vm.editor().markPending(role));
            mark.setGraphic(RoleStyle.icon(role));
            highlight.getItems().add(mark);
        }

        javafx.scene.control.CheckMenuItem drawArea = new javafx.scene.control.CheckMenuItem("_Draw Areas on Pages");
        drawArea.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        pages.whenBuilt(p -> {
            p.areaModeProperty().set(drawArea.isSelected());
            drawArea.selectedProperty().bindBidirectional(p.areaModeProperty());
        });
        highlight.getItems().addAll(new SeparatorMenuItem(), drawArea,
                item("_Bring In Annotations from This PDF…", null, null, vm::bringInPdfAnnotations));

        Menu comparison = new Menu("_Comparison");
        MenuItem newComparison = item("_New Comparison from Selection", "Shortcut+Shift+N", MaterialDesignP.PLUS_BOX_OUTLINE,
                this::newComparisonFromSelection);
        MenuItem link = item("_Link Selected Highlight to Comparison", "Shortcut+L", MaterialDesignL.LINK_VARIANT, vm::linkSelected);
        MenuItem unlink = item("_Unlink Selected Highlight", "Shortcut+Shift+L", MaterialDesignL.LINK_VARIANT_OFF, vm::unlinkSelected);
        MenuItem up = item("Move Comparison _Up", "Alt+Up", MaterialDesignC.CHEVRON_UP,
                () -> vm.selectedComparison().ifPresent(c -> vm.moveComparison(c.id(), -1)));
        MenuItem down = item("Move Comparison _Down", "Alt+Down", MaterialDesignC.CHEVRON_DOWN,
                () -> vm.selectedComparison().ifPresent(c -> vm.moveComparison(c.id(), 1)));
        MenuItem deleteComparison = item("Delete Comparison", null, null,
                () -> vm.selectedComparison().ifPresent(c -> vm.editor().deleteComparison(c.id())));
        for (MenuItem i : List.of(up, down, deleteComparison)) {
            i.disableProperty().bind(vm.comparisonIdProperty().isNull());
        }
        comparison.getItems().addAll(newComparison, link, unlink, new SeparatorMenuItem(), up, down, deleteComparison);

        Menu export = new ExportMenu(vm, inspector::commitPending).build();

        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("_Reader", "Shortcut+Shift+R", MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE,
                        () -> vm.centerViewProperty().set(MainViewModel.CenterView.READER)),
                item("Comparison _Board", "Shortcut+B", MaterialDesignV.VIEW_COLUMN_OUTLINE,
                        () -> vm.centerViewProperty().set(MainViewModel.CenterView.BOARD)),
                pageViewItem,
                new SeparatorMenuItem(),
                item("_Present", "F5", MaterialDesignP.PRESENTATION_PLAY, () -> presentation.start(stage, false)),
                item("Present from _Selected Comparison", "Shift+F5", null, () -> presentation.start(stage, true)),
                new SeparatorMenuItem());
        view.getItems().addAll(options.menuItems());
        view.getItems().addAll(new SeparatorMenuItem(),
                item("_Filter by Speaker", "Shortcut+Alt+F", MaterialDesignF.FILTER_OUTLINE, navigator::focusFilter));

        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("Open _Sample Case", null, null, () -> {
                    inspector.commitPending();
                    vm.openSample();
                }),
                item("_Keyboard Shortcuts", "F1", null, this::showShortcuts),
                new SeparatorMenuItem(),
                item("_About Counterpoint", null, null, () -> vm.services().dialogs().showInfo("About Counterpoint",
                        "Counterpoint is an offline workbench for comparing claims with the evidence that answers them.\n\n"
                                + "Your work is saved in .counterpoint.json files beside your sources. Nothing leaves this computer.")));
        menuBar.getMenus().addAll(file, edit, highlight, comparison, export, view, help);
        menuBar.setUseSystemMenuBar(true);
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (String path : vm.recentFiles()) {
            MenuItem item = new MenuItem(Path.of(path).getFileName().toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                inspector.commitPending();
                vm.files().openRecent(path);
            });
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem item(String text, String accelerator, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (icon != null) {
            item.setGraphic(Icons.of(icon));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolbar() {
        ToolBar bar = new ToolBar(
                toolButton(MaterialDesignF.FOLDER_OPEN_OUTLINE, "Open a project (Ctrl+O)", vm.files()::open),
                toolButton(MaterialDesignC.CONTENT_SAVE_OUTLINE, "Save (Ctrl+S)", () -> {
                    inspector.commitPending();
                    vm.save();
                }),
                toolButton(MaterialDesignF.FILE_IMPORT_OUTLINE, "Import a document (Ctrl+I)", vm.imports()::importDocuments),
                new javafx.scene.control.Separator(Orientation.VERTICAL),
                disabledUnless(toolButton(MaterialDesignU.UNDO, "Undo (Ctrl+Z)", vm::undo), vm.editor().canUndoProperty()),
                disabledUnless(toolButton(MaterialDesignR.REDO, "Redo (Ctrl+Shift+Z)", vm::redo), vm.editor().canRedoProperty()),
                new javafx.scene.control.Separator(Orientation.VERTICAL),
                toolButton(MaterialDesignP.PLUS_BOX_OUTLINE, "New comparison from the selected highlights (Ctrl+Shift+N)",
                        this::newComparisonFromSelection),
                toolButton(MaterialDesignL.LINK_VARIANT, "Link the selected highlight to the selected comparison (Ctrl+L)", vm::linkSelected));
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Button disabledUnless(Button b, javafx.beans.value.ObservableBooleanValue enabled) {
        b.disableProperty().bind(Bindings.not(enabled));
        return b;
    }

    private static Button toolButton(Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.getStyleClass().add("tool-button");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node statusBar() {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("status-text");
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Label counts = new Label();
        counts.getStyleClass().add("status-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            var p = vm.project();
            return p == null ? "" : plural(p.documents().size(), "document") + " · " + plural(p.highlights().size(), "highlight")
                    + " · " + plural(p.comparisons().size(), "comparison");
        }, vm.projectProperty()));
        HBox bar = new HBox(10, status);
        if (fxTasks != null) {
            bar.getChildren().add(new TaskProgress(fxTasks).box());
        }
        Region gap = new Region();
        gap.setMinWidth(8);
        bar.getChildren().addAll(gap, counts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void showShortcuts() {
        ShortcutsWindow.show(stage, menuBar, root.getScene() == null ? List.of() : root.getScene().getStylesheets());
    }
}
