package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.task.DirectTaskRunner;
import org.counterpoint.testing.Fixtures;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's behaviour, without a window: the ViewModel with scripted dialogs. */
class MainViewModelTest {
    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainViewModel vm;

    @BeforeEach
    void setUp() {
        dialogs = new TestDialogs();
        vm = new MainViewModel(new AppServices(dialogs, new DirectTaskRunner(), new SettingsStore(dir.resolve("settings.json")),
                new org.counterpoint.io.RecoveryStore(dir.resolve("recovery"), "test"),
                Clock.fixed(Fixtures.T1, ZoneOffset.UTC)));
    }

    @Test
    void theWindowTitleKeepsToTheProjectsTitleAfterSaveAs() {
        vm.openSample();
        String title = vm.project().title();
        assertThat(title).isNotBlank();
        assertThat(vm.windowTitleProperty().get()).isEqualTo(title + " — Counterpoint");
        dialogs.saveAnswers.add(dir.resolve("test.counterpoint.json"));
        vm.files().saveAs();
        assertThat(vm.windowTitleProperty().get()).isEqualTo(title + " — Counterpoint");
    }

    private Path importText(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        vm.importFiles(List.of(file), Map.of());
        return file;
    }

    @Test
    void annotationsBroughtInBeforeTheirSourceArePlacedByImportingItAndOneUndoPutsThemBack() throws Exception {
        org.counterpoint.model.Project sample = new org.counterpoint.io.ProjectReader().read(org.counterpoint.SampleCaseBuilder.PROJECT).project();
        Path w3c = dir.resolve("sample.jsonld");
        Files.write(w3c, org.counterpoint.interchange.W3cAnnotations.export(sample, h -> true));
        vm.importAnnotationFiles(List.of(w3c));
        assertThat(vm.project().documents()).singleElement().matches(d -> d.isStandIn());
        assertThat(vm.project().highlights()).hasSize(sample.highlights().size()).allMatch(Highlight::isFlagged);
        assertThat(String.join("\n", dialogs.infos) + String.join("\n", dialogs.errors)).contains("kept as flagged");

        Path article = dir.resolve(org.counterpoint.SampleCaseBuilder.ARTICLE.getFileName());
        Files.copy(org.counterpoint.SampleCaseBuilder.ARTICLE, article);
        vm.importFiles(List.of(article), Map.of());
        assertThat(vm.project().documents()).singleElement().matches(d -> !d.isStandIn());
        assertThat(vm.project().highlights()).hasSize(sample.highlights().size()).noneMatch(Highlight::isFlagged);
        for (Highlight h : sample.highlights()) {
            assertThat(vm.project().highlight(h.id()).orElseThrow().anchor()).isEqualTo(h.anchor());
        }
        assertThat(String.join("\n", dialogs.infos)).contains("14 of 14 annotations that waited for");

        vm.undo();
        assertThat(vm.project().documents()).singleElement().matches(d -> d.isStandIn());
        assertThat(vm.project().highlights()).allMatch(Highlight::isFlagged);
    }

