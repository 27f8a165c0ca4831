package org.counterpoint.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.task.DirectTaskRunner;
import org.counterpoint.testing.Fixtures;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.ui.AppServices;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.QuoteDrag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropping quotes on the board, without a window: the rules are the edits', and a refusal comes back as a sentence. */
class BoardViewModelTest {
    @TempDir
    Path dir;
    MainViewModel vm;
    BoardViewModel board;
    Highlight claim;
    Highlight rebuttal;
    Highlight context;

    @BeforeEach
    void setUp() throws Exception {
        vm = new MainViewModel(new AppServices(new TestDialogs(), new DirectTaskRunner(), new SettingsStore(dir.resolve("settings.json")),
                new RecoveryStore(dir.resolve("recovery"), "test"), Clock.fixed(Fixtures.T1, ZoneOffset.UTC)));
        board = new BoardViewModel(vm);
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Endorsed by all. Not endorsed at all. Some background.\n");
        vm.importFiles(List.of(file), Map.of());
        claim = vm.mark(Role.CLAIM, 0, 16).orElseThrow();
        rebuttal = vm.mark(Role.REBUTTAL, 17, 37).orElseThrow();
        context = vm.mark(Role.CONTEXT, 38, 54).orElseThrow();
    }

    private Comparison comparison(Highlight... quotes) {
        return vm.newComparison(java.util.Arrays.stream(quotes).map(Highlight::id).toList()).orElseThrow();
    }

    @Test
    void aQuoteDroppedOnItsSideIsLinkedThereAndTheComparisonSelected() {
        Comparison c = comparison(claim);
        vm.selectComparison(comparison().id());
        assertThat(board.accepts(new QuoteDrag.Payload(rebuttal.id(), null), Role.REBUTTAL)).isTrue();
        assertThat(board.drop(new QuoteDrag.Payload(rebuttal.id(), null), c.id(), Role.REBUTTAL, 0)).isEmpty();
        assertThat(vm.project().comparison(c.id()).orElseThrow().rebuttalIds()).containsExactly(rebuttal.id());
        assertThat(vm.selectedComparison().map(Comparison::id)).contains(c.id());
        assertThat(vm.statusProperty().get()).startsWith("Linked the rebuttal");
    }

    @Test
    void refusedDropsSaySoAndChangeNothing() {
        Comparison c = comparison(claim);
        long revision = vm.history().revision();
        assertThat(board.accepts(new QuoteDrag.Payload(claim.id(), null), Role.REBUTTAL)).isFalse();
        assertThat(board.drop(new QuoteDrag.Payload(claim.id(), null), c.id(), Role.REBUTTAL, 0)).get().asString()
                .contains("drop it on the claims (left) side");
        // the edits' own rules and sentences: a context highlight, a quote already there
        assertThat(board.drop(new QuoteDrag.Payload(context.id(), null), c.id(), Role.CLAIM, 0)).get().asString()
                .contains("context highlight cannot be linked");
        assertThat(board.drop(new QuoteDrag.Payload(claim.id(), null), c.id(), Role.CLAIM, 0)).get().asString()
                .contains("already in the comparison");
        assertThat(vm.history().revision()).isEqualTo(revision);
    }

    @Test
    void aQuoteDraggedFromAnotherComparisonMovesAndTheStripUnlinksIt() {
        Comparison from = comparison(claim, rebuttal);
        Comparison to = comparison();
        assertThat(board.drop(new QuoteDrag.Payload(rebuttal.id(), from.id()), to.id(), Role.REBUTTAL, -1)).isEmpty();
        assertThat(vm.project().comparison(from.id()).orElseThrow().rebuttalIds()).isEmpty();
        assertThat(vm.project().comparison(to.id()).orElseThrow().rebuttalIds()).containsExactly(rebuttal.id());
        board.dropOnUnlinkStrip(new QuoteDrag.Payload(rebuttal.id(), to.id()));
        assertThat(vm.project().comparison(to.id()).orElseThrow().rebuttalIds()).isEmpty();
        assertThat(vm.project().highlight(rebuttal.id())).isPresent();
    }
}
