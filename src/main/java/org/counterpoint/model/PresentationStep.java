package org.counterpoint.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of a comparison's scene in a presentation: what the audience sees after the step.
 *
 * @param kind          what this step adds: the question, a claim, a rebuttal or the verdict
 * @param comparisonId  the comparison the step belongs to
 * @param claimIds      exactly the claims visible on the stage at this step, in display order
 * @param rebuttalIds   exactly the rebuttals visible on the stage at this step, in display order
 * @param revealedId    the highlight this step reveals, or null for the question and the verdict
 * @param verdictShown  true when the verdict and its explanation are on the stage
 */
public record PresentationStep(Kind kind, String comparisonId, List<String> claimIds, List<String> rebuttalIds,
                               String revealedId, boolean verdictShown) {

    public PresentationStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(comparisonId, "comparisonId");
        claimIds = List.copyOf(claimIds == null ? List.of() : claimIds);
        rebuttalIds = List.copyOf(rebuttalIds == null ? List.of() : rebuttalIds);
    }

    /** The claims then the rebuttals visible at this step. */
    public List<String> visibleIds() {
        return java.util.stream.Stream.concat(claimIds.stream(), rebuttalIds.stream()).toList();
    }

    /** What a step adds to the stage. */
    public enum Kind {
        QUESTION, CLAIM, REBUTTAL, VERDICT
    }
}
