package org.counterpoint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Claims set side by side with the rebuttals that answer them.
 *
 * @param verdict     the rating on the ClaimReview-style scale
 * @param verdictText a one-line verdict in the analyst's words, e.g. "The UK government denies any endorsement"
 * @param order       position in the board and in presentations, smallest first
 * @param hiddenFromPresentation true when presentations and slide decks skip this comparison
 * @param stepOrder   the order in which a presentation reveals the linked claims and rebuttals;
 *                    ids no longer linked are ignored and linked ids missing from it follow, claims
 *                    first (see {@link Presentation}); empty means claims then rebuttals as linked
 */
public record Comparison(
        String id,
        String title,
        List<String> claimIds,
        List<String> rebuttalIds,
        Verdict verdict,
        String verdictText,
        String note,
        int order,
        boolean hiddenFromPresentation,
        List<String> stepOrder) {

    public Comparison {
        Objects.requireNonNull(id, "id");
        title = Text.orEmpty(title);
        claimIds = List.copyOf(claimIds == null ? List.of() : claimIds);
        rebuttalIds = List.copyOf(rebuttalIds == null ? List.of() : rebuttalIds);
        verdict = verdict == null ? Verdict.UNDETERMINED : verdict;
        verdictText = Text.orEmpty(verdictText);
        note = Text.orEmpty(note);
        stepOrder = List.copyOf(stepOrder == null ? List.of() : stepOrder);
    }

    /** A comparison shown in presentations, revealing its quotes in the order they are linked. */
    public Comparison(String id, String title, List<String> claimIds, List<String> rebuttalIds, Verdict verdict,
                      String verdictText, String note, int order) {
        this(id, title, claimIds, rebuttalIds, verdict, verdictText, note, order, false, List.of());
    }

    public boolean references(String highlightId) {
        return claimIds.contains(highlightId) || rebuttalIds.contains(highlightId);
    }

    /** The highlight ids on one side: claims for {@link Side#CLAIMS}, rebuttals otherwise. */
    public List<String> side(Side side) {
        return side == Side.CLAIMS ? claimIds : rebuttalIds;
    }

    public Comparison withLinked(Side side, String highlightId, int index) {
        List<String> ids = new ArrayList<>(side(side));
        if (ids.contains(highlightId)) {
            return this;
        }
        ids.add(Math.max(0, Math.min(index < 0 ? ids.size() : index, ids.size())), highlightId);
        return side == Side.CLAIMS ? withClaims(ids) : withRebuttals(ids);
    }

    public Comparison withoutHighlight(String highlightId) {
        List<String> claims = new ArrayList<>(claimIds);
        List<String> rebuttals = new ArrayList<>(rebuttalIds);
        claims.remove(highlightId);
        rebuttals.remove(highlightId);
        List<String> steps = new ArrayList<>(stepOrder);
        steps.remove(highlightId);
        return new Comparison(id, title, claims, rebuttals, verdict, verdictText, note, order, hiddenFromPresentation, steps);
    }

    public Comparison withClaims(List<String> value) {
        return new Comparison(id, title, value, rebuttalIds, verdict, verdictText, note, order, hiddenFromPresentation, stepOrder);
    }

    public Comparison withRebuttals(List<String> value) {
        return new Comparison(id, title, claimIds, value, verdict, verdictText, note, order, hiddenFromPresentation, stepOrder);
    }

    public Comparison withTitle(String value) {
        return new Comparison(id, value, claimIds, rebuttalIds, verdict, verdictText, note, order, hiddenFromPresentation, stepOrder);
    }

    public Comparison withVerdict(Verdict value, String text) {
        return new Comparison(id, title, claimIds, rebuttalIds, value, text, note, order, hiddenFromPresentation, stepOrder);
    }

    public Comparison withNote(String value) {
        return new Comparison(id, title, claimIds, rebuttalIds, verdict, verdictText, value, order, hiddenFromPresentation, stepOrder);
    }

    public Comparison withOrder(int value) {
        return new Comparison(id, title, claimIds, rebuttalIds, verdict, verdictText, note, value, hiddenFromPresentation, stepOrder);
    }

    public Comparison withHiddenFromPresentation(boolean value) {
        return new Comparison(id, title, claimIds, rebuttalIds, verdict, verdictText, note, order, value, stepOrder);
    }

    public Comparison withStepOrder(List<String> value) {
        return new Comparison(id, title, claimIds, rebuttalIds, verdict, verdictText, note, order, hiddenFromPresentation, value);
    }

    /** The two sides of a comparison. */
    public enum Side {
        CLAIMS, REBUTTALS;

        /** The side a highlight of this role belongs on, or null for context. */
        public static Side forRole(Role role) {
            return switch (role) {
                case CLAIM -> CLAIMS;
                case REBUTTAL -> REBUTTALS;
                case CONTEXT -> null;
            };
        }
    }
}
