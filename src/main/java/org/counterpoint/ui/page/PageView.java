package org.counterpoint.ui.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.PageGeometry;
import org.counterpoint.pdf.PdfOpenException;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.PendingSelection;

/**
 * The PDF page as it looks, beside the text. Only the visible pages exist as nodes; they are
 * rendered off the FX thread and cached. Highlights are drawn over their glyph boxes in their role's
 * style. Dragging across text selects characters in reading order, snapped to glyphs, so marking
 * on the page gives the same anchor as marking the same words in the text. On pages without a text
 * layer, and with Draw Area on, dragging draws a rectangle for an area highlight.
 */
public final class PageView extends BorderPane implements PageToolbar.Actions {
    private static final Logger LOG = Logger.getLogger(PageView.class.getName());

    private final MainViewModel vm;
    private final ListView<Integer> pages = new ListView<>();
    private final ListView<Integer> thumbnails = new ListView<>();
    private final PageToolbar toolbar = new PageToolbar(this);
    private final Label message = new Label();
    private final Button locate = new Button("Locate the PDF…");
    private final VBox messageBox = new VBox(10, message, locate);
    private final SelectionGesture gesture;
    private float scale = 1f;

    private SourceDocument document;
    private PageRenderer renderer;
    private List<PageGeometry> geometry = List.of();
    private GlyphLayout layout;
    private PageMarks marks = PageMarks.none();
    private long openGeneration;
    // weak, because the list view drops cells when it recreates them
    private final Set<PageCell> liveCells = Collections.newSetFromMap(new WeakHashMap<>());
    private final Set<ThumbnailCell> liveThumbnails = Collections.newSetFromMap(new WeakHashMap<>());
    private ScrollThrottle throttle = new ScrollThrottle(System::nanoTime);
    private final PauseTransition scrollRest = new PauseTransition(Duration.millis(100));
    private boolean flowHooked;

