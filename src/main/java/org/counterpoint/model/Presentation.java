package org.counterpoint.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a project into the scenes and steps that the live presentation and the slide exports play.
 * Each shown comparison, in board order, is a scene: its question (the title), then each claim and
 * rebuttal one at a time in the comparison's step order, then the verdict. A revealed quote stays on
 * the stage until the scene ends.
 */
public final class Presentation {
    private Presentation() {
    }

    /** The scenes of the comparisons not hidden from presentation, in board order, numbered from 1. */
    public static List<PresentationScene> scenes(Project project) {
        List<PresentationScene> scenes = new ArrayList<>();
        for (Comparison comparison : project.comparisonsInOrder()) {
            if (!comparison.hiddenFromPresentation()) {
                scenes.add(new PresentationScene(comparison, scenes.size() + 1, steps(project, comparison)));
            }
        }
        return scenes;
    }

    /** The steps of one comparison, whether or not it is hidden. */
    public static List<PresentationStep> steps(Project project, Comparison comparison) {
        List<PresentationStep> steps = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        List<String> rebuttals = new ArrayList<>();
        steps.add(new PresentationStep(PresentationStep.Kind.QUESTION, comparison.id(), claims, rebuttals, null, false));
        for (String id : revealOrder(comparison)) {
            if (project.highlight(id).isEmpty()) {
                continue;
            }
            boolean claim = comparison.claimIds().contains(id);
            (claim ? claims : rebuttals).add(id);
            steps.add(new PresentationStep(claim ? PresentationStep.Kind.CLAIM : PresentationStep.Kind.REBUTTAL,
                    comparison.id(), claims, rebuttals, id, false));
        }
        steps.add(new PresentationStep(PresentationStep.Kind.VERDICT, comparison.id(), claims, rebuttals, null, true));
        return steps;
    }

    /**
     * The order in which a comparison reveals its linked quotes: the ids of its step order that are
     * still linked, then the linked ids the step order does not name, claims before rebuttals.
     */
    public static List<String> revealOrder(Comparison comparison) {
        Set<String> order = new LinkedHashSet<>();
        for (String id : comparison.stepOrder()) {
            if (comparison.references(id)) {
                order.add(id);
            }
        }
        order.addAll(comparison.claimIds());
        order.addAll(comparison.rebuttalIds());
        return List.copyOf(order);
    }
}
