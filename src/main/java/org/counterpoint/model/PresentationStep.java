package org.counterpoint.model;

import java.util.List;

/**
 * One step of a presentation: what the audience sees after one press of the "next" key.
 *
 * @param claimIds    exactly the claims visible on the stage at this step, in display order
 * @param rebuttalIds exactly the rebuttals visible on the stage at this step, in display order
 * @param revealedId  the highlight this step reveals, or null
 */
public record PresentationStep(Kind kind, String comparisonId, List<String> claimIds, List<String> rebuttalIds,
                               String revealedId, boolean verdictShown) {

    public enum Kind { QUESTION, CLAIM, REBUTTAL, VERDICT }

    public PresentationStep {
        claimIds = List.copyOf(claimIds == null ? List.of() : claimIds);
        rebuttalIds = List.copyOf(rebuttalIds == null ? List.of() : rebuttalIds);
    }
}
