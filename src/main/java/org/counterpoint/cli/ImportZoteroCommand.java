package org.counterpoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.counterpoint.ingest.DocumentImporter;
import org.counterpoint.ingest.ImportBatch;
import org.counterpoint.ingest.ImportedDocument;
import org.counterpoint.interchange.InterchangeException;
import org.counterpoint.interchange.StandIns;
import org.counterpoint.interchange.ZoteroColors;
import org.counterpoint.interchange.ZoteroImport;
import org.counterpoint.interchange.ZoteroLibrary;
import org.counterpoint.io.ProjectFiles;
import org.counterpoint.io.ProjectLock;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-zotero", mixinStandardHelpOptions = true,
        description = {"Brings the annotations of a Zotero library onto the project's PDFs: highlights, underlines, notes and image "
                + "areas of every PDF attachment whose file has the same SHA-256 as a document of the project.",
                "Zotero's database is read from a copy, so Zotero may stay open; the library is never changed. Quotes are placed on "
                        + "their pages; any that cannot be placed are kept as flagged highlights and listed. Annotations brought in "
                        + "before (the same Zotero key) are left alone.",
                "Colours give roles through a table: red and orange are claims, blue and green rebuttals, the others context. "
                        + "Change it with --colour, or in the file " + ZoteroColors.FILE_NAME + " in Counterpoint's folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the annotations were brought in (or were already in the project)",
                "1:the library, a PDF or the project was refused", "2:usage error", "3:the project could not be written"})
final class ImportZoteroCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ZOTERO_DIR", description = "Zotero's data folder, which holds zotero.sqlite and storage/")
    Path zoteroDir;

    @Option(names = "--into", required = true, paramLabel = "PROJECT", description = "the .counterpoint.json project to add them to")
    Path project;

    @Option(names = "--collection", paramLabel = "NAME", description = "only the PDFs in this collection and the collections inside it")
    String collection;

    @Option(names = "--import-pdfs", description = "also import the annotated PDFs that are not in the project yet, and bring in their annotations")
    boolean importPdfs;

    @Option(names = {"--colour", "--color"}, paramLabel = "#RRGGBB=ROLE",
            description = "the role a highlight colour stands for, e.g. --colour '#ffd400=claim'; may be repeated")
    List<String> colours = List.of();

    @Option(names = "--lock-wait", paramLabel = "SECONDS", defaultValue = "120",
            description = "how long to wait while another Counterpoint window or command is writing the project (default: ${DEFAULT-VALUE})")
    int lockWaitSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;
    private PrintWriter err;
    private boolean refused;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        ZoteroColors colors;
        Path table = ZoteroColors.userFile();
        try {
            colors = ZoteroColors.load(table);
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: " + table + " could not be read: " + e.getMessage() + ".");
            return ExitCodes.INPUT_REFUSED;
        }
        try {
            for (int i = 0; i < colours.size(); i++) {
                colors = colors.with(colours.get(i), i + 1);
            }
        } catch (IllegalArgumentException e) {
            err.println("error: --colour " + e.getMessage().replaceFirst("^line \\d+ ", "") + ".");
            return ExitCodes.USAGE;
        }
        if (!Files.exists(project) && !importPdfs) {
            err.println("error: " + project.getFileName() + " does not exist. Zotero annotations are brought onto PDFs already in a "
                    + "project; add --import-pdfs to import the annotated PDFs too.");
            return ExitCodes.INPUT_REFUSED;
        }
        // the whole read-modify-write holds the project's lock, as import does, so no other writer's work is lost
        ZoteroColors colorTable = colors;
        return LockedUpdate.run(project, lockWaitSeconds, err, () -> refused, lock -> importLocked(lock, colorTable));
    }

    private int importLocked(ProjectLock lock, ZoteroColors colors) {
        ProjectFiles files = new ProjectFiles();
        LockedUpdate.Start opened = LockedUpdate.open(files, project, null, err);
        if (opened == null) {
            return ExitCodes.INPUT_REFUSED;
        }
        Project current = opened.project();
        Project start = current;
        ZoteroLibrary.Contents contents;
        try {
            contents = ZoteroLibrary.read(zoteroDir, collection);
        } catch (InterchangeException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.INPUT_REFUSED;
        }
        ProjectSources access = new ProjectSources(project, null);
        Instant now = Instant.now();
        ZoteroImport.Outcome outcome = ZoteroImport.place(current, contents, colors, access, now, Progress.NONE);
        List<ImportedDocument> added = new ArrayList<>();
        if (!outcome.notInProject().isEmpty()) {
            if (importPdfs) {
                current = importDocuments(current, outcome.notInProject(), added, now);
                outcome = ZoteroImport.place(current, contents, colors, access, now, Progress.NONE);
            } else {
                err.println("note: " + outcome.notInProject().size() + " annotated PDFs of the library are not in the project: "
                        + String.join(", ", outcome.notInProject().stream().map(p -> p.getFileName().toString()).toList())
                        + ". Add --import-pdfs to import them and their annotations.");
            }
        }
        current = outcome.edit().apply(current);
        out.println("imported: Zotero: " + outcome.summary());
        if (outcome.report().unplaced() > 0) {
            err.println("note: " + outcome.report().unplaced() + " annotations could not be placed; they are kept as flagged highlights.");
        }
        if (current != start) {
            int saved = LockedUpdate.save(files, lock, project, current, opened.version(), added, out, err);
            if (saved != ExitCodes.OK) {
                return saved;
            }
        }
        return refused ? ExitCodes.INPUT_REFUSED : ExitCodes.OK;
    }

    private Project importDocuments(Project current, List<Path> files, List<ImportedDocument> added, Instant now) {
        Set<String> seen = new HashSet<>();
        for (ImportBatch.Outcome o : new ImportBatch(new DocumentImporter()).run(files, Map.of(), Progress.NONE)) {
            if (o.state() != ImportBatch.State.LOADED) {
                err.println("error: " + o.message());
                refused = true;
                continue;
            }
            SourceDocument doc = o.document().document();
            if (!seen.add(doc.sha256())) {
                continue;
            }
            added.add(o.document().withId(StandIns.adoptedId(current, doc, added.stream().map(ImportedDocument::document).toList())));
            out.printf("imported: %s as \"%s\" (%s, %d %s)%n", o.file().getFileName(), doc.title(), doc.kind().id(), doc.pageCount(),
                    doc.pageCount() == 1 ? "page" : "pages");
        }
        if (added.isEmpty()) {
            return current;
        }
        StandIns.Addition addition = StandIns.add(current, added.stream().map(ImportedDocument::document).toList(), now);
        addition.placements().forEach(p -> out.println("placed: " + p));
        return addition.edit().apply(current);
    }
}
