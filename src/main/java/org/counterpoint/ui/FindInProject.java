package org.counterpoint.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.SplitPane;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.reader.ReaderView;
import org.counterpoint.ui.search.SearchView;
import org.counterpoint.ui.search.SearchViewModel;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Puts the Find in Project panel into the window: shown at the left of the main split by
 * Edit › Find in Project, hidden by Escape, and its hits shown in the reader (the exact words
 * selected, so the Highlight keys mark them) and on their page in the page view.
 */
public final class FindInProject {
    private final MainViewModel vm;
    private final ReaderView reader;
    private final PageViewSlot pages;
    private final SplitPane split;
    /** Made when the index starts (after the window is ready) or the panel is first shown, not with the window. */
    private SearchViewModel searchVm;
    private SearchView view;
    private static final double PANEL_SHARE = 0.2;
    private static final double MAX_PANEL = 380;
    private static final double MIN_CENTER = 320;
    private ChangeListener<Integer> waitingForText;

    FindInProject(MainViewModel vm, ReaderView reader, PageViewSlot pages, SplitPane split) {
        this.vm = vm;
        this.reader = reader;
        this.pages = pages;
        this.split = split;
    }

    /**
     * Starts keeping the search index up to date with the project, in the background. The window
     * calls this once it is ready, so Lucene and the first indexing stay off the start-up path; the
     * first show of the panel starts it too if it has not started.
     */
    public void startIndexing() {
        viewModel();
    }

    /** Whether the search index is kept yet: not before {@link #startIndexing()} or the first show. */
    public boolean indexing() {
        return searchVm != null;
    }

    /** The panel, built the first time it is asked for. */
    public SearchView view() {
        if (view == null) {
            view = new SearchView(viewModel());
            view.setMinWidth(220);
            SplitPane.setResizableWithParent(view, false);
            view.setOnClose(this::hide);
        }
        return view;
    }

    public SearchViewModel viewModel() {
        if (searchVm == null) {
            searchVm = new SearchViewModel(vm, vm.fileProperty());
            searchVm.revealProperty().addListener((o, a, r) -> {
                if (r != null) {
                    reveal(r);
                }
            });
        }
        return searchVm;
    }

    /** Shows the panel (if hidden) and puts the cursor in its query field. */
    public void show() {
        SearchView view = view();
        if (!split.getItems().contains(view)) {
            double[] dividers = split.getDividerPositions();
            double width = Math.max(1, split.getWidth());
            // the panel's width comes out of the reader's, so the navigator's filters and the inspector keep theirs
            double panel = Math.min(Math.max(PANEL_SHARE * width, view.getMinWidth()), MAX_PANEL) / width;
            double navigator = dividers[0];
            double inspector = dividers.length > 1 ? dividers[1] : 0.8;
            split.getItems().add(0, view);
            split.setDividerPositions(panel, Math.min(panel + navigator, inspector - MIN_CENTER / width), inspector);
        }
        view.focusQuery();
    }

    public void hide() {
        if (view == null) {
            return;
        }
        double[] dividers = split.getDividerPositions();
        if (split.getItems().remove(view)) {
            // the navigator goes back to the width it had beside the panel, the inspector stays where it was
            if (dividers.length > 2) {
                split.setDividerPositions(dividers[1] - dividers[0], dividers[2]);
            }
            reader.textArea().requestFocus();
        }
    }

    private void reveal(SearchViewModel.RangeReveal r) {
        vm.centerViewProperty().set(MainViewModel.CenterView.READER);
        SourceDocument doc = vm.currentDocument().filter(d -> d.id().equals(r.documentId())).orElse(null);
        if (doc == null) {
            return;
        }
        pages.ifBuilt().ifPresent(p -> p.goTo(r.page()));
        StyleClassedTextArea area = reader.textArea();
        if (waitingForText != null) {
            area.lengthProperty().removeListener(waitingForText);
            waitingForText = null;
        }
        if (area.getLength() == doc.text().length()) {
            select(area, r);
            return;
        }
        // a long text is still being laid out: select once it is in the reader
        waitingForText = (o, a, b) -> {
            if (b == doc.text().length()) {
                area.lengthProperty().removeListener(waitingForText);
                waitingForText = null;
                Platform.runLater(() -> select(area, r));
            }
        };
        area.lengthProperty().addListener(waitingForText);
    }

    private static void select(StyleClassedTextArea area, SearchViewModel.RangeReveal r) {
        int start = Math.min(r.start(), area.getLength());
        int end = Math.min(r.end(), area.getLength());
        area.selectRange(start, end);
        area.showParagraphAtCenter(area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor());
    }
}
