package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.search.SearchHit;
import org.counterpoint.search.SearchResults;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.ui.search.SearchView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find in Project driven from the keyboard: open the panel, type, see the hits, show one, mark one. */
@ExtendWith(ApplicationExtension.class)
class SearchViewUITest {
    @TempDir
    Path dir;
    MainWindow window;

    @Start
    void start(Stage stage) {
        window = org.counterpoint.testing.TestWindows.show(stage, dir, new TestDialogs());
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    private SearchView panel() {
        return window.findInProject().view();
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<SearchHit> shownHits() {
        return panel().results().getRoot().getChildren().stream()
                .flatMap(g -> g.getChildren().stream()).map(TreeItem::getValue).map(SearchHit.class::cast).toList();
    }

    private void openSampleAndSearch(FxRobot robot, String query) {
        robot.interact(() -> vm().openSample());
        WaitForAsyncUtils.waitForFxEvents();
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        assertThat(panel().getScene()).isNotNull();
        assertThat(panel().queryField().isFocused()).isTrue();
        robot.write(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAQueryListsHitsAndEnterSelectsTheHitInTheReader(FxRobot robot) {
        openSampleAndSearch(robot, "\"security credentials\"");
        SourceDocument doc = vm().project().documents().get(0);
        assertThat(panel().results().getRoot().getChildren()).hasSize(1);
        SearchResults.Group group = (SearchResults.Group) panel().results().getRoot().getChildren().get(0).getValue();
        assertThat(group.title()).isEqualTo(doc.title());
        List<SearchHit> hits = shownHits();
        assertThat(hits).isNotEmpty();
        assertThat(group.count()).isEqualTo(hits.size());
        assertThat(robot.lookup(".search-message").queryLabeled().getText()).startsWith(hits.size() + " hit");
        assertThat(robot.lookup(".tree-cell").queryAll()).isNotEmpty();

        press(robot, KeyCode.ENTER);
        SearchHit first = hits.get(0);
        String selected = window.reader().textArea().getSelectedText();
        assertThat(selected).isEqualTo(doc.text().substring(first.start(), first.end()));
        assertThat(selected.replaceAll("\\s+", " ")).isEqualToIgnoringCase("security credentials");
        assertThat(vm().centerViewProperty().get()).isEqualTo(MainViewModel.CenterView.READER);
    }

    @Test
    void ctrlTwoOnAResultMarksExactlyTheMatchedWords(FxRobot robot) {
        openSampleAndSearch(robot, "denied");
        List<SearchHit> hits = shownHits();
        assertThat(hits).isNotEmpty();
        int before = vm().project().highlights().size();
        press(robot, KeyCode.DOWN);
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(vm().project().highlights()).hasSize(before + 1);
        Highlight made = vm().project().highlights().get(before);
        SearchHit hit = hits.get(0);
        SourceDocument doc = vm().project().document(hit.documentId()).orElseThrow();
        assertThat(made.role()).isEqualTo(Role.REBUTTAL);
        assertThat(made.quote()).isEqualTo(doc.text().substring(hit.start(), hit.end()));
        assertThat(made.quote()).isEqualToIgnoringCase(hit.matched());
        assertThat(made.anchor().start()).isEqualTo(hit.start());
        // the new highlight is searchable at once
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownHits()).anyMatch(h -> h.highlightId().equals(made.id()));
    }

    @Test
    void aQueryThatCannotBeReadIsExplainedUnderTheField(FxRobot robot) {
        openSampleAndSearch(robot, "\"security cred");
        assertThat(shownHits()).isEmpty();
        assertThat(robot.lookup(".search-message").queryLabeled().getText()).startsWith("The query has a quote mark without its partner");
        press(robot, KeyCode.ESCAPE);
        assertThat(panel().getScene()).isNull();
    }
}
