package org.counterpoint.ui.inspector;

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
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;
import org.counterpoint.task.DirectTaskRunner;
import org.counterpoint.testing.Fixtures;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.ui.AppServices;
import org.counterpoint.ui.MainViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspector's intents, without a window: one undoable edit per changed field, and dates checked the same way everywhere. */
class InspectorViewModelTest {
    @TempDir
    Path dir;
    MainViewModel vm;
    InspectorViewModel inspector;
    Highlight claim;
    SourceDocument doc;

    @BeforeEach
    void setUp() throws Exception {
        vm = new MainViewModel(new AppServices(new TestDialogs(), new DirectTaskRunner(), new SettingsStore(dir.resolve("settings.json")),
                new RecoveryStore(dir.resolve("recovery"), "test"), Clock.fixed(Fixtures.T1, ZoneOffset.UTC)));
        inspector = new InspectorViewModel(vm);
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Endorsed by all. Not endorsed at all.\n");
        vm.importFiles(List.of(file), Map.of());
        claim = vm.mark(Role.CLAIM, 0, 16).orElseThrow();
        doc = vm.currentDocument().orElseThrow();
    }

    private Highlight claim() {
        return vm.project().highlight(claim.id()).orElseThrow();
    }

    @Test
    void eachChangedFieldIsOneUndoableEditAndAnUnchangedOneIsNone() {
        long before = vm.history().revision();
        inspector.setSpeaker(claim.id(), "Daniel Hatton");
        inspector.setAffiliation(claim.id(), "Home Office");
        inspector.setTags(claim.id(), " security, , endorsement, security ");
        inspector.setHighlightNote(claim.id(), "Checked.");
        assertThat(claim().provenance().speaker()).isEqualTo("Daniel Hatton");
        assertThat(claim().provenance().affiliation()).isEqualTo("Home Office");
        assertThat(claim().tags()).containsExactly("security", "endorsement");
        assertThat(claim().note()).isEqualTo("Checked.");
        assertThat(vm.history().revision()).isEqualTo(before + 4);
        inspector.setSpeaker(claim.id(), "Daniel Hatton");
        assertThat(vm.history().revision()).isEqualTo(before + 4);
        vm.undo();
        assertThat(claim().note()).isEmpty();
    }

    @Test
    void datesAreCheckedOnceTheSameWayForHighlightsAndDocuments() {
        assertThat(inspector.setStatedOn(claim.id(), "2023-10")).isEmpty();
        assertThat(claim().provenance().statedOn()).isEqualTo(PartialDate.parse("2023-10"));
        assertThat(inspector.setStatedOn(claim.id(), "2023-13-45")).get().asString().endsWith("The date was not saved.");
        assertThat(claim().provenance().statedOn()).as("a refused date leaves the saved one").isEqualTo(PartialDate.parse("2023-10"));
        assertThat(inspector.setStatedOn(claim.id(), " ")).isEmpty();
        assertThat(claim().provenance().statedOn()).isNull();

        assertThat(inspector.setPublished(doc.id(), "2023-13-45")).get().asString().endsWith("The date was not saved.");
        assertThat(inspector.setPublished(doc.id(), "2023-10-26")).isEmpty();
        assertThat(vm.project().document(doc.id()).orElseThrow().metadata().published()).isEqualTo(PartialDate.parse("2023-10-26"));
    }

    @Test
    void documentFieldsChangeOnlyTheirOwnPart() {
        inspector.setAuthor(doc.id(), "IPVM");
        inspector.setPublisher(doc.id(), "IPVM Inc.");
        inspector.setUrl(doc.id(), "https://example.org/a");
        inspector.setDocumentTitle(doc.id(), "Article");
        SourceDocument d = vm.project().document(doc.id()).orElseThrow();
        assertThat(d.title()).isEqualTo("Article");
        assertThat(d.metadata().author()).isEqualTo("IPVM");
        assertThat(d.metadata().publisher()).isEqualTo("IPVM Inc.");
        assertThat(d.metadata().url()).isEqualTo("https://example.org/a");
    }

    @Test
    void changingTheRoleOfALinkedQuoteSaysItLeftItsComparison() {
        Comparison c = vm.newComparison(List.of(claim.id())).orElseThrow();
        assertThat(inspector.setRole(claim.id(), Role.CLAIM)).isEmpty();
        assertThat(inspector.setRole(claim.id(), Role.CONTEXT)).get().asString().contains("taken out of comparisons");
        assertThat(vm.project().comparison(c.id()).orElseThrow().claimIds()).isEmpty();
        inspector.setVerdict(c.id(), Verdict.values()[Verdict.values().length - 1]);
        inspector.setVerdictText(c.id(), "Denied on the record.");
        inspector.setComparisonTitle(c.id(), "Endorsement");
        Comparison changed = vm.project().comparison(c.id()).orElseThrow();
        assertThat(changed.verdict()).isEqualTo(Verdict.values()[Verdict.values().length - 1]);
        assertThat(changed.verdictText()).isEqualTo("Denied on the record.");
        assertThat(changed.title()).isEqualTo("Endorsement");
    }
}
