package org.counterpoint.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.IndexRange;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.page.FoundMarks;
import org.counterpoint.ui.page.PageView;
import org.counterpoint.ui.reader.ReaderView;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Puts Find in Document into the window: the find bar over the reader and the page view, every
 * occurrence marked in both, and the current one selected in the reader (so the Highlight keys
 * mark it) and scrolled into view there and on its page.
 */
public final class FindInDocument {
    private final MainViewModel vm;
    private final ReaderView reader;
    private final PageViewSlot pages;
    private final FindState state;
    private final FindBar bar;
    /** The range the last found occurrence selected in the reader, to clear when nothing is found any more. */
    private int[] selectedByFind;
    /** The occurrences shown last, for a page view built after they were found. */
    private FindState.Occurrences shown;

    FindInDocument(MainViewModel vm, ReaderView reader, PageViewSlot pages) {
        this.vm = vm;
        this.reader = reader;
        this.pages = pages;
        this.state = new FindState(vm.services().tasks());
        this.bar = new FindBar(state);
        bar.setVisible(false);
        bar.setManaged(false);
        bar.setOnClose(this::hide);
        state.setCaret(() -> reader.storedOffset(reader.textArea().getSelection().getStart()));
        vm.documentIdProperty().addListener((o, a, b) -> followDocument());
        vm.projectProperty().addListener((o, a, b) -> followDocument());
        state.foundProperty().addListener((o, a, f) -> showFound(f));
        followDocument();
        pages.whenBuilt(this::markPages);
    }

    /** Puts the marks of what was found last on the pages, and shows the current one's page. */
    private void markPages(PageView pageView) {
        if (shown == null) {
            return;
        }
        FoundMarks.of(pageView).show(shown.ranges(), shown.current());
        int[] r = shown.currentRange();
        SourceDocument doc = vm.currentDocument().filter(d -> d.id().equals(shown.documentId())).orElse(null);
        if (r != null && doc != null && doc.pageCount() > 1 && doc.pageNumberAt(r[0]) != pageView.currentPage()) {
            pageView.goTo(doc.pageNumberAt(r[0]));
        }
    }

    public FindBar bar() {
        return bar;
    }

    public FindState state() {
        return state;
    }

    /** Opens the bar (with the reader's selection as the query, when it is a few words) and puts the cursor in it. */
    public void show() {
        IndexRange sel = reader.textArea().getSelection();
        String selected = reader.textArea().getSelectedText();
        if (sel.getLength() > 0 && sel.getLength() <= 100 && selected.indexOf('\n') < 0 && !bar.isVisible()) {
            state.queryProperty().set(selected);
        }
        bar.setVisible(true);
        bar.setManaged(true);
        state.shownProperty().set(true);
        vm.centerViewProperty().set(MainViewModel.CenterView.READER);
        bar.focusQuery();
    }

    /** Closes the bar and takes the marks away; the cursor goes back to the reader. */
    public void hide() {
        state.shownProperty().set(false);
        bar.setVisible(false);
        bar.setManaged(false);
        reader.textArea().requestFocus();
    }

    /** F3: the next occurrence, or the bar opened if it is closed. */
    public void next() {
        if (bar.isVisible()) {
            state.next();
        } else {
            show();
        }
    }

    public void previous() {
        if (bar.isVisible()) {
            state.previous();
        } else {
            show();
        }
    }

    private void followDocument() {
        state.setDocument(vm.currentDocument().orElse(null));
    }

    private void showFound(FindState.Occurrences f) {
        // the reader shows PDF text reflowed: the marks go where each stored range is shown
        List<int[]> shownRanges = new ArrayList<>();
        for (int[] range : f.ranges()) {
            int[] shownRange = reader.shownRange(range[0], range[1]);
            if (shownRange == null) {
                shownRanges.clear();
                break;
            }
            shownRanges.add(shownRange);
        }
        reader.foundOverlay().show(shownRanges, shownRanges.isEmpty() ? -1 : f.current());
        shown = f;
        pages.ifBuilt().ifPresent(p -> FoundMarks.of(p).show(f.ranges(), f.current()));
        int[] r = f.currentRange();
        SourceDocument doc = vm.currentDocument().filter(d -> d.id().equals(f.documentId())).orElse(null);
        StyleClassedTextArea area = reader.textArea();
        if (r == null || doc == null) {
            IndexRange sel = area.getSelection();
            if (selectedByFind != null && sel.getStart() == selectedByFind[0] && sel.getEnd() == selectedByFind[1]) {
                area.deselect();
            }
            selectedByFind = null;
            return;
        }
        int[] shown = reader.shownRange(r[0], r[1]);
        if (shown != null) {
            area.selectRange(shown[0], shown[1]);
            selectedByFind = shown;
            int paragraph = area.offsetToPosition(shown[0], TwoDimensional.Bias.Forward).getMajor();
            if (!isVisible(area, paragraph)) {
                area.showParagraphAtCenter(paragraph);
            }
        }
        int page = doc.pageNumberAt(r[0]);
        pages.ifBuilt().filter(p -> doc.pageCount() > 1 && page != p.currentPage()).ifPresent(p -> p.goTo(page));
    }

    private static boolean isVisible(StyleClassedTextArea area, int paragraph) {
        if (area.getVisibleParagraphs().isEmpty()) {
            return false;
        }
        // the first and last visible paragraphs may be cut off at the edge: count them as not shown
        return paragraph > area.firstVisibleParToAllParIndex() && paragraph < area.lastVisibleParToAllParIndex();
    }
}
