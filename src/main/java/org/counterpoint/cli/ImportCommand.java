package org.counterpoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.counterpoint.interchange.AnnotationFiles;
import org.counterpoint.interchange.HypothesisImport;
import org.counterpoint.interchange.InterchangeException;
import org.counterpoint.typeset.SourceAccess;
import org.counterpoint.ingest.DocumentImporter;
import org.counterpoint.interchange.ExistingAnnotations;
import org.counterpoint.ingest.ImportBatch;
import org.counterpoint.ingest.ImportedDocument;
import org.counterpoint.interchange.StandIns;
import org.counterpoint.io.IoMessages;
import org.counterpoint.io.ProjectFiles;
import org.counterpoint.io.ProjectLock;
import org.counterpoint.model.Highlight;
import org.counterpoint.pdf.ImportTrace;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports source documents (PDF, HTML, plain text) into a project, creating the project if it does "
                + "not exist. Each source is imported on its own: one that fails does not stop the others.",
                "Annotation files (.xfdf, W3C web annotations in .jsonld or .json, and Hypothesis exports or API results in .json) "
                        + "are brought into documents already in the project: quotes are placed exactly where possible, else ignoring "
                        + "white space; any that cannot be placed are kept as flagged highlights and listed. Hypothesis annotations "
                        + "brought in before (the same id) are left alone.",
                "The project is saved atomically, keeping the previous version as PROJECT.bak."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything was imported (or was already in the project)",
                "1:a source, an annotation file or the project was refused; the others were still imported",
                "2:usage error", "3:the project could not be written"})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "files to import: .pdf, .html, .htm, .txt, or .xfdf, .jsonld, .json annotations")
    List<Path> sources;

    @Option(names = "--into", required = true, paramLabel = "PROJECT", description = "the .counterpoint.json project to add them to")
    Path project;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "the password of encrypted PDFs")
    String password;

    @Option(names = "--title", paramLabel = "TITLE", description = "the title of a new project (default: from the file name)")
    String title;

    @Option(names = "--allow-no-text-layer",
            description = "import PDFs that have no text layer (scans), for area highlights; they are refused otherwise")
    boolean allowNoText;

    @Option(names = "--with-annotations",
            description = "also bring in the highlights, underlines, strike-outs and notes that other programs left in the PDFs")
    boolean withAnnotations;

    @Option(names = "--annotation-role", paramLabel = "ROLE", defaultValue = "context",
            description = "the role given to annotations brought in with --with-annotations: claim, rebuttal or context (default: ${DEFAULT-VALUE})")
    String annotationRole;

    @Option(names = "--document", paramLabel = "ID-or-file-name",
            description = "the document that .xfdf files annotate (default: the one their <f href> names)")
    String document;

    @Option(names = "--role-tag", paramLabel = "TAG=ROLE",
            description = "a Hypothesis tag that gives a role, e.g. --role-tag disputed=rebuttal; may be repeated "
                    + "(default: the tags claim, rebuttal and context)")
    Map<String, String> roleTags = Map.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lock-wait", paramLabel = "SECONDS", defaultValue = "120",
            description = "how long to wait while another Counterpoint window or command is writing the project (default: ${DEFAULT-VALUE})")
    int lockWaitSeconds;

    private PrintWriter out;
    private PrintWriter err;
    private boolean refused;
    private Map<String, Role> hypothesisRoles = HypothesisImport.DEFAULT_ROLE_TAGS;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        Role role;
        try {
            role = Role.fromId(annotationRole);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + ".");
            return ExitCodes.USAGE;
        }
        Map<String, Role> tagRoles = new HashMap<>(HypothesisImport.DEFAULT_ROLE_TAGS);
        try {
            roleTags.forEach((tag, r) -> tagRoles.put(tag.strip().toLowerCase(java.util.Locale.ROOT), Role.fromId(r)));
        } catch (IllegalArgumentException e) {
            err.println("error: --role-tag: " + e.getMessage() + ".");
            return ExitCodes.USAGE;
        }
        hypothesisRoles = tagRoles;
        List<Path> annotationFiles = sources.stream().filter(AnnotationFiles::isAnnotationFile).toList();
        List<Path> documents = sources.stream().filter(s -> !AnnotationFiles.isAnnotationFile(s)).toList();
        boolean onlyXfdf = annotationFiles.stream().allMatch(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xfdf"));
        if (documents.isEmpty() && !Files.exists(project) && onlyXfdf) {
            // W3C annotations name their source and can wait for it; XFDF ones are placed by the boxes of a document at hand
            err.println("error: " + project.getFileName() + " does not exist. XFDF files are brought into documents already in a project.");
            return ExitCodes.INPUT_REFUSED;
        }
        // the whole read-modify-write holds the project's lock, so a second import waits instead of losing the first one's work
        return LockedUpdate.run(project, lockWaitSeconds, err, () -> refused, lock -> importLocked(lock, role, documents, annotationFiles));
    }

    private int importLocked(ProjectLock lock, Role role, List<Path> documents, List<Path> annotationFiles) {
        ProjectFiles files = new ProjectFiles();
        LockedUpdate.Start opened = LockedUpdate.open(files, project, title, err);
        if (opened == null) {
            return ExitCodes.INPUT_REFUSED;
        }
        Project current = opened.project();
        Project start = current;
        List<ImportedDocument> added = new ArrayList<>();
        if (!documents.isEmpty()) {
            ImportTrace.mark("project open");
            current = importDocuments(current, documents, role, added);
            ImportTrace.mark("documents imported");
        }
        for (Path file : annotationFiles) {
            current = importAnnotations(current, file);
        }
        if (current != start) {
            int saved = LockedUpdate.save(files, lock, project, current, opened.version(), added, out, err);
            if (saved != ExitCodes.OK) {
                return saved;
            }
            ImportTrace.mark("project saved");
        }
        ImportTrace.summary("done");
        return refused ? ExitCodes.INPUT_REFUSED : ExitCodes.OK;
    }

    private Project importDocuments(Project current, List<Path> files, Role role, List<ImportedDocument> added) {
        Map<Path, String> passwords = new HashMap<>();
        if (password != null) {
            files.forEach(s -> passwords.put(s, password));
        }
        List<ImportBatch.Outcome> outcomes = new ImportBatch(new DocumentImporter()).run(files, passwords, Progress.NONE);
        for (ImportBatch.Outcome o : outcomes) {
            String name = o.file().getFileName().toString();
            if (o.state() != ImportBatch.State.LOADED) {
                String hint = o.state() == ImportBatch.State.ENCRYPTED && password == null ? " Pass it with --password." : "";
                err.println("error: " + o.message() + hint);
                refused = true;
                continue;
            }
            SourceDocument doc = o.document().document();
            Project sofar = current;
            Optional<SourceDocument> existing = sofar.documents().stream()
                    .filter(d -> !d.isStandIn() && !d.sha256().isEmpty() && d.sha256().equals(doc.sha256()))
                    .findFirst()
                    .or(() -> added.stream().map(ImportedDocument::document).filter(d -> d.sha256().equals(doc.sha256())).findFirst());
            if (existing.isPresent()) {
                out.println("unchanged: " + name + " is already in the project as \"" + existing.get().title() + "\"");
                continue;
            }
            if (doc.hasNoText() && !allowNoText) {
                err.println("error: " + name + " has no text layer (it is probably a scan), so nothing in it can be quoted. "
                        + "Use --allow-no-text-layer to import it for area highlights.");
                refused = true;
                continue;
            }
            // a stand-in waiting for this source gives it its id, so its annotations are placed in it
            added.add(o.document().withId(StandIns.adoptedId(sofar, doc, added.stream().map(ImportedDocument::document).toList())));
            out.printf("imported: %s as \"%s\" (%s, %d %s)%n", name, doc.title(), doc.kind().id(), doc.pageCount(),
                    doc.pageCount() == 1 ? "page" : "pages");
            o.document().notes().forEach(n -> err.println("note: " + n));
        }
        if (added.isEmpty()) {
            return current;
        }
        Instant now = Instant.now();
        StandIns.Addition addition = StandIns.add(current, added.stream().map(ImportedDocument::document).toList(), now);
        current = addition.edit().apply(current);
        addition.placements().forEach(p -> out.println("placed: " + p));
        for (ImportedDocument d : added) {
            int n = d.annotations().size();
            if (n == 0) {
                continue;
            }
            String name = d.document().origin().fileName();
            if (!withAnnotations) {
                err.println("note: " + name + " has " + n + " annotations made in other programs; add --with-annotations to bring them in.");
                continue;
            }
            for (Highlight h : ExistingAnnotations.toHighlights(d.document(), d.layout(), d.annotations(), role, now)) {
                current = Edits.addHighlight(h, now).apply(current);
            }
            out.println("imported: " + n + " annotations from " + name + " as " + role.id() + " highlights");
        }
        return current;
    }

    private Project importAnnotations(Project current, Path file) {
        String name = file.getFileName().toString();
        SourceDocument target = null;
        if (document != null) {
            target = current.documents().stream()
                    .filter(x -> x.id().equals(document) || x.origin().fileName().equalsIgnoreCase(document) || x.title().equalsIgnoreCase(document))
                    .findFirst().orElse(null);
            if (target == null) {
                err.println("error: the project has no document \"" + document + "\" for " + name + ".");
                refused = true;
                return current;
            }
        }
        SourceAccess access = new ProjectSources(project, password);
        try {
            AnnotationFiles.Outcome outcome = AnnotationFiles.read(current, file, target, access, hypothesisRoles, Instant.now(),
                    Progress.NONE);
            Project next = outcome.edit().apply(current);
            out.println("imported: " + name + ": " + outcome.report().summary());
            if (!outcome.report().skipped().isEmpty() || outcome.report().unplaced() > 0) {
                err.println("note: " + name + ": " + (outcome.report().unplaced() + outcome.report().skipped().size())
                        + " annotations could not be placed; see above.");
            }
            return next;
        } catch (InterchangeException e) {
            err.println("error: " + e.getMessage());
            refused = true;
            return current;
        } catch (IOException e) {
            err.println("error: " + name + " could not be read: " + IoMessages.describe(e) + ".");
            refused = true;
            return current;
        }
    }
}
