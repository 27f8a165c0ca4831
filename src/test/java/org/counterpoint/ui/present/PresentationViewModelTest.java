package org.counterpoint.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.counterpoint.io.SampleCase;
import org.counterpoint.model.PresentationStep.Kind;
import org.counterpoint.model.Project;
import org.counterpoint.model.edit.PresentationEdits;
import org.junit.jupiter.api.Test;

/** The live mode's state, without a toolkit: stepping, jumping, covers, callouts and notes on the sample case. */
class PresentationViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    private final Project sample = load();

    private static Project load() {
        try {
            return SampleCase.load().project();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private PresentationViewModel started(Project project) {
        PresentationViewModel vm = new PresentationViewModel(project, Clock.fixed(T0, ZoneOffset.UTC));
        vm.startAt(null);
        return vm;
    }

    private static String where(PresentationViewModel vm) {
        var p = vm.current();
        return p.comparison().id() + ":" + p.step().kind() + (p.step().revealedId() == null ? "" : ":" + p.step().revealedId());
    }

    @Test
    void stepsThroughEachComparisonQuestionClaimsRebuttalsOneAtATimeThenVerdict() {
        PresentationViewModel vm = started(sample);
        assertThat(where(vm)).isEqualTo("cmp-endorsement:QUESTION");
        assertThat(vm.visibleQuotes()).isEmpty();
        vm.next();
        assertThat(where(vm)).isEqualTo("cmp-endorsement:CLAIM:hl-claim-endorses");
        assertThat(vm.visibleQuotes()).containsExactly("hl-claim-endorses");
        vm.next();
        vm.next();
        assertThat(where(vm)).isEqualTo("cmp-endorsement:REBUTTAL:hl-rebuttal-not-endorsing");
        assertThat(vm.visibleQuotes()).containsExactly("hl-claim-endorses", "hl-rebuttal-no-such-thing", "hl-rebuttal-not-endorsing");
        vm.next();
        vm.next();
        assertThat(where(vm)).isEqualTo("cmp-endorsement:VERDICT");
        assertThat(vm.current().step().verdictShown()).isTrue();
        vm.next();
        assertThat(where(vm)).isEqualTo("cmp-continue-used:QUESTION");
        assertThat(vm.current().scene().number()).isEqualTo(2);
        vm.previous();
        assertThat(where(vm)).isEqualTo("cmp-endorsement:VERDICT");
    }

    @Test
    void homeAndEndAndTheEdgesStayPut() {
        PresentationViewModel vm = started(sample);
        vm.previous();
        assertThat(vm.index()).isZero();
        vm.end();
        assertThat(where(vm)).isEqualTo("cmp-letter:VERDICT");
        assertThat(vm.nextPosition()).isEmpty();
        vm.next();
        assertThat(vm.index()).isEqualTo(vm.stepCount() - 1);
        vm.home();
        assertThat(where(vm)).isEqualTo("cmp-endorsement:QUESTION");
        assertThat(vm.nextPosition().orElseThrow().step().kind()).isEqualTo(Kind.CLAIM);
    }

    @Test
    void aNumberThenEnterJumpsToThatComparisonAndAWrongNumberSaysSo() {
        PresentationViewModel vm = started(sample);
        vm.typeDigit(3);
        assertThat(vm.typedProperty().get()).isEqualTo("3");
        assertThat(vm.enter()).isTrue();
        assertThat(where(vm)).isEqualTo("cmp-letter:QUESTION");
        assertThat(vm.typedProperty().get()).isEmpty();

        vm.typeDigit(1);
        vm.typeDigit(2);
        vm.enter();
        assertThat(where(vm)).isEqualTo("cmp-letter:QUESTION");
        assertThat(vm.messageProperty().get()).contains("no comparison 12").contains("1 to 3");

        vm.typeDigit(2);
        vm.typeDigit(7);
        vm.deleteDigit();
        vm.enter();
        assertThat(where(vm)).isEqualTo("cmp-continue-used:QUESTION");
        assertThat(vm.enter()).as("Enter with nothing typed is not a jump").isFalse();
    }

    @Test
    void startsFromASelectedComparisonAndSkipsHiddenOnes() {
        PresentationViewModel vm = new PresentationViewModel(sample, Clock.systemUTC());
        vm.startAt("cmp-continue-used");
        assertThat(where(vm)).isEqualTo("cmp-continue-used:QUESTION");

        Project hidden = PresentationEdits.setHidden("cmp-continue-used", true, T0).apply(sample);
        PresentationViewModel h = new PresentationViewModel(hidden, Clock.systemUTC());
        assertThat(h.scenes()).hasSize(2);
        h.startAt("cmp-continue-used");
        assertThat(where(h)).isEqualTo("cmp-letter:QUESTION");
        assertThat(h.current().scene().number()).as("numbers count the comparisons shown").isEqualTo(2);
        assertThat(h.messageProperty().get()).contains("hidden");
    }

    @Test
    void blackAndWhiteCoverTheStageAndTheNextKeyOnlyUncovers() {
        PresentationViewModel vm = started(sample);
        vm.toggleCover(PresentationViewModel.Cover.BLACK);
        assertThat(vm.coverProperty().get()).isEqualTo(PresentationViewModel.Cover.BLACK);
        vm.toggleCover(PresentationViewModel.Cover.WHITE);
        assertThat(vm.coverProperty().get()).isEqualTo(PresentationViewModel.Cover.WHITE);
        vm.next();
        assertThat(vm.coverProperty().get()).isEqualTo(PresentationViewModel.Cover.NONE);
        assertThat(vm.index()).as("the first press after a cover only uncovers").isZero();
        vm.toggleCover(PresentationViewModel.Cover.BLACK);
        vm.toggleCover(PresentationViewModel.Cover.BLACK);
        assertThat(vm.coverProperty().get()).isEqualTo(PresentationViewModel.Cover.NONE);
    }

    @Test
    void escapeClosesOneLayerAtATimeThenLeaves() {
        PresentationViewModel vm = started(sample);
        vm.next();
        vm.toggleCallout();
        vm.toggleHelp();
        assertThat(vm.escape()).isTrue();
        assertThat(vm.helpShownProperty().get()).isFalse();
        assertThat(vm.calloutProperty().get()).isNotNull();
        assertThat(vm.escape()).isTrue();
        assertThat(vm.calloutProperty().get()).isNull();
        vm.toggleCover(PresentationViewModel.Cover.BLACK);
        assertThat(vm.escape()).isTrue();
        assertThat(vm.escape()).as("nothing open: leave").isFalse();
    }

    @Test
    void calloutShowsTheRevealedQuoteOrTheChosenOneAndSideBySidePairsClaimAndRebuttal() {
        PresentationViewModel vm = started(sample);
        vm.toggleCallout();
        assertThat(vm.calloutProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains("no quote on screen");
        vm.next();
        vm.toggleSideBySide();
        assertThat(vm.calloutProperty().get()).as("no rebuttal yet").isNull();
        vm.toggleCallout();
        assertThat(vm.calloutProperty().get().highlightIds()).containsExactly("hl-claim-endorses");
        vm.toggleCallout();
        assertThat(vm.calloutProperty().get()).isNull();

        vm.next();
        vm.next();
        vm.toggleSideBySide();
        assertThat(vm.calloutProperty().get().highlightIds()).containsExactly("hl-claim-endorses", "hl-rebuttal-not-endorsing");
        assertThat(vm.calloutProperty().get().sideBySide()).isTrue();
        vm.next();
        assertThat(vm.calloutProperty().get()).as("stepping returns from a callout").isNull();

        assertThat(vm.focusChosen()).isFalse();
        vm.focusNextQuote(false);
        assertThat(vm.focusedIdProperty().get()).isEqualTo("hl-claim-endorses");
        assertThat(vm.focusChosen()).isTrue();
        vm.toggleCallout();
        assertThat(vm.calloutProperty().get().highlightIds()).containsExactly("hl-claim-endorses");
        vm.toggleCallout();
        vm.toggleCalloutOf("hl-rebuttal-no-such-thing");
        assertThat(vm.calloutProperty().get().highlightIds()).containsExactly("hl-rebuttal-no-such-thing");
        vm.toggleCalloutOf("hl-rebuttal-no-such-thing");
        vm.toggleCalloutOf("hl-claim-letter");
        assertThat(vm.calloutProperty().get()).as("a quote not on screen").isNull();
    }

    @Test
    void notesAreTheSummaryTheComparisonsNoteAndTheNotesOfTheQuotesOnScreen() {
        PresentationViewModel vm = started(sample);
        List<PresentationViewModel.Note> notes = vm.notes();
        assertThat(notes).extracting(PresentationViewModel.Note::heading).containsExactly("Summary", "Note");
        assertThat(notes.get(0).text()).isEqualTo("False — UK officials deny on the record that there is any endorsement.");
        vm.next();
        assertThat(vm.notes()).extracting(PresentationViewModel.Note::text)
                .contains("The central claim: that the scope of the sensitive-sites ban amounts to an endorsement.");
        assertThat(vm.notes()).extracting(PresentationViewModel.Note::heading).contains("Claim · Justin Hollis");
        assertThat(vm.notes()).extracting(PresentationViewModel.Note::text)
                .doesNotContain("Said by the same minister who detailed the ban in September 2023.");
        vm.end();
        assertThat(vm.notes()).extracting(PresentationViewModel.Note::text).contains("The endorsement claim rests on this letter.");
        assertThat(vm.describe(vm.current())).isEqualTo("Verdict: False");
        vm.home();
        assertThat(vm.describe(vm.nextPosition().orElseThrow())).isEqualTo("Claim 1 of 1: Justin Hollis");
        assertThat(vm.whereLabel()).isEqualTo("Comparison 1 of 3 · step 1 of 6");
    }

    @Test
    void elapsedTimeCountsFromTheStart() {
        Instant[] now = {T0};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        PresentationViewModel vm = new PresentationViewModel(sample, clock);
        now[0] = T0.plus(Duration.ofSeconds(725));
        vm.tick();
        assertThat(vm.elapsedTextProperty().get()).isEqualTo("12:05");
        assertThat(PresentationViewModel.formatElapsed(Duration.ofSeconds(3729))).isEqualTo("1:02:09");
    }

    @Test
    void aProjectWithNothingToPresentIsEmpty() {
        Project none = sample.withComparisons(List.of(), T0);
        PresentationViewModel vm = new PresentationViewModel(none, Clock.systemUTC());
        assertThat(vm.isEmpty()).isTrue();
        vm.startAt(null);
        vm.next();
        assertThat(vm.current()).isNull();
    }
}