    public PageView(MainViewModel vm) {
        this.vm = vm;
        this.gesture = new SelectionGesture(this, vm);
        getStyleClass().add("page-view");
        toolbar.zoom.valueProperty().addListener((o, a, b) -> updateScale());
        toolbar.areaMode.selectedProperty().addListener((o, a, b) -> pages.refresh());
        setTop(toolbar);

        Runnable afterLayout = () -> {
            requestShownPages();
            showCurrentPage();
        };
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        pages.setCellFactory(l -> {
            PageCell cell = new PageCell(this, gesture);
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
            ThumbnailCell cell = new ThumbnailCell(this);
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
        thumbnails.visibleProperty().bind(toolbar.thumbsToggle.selectedProperty());
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
        setCenter(new StackPane(pages, messageBox));
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
            boolean ours = b instanceof PendingSelection.TextSelection t && t.source().equals("page") || b instanceof PendingSelection.AreaSelection;
            if (!ours && gesture.clear()) {
                pages.refresh();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, toolbar::keyPressed);
        open(vm.currentDocument().orElse(null));
    }

    /** On while dragging on a page draws a rectangle instead of selecting text. */
    public BooleanProperty areaModeProperty() {
        return toolbar.areaMode.selectedProperty();
    }

    /** Puts the keyboard focus on the tool bar's first control; Tab goes on from there to the zoom and the overflow. */
    public void focusToolbar() {
        toolbar.focusFirst();
    }

    /** How the pages are sized; kept in the workspace. */
    public javafx.beans.property.ObjectProperty<Zoom> zoomProperty() {
        return toolbar.zoom.valueProperty();
    }

    /** The list of pages, for tests. */
    public ListView<Integer> pageList() {
        return pages;
    }

    /** Where a point of user space on a page is on the screen, for tests that drag across page text. */
    public Optional<Point2D> screenPoint(int pageNumber, double x, double y) {
        for (Node n : pages.lookupAll(".page")) {
            if (n.getUserData() instanceof Integer p && p == pageNumber && n.getScene() != null) {
                double[] v = geometry.get(pageNumber - 1).toView(x, y, scale);
                return Optional.ofNullable(n.localToScreen(v[0], v[1]));
            }
        }
        return Optional.empty();
    }

    /** The glyph layout of the shown PDF, once it is known; for tests. */
    public GlyphLayout glyphLayout() {
        return layout;
    }

    /** Measures scrolling with another clock, so a test decides how fast the pages fly past. */
    public void useScrollClock(LongSupplier nanoClock) {
        throttle = new ScrollThrottle(nanoClock);
    }

    /** True while the pages fly past and new pages are not rendered; for tests. */
    public boolean scrollingFast() {
        return throttle.scrollingFast();
    }

    // ------------------------------------------------------------------ what the cells and the gesture read

    SourceDocument document() {
        return document;
    }

    PageRenderer renderer() {
        return renderer;
    }

    List<PageGeometry> geometry() {
        return geometry;
    }

    float scale() {
        return scale;
    }

    PageMarks marks() {
        return marks;
    }

    SelectionGesture gesture() {
        return gesture;
    }

    Set<PageCell> liveCells() {
        return liveCells;
    }

    String selectedHighlightId() {
        return vm.highlightIdProperty().get();
    }

    String tooltipFor(PageMarks.Mark m) {
        return m.role().label() + vm.project().highlight(m.highlightId())
                .map(h -> h.provenance().speaker().isBlank() ? "" : " — " + h.provenance().speaker()).orElse("");
    }

    /** The cell now showing a page: the list may have replaced the one a gesture began in. */
    Optional<PageCell> cellShowing(int number) {
        return liveCells.stream().filter(c -> Integer.valueOf(number).equals(c.getItem()) && c.getGraphic() != null && c.getScene() != null)
                .findFirst();
    }

    void redrawSelectionOnScreen() {
        liveCells.stream().filter(c -> c.getItem() != null && c.getItem() <= geometry.size() && c.getGraphic() != null)
                .forEach(c -> c.drawSelection(c.getItem(), geometry.get(c.getItem() - 1), scale));
    }

    VirtualFlow<?> flow() {
        return pages.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
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
        marks = PageMarks.none();
        gesture.clear();
        pages.getItems().clear();
        thumbnails.getItems().clear();
        toolbar.pageCount.setText("");
        toolbar.pageField.setText("");
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

    /** Opens the PDF for rendering through the task seam; a test's runner opens it at once. */
    private void openSource(SourceDocument d, Path file, String password, boolean retry, long generation) {
        vm.services().tasks().run("Opening the pages of " + file.getFileName(), progress -> PageRenderer.open(file, password), r -> {
            if (generation != openGeneration) {
                r.close();
                return;
            }
            if (password != null) {
                vm.sources().rememberPassword(d, password);
            }
            showPages(r);
        }, error -> {
            if (generation != openGeneration || error instanceof CancellationException) {
                return;
            }
            if (error instanceof PdfOpenException e
                    && (e.kind() == PdfOpenException.Kind.PASSWORD_REQUIRED || e.kind() == PdfOpenException.Kind.WRONG_PASSWORD)) {
                Optional<String> pw = vm.services().dialogs().askPasswordToOpen(file.getFileName().toString(), retry);
                if (pw.isPresent()) {
                    openSource(d, file, pw.get(), true, generation);
                } else {
                    showMessage(file.getFileName() + " is protected by a password, so its pages cannot be shown.", false);
                }
            } else {
                if (!(error instanceof PdfOpenException)) {
                    LOG.log(Level.WARNING, "Opening " + file + " for the page view failed", error);
                }
                showMessage(file.getFileName() + " cannot be shown: " + error.getMessage(), false);
            }
        });
    }

    private void showPages(PageRenderer r) {
        renderer = r;
        geometry = r.source().pages();
        messageBox.setVisible(false);
        toolbar.pageCount.setText("of " + geometry.size());
        updateScale();
        List<Integer> numbers = new ArrayList<>(geometry.size());
        for (int i = 1; i <= geometry.size(); i++) {
            numbers.add(i);
        }
        pages.getItems().setAll(numbers);
        thumbnails.getItems().setAll(numbers);
        toolbar.pageField.setText("1");
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

    /** Lets go of the shown document: its render thread ends, so a window that is gone can be freed. */
    public void release() {
        closeRenderer();
    }

    private void closeRenderer() {
        if (renderer != null) {
            renderer.close();
            renderer = null;
        }
    }

    private void rebuildMarks() {
        marks = document == null ? PageMarks.none() : PageMarks.of(document, layout, vm.project().highlightsIn(document.id()));
        // over the pages as they are: the list makes no cell anew, and a cell it updates later draws the new marks itself
        liveCells.forEach(PageCell::redrawOver);
    }

    // ------------------------------------------------------------------ zoom and navigation

    private void updateScale() {
        if (geometry.isEmpty()) {
            return;
        }
        float q = ZoomMath.scaleFor(toolbar.zoom.getValue(), geometry, pages.getWidth(), pages.getHeight());
        if (q != scale) {
            scale = q;
            pages.refresh();
        }
    }

    @Override
    public void stepZoom(int direction) {
        Zoom target = ZoomMath.step(scale, direction);
        if (target != null) {
            toolbar.zoom.setValue(target);
        }
    }

    @Override
    public int currentPage() {
        return CurrentPage.of(flow());
    }

    private void hookCurrentPage() {
        if (flowHooked) {
            return;
        }
        Platform.runLater(() -> {
            VirtualFlow<?> flow = flow();
            if (flow != null && !flowHooked) {
                flowHooked = true;
                flow.positionProperty().addListener((o, a, b) -> noteScroll());
            }
        });
    }

    /** After each layout, the number shown is that of the page covering most of the view, unless the user is typing one. */
    private void showCurrentPage() {
        String shown = Integer.toString(currentPage());
        if (!geometry.isEmpty() && !toolbar.pageField.isFocused() && !shown.equals(toolbar.pageField.getText())) {
            toolbar.pageField.setText(shown);
        }
    }

    @Override
    public void goTo(int pageNumber) {
        if (geometry.isEmpty()) {
            return;
        }
        int p = Math.max(1, Math.min(geometry.size(), pageNumber));
        pages.scrollTo(p - 1);
        toolbar.pageField.setText(Integer.toString(p));
    }

    @Override
    public void typedPage() {
        try {
            goTo(Integer.parseInt(toolbar.pageField.getText().strip()));
        } catch (NumberFormatException e) {
            vm.statusProperty().set("Type a page number from 1 to " + geometry.size() + ".");
            toolbar.pageField.setText(Integer.toString(currentPage()));
        }
        pages.requestFocus();
    }

    private void reveal(String highlightId) {
        if (document == null || geometry.isEmpty()) {
            return;
        }
        vm.project().highlight(highlightId).filter(h -> h.documentId().equals(document.id())).ifPresent(h -> {
            int page = marks.layout() == null && !h.isArea() ? document.pageNumberAt(h.anchor().start()) : marks.pageOf(h);
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

    // ------------------------------------------------------------------ rendering what is on screen

    private void noteScroll() {
        throttle.scrolled();
        scrollRest.setOnFinished(e -> {
            if (throttle.rest()) {
                requestShownPages();
            } else {
                scrollRest.playFromStart();
            }
        });
        scrollRest.playFromStart();
    }

    /** After each layout, the cells on screen ask for their pages; cheap, as there are only as many cells as fit. */
    private void requestShownPages() {
        if (renderer == null) {
            return;
        }
        if (throttle.scrollingFast()) {
            // withdraw what has scrolled away, ask for nothing new until the view rests
            liveCells.stream().filter(c -> !ImageCell.treeVisible(c)).forEach(PageCell::requestImageIfShown);
            return;
        }
        // the renderer serves the newest request first, so the top page is asked for last
        liveCells.stream().sorted(Comparator.comparingInt(PageCell::getIndex).reversed()).forEach(PageCell::requestImageIfShown);
        liveThumbnails.stream().sorted(Comparator.comparingInt(ThumbnailCell::getIndex).reversed()).forEach(ThumbnailCell::requestImageIfShown);
    }
}
