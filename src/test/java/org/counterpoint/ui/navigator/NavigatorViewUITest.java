package org.counterpoint.ui.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Role;
import org.counterpoint.model.Verdict;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.MainWindow;
import org.counterpoint.ui.navigator.NavigatorView.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The navigator in the real window: rows updated in place, filters that combine, rows that fit the pane. */
@ExtendWith(ApplicationExtension.class)
class NavigatorViewUITest {
    @TempDir
    Path dir;
    MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir, new TestDialogs());
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    private NavigatorView navigator() {
        return window.navigator();
    }

    private void openSample(FxRobot robot) {
        robot.interact(() -> vm().openSample());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().project().highlights()).hasSizeGreaterThan(3);
    }

    private List<TreeItem<Item>> rows(Item.Kind kind) {
        List<TreeItem<Item>> out = new ArrayList<>();
        collect(navigator().tree().getRoot(), kind, out);
        return out;
    }

    private static void collect(TreeItem<Item> item, Item.Kind kind, List<TreeItem<Item>> out) {
        for (TreeItem<Item> child : item.getChildren()) {
            if (child.getValue().kind() == kind) {
                out.add(child);
            }
            collect(child, kind, out);
        }
    }

    private Set<String> shownHighlightIds() {
        Set<String> ids = new HashSet<>();
        rows(Item.Kind.HIGHLIGHT).forEach(r -> ids.add(r.getValue().id()));
        return ids;
    }

    private void update(FxRobot robot, Highlight h) {
        robot.interact(() -> vm().editor().updateHighlight(h, "Edit"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEditChangesItsRowInPlaceAndLeavesTheOtherRowsAndTheRootAlone(FxRobot robot) {
        openSample(robot);
        TreeItem<Item> root = navigator().tree().getRoot();
        Map<TreeItem<Item>, Boolean> before = new IdentityHashMap<>();
        rows(Item.Kind.DOCUMENT).forEach(r -> before.put(r, true));
        rows(Item.Kind.HIGHLIGHT).forEach(r -> before.put(r, true));
        rows(Item.Kind.COMPARISON).forEach(r -> before.put(r, true));
        robot.interact(() -> rows(Item.Kind.DOCUMENT).get(0).setExpanded(false));

        Highlight h = vm().project().highlights().get(0);
        update(robot, h.withProvenance(h.provenance().withSpeaker("A speaker nobody else has"), Instant.now()));

        assertThat(navigator().tree().getRoot()).isSameAs(root);
        List<TreeItem<Item>> after = new ArrayList<>(rows(Item.Kind.DOCUMENT));
        after.addAll(rows(Item.Kind.HIGHLIGHT));
        after.addAll(rows(Item.Kind.COMPARISON));
        assertThat(after).hasSize(before.size());
        assertThat(after).allMatch(before::containsKey, "the same row objects as before the edit");
        assertThat(rows(Item.Kind.DOCUMENT).get(0).isExpanded()).as("a collapsed document stays collapsed").isFalse();
        TreeItem<Item> edited = rows(Item.Kind.HIGHLIGHT).stream().filter(r -> r.getValue().id().equals(h.id())).findFirst().orElseThrow();
        assertThat(edited.getValue().label()).endsWith("— A speaker nobody else has");
    }

    @Test
    void aNewHighlightIsOneRowAddedAndAnUndoOneRowRemoved(FxRobot robot) {
        openSample(robot);
        TreeItem<Item> document = rows(Item.Kind.DOCUMENT).get(0);
        List<String> changes = new ArrayList<>();
        javafx.collections.ListChangeListener<TreeItem<Item>> recorder = c -> {
            while (c.next()) {
                changes.add((c.wasRemoved() ? "-" + c.getRemovedSize() : "") + (c.wasAdded() ? "+" + c.getAddedSize() : ""));
            }
        };
        robot.interact(() -> document.getChildren().addListener(recorder));
        String text = vm().currentDocument().orElseThrow().text();
        int at = text.indexOf("IPVM Image");
        assertThat(at).isPositive();

        robot.interact(() -> vm().mark(Role.CONTEXT, at, at + "IPVM Image".length()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changes).as("the other rows stay in the tree: only the new one is added").containsExactly("+1");
        String added = vm().highlightIdProperty().get();
        assertThat(document.getChildren()).anyMatch(r -> r.getValue().id().equals(added));

        changes.clear();
        robot.interact(() -> vm().editor().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changes).as("an undo takes out just that row").containsExactly("-1");
        assertThat(document.getChildren()).noneMatch(r -> r.getValue().id().equals(added));
    }

    @Test
    void searchRoleTagVerdictAndDateStatedCombine(FxRobot robot) {
        openSample(robot);
        List<Highlight> all = vm().project().highlights();
        Highlight claim = all.stream().filter(h -> h.role() == Role.CLAIM).findFirst().orElseThrow();
        Highlight rebuttal = all.stream().filter(h -> h.role() == Role.REBUTTAL).findFirst().orElseThrow();
        update(robot, claim.withTags(List.of("procurement"), Instant.now())
                .withProvenance(claim.provenance().withStatedOn(new PartialDate(2023, 10, 25)), Instant.now()));
        update(robot, rebuttal.withTags(List.of("Procurement", "denial"), Instant.now())
                .withProvenance(rebuttal.provenance().withStatedOn(new PartialDate(2022, 11, 0)), Instant.now()));
        NavigatorFilters filters = navigator().filters();

        robot.clickOn("#tag-filter").write("procurement");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownHighlightIds()).containsExactlyInAnyOrder(claim.id(), rebuttal.id());

        robot.interact(() -> filters.role.setValue(Role.REBUTTAL));
        assertThat(shownHighlightIds()).containsExactly(rebuttal.id());

        robot.interact(() -> filters.role.setValue(null));
        robot.clickOn("#stated-filter").write("2023-10");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownHighlightIds()).containsExactly(claim.id());
        assertThat(filters.stated.getStyleClass()).doesNotContain("invalid");

        robot.interact(() -> filters.stated.setText("2023-1x"));
        assertThat(filters.stated.getStyleClass()).contains("invalid");
        assertThat(shownHighlightIds()).as("a date being typed filters nothing").containsExactlyInAnyOrder(claim.id(), rebuttal.id());

        robot.interact(filters::clear);
        assertThat(shownHighlightIds()).hasSize(all.size());

        // the verdict filter keeps the highlights of comparisons with that verdict
        Comparison c = vm().project().comparisonsInOrder().get(0);
        Set<String> linked = new HashSet<>(c.claimIds());
        linked.addAll(c.rebuttalIds());
        robot.interact(() -> filters.verdict.setValue(c.verdict()));
        Set<String> expected = new HashSet<>();
        for (Comparison other : vm().project().comparisons()) {
            if (other.verdict() == c.verdict()) {
                expected.addAll(other.claimIds());
                expected.addAll(other.rebuttalIds());
            }
        }
        assertThat(shownHighlightIds()).isEqualTo(expected).containsAll(linked);

        // words of the quote combine with the verdict
        Highlight some = all.stream().filter(h -> expected.contains(h.id()) && !h.isArea()).findFirst().orElseThrow();
        String word = some.quote().strip().split("\\s+")[0];
        robot.interact(() -> filters.search.setText(some.quote().strip()));
        assertThat(shownHighlightIds()).contains(some.id()).isSubsetOf(expected);
        robot.interact(() -> filters.verdict.setValue(c.verdict() == Verdict.FALSE ? Verdict.ACCURATE : Verdict.FALSE));
        assertThat(shownHighlightIds()).doesNotContain(some.id());
        assertThat(word).isNotBlank();
    }

    @Test
    void rowsFitThePaneAndTheTooltipShowsTheWholeQuote(FxRobot robot) {
        openSample(robot);
        WaitForAsyncUtils.waitForFxEvents();
        boolean horizontal = navigator().tree().lookupAll(".scroll-bar").stream()
                .anyMatch(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        assertThat(horizontal).as("no horizontal scroll bar in the navigator").isFalse();

        Highlight longest = vm().project().highlights().stream().filter(h -> !h.isArea())
                .max((a, b) -> Integer.compare(a.quote().length(), b.quote().length())).orElseThrow();
        assertThat(longest.quote().length()).isGreaterThan(80);
        TreeCell<?> cell = null;
        for (Node n : navigator().tree().lookupAll(".tree-cell")) {
            if (n instanceof TreeCell<?> c && c.getItem() instanceof Item item && item.id().equals(longest.id())) {
                cell = c;
            }
        }
        assertThat(cell).as("the row of the longest quote is on screen").isNotNull();
        assertThat(cell.getTooltip().getText()).contains(longest.quote());
        assertThat(cell.getWidth()).isLessThanOrEqualTo(navigator().tree().getWidth());
    }
}
