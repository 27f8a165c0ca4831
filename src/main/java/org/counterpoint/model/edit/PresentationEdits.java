package org.counterpoint.model.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Presentation;
import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.Project;
import org.counterpoint.model.Text;

/** The edits that change how a project is presented; each is one undoable step like the others. */
public final class PresentationEdits {
    private PresentationEdits() {
    }

    /** Hides a comparison from presentations and slide decks, or shows it again. */
    public static Edit setHidden(String comparisonId, boolean hidden, Instant now) {
        return Edits.of(hidden ? "Hide from Presentation" : "Show in Presentation", p -> {
            Comparison c = comparison(p, comparisonId);
            return c.hiddenFromPresentation() == hidden ? p : p.replaceComparison(c.withHiddenFromPresentation(hidden), now);
        });
    }

    /**
     * Sets the order in which a comparison reveals its quotes. The order names linked quotes only,
     * each once; linked quotes it leaves out are revealed after it.
     */
    public static Edit setStepOrder(String comparisonId, List<String> order, Instant now) {
        return Edits.of("Reorder Steps", p -> {
            Comparison c = comparison(p, comparisonId);
            var seen = new HashSet<String>();
            for (String id : order) {
                if (!c.references(id)) {
                    throw new EditException("That quote is not in the comparison “" + Text.abbreviate(c.title(), 50) + "”.");
                }
                if (!seen.add(id)) {
                    throw new EditException("A quote can be revealed only once in a comparison.");
                }
            }
            return p.replaceComparison(c.withStepOrder(order), now);
        });
    }

    /** Moves the reveal of one quote earlier (-1) or later (+1) in its comparison's steps. */
    public static Edit moveStep(String comparisonId, String highlightId, int delta, Instant now) {
        return Edits.of(delta < 0 ? "Move Step Earlier" : "Move Step Later", p -> {
            Comparison c = comparison(p, comparisonId);
            List<String> order = new ArrayList<>(Presentation.revealOrder(c));
            int index = order.indexOf(highlightId);
            if (index < 0) {
                throw new EditException("That quote is not in the comparison “" + Text.abbreviate(c.title(), 50) + "”.");
            }
            int target = Math.max(0, Math.min(order.size() - 1, index + delta));
            if (target == index) {
                return p;
            }
            order.add(target, order.remove(index));
            return p.replaceComparison(c.withStepOrder(order), now);
        });
    }

    /** Forgets a comparison's own step order: claims, then rebuttals, as linked. */
    public static Edit resetStepOrder(String comparisonId, Instant now) {
        return Edits.of("Reset Step Order", p -> {
            Comparison c = comparison(p, comparisonId);
            return c.stepOrder().isEmpty() ? p : p.replaceComparison(c.withStepOrder(List.of()), now);
        });
    }

    /** Changes the project's presentation settings (theme, slides per step or per comparison). */
    public static Edit setSettings(PresentationSettings settings, Instant now) {
        return Edits.of("Change Presentation Settings", p -> settings.equals(p.presentation()) ? p : p.withPresentation(settings, now));
    }

    private static Comparison comparison(Project p, String id) {
        return p.comparison(id).orElseThrow(() -> new EditException("The comparison " + id + " is no longer in the project."));
    }
}
