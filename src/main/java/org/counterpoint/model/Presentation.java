package org.counterpoint.model;

import java.util.ArrayList;
import java.util.List;

/** The comparisons of a project as a presentation: one scene per comparison, in board order. */
public final class Presentation {
    private Presentation() {
    }

    public static List<PresentationScene> scenes(Project project) {
        List<PresentationScene> scenes = new ArrayList<>();
        for (Comparison c : project.comparisonsInOrder()) {
            List<PresentationStep> steps = new ArrayList<>();
            steps.add(new PresentationStep(PresentationStep.Kind.QUESTION, c.id(), List.of(), List.of(), null, false));
            List<String> claims = new ArrayList<>();
            for (String id : c.claimIds()) {
                claims.add(id);
                steps.add(new PresentationStep(PresentationStep.Kind.CLAIM, c.id(), claims, List.of(), id, false));
            }
            List<String> rebuttals = new ArrayList<>();
            for (String id : c.rebuttalIds()) {
                rebuttals.add(id);
                steps.add(new PresentationStep(PresentationStep.Kind.REBUTTAL, c.id(), claims, rebuttals, id, false));
            }
            steps.add(new PresentationStep(PresentationStep.Kind.VERDICT, c.id(), claims, rebuttals, null, true));
            scenes.add(new PresentationScene(c, scenes.size() + 1, steps));
        }
        return scenes;
    }
}
