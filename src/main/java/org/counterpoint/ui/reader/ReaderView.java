package org.counterpoint.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.PendingSelection;
import org.counterpoint.ui.RoleStyle;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The document text with its highlights. RichTextFX virtualizes by paragraph, so only the visible
 * part of a long document is laid out. Roles are shown by colour and by underline style: solid
 * for claims, double for rebuttals, dotted for context; a flagged highlight gets a wavy line.
 */
public final class ReaderView extends BorderPane {
    private final MainViewModel vm;
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final ReaderHeader header;
    private final Label placeholder = new Label();
    private final StackPane body;
    private final FoundOverlay found = new FoundOverlay(area);
    private String shownDocumentId;
    private String shownText;
    /** The text in the area and its map to the stored text; null while nothing is shown. */
    private ShownText shown;
    private Map<Integer, Integer> pageAtParagraph = Map.of();

    public ReaderView(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("reader");
        area.getStyleClass().add("reader-area");
        area.setEditable(false);
        // the text is never edited here, and undo belongs to the project: an undo manager would only
        // keep every loaded text and restyle alive, and compare whole texts on each change
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.setAccessibleText("Document text");
        area.setParagraphGraphicFactory(this::pageMarker);
        area.setContextMenu(contextMenu());
        ReaderSelection.install(area, () -> shown);
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && area.getSelection().getLength() == 0) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(this::selectHighlightAt);
            }
        });

        header = new ReaderHeader(vm, this::markSelection);

        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setText("No document is open.\nImport one with File › Import Document… (Ctrl+I), or open the sample case from the Help menu.");
        body = new StackPane(new VirtualizedScrollPane<>(area), placeholder);
        body.getChildren().add(found);
        setTop(header);
        setCenter(body);

        // the reader's selection is what Mark acts on, until a selection is made on the page
        area.selectionProperty().addListener((o, a, sel) -> {
            String doc = vm.documentIdProperty().get();
            if (doc == null || shownDocumentId == null) {
                return;
            }
            if (sel.getLength() > 0 && shown != null && area.getLength() == shown.display().length()) {
                int[] stored = shown.storedRange(sel.getStart(), sel.getEnd());
                vm.selection().pendingProperty().set(new PendingSelection.TextSelection(doc, stored[0], stored[1], "reader"));
            } else if (vm.selection().pendingProperty().get() instanceof PendingSelection.TextSelection t && t.source().equals("reader")) {
                vm.selection().pendingProperty().set(null);
            }
        });
        vm.selection().pendingProperty().addListener((o, a, b) -> {
            if (b == null && area.getSelection().getLength() > 0) {
                area.deselect();
            }
        });
        vm.projectProperty().addListener((o, a, b) -> refresh());
        vm.documentIdProperty().addListener((o, a, b) -> refresh());
        vm.highlightIdProperty().addListener((o, a, b) -> restyle());
        vm.selection().revealProperty().addListener((o, a, r) -> {
            if (r != null) {
                reveal(r.highlightId());
            }
        });
        refresh();
    }

    /** Where Find in Document marks its occurrences over the text. */
    public FoundOverlay foundOverlay() {
        return found;
    }

    /** The text area, for the window's shortcuts and for tests. */
    public StyleClassedTextArea textArea() {
        return area;
    }

    /** Marks the current selection with a role; what the buttons above the text call. */
    public void markSelection(Role role) {
        vm.editor().markPending(role);
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (Role role : Role.values()) {
            MenuItem item = new MenuItem("Mark as " + role.label(), RoleStyle.icon(role));
            item.setOnAction(e -> markSelection(role));
            menu.getItems().add(item);
        }
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> area.copy());
        menu.getItems().addAll(new SeparatorMenuItem(), copy);
        return menu;
    }

    private void refresh() {
        Optional<SourceDocument> doc = vm.currentDocument();
        if (doc.isEmpty()) {
            shownDocumentId = null;
            shownText = null;
            shown = null;
            loadGeneration++;
            stopFeeding();
            area.clear();
            header.showNothing();
            placeholder.setVisible(true);
            return;
        }
        placeholder.setVisible(false);
        SourceDocument d = doc.get();
        if (!d.id().equals(shownDocumentId) || !(d.text() == shownText || d.text().equals(shownText))) {
            shownDocumentId = d.id();
            shownText = d.text();
            loadText(d);
        }
        header.show(d);
        if (d.isStandIn()) {
            int waiting = vm.project().highlightsIn(d.id()).size();
            placeholder.setText("“" + d.title() + "” is not in the project yet: " + waiting + (waiting == 1 ? " annotation waits" : " annotations wait")
                    + " for it, flagged.\nImport the file (File › Import Document…) and they will be placed in its text.");
            placeholder.setVisible(true);
        } else if (d.hasNoText()) {
            placeholder.setText("This PDF has no text layer (it is probably a scan), so it has no text to highlight here.\n"
                    + "Use the page view to draw area highlights on its pages.");
            placeholder.setVisible(true);
        }
        restyle();
    }

    /** Texts longer than this are laid out into paragraphs off the FX thread. */
    private static final int LARGE_TEXT = 200_000;
    private long loadGeneration;
    private String revealAfterLoad;

    /**
     * Puts a document's text in the area. A long text (a 1,000-page PDF is millions of characters)
     * is prepared on a worker thread and then put in a piece at a time, a few milliseconds of pieces
     * in each pulse, so switching documents never holds the FX thread for long. The pieces go in on
     * the FX thread itself: sent through the task seam one by one, each showed and hid the status
     * bar's progress, which relaid and repainted the window for every piece.
     */
    private void loadText(SourceDocument d) {
        long generation = ++loadGeneration;
        pageAtParagraph = Map.of();
        shown = null;
        stopFeeding();
        if (d.text().length() < LARGE_TEXT) {
            shown = ShownText.of(d);
            pageAtParagraph = ReaderText.pageAtParagraph(d, shown);
            area.replaceText(shown.display());
            textLoaded(d);
            return;
        }
        area.clear();
        placeholder.setText("Opening the text of “" + d.title() + "”…");
        placeholder.setVisible(true);
        boolean[] waiting = {true};
        // through the task seam: a worker thread in the app, at once in tests
        vm.services().tasks().run("Opening the text of " + d.title(), progress -> ReaderText.prepare(d), text -> {
            if (generation != loadGeneration) {
                return;
            }
            shown = text.shown;
            pageAtParagraph = text.pageAtParagraph;
            // the gutter's markers are known before the first line is shown
            area.setParagraphGraphicFactory(this::pageMarker);
            area.replace(0, area.getLength(), text.pieces.get(0));
            placeholder.setVisible(false);
            area.moveTo(0);
            area.showParagraphAtTop(0);
            // a runner that answered at once (the tests') gets the whole text at once too
            feed(text, waiting[0], generation);
        }, error -> failed(d, generation, error));
        waiting[0] = false;
    }

    /** Adds the pieces after the first: all now, or a few milliseconds of them in each pulse; then finishes as a short text does. */
    private void feed(ReaderText text, boolean atOnce, long generation) {
        int[] next = {1};
        Runnable finish = () -> {
            drawn = Set.of();
            restyle();
            revealPending();
        };
        if (atOnce) {
            for (; next[0] < text.pieces.size(); next[0]++) {
                area.replace(area.getLength(), area.getLength(), text.pieces.get(next[0]));
            }
            finish.run();
            return;
        }
        feeder = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                long start = System.nanoTime();
                while (generation == loadGeneration && next[0] < text.pieces.size() && System.nanoTime() - start < FEED_NANOS) {
                    area.replace(area.getLength(), area.getLength(), text.pieces.get(next[0]++));
                }
                if (generation != loadGeneration) {
                    stop();
                } else if (next[0] == text.pieces.size()) {
                    stop();
                    feeder = null;
                    finish.run();
                }
            }
        };
        feeder.start();
    }

    /** How long the pieces may hold the FX thread in one pulse. */
    private static final long FEED_NANOS = 4_000_000;
    /** Puts the pieces of a long text in, pulse by pulse; null when none are waiting. */
    private javafx.animation.AnimationTimer feeder;

    private void stopFeeding() {
        if (feeder != null) {
            feeder.stop();
            feeder = null;
        }
    }

    private void failed(SourceDocument d, long generation, Throwable error) {
        if (generation == loadGeneration && !(error instanceof java.util.concurrent.CancellationException)) {
            area.clear();
            placeholder.setText("The text of “" + d.title() + "” could not be shown. Open the document again.");
            placeholder.setVisible(true);
        }
    }

    private void textLoaded(SourceDocument d) {
        drawn = Set.of();
        // rebuild the gutter now that page starts are known
        area.setParagraphGraphicFactory(this::pageMarker);
        area.moveTo(0);
        area.showParagraphAtTop(0);
        restyle();
        revealPending();
    }

    private void revealPending() {
        if (revealAfterLoad != null) {
            String id = revealAfterLoad;
            revealAfterLoad = null;
            reveal(id);
        }
    }

    private Node pageMarker(int paragraph) {
        Integer page = pageAtParagraph.get(paragraph);
        if (page == null) {
            // most lines start no page: a bare spacer keeps the gutter's width at a fraction of a label's cost
            Region spacer = new Region();
            spacer.setMinWidth(Region.USE_PREF_SIZE);
            spacer.setPrefWidth(pageAtParagraph.isEmpty() ? 0 : 44);
            return spacer;
        }
        Label label = new Label("p. " + page);
        label.getStyleClass().add("page-marker");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPrefWidth(pageAtParagraph.isEmpty() ? 0 : 44);
        return label;
    }

    /** How one highlight is drawn in the reader; two equal ones draw the same. */
    private record Drawn(int start, int end, String roleClass, boolean flagged, boolean selected) {
    }

    /** The highlights as now drawn in the reader; empty right after the text is loaded. */
    private Set<Drawn> drawn = Set.of();

    /**
     * Brings the highlight styles of the shown document up to date. Only the ranges where what is
     * drawn changed are touched, so an edit costs the same in a 1,000-page document with hundreds
     * of highlights as in a short one.
     */
    private void restyle() {
        Optional<SourceDocument> doc = vm.currentDocument();
        if (doc.isEmpty() || shown == null || area.getLength() != shown.display().length()) {
            return;
        }
        int length = area.getLength();
        List<Highlight> inDocument = vm.project().highlightsIn(doc.get().id());
        String selected = vm.highlightIdProperty().get();
        Set<Drawn> now = new HashSet<>();
        for (Highlight h : inDocument) {
            if (h.anchor() != null) {
                int[] r = shown.displayRange(h.anchor().start(), h.anchor().end());
                int s = Math.min(r[0], length);
                int e = Math.min(r[1], length);
                if (e > s) {
                    now.add(new Drawn(s, e, RoleStyle.styleClass(h.role()), h.isFlagged(), h.id().equals(selected)));
                }
            }
        }
        // only where what is drawn changes: a new highlight, an undone one, a change of selection
        List<int[]> touched = new ArrayList<>();
        for (Drawn d : drawn) {
            if (!now.contains(d)) {
                touched.add(new int[] {d.start(), d.end()});
            }
        }
        for (Drawn d : now) {
            if (!drawn.contains(d)) {
                touched.add(new int[] {d.start(), d.end()});
            }
        }
        List<int[]> ranges = HighlightSpans.merge(touched);
        if (ranges.size() > 8) {
            // a document just shown, or many changes: one restyle over them all, not one pass over every highlight per range
            ranges = List.of(new int[] {ranges.get(0)[0], ranges.get(ranges.size() - 1)[1]});
        }
        for (int[] range : ranges) {
            area.setStyleSpans(range[0], HighlightSpans.spans(inDocument, shown, selected, range[0], range[1]));
        }
        drawn = now;
    }

    /**
     * Where a range of the stored text stands in the reader, which shows PDF text reflowed; null while the
     * document's text is not (yet) in the reader.
     */
    public int[] shownRange(int start, int end) {
        return shown == null || area.getLength() != shown.display().length() ? null : shown.displayRange(start, end);
    }

    /** The offset in the stored text of a position in the reader's text. */
    public int storedOffset(int shownOffset) {
        return shown == null ? shownOffset : shown.storedOffset(shownOffset);
    }

    private void selectHighlightAt(int displayOffset) {
        if (shown == null) {
            return;
        }
        int offset = shown.storedOffset(displayOffset);
        vm.currentDocument().ifPresent(d -> vm.project().highlightsIn(d.id()).stream()
                .filter(h -> h.anchor() != null && h.anchor().contains(offset))
                .min(Comparator.comparingInt(h -> h.anchor().length()))
                .ifPresent(h -> vm.selectHighlight(h.id())));
    }

    private void reveal(String highlightId) {
        vm.project().highlight(highlightId).ifPresent(h -> {
            if (h.anchor() == null || !h.documentId().equals(shownDocumentId)) {
                return;
            }
            if (shown == null || area.getLength() != shown.display().length()) {
                // the text is still being laid out; show the highlight once it is there
                revealAfterLoad = highlightId;
                return;
            }
            int start = Math.min(shown.displayOffset(h.anchor().start()), area.getLength());
            int paragraph = area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor();
            area.moveTo(start);
            area.showParagraphAtCenter(paragraph);
        });
    }
}
