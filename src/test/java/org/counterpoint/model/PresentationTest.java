package org.counterpoint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterpoint.model.PresentationStep.Kind;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PresentationTest {
    private final Project p = Fixtures.rich();

    @Test
    void eachComparisonIsASceneOfQuestionClaimsRebuttalsOneAtATimeAndVerdict() {
        List<PresentationScene> scenes = Presentation.scenes(p);
        assertThat(scenes).extracting(s -> s.comparison().id()).containsExactly("c1", "c2");
        assertThat(scenes).extracting(PresentationScene::number).containsExactly(1, 2);

        List<PresentationStep> steps = scenes.get(0).steps();
        assertThat(steps).extracting(PresentationStep::kind)
                .containsExactly(Kind.QUESTION, Kind.CLAIM, Kind.REBUTTAL, Kind.REBUTTAL, Kind.VERDICT);
        assertThat(steps.get(0).claimIds()).isEmpty();
        assertThat(steps.get(0).rebuttalIds()).isEmpty();
        assertThat(steps.get(0).revealedId()).isNull();
        assertThat(steps.get(1).claimIds()).containsExactly("h1");
        assertThat(steps.get(1).rebuttalIds()).isEmpty();
        assertThat(steps.get(1).revealedId()).isEqualTo("h1");
        assertThat(steps.get(2).rebuttalIds()).containsExactly("h2");
        assertThat(steps.get(3).claimIds()).containsExactly("h1");
        assertThat(steps.get(3).rebuttalIds()).containsExactly("h2", "h4");
        assertThat(steps.get(3).revealedId()).isEqualTo("h4");
        assertThat(steps.subList(0, 4)).noneMatch(PresentationStep::verdictShown);
        assertThat(steps.get(4).verdictShown()).isTrue();
        assertThat(steps.get(4).revealedId()).isNull();
        assertThat(steps.get(4).visibleIds()).containsExactly("h1", "h2", "h4");
        assertThat(scenes.get(0).finalStep()).isEqualTo(steps.get(4));
        assertThat(scenes.get(1).steps()).extracting(PresentationStep::kind).containsExactly(Kind.QUESTION, Kind.CLAIM, Kind.VERDICT);
    }

    @Test
    void hiddenComparisonsAreSkippedAndTheRestNumberedInBoardOrder() {
        Comparison c1 = p.comparison("c1").orElseThrow();
        Comparison c2 = p.comparison("c2").orElseThrow();
        Project q = p.withComparisons(List.of(c1.withOrder(5), c2.withOrder(2)), Fixtures.T1);
        assertThat(Presentation.scenes(q)).extracting(s -> s.comparison().id()).containsExactly("c2", "c1");

        Project hidden = q.replaceComparison(c2.withOrder(2).withHiddenFromPresentation(true), Fixtures.T1);
        List<PresentationScene> scenes = Presentation.scenes(hidden);
        assertThat(scenes).extracting(s -> s.comparison().id()).containsExactly("c1");
        assertThat(scenes.get(0).number()).isEqualTo(1);
    }

    @Test
    void theStepOrderDecidesTheRevealAndTheDisplayOrderAndUnnamedQuotesFollow() {
        Comparison c1 = p.comparison("c1").orElseThrow().withStepOrder(List.of("h4", "gone", "h1"));
        List<PresentationStep> steps = Presentation.steps(p, c1);
        assertThat(steps).extracting(PresentationStep::revealedId).containsExactly(null, "h4", "h1", "h2", null);
        assertThat(steps).extracting(PresentationStep::kind)
                .containsExactly(Kind.QUESTION, Kind.REBUTTAL, Kind.CLAIM, Kind.REBUTTAL, Kind.VERDICT);
        assertThat(steps.get(2).rebuttalIds()).containsExactly("h4");
        assertThat(steps.get(3).rebuttalIds()).containsExactly("h4", "h2");
    }

    @Test
    void quotesMissingFromTheProjectAreNotSteps() {
        Comparison c1 = p.comparison("c1").orElseThrow().withRebuttals(List.of("h2", "missing"));
        assertThat(Presentation.steps(p, c1)).extracting(PresentationStep::revealedId).containsExactly(null, "h1", "h2", null);
    }

    @Test
    void unlinkingAQuoteDropsItFromTheStepOrder() {
        Comparison c1 = p.comparison("c1").orElseThrow().withStepOrder(List.of("h4", "h1", "h2"));
        assertThat(c1.withoutHighlight("h4").stepOrder()).containsExactly("h1", "h2");
    }

    @Test
    void oldConstructorsFillPresentationDefaults() {
        Comparison c = new Comparison("x", "T", List.of(), List.of(), Verdict.FALSE, "", "", 0);
        assertThat(c.hiddenFromPresentation()).isFalse();
        assertThat(c.stepOrder()).isEmpty();
        assertThat(p.presentation()).isEqualTo(PresentationSettings.DEFAULT);
        assertThat(p.withPresentation(new PresentationSettings(PresentationSettings.Theme.DARK, PresentationSettings.SlideGrouping.PER_COMPARISON), Fixtures.T1)
                .withInfo("x", "", "", Fixtures.T1).presentation().theme()).isEqualTo(PresentationSettings.Theme.DARK);
    }
}
