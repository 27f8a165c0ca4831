package org.counterpoint.ui.board;

import java.util.Optional;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.QuoteDrag;

/**
 * What the board does, without a toolkit: dropping a quote on a side links it (or moves it from
 * another comparison), dropping it on the strip unlinks it. The rules of linking are the edits'
 * own; a refused drop comes back as the sentence to show.
 */
public final class BoardViewModel {
    private final MainViewModel vm;

    public BoardViewModel(MainViewModel vm) {
        this.vm = vm;
    }

    /** Whether a side of this role takes the dragged quote, to colour the side while it is dragged over. */
    public boolean accepts(QuoteDrag.Payload payload, Role sideRole) {
        return vm.project().highlight(payload.highlightId()).map(h -> h.role() == sideRole).orElse(false);
    }

    /**
     * Drops a quote on the side of a comparison that holds {@code sideRole}, at {@code index} among its
     * quotes; selects the comparison if it worked.
     *
     * @return why the drop was refused, if it was
     */
    public Optional<String> drop(QuoteDrag.Payload payload, String comparisonId, Role sideRole, int index) {
        Highlight h = vm.project().highlight(payload.highlightId()).orElse(null);
        if (h == null) {
            return Optional.empty();
        }
        if (h.role() != sideRole && h.role() != Role.CONTEXT) {
            // the edit would put it on its own side; a drop on the other side is a slip of the hand
            return Optional.of("That quote is a " + h.role().label().toLowerCase() + "; drop it on the "
                    + (h.role() == Role.CLAIM ? "claims (left)" : "rebuttals (right)") + " side.");
        }
        Optional<String> refused = payload.fromComparisonId() == null ? vm.editor().linkQuote(comparisonId, h.id(), index)
                : vm.editor().move(payload.fromComparisonId(), comparisonId, h.id(), index);
        if (refused.isEmpty()) {
            vm.selectComparison(comparisonId);
        }
        return refused;
    }

    /** Drops a quote on the unlink strip: it leaves the comparison it was dragged from. */
    public void dropOnUnlinkStrip(QuoteDrag.Payload payload) {
        if (payload != null && payload.fromComparisonId() != null) {
            vm.editor().unlink(payload.fromComparisonId(), payload.highlightId());
        }
    }
}
