package org.counterpoint.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.counterpoint.ingest.DocumentImporter;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.Fixtures;
import org.counterpoint.testing.ZoteroFixture;
import org.counterpoint.typeset.SourceAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZoteroImportTest {
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private SourceDocument council;
    private Project project;

    /** The council PDF imported from elsewhere (same bytes as in Zotero's storage), and the library. */
    private Path setUp() throws Exception {
        Path library = ZoteroFixture.build(dir.resolve("Zotero"));
        Path pdf = dir.resolve("downloads").resolve("council.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, ZoteroFixture.councilPdf());
        council = new DocumentImporter().importFile(pdf, null, Progress.NONE).document();
        project = Edits.addDocuments(List.of(council), Fixtures.T0).apply(Project.empty("Case", Fixtures.T0));
        return library;
    }

    private ZoteroImport.Outcome importFrom(Path library, Project p, ZoteroColors colors) throws Exception {
        return ZoteroImport.fromLibrary(p, library, null, colors, SourceAccess.byRecordedPaths(), NOW, Progress.NONE);
    }

    private static Highlight byKey(Project p, String key) {
        return p.highlights().stream().filter(h -> h.externalId().equals("zotero:" + key)).findFirst()
                .orElseThrow(() -> new AssertionError("no zotero:" + key));
    }

    private int page(Highlight h) {
        return council.pageNumberAt(h.anchor().start());
    }

    private String textOf(Highlight h) {
        return council.text().substring(h.anchor().start(), h.anchor().end());
    }

    @Test
    void aLibraryBringsItsHighlightsOntoTheRightPdfAndPageWithTheirColoursAndRoles() throws Exception {
        Path library = setUp();
        ZoteroImport.Outcome outcome = importFrom(library, project, ZoteroColors.DEFAULTS);
        Project after = outcome.edit().apply(project);

        assertThat(after.highlights()).hasSize(6).allMatch(h -> h.documentId().equals(council.id()));
        assertThat(after.highlights()).extracting(Highlight::externalId).doesNotContain("zotero:ANNOTDL1");

        Highlight claim = byKey(after, "ANNOTHL1");
        assertThat(claim.status()).isEqualTo(AnchorStatus.OK);
        assertThat(textOf(claim)).isEqualTo("The council endorses the security credentials.");
        assertThat(page(claim)).as("the quote is on both pages; Zotero has it on page 2").isEqualTo(2);
        assertThat(claim.role()).isEqualTo(Role.CLAIM);
        assertThat(claim.color()).isEqualTo("#ff6666");
        assertThat(claim.note()).isEqualTo("The claim.");
        assertThat(claim.annotator()).isEqualTo("Ana");
        assertThat(claim.tags()).containsExactly("budget", "key-quote");
        assertThat(claim.created()).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
        assertThat(claim.modified()).isEqualTo(Instant.parse("2024-05-07T10:00:00Z"));

        Highlight rebuttal = byKey(after, "ANNOTHL2");
        assertThat(textOf(rebuttal)).isEqualTo("The ministry denied any endorsement of the supplier.");
        assertThat(page(rebuttal)).isEqualTo(2);
        assertThat(rebuttal.role()).isEqualTo(Role.REBUTTAL);
        assertThat(rebuttal.color()).isEqualTo("#2ea8e5");

        Highlight underline = byKey(after, "ANNOTUL1");
        assertThat(textOf(underline)).isEqualTo("Rules apply");
        int second = council.text().indexOf("Rules apply to old cameras");
        assertThat(underline.anchor().start()).as("the rectangle picks the second “Rules apply” on the page").isEqualTo(second);
        assertThat(underline.role()).isEqualTo(Role.CONTEXT);
        assertThat(underline.tags()).containsExactly("budget", "underline");
        assertThat(underline.note()).isEqualTo("Which rules?");
        assertThat(underline.annotator()).isEqualTo("Ben");

        Highlight note = byKey(after, "ANNOTNT1");
        assertThat(note.area()).isEqualTo(new PageArea(1, 500, 700, 22, 22));
        assertThat(note.note()).isEqualTo("Check the date");
        assertThat(note.tags()).containsExactly("note");

        Highlight image = byKey(after, "ANNOTIM1");
        assertThat(image.area()).isEqualTo(new PageArea(2, 72, 300, 228, 100));
        assertThat(image.role()).isEqualTo(Role.REBUTTAL);
        assertThat(image.color()).isEqualTo("#5fb236");

        assertThat(outcome.notInProject()).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo("parking.pdf"));
    }

    @Test
    void anEditedQuoteIsKeptFlaggedAndListedNeverDropped() throws Exception {
        Path library = setUp();
        ZoteroImport.Outcome outcome = importFrom(library, project, ZoteroColors.DEFAULTS);
        Project after = outcome.edit().apply(project);

        Highlight edited = byKey(after, "ANNOTED1");
        assertThat(edited.status()).isEqualTo(AnchorStatus.FLAGGED);
        assertThat(edited.quote()).isEqualTo(ZoteroFixture.EDITED_QUOTE);
        assertThat(edited.note()).isEqualTo("Edited in Zotero.");
        assertThat(edited.role()).isEqualTo(Role.CLAIM);
        assertThat(outcome.report().flagged()).singleElement().asString().startsWith("ANNOTED1");
        assertThat(outcome.summary()).contains("1 could not be placed and is kept as flagged");
    }

    @Test
    void importingTheLibraryAgainChangesNothing() throws Exception {
        Path library = setUp();
        Project once = importFrom(library, project, ZoteroColors.DEFAULTS).edit().apply(project);
        ZoteroImport.Outcome again = importFrom(library, once, ZoteroColors.DEFAULTS);
        assertThat(again.edit().apply(once)).isEqualTo(once);
        assertThat(again.report().highlights()).isEmpty();
        assertThat(again.summary()).contains("6 annotations are already in the project (the same Zotero key)");
    }

    @Test
    void theColourTableTheUserEditedDecidesTheRoles() throws Exception {
        Path library = setUp();
        ZoteroColors colors = ZoteroColors.parse("; mine\n#FFD400 = claim\nff6666=rebuttal\n");
        Project after = importFrom(library, project, colors).edit().apply(project);
        assertThat(byKey(after, "ANNOTUL1").role()).isEqualTo(Role.CLAIM);
        assertThat(byKey(after, "ANNOTHL1").role()).isEqualTo(Role.REBUTTAL);
        assertThat(byKey(after, "ANNOTHL2").role()).as("unchanged entries keep the defaults").isEqualTo(Role.REBUTTAL);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> ZoteroColors.parse("#ff6666 claim")))
                .hasMessageContaining("line 1");

        Path file = dir.resolve(ZoteroColors.FILE_NAME);
        colors.save(file);
        assertThat(ZoteroColors.load(file)).isEqualTo(colors);
        assertThat(ZoteroColors.load(dir.resolve("none.txt"))).isEqualTo(ZoteroColors.DEFAULTS);
    }

    @Test
    void aCollectionNarrowsTheImportAndAnUnknownOneIsRefusedWithASentence() throws Exception {
        Path library = setUp();
        ZoteroImport.Outcome parking = ZoteroImport.fromLibrary(project, library, "parking", ZoteroColors.DEFAULTS,
                SourceAccess.byRecordedPaths(), NOW, Progress.NONE);
        assertThat(parking.report().highlights()).isEmpty();
        assertThat(parking.notInProject()).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo("parking.pdf"));
        ZoteroImport.Outcome cameras = ZoteroImport.fromLibrary(project, library, "Cameras", ZoteroColors.DEFAULTS,
                SourceAccess.byRecordedPaths(), NOW, Progress.NONE);
        assertThat(cameras.report().highlights()).hasSize(6);
        assertThat(cameras.notInProject()).isEmpty();

        InterchangeException e = catchThrowableOfType(InterchangeException.class, () -> ZoteroImport.fromLibrary(project, library, "Nope",
                ZoteroColors.DEFAULTS, SourceAccess.byRecordedPaths(), NOW, Progress.NONE));
        assertThat(e).hasMessageContaining("has no collection named “Nope”");
        assertThat(ZoteroLibrary.collectionNames(library)).containsExactly("Cameras", "Parking");
        InterchangeException notZotero = catchThrowableOfType(InterchangeException.class, () -> ZoteroImport.fromLibrary(project, dir, null,
                ZoteroColors.DEFAULTS, SourceAccess.byRecordedPaths(), NOW, Progress.NONE));
        assertThat(notZotero).hasMessageContaining("has no zotero.sqlite");
    }

    @Test
    void theLibraryIsReadFromACopyWhileZoteroHoldsItLockedAndIsNeverWritten() throws Exception {
        Path library = setUp();
        Path db = library.resolve("zotero.sqlite");
        byte[] before = Files.readAllBytes(db);
        try (Connection zotero = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = zotero.createStatement()) {
            // Zotero keeps its database in exclusive locking mode while it runs
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            ZoteroImport.Outcome outcome = importFrom(library, project, ZoteroColors.DEFAULTS);
            assertThat(outcome.report().highlights()).hasSize(6);
            s.execute("ROLLBACK");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (var files = Files.list(library)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("zotero.sqlite", "storage");
        }
    }
}
