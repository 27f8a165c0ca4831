package org.counterpoint.ui.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.PageGeometry;
import org.counterpoint.pdf.PdfOpenException;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.PendingSelection;
import org.counterpoint.ui.RoleStyle;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The PDF page as it looks, beside the text. Only the visible pages exist as nodes; they are
 * rendered off the FX thread and cached. Highlights are drawn over their glyph boxes in their role's
 * style. Dragging across text selects characters in reading order, snapped to glyphs, so marking
 * on the page gives the same anchor as marking the same words in the text. On pages without a text
 * layer, and with Draw Area on, dragging draws a rectangle for an area highlight.
 */
public final class PageView extends BorderPane {
    private static final Logger LOG = Logger.getLogger(PageView.class.getName());
    private static final double PAGE_GAP = 12;
    private static final float THUMB_SCALE = 0.16f;

    /** How the pages are sized. */
    public enum Zoom {
        FIT_WIDTH("Fit width", 0), FIT_PAGE("Fit page", 0), P50("50%", 0.5), P75("75%", 0.75), P100("100%", 1), P125("125%", 1.25),
        P150("150%", 1.5), P200("200%", 2), P300("300%", 3);

        final String label;
        final double factor;

        Zoom(String label, double factor) {
            this.label = label;
            this.factor = factor;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A highlight's shape on one page, in user space. */
    private record Mark(String highlightId, Role role, String color, boolean flagged, List<float[]> rects) {
    }

    private final MainViewModel vm;
    private final ListView<Integer> pages = new ListView<>();
    private final ListView<Integer> thumbnails = new ListView<>();
    private final TextField pageField = new TextField();
    private final Label pageCount = new Label();
    private final ComboBox<Zoom> zoom = new ComboBox<>(FXCollections.observableArrayList(Zoom.values()));
    private final ToggleButton areaMode = new ToggleButton("Draw Area", Icons.of(MaterialDesignS.SELECTION_DRAG));
    private final ToggleButton thumbsToggle = new ToggleButton(null, Icons.of(MaterialDesignV.VIEW_GRID_OUTLINE));
    private final Label message = new Label();
    private final Button locate = new Button("Locate the PDF…");
    private final VBox messageBox = new VBox(10, message, locate);
    private final ObjectProperty<Float> scale = new SimpleObjectProperty<>(1f);

    private SourceDocument document;
    private PageRenderer renderer;
    private List<PageGeometry> geometry = List.of();
    private GlyphLayout layout;
    private Map<Integer, List<Mark>> marksByPage = Map.of();
    private int[] selection;
    private double[] areaDraft;
    private int areaPage;
    private long openGeneration;
    // one gesture at a time, kept here rather than in a cell because the list may replace cells during it
    private int gesturePage;
    private double[] dragStart;
    private int dragAnchor = -1;
    // weak, because the list view drops cells when it recreates them
    private final Set<PageCell> liveCells = Collections.newSetFromMap(new WeakHashMap<>());
    private final Set<ThumbnailCell> liveThumbnails = Collections.newSetFromMap(new WeakHashMap<>());

    public PageView(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("page-view");

        zoom.setValue(Zoom.FIT_WIDTH);
        zoom.setAccessibleText("Zoom");
        zoom.setTooltip(new Tooltip("Zoom (Ctrl+= and Ctrl+-)"));
        zoom.valueProperty().addListener((o, a, b) -> updateScale());
        pageField.setPrefColumnCount(4);
        pageField.setAccessibleText("Page number");
        pageField.setOnAction(e -> goToTypedPage());
        pageField.setId("page-number");
        Button prev = button(MaterialDesignC.CHEVRON_UP, "Previous page (Page Up)", () -> goTo(currentPage() - 1));
        Button next = button(MaterialDesignC.CHEVRON_DOWN, "Next page (Page Down)", () -> goTo(currentPage() + 1));
        Button zoomOut = button(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out (Ctrl+-)", () -> stepZoom(-1));
        Button zoomIn = button(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in (Ctrl+=)", () -> stepZoom(1));
        areaMode.setTooltip(new Tooltip("Drag on the page to draw a rectangle, then mark it as a claim, rebuttal or context "
                + "(for scans and figures). Pages without a text layer always draw areas."));
        areaMode.setFocusTraversable(false);
        areaMode.selectedProperty().addListener((o, a, b) -> pages.refresh());
        thumbsToggle.setTooltip(new Tooltip("Show page thumbnails"));
        thumbsToggle.setAccessibleText("Show page thumbnails");
        thumbsToggle.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        pageField.setMinWidth(Region.USE_PREF_SIZE);
        pageCount.setMinWidth(Region.USE_PREF_SIZE);
        zoom.setPrefWidth(110);
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        areaMode.setMinWidth(Region.USE_PREF_SIZE);
        // a tool bar moves what does not fit into an overflow menu instead of squeezing it
        javafx.scene.control.ToolBar toolbar = new javafx.scene.control.ToolBar(thumbsToggle, prev, next, pageField, pageCount,
                new javafx.scene.control.Separator(), zoomOut, zoom, zoomIn, new javafx.scene.control.Separator(), areaMode);
        toolbar.getStyleClass().add("page-toolbar");
        setTop(toolbar);

        Runnable afterLayout = this::requestShownPages;
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        pages.setCellFactory(l -> {
            PageCell cell = new PageCell();
            liveCells.add(cell);
            return cell;
        });
        pages.getStyleClass().add("pages");
        pages.setFocusTraversable(true);
        pages.setAccessibleText("Pages");
        pages.setId("pages");
        pages.widthProperty().addListener((o, a, b) -> updateScale());
        pages.heightProperty().addListener((o, a, b) -> updateScale());

        thumbnails.setCellFactory(l -> {
            ThumbnailCell cell = new ThumbnailCell();
            liveThumbnails.add(cell);
            return cell;
        });
        thumbnails.setPrefWidth(130);
        thumbnails.getStyleClass().add("thumbnails");
        thumbnails.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != currentPage()) {
                goTo(b);
            }
        });
        thumbnails.visibleProperty().bind(thumbsToggle.selectedProperty());
        thumbnails.managedProperty().bind(thumbnails.visibleProperty());

        message.setWrapText(true);
        message.getStyleClass().add("placeholder");
        locate.setOnAction(e -> {
            if (document != null && vm.sources().locateSource(document, vm.editor())) {
                open(vm.currentDocument().orElse(null));
            }
        });
        messageBox.setAlignment(Pos.CENTER);
        messageBox.setPadding(new Insets(24));
        StackPane center = new StackPane(pages, messageBox);
        setCenter(center);
        setLeft(thumbnails);

        vm.documentIdProperty().addListener((o, a, b) -> open(vm.currentDocument().orElse(null)));
        vm.projectProperty().addListener((o, a, b) -> {
            SourceDocument d = vm.currentDocument().orElse(null);
            if (d != null && document != null && d.id().equals(document.id()) && d.origin().equals(document.origin())) {
                document = d;
                rebuildMarks();
            } else {
                open(d);
            }
        });
        // restyle the marks in place: replacing them between a press and its release would lose the click
        vm.highlightIdProperty().addListener((o, a, b) -> liveCells.forEach(PageCell::restyleSelected));
        vm.selection().revealProperty().addListener((o, a, r) -> {
            if (r != null) {
                reveal(r.highlightId());
            }
        });
        vm.selection().pendingProperty().addListener((o, a, b) -> {
            if (!(b instanceof PendingSelection.TextSelection t && t.source().equals("page")) && !(b instanceof PendingSelection.AreaSelection)) {
                if (selection != null || areaDraft != null) {
                    selection = null;
                    areaDraft = null;
                    pages.refresh();
                }
            }
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == javafx.scene.input.KeyCode.EQUALS || e.getCode() == javafx.scene.input.KeyCode.PLUS)) {
                stepZoom(1);
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.MINUS) {
                stepZoom(-1);
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.PAGE_DOWN) {
                goTo(currentPage() + 1);
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.PAGE_UP) {
                goTo(currentPage() - 1);
                e.consume();
            }
        });
        open(vm.currentDocument().orElse(null));
    }

    /** On while dragging on a page draws a rectangle instead of selecting text. */
    public javafx.beans.property.BooleanProperty areaModeProperty() {
        return areaMode.selectedProperty();
    }

    /** The list of pages, for tests. */
    public ListView<Integer> pageList() {
        return pages;
    }

    /** Where a point of user space on a page is on the screen, for tests that drag across page text. */
    public Optional<javafx.geometry.Point2D> screenPoint(int pageNumber, double x, double y) {
        for (javafx.scene.Node n : pages.lookupAll(".page")) {
            if (n.getUserData() instanceof Integer p && p == pageNumber && n.getScene() != null) {
                double[] v = geometry.get(pageNumber - 1).toView(x, y, scale.get());
                return Optional.ofNullable(n.localToScreen(v[0], v[1]));
            }
        }
        return Optional.empty();
    }

    /** The glyph layout of the shown PDF, once it is known; for tests. */
    public GlyphLayout glyphLayout() {
        return layout;
    }

    // ------------------------------------------------------------------ opening

    private void open(SourceDocument d) {
        long generation = ++openGeneration;
        if (document != null && d != null && d.id().equals(document.id()) && d.origin().equals(document.origin()) && renderer != null) {
            document = d;
            rebuildMarks();
            return;
        }
        closeRenderer();
        document = d;
        layout = null;
        geometry = List.of();
        marksByPage = Map.of();
        selection = null;
        areaDraft = null;
        pages.getItems().clear();
        thumbnails.getItems().clear();
        pageCount.setText("");
        pageField.setText("");
        if (d == null) {
            showMessage("No document is open.", false);
            return;
        }
        if (d.isStandIn()) {
            showMessage("“" + d.title() + "” is not in the project yet. Import it to see its pages.", false);
            return;
        }
        if (d.kind() != DocumentKind.PDF) {
            showMessage("This document is " + (d.kind() == DocumentKind.HTML ? "a web page" : "plain text")
                    + ", so it has no pages to show. Its text is in the reader.", false);
            return;
        }
        Optional<Path> source = vm.sourceFile(d);
        if (source.isEmpty()) {
            showMessage("The PDF “" + d.origin().fileName() + "” is not where it was imported from (" + d.origin().path()
                    + "). Its text and highlights are all in the project; to see its pages, locate the file.", true);
            return;
        }
        showMessage("Opening " + d.origin().fileName() + "…", false);
        openSource(d, source.get(), vm.passwordFor(d), false, generation);
    }

    private void openSource(SourceDocument d, Path file, String password, boolean retry, long generation) {
        Thread t = new Thread(() -> {
            try {
                PageRenderer r = PageRenderer.open(file, password);
                Platform.runLater(() -> {
                    if (generation != openGeneration) {
                        r.close();
                        return;
                    }
                    if (password != null) {
                        vm.sources().rememberPassword(d, password);
                    }
                    showPages(r);
                });
            } catch (PdfOpenException e) {
                Platform.runLater(() -> {
                    if (generation != openGeneration) {
                        return;
                    }
                    if (e.kind() == PdfOpenException.Kind.PASSWORD_REQUIRED || e.kind() == PdfOpenException.Kind.WRONG_PASSWORD) {
                        Optional<String> pw = vm.services().dialogs().askPassword(file.getFileName().toString(), retry);
                        if (pw.isPresent()) {
                            openSource(d, file, pw.get(), true, generation);
                        } else {
                            showMessage(file.getFileName() + " is protected by a password, so its pages cannot be shown.", false);
                        }
                    } else {
                        showMessage(file.getFileName() + " cannot be shown: " + e.getMessage(), false);
                    }
                });
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Opening " + file + " for the page view failed", e);
                Platform.runLater(() -> showMessage(file.getFileName() + " cannot be shown: " + e.getMessage(), false));
            }
        }, "page-open");
        t.setDaemon(true);
        t.start();
    }

    private void showPages(PageRenderer r) {
        renderer = r;
        geometry = r.source().pages();
        messageBox.setVisible(false);
        pageCount.setText("of " + geometry.size());
        updateScale();
        List<Integer> numbers = new ArrayList<>(geometry.size());
        for (int i = 1; i <= geometry.size(); i++) {
            numbers.add(i);
        }
        pages.getItems().setAll(numbers);
        thumbnails.getItems().setAll(numbers);
        pageField.setText("1");
        hookCurrentPage();
        SourceDocument d = document;
        vm.withLayout(d, l -> {
            if (document == d) {
                layout = l;
                rebuildMarks();
            }
        });
    }

    private void showMessage(String text, boolean canLocate) {
        message.setText(text);
        locate.setVisible(canLocate);
        locate.setManaged(canLocate);
        messageBox.setVisible(true);
    }

    private void closeRenderer() {
        if (renderer != null) {
            renderer.close();
            renderer = null;
        }
    }

    // ------------------------------------------------------------------ zoom and navigation

    private void updateScale() {
        if (geometry.isEmpty()) {
            return;
        }
        float maxWidth = 0;
        float maxHeight = 0;
        for (PageGeometry g : geometry) {
            maxWidth = Math.max(maxWidth, g.displayWidth());
            maxHeight = Math.max(maxHeight, g.displayHeight());
        }
        double available = Math.max(100, pages.getWidth() - 40);
        double availableHeight = Math.max(100, pages.getHeight() - 2 * PAGE_GAP);
        Zoom z = zoom.getValue() == null ? Zoom.FIT_WIDTH : zoom.getValue();
        double s = switch (z) {
            case FIT_WIDTH -> available / maxWidth;
            case FIT_PAGE -> Math.min(available / maxWidth, availableHeight / maxHeight);
            default -> z.factor;
        };
        // quantised so the cache is reused while a window is resized a little
        float q = (float) (Math.round(Math.max(0.1, Math.min(4, s)) * 50) / 50.0);
        if (q != scale.get()) {
            scale.set(q);
            pages.refresh();
        }
    }

    private void stepZoom(int direction) {
        float s = scale.get();
        Zoom target = null;
        if (direction > 0) {
            for (Zoom z : Zoom.values()) {
                if (z.factor > s + 0.01 && (target == null || z.factor < target.factor)) {
                    target = z;
                }
            }
        } else {
            for (Zoom z : Zoom.values()) {
                if (z.factor > 0 && z.factor < s - 0.01 && (target == null || z.factor > target.factor)) {
                    target = z;
                }
            }
        }
        if (target != null) {
            zoom.setValue(target);
        }
    }

    private int currentPage() {
        VirtualFlow<?> flow = flow();
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return 1;
        }
        return flow.getFirstVisibleCell().getIndex() + 1;
    }

    private VirtualFlow<?> flow() {
        return pages.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }

    private boolean flowHooked;

    private void hookCurrentPage() {
        if (flowHooked) {
            return;
        }
        Platform.runLater(() -> {
            VirtualFlow<?> flow = flow();
            if (flow != null && !flowHooked) {
                flowHooked = true;
                flow.positionProperty().addListener((o, a, b) -> {
                    if (!pageField.isFocused()) {
                        pageField.setText(Integer.toString(currentPage()));
                    }
                    noteScroll();
                });
            }
        });
    }

    public void goTo(int pageNumber) {
        if (geometry.isEmpty()) {
            return;
        }
        int p = Math.max(1, Math.min(geometry.size(), pageNumber));
        pages.scrollTo(p - 1);
        pageField.setText(Integer.toString(p));
    }

    private void goToTypedPage() {
        try {
            goTo(Integer.parseInt(pageField.getText().strip()));
        } catch (NumberFormatException e) {
            vm.statusProperty().set("Type a page number from 1 to " + geometry.size() + ".");
            pageField.setText(Integer.toString(currentPage()));
        }
        pages.requestFocus();
    }

    private void reveal(String highlightId) {
        if (document == null || geometry.isEmpty()) {
            return;
        }
        vm.project().highlight(highlightId).filter(h -> h.documentId().equals(document.id())).ifPresent(h -> {
            int page = h.isArea() ? h.area().pageNumber() : pageOf(h);
            if (page < 1) {
                return;
            }
            VirtualFlow<?> flow = flow();
            boolean visible = flow != null && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null
                    && page - 1 >= flow.getFirstVisibleCell().getIndex() && page - 1 <= flow.getLastVisibleCell().getIndex();
            if (!visible) {
                goTo(page);
            }
        });
    }

    private int pageOf(Highlight h) {
        if (layout != null) {
            for (int i = h.anchor().start(); i < Math.min(h.anchor().end(), layout.length()); i++) {
                if (layout.hasBox(i)) {
                    return layout.page(i);
                }
            }
        }
        return document.pageNumberAt(h.anchor().start());
    }

    // ------------------------------------------------------------------ highlights and selection

    /** True when a page has at least one glyph; pages are contiguous ranges of the text, so this is a short scan. */
    private boolean hasGlyphs(int page) {
        if (layout == null || document == null || page > document.pageCount()) {
            return false;
        }
        int[] range = document.pageRange(page);
        for (int i = range[0]; i < Math.min(range[1], layout.length()); i++) {
            if (layout.hasBox(i)) {
                return true;
            }
        }
        return false;
    }

    private void rebuildMarks() {
        Map<Integer, List<Mark>> byPage = new HashMap<>();
        if (document != null) {
            for (Highlight h : vm.project().highlightsIn(document.id())) {
                if (h.isArea()) {
                    PageArea a = h.area();
                    byPage.computeIfAbsent(a.pageNumber(), k -> new ArrayList<>()).add(new Mark(h.id(), h.role(), h.color(), h.isFlagged(),
                            List.of(new float[] {(float) a.x(), (float) a.y(), (float) (a.x() + a.width()), (float) (a.y() + a.height())})));
                } else if (layout != null && !h.isFlagged()) {
                    Map<Integer, List<float[]>> rects = new HashMap<>();
                    for (GlyphLayout.Box b : layout.boxes(h.anchor().start(), h.anchor().end())) {
                        rects.computeIfAbsent(b.pageNumber(), k -> new ArrayList<>()).add(new float[] {b.x0(), b.y0(), b.x1(), b.y1()});
                    }
                    rects.forEach((p, r) -> byPage.computeIfAbsent(p, k -> new ArrayList<>()).add(new Mark(h.id(), h.role(), h.color(), false, r)));
                }
            }
        }
        marksByPage = byPage;
        pages.refresh();
    }

    /** The glyph nearest to a point of user space on a page, within a few points; -1 if none. */
    private int glyphAt(int page, double x, double y, boolean nearestOnly) {
        if (layout == null || page > document.pageCount()) {
            return -1;
        }
        int[] range = document.pageRange(page);
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = range[0]; i < Math.min(range[1], layout.length()); i++) {
            if (!layout.hasBox(i) || layout.page(i) != page) {
                continue;
            }
            double dx = x < layout.x0(i) ? layout.x0(i) - x : x > layout.x1(i) ? x - layout.x1(i) : 0;
            double dy = y < layout.y0(i) ? layout.y0(i) - y : y > layout.y1(i) ? y - layout.y1(i) : 0;
            // a point between lines belongs to the line it is level with, so vertical distance weighs more
            double d = dx + 3 * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return nearestOnly || bestDistance <= 24 ? best : -1;
    }

    // ------------------------------------------------------------------ cells

    private Button button(org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.getStyleClass().add("flat");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * A cell showing a page's image: it asks for the image only while it is on screen, and withdraws
     * the request once it is not.
     */
    private abstract class ImageCell extends ListCell<Integer> {
        final ImageView image = new ImageView();
        private PageRenderer.Request pending;

        abstract float imageScale();

        void withdraw() {
            if (pending != null) {
                pending.withdraw();
                pending = null;
            }
        }

        void requestImageIfShown() {
            Integer number = getItem();
            if (number == null || getGraphic() == null || !treeVisible(this) || renderer == null) {
                withdraw();
                return;
            }
            float s = imageScale();
            if (image.getImage() != null || pending != null) {
                return;
            }
            pending = renderer.request(number, s, img -> {
                pending = null;
                if (number.equals(getItem()) && imageScale() == s) {
                    image.setImage(img);
                }
            });
        }
    }

    /** One page: the rendered image with the highlights and the selection drawn over it. */
    private final class PageCell extends ImageCell {
        private final Group marks = new Group();
        private final Group selectionLayer = new Group();
        private final Pane page = new Pane(image, marks, selectionLayer);
        private final StackPane holder = new StackPane(page);

        PageCell() {
            page.getStyleClass().add("page");
            holder.setPadding(new Insets(PAGE_GAP / 2, 0, PAGE_GAP / 2, 0));
            holder.setAlignment(Pos.CENTER);
            setGraphic(null);
            setText(null);
            page.setOnMousePressed(this::pressed);
            // on the cell, not the page: if the list replaces the page mid-gesture, the rest of the gesture still comes here
            setOnMouseDragged(PageView.this::dragged);
            setOnMouseReleased(PageView.this::released);
            page.setCursor(Cursor.TEXT);
        }

        @Override
        protected void updateItem(Integer number, boolean empty) {
            super.updateItem(number, empty);
            withdraw();
            if (empty || number == null || number > geometry.size()) {
                setGraphic(null);
                return;
            }
            PageGeometry g = geometry.get(number - 1);
            float s = scale.get();
            double w = Math.ceil(g.displayWidth() * s);
            double h = Math.ceil(g.displayHeight() * s);
            page.setUserData(number);
            page.setMinSize(w, h);
            page.setPrefSize(w, h);
            page.setMaxSize(w, h);
            image.setFitWidth(w);
            image.setFitHeight(h);
            image.setImage(renderer == null ? null : renderer.cached(number, s));
            // rendering is asked for after layout, and only by cells on screen: the list also updates
            // hidden cells (one to measure rows, others held in reserve) that must not queue renders
            boolean noText = layout != null && !hasGlyphs(number);
            page.setCursor(areaMode.isSelected() || noText ? Cursor.CROSSHAIR : Cursor.TEXT);
            page.setAccessibleText("Page " + number + (noText ? ", no text layer" : ""));
            drawMarks(number, g, s);
            drawSelection(number, g, s);
            setGraphic(holder);
        }

        private void drawMarks(int number, PageGeometry g, float s) {
            marks.getChildren().clear();
            String selected = vm.highlightIdProperty().get();
            for (Mark m : marksByPage.getOrDefault(number, List.of())) {
                for (float[] r : m.rects()) {
                    double[] v = g.rectToView(r[0], r[1], r[2], r[3], s);
                    Rectangle rect = new Rectangle(v[0], v[1], Math.max(1, v[2]), Math.max(1, v[3]));
                    rect.getStyleClass().addAll("page-mark", RoleStyle.styleClass(m.role()));
                    if (!m.color().isEmpty()) {
                        javafx.scene.paint.Color c = RoleStyle.color(m.role(), m.color());
                        rect.setFill(c.deriveColor(0, 1, 1, 0.32));
                    }
                    rect.setUserData(m.highlightId());
                    if (m.highlightId().equals(selected)) {
                        rect.getStyleClass().add("selected");
                    }
                    Tooltip.install(rect, new Tooltip(m.role().label() + vm.project().highlight(m.highlightId())
                            .map(h -> h.provenance().speaker().isBlank() ? "" : " — " + h.provenance().speaker()).orElse("")));
                    marks.getChildren().add(rect);
                }
            }
        }

        @Override
        float imageScale() {
            return scale.get();
        }

        void restyleSelected() {
            String selected = vm.highlightIdProperty().get();
            for (javafx.scene.Node n : marks.getChildren()) {
                boolean on = n.getUserData() != null && n.getUserData().equals(selected);
                if (on != n.getStyleClass().contains("selected")) {
                    if (on) {
                        n.getStyleClass().add("selected");
                    } else {
                        n.getStyleClass().remove("selected");
                    }
                }
            }
        }

        private void drawSelection(int number, PageGeometry g, float s) {
            selectionLayer.getChildren().clear();
            if (selection != null && layout != null) {
                for (GlyphLayout.Box b : layout.boxes(selection[0], selection[1])) {
                    if (b.pageNumber() == number) {
                        double[] v = g.rectToView(b.x0(), b.y0(), b.x1(), b.y1(), s);
                        Rectangle rect = new Rectangle(v[0], v[1], v[2], v[3]);
                        rect.getStyleClass().add("page-selection");
                        rect.setMouseTransparent(true);
                        selectionLayer.getChildren().add(rect);
                    }
                }
            }
            if (areaDraft != null && areaPage == number) {
                double[] v = g.rectToView(areaDraft[0], areaDraft[1], areaDraft[2], areaDraft[3], s);
                Rectangle rect = new Rectangle(v[0], v[1], v[2], v[3]);
                rect.getStyleClass().add("page-area-draft");
                rect.setMouseTransparent(true);
                selectionLayer.getChildren().add(rect);
            }
        }


        private void pressed(MouseEvent e) {
            if (e.getButton() != MouseButton.PRIMARY || getItem() == null) {
                return;
            }
            pages.requestFocus();
            int number = getItem();
            gesturePage = number;
            // a new gesture starts a new selection
            selection = null;
            areaDraft = null;
            double[] user = userPoint(e, number);
            dragStart = user;
            dragAnchor = drawsAreas(number) ? -1 : glyphAt(number, user[0], user[1], false);
        }
    }

    private static boolean treeVisible(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** How long the view must rest after a quick run of scrolling before the pages in it are rendered. */
    private static final long SCROLL_REST_NANOS = 90_000_000L;
    private long lastScroll;
    private long scrollBefore;
    private final javafx.animation.PauseTransition scrollRest = new javafx.animation.PauseTransition(javafx.util.Duration.millis(100));

    private void noteScroll() {
        scrollBefore = lastScroll;
        lastScroll = System.nanoTime();
        scrollRest.setOnFinished(e -> requestShownPages());
        scrollRest.playFromStart();
    }

    /**
     * True while pages fly past: two moves in quick succession and no rest since. Pages that are on
     * screen for a frame or two are not rendered then, which keeps a fast scroll smooth; a single jump
     * (a page number, a highlight) still renders at once.
     */
    private boolean scrollingFast() {
        long now = System.nanoTime();
        return now - lastScroll < SCROLL_REST_NANOS && lastScroll - scrollBefore < SCROLL_REST_NANOS;
    }

    /** After each layout, the cells on screen ask for their pages; cheap, as there are only as many cells as fit. */
    private void requestShownPages() {
        if (renderer != null) {
            if (scrollingFast()) {
                // withdraw what has scrolled away, ask for nothing new until the view rests
                liveCells.stream().filter(c -> !treeVisible(c)).forEach(PageCell::requestImageIfShown);
                return;
            }
            // the renderer serves the newest request first, so the top page is asked for last
            liveCells.stream().sorted(java.util.Comparator.comparingInt(PageCell::getIndex).reversed()).forEach(PageCell::requestImageIfShown);
            liveThumbnails.stream().sorted(java.util.Comparator.comparingInt(ThumbnailCell::getIndex).reversed())
                    .forEach(ThumbnailCell::requestImageIfShown);
        }
    }

    /** The highlight drawn under a point in user space, the smallest first where marks overlap. */
    private Optional<String> markAt(int number, double x, double y) {
        String best = null;
        double bestArea = Double.MAX_VALUE;
        for (Mark m : marksByPage.getOrDefault(number, List.of())) {
            for (float[] r : m.rects()) {
                double area = (r[2] - r[0]) * (r[3] - r[1]);
                if (x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3] && area < bestArea) {
                    best = m.highlightId();
                    bestArea = area;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean drawsAreas(int number) {
        return areaMode.isSelected() || layout == null || !hasGlyphs(number);
    }

    /** The cell now showing a page: the list may have replaced the one a gesture began in. */
    private Optional<PageCell> cellShowing(int number) {
        return liveCells.stream().filter(c -> Integer.valueOf(number).equals(c.getItem()) && c.getGraphic() != null && c.getScene() != null)
                .findFirst();
    }

    /** Where the mouse is in a page's user space, measured on the page as it is now drawn and kept within it. */
    private double[] userPoint(MouseEvent e, int number) {
        Pane pane = cellShowing(number).map(c -> c.page)
                .orElseGet(() -> e.getSource() instanceof PageCell c ? c.page : (Pane) e.getSource());
        Point2D local = pane.sceneToLocal(e.getSceneX(), e.getSceneY());
        double x = Math.max(0, Math.min(pane.getWidth(), local.getX()));
        double y = Math.max(0, Math.min(pane.getHeight(), local.getY()));
        return geometry.get(number - 1).toUser(x, y, scale.get());
    }

    private void redrawSelectionOnScreen() {
        liveCells.stream().filter(c -> c.getItem() != null && c.getItem() <= geometry.size() && c.getGraphic() != null)
                .forEach(c -> c.drawSelection(c.getItem(), geometry.get(c.getItem() - 1), scale.get()));
    }

    private void dragged(MouseEvent e) {
        if (dragStart == null || gesturePage < 1 || gesturePage > geometry.size()) {
            return;
        }
        int number = gesturePage;
        double[] user = userPoint(e, number);
        if (drawsAreas(number)) {
            areaDraft = new double[] {Math.min(dragStart[0], user[0]), Math.min(dragStart[1], user[1]),
                    Math.max(dragStart[0], user[0]), Math.max(dragStart[1], user[1])};
            areaPage = number;
            selection = null;
        } else {
            if (dragAnchor < 0) {
                dragAnchor = glyphAt(number, dragStart[0], dragStart[1], true);
            }
            // a selection may run on to the next pages, in reading order, as in the text
            int focusPage = textPageUnder(e.getSceneX(), e.getSceneY()).orElse(number);
            double[] at = focusPage == number ? user : userPoint(e, focusPage);
            int focus = glyphAt(focusPage, at[0], at[1], true);
            if (dragAnchor >= 0 && focus >= 0) {
                selection = new int[] {Math.min(dragAnchor, focus), Math.max(dragAnchor, focus) + 1};
                areaDraft = null;
            }
            scrollNearEdge(e);
        }
        redrawSelectionOnScreen();
    }

    /** The text page under a point of the scene, or the nearest one above or below it when the point is between pages. */
    private Optional<Integer> textPageUnder(double sceneX, double sceneY) {
        Integer best = null;
        double bestDistance = Double.MAX_VALUE;
        for (PageCell c : liveCells) {
            Integer n = c.getItem();
            if (n == null || n > geometry.size() || c.getGraphic() == null || !treeVisible(c) || drawsAreas(n)) {
                continue;
            }
            javafx.geometry.Bounds b = c.page.localToScene(c.page.getBoundsInLocal());
            double d = sceneY < b.getMinY() ? b.getMinY() - sceneY : sceneY > b.getMaxY() ? sceneY - b.getMaxY() : 0;
            if (d < bestDistance) {
                bestDistance = d;
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /** While selecting, holding the mouse near the top or bottom edge scrolls the pages, so a selection can reach the next page. */
    private void scrollNearEdge(MouseEvent e) {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return;
        }
        Point2D p = pages.sceneToLocal(e.getSceneX(), e.getSceneY());
        double edge = 24;
        if (p.getY() < edge) {
            flow.scrollPixels(-Math.min(40, edge - p.getY()));
        } else if (p.getY() > pages.getHeight() - edge) {
            flow.scrollPixels(Math.min(40, p.getY() - (pages.getHeight() - edge)));
        }
    }

    private void released(MouseEvent e) {
        if (dragStart == null || document == null || gesturePage < 1 || gesturePage > geometry.size()) {
            dragStart = null;
            return;
        }
        int number = gesturePage;
        dragStart = null;
        if (areaDraft != null && areaPage == number && areaDraft[2] - areaDraft[0] > 2 && areaDraft[3] - areaDraft[1] > 2) {
            vm.selection().pendingProperty().set(new PendingSelection.AreaSelection(document.id(),
                    new PageArea(number, areaDraft[0], areaDraft[1], areaDraft[2] - areaDraft[0], areaDraft[3] - areaDraft[1])));
            vm.statusProperty().set("Area selected on page " + number + ". Press Ctrl+1, Ctrl+2 or Ctrl+3 to mark it.");
        } else if (selection != null && !e.isStillSincePress()) {
            vm.selection().pendingProperty().set(new PendingSelection.TextSelection(document.id(), selection[0], selection[1], "page"));
        } else if (e.isStillSincePress()) {
            selection = null;
            areaDraft = null;
            redrawSelectionOnScreen();
            // a click on a mark selects its highlight; found by position, so it counts even if the marks were redrawn meanwhile
            double[] user = userPoint(e, number);
            markAt(number, user[0], user[1]).ifPresent(id -> vm.revealHighlight(id, false));
        }
    }

    /** A small picture of a page; clicking it shows the page. */
    private final class ThumbnailCell extends ImageCell {
        private final Label label = new Label();
        private final VBox box = new VBox(2, image, label);

        ThumbnailCell() {
            box.setAlignment(Pos.CENTER);
            label.getStyleClass().add("thumbnail-label");
        }

        @Override
        protected void updateItem(Integer number, boolean empty) {
            super.updateItem(number, empty);
            withdraw();
            if (empty || number == null || number > geometry.size() || renderer == null) {
                setGraphic(null);
                return;
            }
            PageGeometry g = geometry.get(number - 1);
            image.setFitWidth(g.displayWidth() * THUMB_SCALE);
            image.setFitHeight(g.displayHeight() * THUMB_SCALE);
            image.setImage(renderer.cached(number, THUMB_SCALE));
            label.setText(Integer.toString(number));
            setGraphic(box);
        }

        @Override
        float imageScale() {
            return THUMB_SCALE;
        }
    }
}
