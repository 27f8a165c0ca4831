package org.counterpoint.anchor;

import java.util.Optional;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.TextAnchor;

/**
 * Checks that an anchor still reads as its quote and repairs it when it does not. A highlight
 * is never dropped: when the quote cannot be found it is returned unchanged and flagged.
 */
public final class AnchorResolver {
    private AnchorResolver() {
    }

    public record Resolution(TextAnchor anchor, AnchorStatus status) {
    }

    public static Resolution resolve(String text, TextAnchor anchor) {
        if (anchor.matches(text)) {
            return new Resolution(anchor, AnchorStatus.OK);
        }
        Optional<QuoteSearch.Found> found = QuoteSearch.find(text, anchor);
        if (found.isPresent()) {
            QuoteSearch.Found f = found.get();
            return new Resolution(Anchors.create(text, f.start(), f.end()), AnchorStatus.REANCHORED);
        }
        return new Resolution(anchor, AnchorStatus.FLAGGED);
    }

    /** The highlight with its anchor checked against {@code text}; area highlights pass unchanged. */
    public static Highlight resolve(String text, Highlight highlight) {
        if (highlight.anchor() == null) {
            return highlight.withAnchor(null, AnchorStatus.OK);
        }
        Resolution r = resolve(text, highlight.anchor());
        return highlight.withAnchor(r.anchor(), r.status());
    }
}
