package org.counterpoint.ui.page;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.counterpoint.anchor.WordSnap;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.PendingSelection;

/**
 * Dragging on the pages: across text it selects whole words in reading order (whole characters with
 * Alt held), running on to the next pages; a double click selects a word and a triple click a line;
 * on pages without text (or with Draw Area on) it draws a rectangle; a click on a mark selects its
 * highlight. One gesture at a time, kept here rather than in a cell
 * because the list may replace cells during it.
 */
final class SelectionGesture {
    private final PageView view;
    private final MainViewModel vm;
    private int[] selection;
    private double[] areaDraft;
    private int areaPage;
    private int gesturePage;
    private double[] dragStart;
    private int dragAnchor = -1;

    SelectionGesture(PageView view, MainViewModel vm) {
        this.view = view;
        this.vm = vm;
    }

    /** The selected characters {@code [start, end)}, or null. */
    int[] selection() {
        return selection;
    }

    /** The rectangle being drawn, {x0, y0, x1, y1} in user space, or null. */
    double[] areaDraft() {
        return areaDraft;
    }

    int areaPage() {
        return areaPage;
    }

    /** Forgets the selection and the rectangle; true if there was one to forget. */
    boolean clear() {
        boolean had = selection != null || areaDraft != null;
        selection = null;
        areaDraft = null;
        return had;
    }

    void pressed(PageCell cell, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || cell.getItem() == null) {
            return;
        }
        view.pageList().requestFocus();
        int number = cell.getItem();
        gesturePage = number;
        // a new gesture starts a new selection
        clear();
        double[] user = userPoint(e, number);
        dragStart = user;
        dragAnchor = drawsAreas(number) ? -1 : view.marks().glyphAt(number, user[0], user[1], false);
    }

    private boolean drawsAreas(int number) {
        return view.areaModeProperty().get() || view.marks().layout() == null || !view.marks().hasGlyphs(number);
    }

    /** Where the mouse is in a page's user space, measured on the page as it is now drawn and kept within it. */
    private double[] userPoint(MouseEvent e, int number) {
        Pane pane = view.cellShowing(number).map(c -> c.page)
                .orElseGet(() -> e.getSource() instanceof PageCell c ? c.page : (Pane) e.getSource());
        Point2D local = pane.sceneToLocal(e.getSceneX(), e.getSceneY());
        double x = Math.max(0, Math.min(pane.getWidth(), local.getX()));
        double y = Math.max(0, Math.min(pane.getHeight(), local.getY()));
        return view.geometry().get(number - 1).toUser(x, y, view.scale());
    }

    void dragged(MouseEvent e) {
        if (dragStart == null || gesturePage < 1 || gesturePage > view.geometry().size()) {
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
                dragAnchor = view.marks().glyphAt(number, dragStart[0], dragStart[1], true);
            }
            // a selection may run on to the next pages, in reading order, as in the text
            int focusPage = textPageUnder(e.getSceneX(), e.getSceneY()).orElse(number);
            double[] at = focusPage == number ? user : userPoint(e, focusPage);
            int focus = view.marks().glyphAt(focusPage, at[0], at[1], true);
            if (dragAnchor >= 0 && focus >= 0) {
                selection = snapped(Math.min(dragAnchor, focus), Math.max(dragAnchor, focus) + 1, e.isAltDown());
                areaDraft = null;
            }
            scrollNearEdge(e);
        }
        view.redrawSelectionOnScreen();
    }

    /**
     * The glyphs give a span of the stored text in logical order (also on right-to-left lines); a
     * drag quotes whole words of it, or whole characters when Alt is held.
     */
    private int[] snapped(int start, int end, boolean characters) {
        String text = view.document() == null ? "" : view.document().text();
        int[] r = characters ? WordSnap.characters(text, start, end) : WordSnap.words(text, start, end);
        return r[1] > r[0] ? r : new int[] {start, end};
    }

    /** A double click selects the word under the mouse, a triple click its line; false if there is no glyph there. */
    private boolean selectByClicks(int number, double[] user, int clicks) {
        SourceDocument document = view.document();
        int at = view.marks().glyphAt(number, user[0], user[1], false);
        if (document == null || at < 0 || at >= document.text().length()) {
            return false;
        }
        int[] r = clicks == 2 ? WordSnap.wordAt(document.text(), at) : WordSnap.lineAt(document.text(), at);
        if (r[1] <= r[0]) {
            return false;
        }
        selection = r;
        view.redrawSelectionOnScreen();
        vm.selection().pendingProperty().set(new PendingSelection.TextSelection(document.id(), r[0], r[1], "page"));
        return true;
    }

    /** The text page under a point of the scene, or the nearest one above or below it when the point is between pages. */
    private Optional<Integer> textPageUnder(double sceneX, double sceneY) {
        Integer best = null;
        double bestDistance = Double.MAX_VALUE;
        for (PageCell c : view.liveCells()) {
            Integer n = c.getItem();
            if (n == null || n > view.geometry().size() || c.getGraphic() == null || !ImageCell.treeVisible(c) || drawsAreas(n)) {
                continue;
            }
            Bounds b = c.page.localToScene(c.page.getBoundsInLocal());
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
        VirtualFlow<?> flow = view.flow();
        if (flow == null) {
            return;
        }
        Point2D p = view.pageList().sceneToLocal(e.getSceneX(), e.getSceneY());
        double edge = 24;
        double height = view.pageList().getHeight();
        if (p.getY() < edge) {
            flow.scrollPixels(-Math.min(40, edge - p.getY()));
        } else if (p.getY() > height - edge) {
            flow.scrollPixels(Math.min(40, p.getY() - (height - edge)));
        }
    }

    void released(MouseEvent e) {
        SourceDocument document = view.document();
        if (dragStart == null || document == null || gesturePage < 1 || gesturePage > view.geometry().size()) {
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
            clear();
            double[] at = userPoint(e, number);
            if (e.getClickCount() >= 2 && !drawsAreas(number) && selectByClicks(number, at, Math.min(3, e.getClickCount()))) {
                return;
            }
            view.redrawSelectionOnScreen();
            // a click on a mark selects its highlight; found by position, so it counts even if the marks were redrawn meanwhile
            double[] user = userPoint(e, number);
            view.marks().markAt(number, user[0], user[1]).ifPresent(id -> vm.revealHighlight(id, false));
        }
    }
}