    @Test
    void markingAPassageIsOneUndoableEditAndMarksTheWindowUnsaved() throws Exception {
        importText("a.txt", "The minister said there is no endorsement.\n");
        assertThat(vm.windowTitleProperty().get()).startsWith("*");
        dialogs.saveAnswers.add(dir.resolve("a.counterpoint.json"));
        vm.save();
        assertThat(vm.dirtyProperty().get()).isFalse();
        String text = vm.currentDocument().orElseThrow().text();
        int s = text.indexOf("there is");
        Highlight h = vm.mark(Role.REBUTTAL, s - 1, s + "there is no endorsement".length()).orElseThrow();
        assertThat(h.quote()).as("white space at the ends is left out").isEqualTo("there is no endorsement");
        assertThat(h.provenance().citation()).as("new highlights cite their document").isEqualTo("The minister said there is no endorsement.");
        assertThat(vm.selectedHighlight()).contains(h);
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.undoLabelProperty().get()).isEqualTo("Undo Mark as Rebuttal");
        vm.undo();
        assertThat(vm.project().highlights()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.selectedHighlight()).isEmpty();
        vm.redo();
        assertThat(vm.project().highlights()).containsExactly(h);
    }

    @Test
    void markingTheSamePassageAgainChangesItsRole() throws Exception {
        importText("a.txt", "A claim here.\n");
        Highlight h = vm.mark(Role.CLAIM, 0, 13).orElseThrow();
        Highlight again = vm.mark(Role.CONTEXT, 0, 13).orElseThrow();
        assertThat(again.id()).isEqualTo(h.id());
        assertThat(vm.project().highlights()).singleElement().extracting(Highlight::role).isEqualTo(Role.CONTEXT);
        assertThat(vm.mark(Role.CLAIM, 3, 3)).isEmpty();
        assertThat(vm.statusProperty().get()).contains("Select the passage first");
    }

    @Test
    void savingAndReopeningKeepsEverything() throws Exception {
        importText("a.txt", "Claim text. Rebuttal text.\n");
        Highlight c = vm.mark(Role.CLAIM, 0, 11).orElseThrow();
        Highlight r = vm.mark(Role.REBUTTAL, 12, 26).orElseThrow();
        vm.newComparison(List.of(c.id(), r.id()));
        Path file = dir.resolve("case");
        dialogs.saveAnswers.add(file);
        vm.save();
        Path saved = dir.resolve("case.counterpoint.json");
        assertThat(vm.fileProperty().get()).isEqualTo(saved);
        assertThat(vm.windowTitleProperty().get()).isEqualTo("case — Counterpoint");
        var expected = vm.project();

        vm.newProject();
        assertThat(vm.project().documents()).isEmpty();
        vm.load(saved);
        assertThat(vm.project()).isEqualTo(expected);
        assertThat(vm.recentFiles()).first().isEqualTo(saved.toString());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void closingWithUnsavedChangesAsksFirst() throws Exception {
        importText("a.txt", "Some text.\n");
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.CANCEL);
        vm.newProject();
        assertThat(vm.project().documents()).as("cancel keeps the work").hasSize(1);
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.SAVE);
        dialogs.saveAnswers.add(dir.resolve("kept.counterpoint.json"));
        vm.newProject();
        assertThat(new ProjectReader().read(dir.resolve("kept.counterpoint.json")).project().documents()).hasSize(1);
        assertThat(vm.project().documents()).isEmpty();
        assertThat(dialogs.unsavedQuestions).isEqualTo(2);
    }

    @Test
    void aFileThatCannotBeOpenedIsReportedAndTheCurrentWorkStays() throws Exception {
        importText("a.txt", "Some text.\n");
        Path bad = dir.resolve("bad.counterpoint.json");
        Files.writeString(bad, "{ \"format\": \"counterpoint-project\", \"formatVersion\": ");
        byte[] before = Files.readAllBytes(bad);
        vm.load(bad);
        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot Open Project: bad.counterpoint.json cannot be opened")
                .contains("truncated").contains("The file has not been changed.");
        assertThat(vm.project().documents()).hasSize(1);
        assertThat(Files.readAllBytes(bad)).isEqualTo(before);
    }

    @Test
    void aFailedSaveSaysSoAndKeepsTheChangesUnsaved() throws Exception {
        importText("a.txt", "Some text.\n");
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        dialogs.saveAnswers.add(blocker.resolve("p.counterpoint.json"));
        vm.save();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could Not Save")
                .contains("was not saved: a file is in the way where a folder is needed").contains("nothing was lost");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.fileProperty().get()).isNull();
    }

    @Test
    void importReportsFailuresAndAsksForPasswords() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Good.\n");
        Path bad = dir.resolve("bad.pdf");
        Files.writeString(bad, "not a pdf");
        Path locked = dir.resolve("locked.pdf");
        Files.write(locked, TestPdfs.encrypted(List.of(List.of("Locked text.")), "pw", "owner", false));
        dialogs.passwordAnswers.add("wrong");
        dialogs.passwordAnswers.add("pw");

        vm.importFiles(List.of(good, bad, locked), Map.of());

        assertThat(dialogs.passwordQuestions).isEqualTo(2);
        assertThat(vm.project().documents()).extracting(d -> d.origin().fileName()).containsExactly("good.txt", "locked.pdf");
        assertThat(dialogs.errors).singleElement().asString().contains("bad.pdf cannot be imported: it is not a PDF");
        vm.undo();
        assertThat(vm.project().documents()).extracting(d -> d.origin().fileName()).containsExactly("good.txt");
    }

    @Test
    void importingTheSameFileTwiceAddsItOnce() throws Exception {
        Path file = importText("a.txt", "Text.\n");
        vm.importFiles(List.of(file), Map.of());
        assertThat(vm.project().documents()).hasSize(1);
        assertThat(dialogs.infos).anyMatch(i -> i.contains("already in the project"));
    }

    @Test
    void theSampleOpensAsAnUntitledCopy() {
        vm.openSample();
        assertThat(vm.project().comparisons()).hasSize(3);
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.currentDocument()).isPresent();
    }

    @Test
    void linkingNeedsAHighlightAndAComparison() throws Exception {
        importText("a.txt", "Claim. Rebuttal.\n");
        vm.linkSelected();
        assertThat(vm.statusProperty().get()).contains("Select a highlight");
        Highlight c = vm.mark(Role.CLAIM, 0, 6).orElseThrow();
        var cmp = vm.newComparison(List.of(c.id())).orElseThrow();
        Highlight r = vm.mark(Role.REBUTTAL, 7, 16).orElseThrow();
        vm.selectComparison(cmp.id());
        vm.selectHighlight(r.id());
        vm.linkSelected();
        assertThat(vm.project().comparison(cmp.id()).orElseThrow().rebuttalIds()).containsExactly(r.id());
        vm.unlinkSelected();
        assertThat(vm.project().comparison(cmp.id()).orElseThrow().rebuttalIds()).isEmpty();
    }

    @Test
    void filtersMatchRoleAndSpeaker() {
        vm.openSample();
        vm.roleFilterProperty().set(Role.REBUTTAL);
        vm.speakerFilterProperty().set("hatton");
        assertThat(vm.project().highlights().stream().filter(vm.filters()::matches)).hasSize(3)
                .allSatisfy(h -> assertThat(h.provenance().speaker()).isEqualTo("Daniel Hatton"));
    }

    @Test
    void unsavedWorkIsCopiedAndOfferedBackAfterACrash() throws Exception {
        importText("a.txt", "A claim to keep.\n");
        Path project = dir.resolve("case.counterpoint.json");
        dialogs.saveAnswers.add(project);
        vm.save();
        Highlight h = vm.mark(Role.CLAIM, 0, 16).orElseThrow();
        vm.autosave();
        vm.awaitAutosave();
        var expected = vm.project();

        // a new run, as after a crash: the copy is offered and restored as unsaved changes to the same file
        TestDialogs next = new TestDialogs();
        next.confirmAnswers.add(true);
        MainViewModel restarted = new MainViewModel(new AppServices(next, new DirectTaskRunner(), new SettingsStore(dir.resolve("settings.json")),
                new org.counterpoint.io.RecoveryStore(dir.resolve("recovery"), "second-run"), Clock.fixed(Fixtures.T1, ZoneOffset.UTC)));
        assertThat(restarted.offerRecovery()).isTrue();
        assertThat(restarted.project()).isEqualTo(expected);
        assertThat(restarted.project().highlight(h.id())).isPresent();
        assertThat(restarted.fileProperty().get()).isEqualTo(project);
        assertThat(restarted.dirtyProperty().get()).isTrue();

        // saving it removes the copy, so it is not offered again
        restarted.save();
        restarted.awaitAutosave();
        assertThat(new org.counterpoint.io.RecoveryStore(dir.resolve("recovery"), "third").leftovers()).isEmpty();
        assertThat(new ProjectReader().read(project).project().highlight(h.id())).isPresent();
    }

    @Test
    void aDeclinedCopyIsSetAsideNotDeleted() throws Exception {
        importText("a.txt", "Untitled work.\n");
        vm.autosave();
        vm.awaitAutosave();
        TestDialogs next = new TestDialogs();
        next.confirmAnswers.add(false);
        MainViewModel restarted = new MainViewModel(new AppServices(next, new DirectTaskRunner(), new SettingsStore(dir.resolve("settings.json")),
                new org.counterpoint.io.RecoveryStore(dir.resolve("recovery"), "second-run"), Clock.systemUTC()));
        assertThat(restarted.offerRecovery()).isFalse();
        assertThat(new org.counterpoint.io.RecoveryStore(dir.resolve("recovery"), "third").leftovers()).isEmpty();
        try (var declined = Files.list(dir.resolve("recovery").resolve("declined"))) {
            assertThat(declined.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith(".recovery.counterpoint.json"));
        }
    }

    @Test
    void annotationsInAPdfAreOfferedAtImportAndLaterFromTheMenu() throws Exception {
        Path pdf = dir.resolve("reviewed.pdf");
        Files.write(pdf, TestPdfs.annotated("The ministry denies the claim outright.", "A second line.", "denies the claim", "second"));
        dialogs.confirmAnswers.add(false);
        vm.importFiles(List.of(pdf), Map.of());
        assertThat(vm.project().documents()).hasSize(1);
        assertThat(vm.project().highlights()).as("declined at import").isEmpty();
        dialogs.confirmAnswers.add(true);
        vm.bringInPdfAnnotations();
        assertThat(vm.project().highlights()).extracting(Highlight::quote).contains("denies the claim", "second");
        assertThat(vm.project().highlights()).allSatisfy(h -> assertThat(h.role()).isEqualTo(Role.CONTEXT));
        vm.undo();
        assertThat(vm.project().highlights()).as("one undo step").isEmpty();
    }
}
