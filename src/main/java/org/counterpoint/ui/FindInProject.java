package org.counterpoint.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.SplitPane;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.page.PageView;
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
    private final PageView pageView;
    private final SplitPane split;
    private final SearchViewModel searchVm;
    private final SearchView view;
    private ChangeListener<Integer> waitingForText;

    public FindInProject(MainViewModel vm, ReaderView reader, PageView pageView, SplitPane split) {
        this.vm = vm;
        this.reader = reader;
        this.pageView = pageView;
        this.split = split;
        this.searchVm = new SearchViewModel(vm, vm.fileProperty());
        this.view = new SearchView(searchVm);
        view.setMinWidth(220);
        SplitPane.setResizableWithParent(view, false);
        view.setOnClose(this::hide);
        searchVm.revealProperty().addListener((o, a, r) -> {
            if (r != null) {
                reveal(r);
            }
        });
    }

    public SearchView view() {
        return view;
    }

    public SearchViewModel viewModel() {
        return searchVm;
    }

    /** Shows the panel (if hidden) and puts the cursor in its query field. */
    public void show() {
        if (!split.getItems().contains(view)) {
            double[] dividers = split.getDividerPositions();
            split.getItems().add(0, view);
            split.setDividerPositions(0.22, 0.22 + dividers[0] * 0.78, 0.22 + (dividers.length > 1 ? dividers[1] : 0.8) * 0.78);
        }
        view.focusQuery();
    }

    public void hide() {
        if (split.getItems().remove(view)) {
            reader.textArea().requestFocus();
        }
    }

    private void reveal(SearchViewModel.RangeReveal r) {
        vm.centerViewProperty().set(MainViewModel.CenterView.READER);
        SourceDocument doc = vm.currentDocument().filter(d -> d.id().equals(r.documentId())).orElse(null);
        if (doc == null) {
            return;
        }
        pageView.goTo(r.page());
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
