package org.counterpoint.export.slides;

import java.util.List;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PresentationStep;

/**
 * One slide of a deck, as content: the same for the PDF deck and the PowerPoint file.
 *
 * @param kind        what the slide shows
 * @param comparison  the comparison on the slide, or null for the title slide
 * @param number      the comparison's number in the presentation (1-based), or 0 for the title slide
 * @param scenes      how many comparisons the presentation has
 * @param step        the step shown, or null for the title and evidence slides
 * @param claims      the claims on the stage, in display order
 * @param rebuttals   the rebuttals on the stage, in display order
 * @param revealedId  the quote this slide reveals (drawn as new), or null
 * @param evidence    for an evidence slide, the one or two quotes whose pages are shown
 * @param notes       the presenter's notes for this slide
 */
public record Slide(Kind kind, Comparison comparison, int number, int scenes, PresentationStep step, List<Highlight> claims,
                    List<Highlight> rebuttals, String revealedId, List<Highlight> evidence, String notes) {

    public Slide {
        claims = List.copyOf(claims);
        rebuttals = List.copyOf(rebuttals);
        evidence = List.copyOf(evidence);
        notes = notes == null ? "" : notes;
    }

    /** The title of the deck, a step of a comparison, or a quote shown in its source. */
    public enum Kind { TITLE, QUESTION, STAGE, EVIDENCE }

    public boolean verdictShown() {
        return step != null && step.verdictShown();
    }
}
