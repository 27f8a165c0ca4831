package org.counterpoint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.counterpoint.ui.page.PageView;

/**
 * Where the page view lives until it is needed: it is built the first time a PDF is shown beside
 * its text (or something asks for it), so a window that opens on a text document does without it.
 * What depends on it (the zoom kept in the workspace, the Draw Areas menu item, the find marks) is
 * wired when it is built.
 */
final class PageViewSlot {
    private final MainViewModel vm;
    private final List<Consumer<PageView>> whenBuilt = new ArrayList<>();
    private PageView view;

    PageViewSlot(MainViewModel vm) {
        this.vm = vm;
    }

    /** The page view, built now if it has not been. */
    PageView get() {
        if (view == null) {
            view = new PageView(vm);
            for (Consumer<PageView> c : List.copyOf(whenBuilt)) {
                c.accept(view);
            }
        }
        return view;
    }

    /** The page view if it has been built; a view that was never built shows nothing to update. */
    Optional<PageView> ifBuilt() {
        return Optional.ofNullable(view);
    }

    /** Runs this when the page view is built, or now if it is. */
    void whenBuilt(Consumer<PageView> action) {
        whenBuilt.add(action);
        if (view != null) {
            action.accept(view);
        }
    }
}
