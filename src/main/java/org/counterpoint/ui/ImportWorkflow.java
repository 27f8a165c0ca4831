package org.counterpoint.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.counterpoint.ingest.DocumentImporter;
import org.counterpoint.ingest.ImportBatch;
import org.counterpoint.ingest.ImportedDocument;
import org.counterpoint.interchange.AnnotationFiles;
import org.counterpoint.interchange.ExistingAnnotations;
import org.counterpoint.interchange.InterchangeException;
import org.counterpoint.interchange.StandIns;
import org.counterpoint.io.IoMessages;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.edit.CompositeEdit;
import org.counterpoint.model.edit.Edit;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.pdf.AnnotationReader;
import org.counterpoint.pdf.PdfOpenException;
import org.counterpoint.typeset.SourceAccess;

/**
 * Bringing things into the project: source documents (asking for the passwords of encrypted PDFs),
 * annotations other programs left in a PDF, and XFDF or W3C annotation files.
 */
public final class ImportWorkflow {
    private static final Logger LOG = Logger.getLogger(ImportWorkflow.class.getName());

    /** What reading annotation files gave: an outcome per file read, and a sentence per file that was not. */
    public record AnnotationImport(List<AnnotationFiles.Outcome> outcomes, List<String> problems) {
    }

    private final AppServices services;
    private final ProjectEditor editor;
    private final SelectionState selection;
    private final StatusState status;
    private final SourceRegistry sources;
    private final ProjectFiles files;

    public ImportWorkflow(AppServices services, ProjectFiles files, ProjectFiles.Parts parts) {
        this.services = services;
        this.files = files;
        this.editor = parts.editor();
        this.selection = parts.selection();
        this.status = parts.status();
        this.sources = parts.sources();
    }

    /** Imports source documents in the background, asking for passwords of encrypted PDFs afterwards. */
    public void importDocuments() {
        List<Path> chosen = services.dialogs().chooseDocumentsToImport(files.lastDirectory());
        if (!chosen.isEmpty()) {
            importFiles(chosen, Map.of());
        }
    }

    public void importFiles(List<Path> paths, Map<Path, String> passwords) {
        importFiles(paths, passwords, () -> { });
    }

    /** Imports, then runs {@code then} once the documents read are in the project (not after a cancelled or failed import). */
    public void importFiles(List<Path> paths, Map<Path, String> passwords, Runnable then) {
        status.busyProperty().set(true);
        ImportBatch batch = new ImportBatch(new DocumentImporter(services.clock(), Duration.ofMinutes(10)));
        String title = paths.size() == 1 ? "Importing " + paths.get(0).getFileName() : "Importing " + paths.size() + " documents";
        services.tasks().run(title, progress -> batch.run(paths, passwords, progress), outcomes -> {
            status.busyProperty().set(false);
            finishImport(outcomes, passwords);
            then.run();
        }, error -> {
            status.busyProperty().set(false);
            if (error instanceof CancellationException) {
                status.say("Import cancelled; nothing was added.");
            } else {
                LOG.log(Level.WARNING, "Import failed", error);
                services.dialogs().showError("Import Failed", "The import stopped unexpectedly: " + error.getMessage());
            }
        });
        if (!paths.isEmpty() && paths.get(0).getParent() != null) {
            files.rememberDirectory(paths.get(0).getParent());
        }
    }

    private void finishImport(List<ImportBatch.Outcome> outcomes, Map<Path, String> passwords) {
        List<ImportedDocument> added = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Path, String> retry = new LinkedHashMap<>();
        Project project = editor.project();
        for (ImportBatch.Outcome o : outcomes) {
            String name = o.file().getFileName().toString();
            switch (o.state()) {
                case LOADED -> {
                    SourceDocument doc = o.document().document();
                    if (passwords.containsKey(o.file())) {
                        // asked once: the page view and exports use the password given at import
                        sources.rememberPassword(doc, passwords.get(o.file()));
                    }
                    Optional<SourceDocument> existing = project.documents().stream()
                            .filter(d -> !d.isStandIn() && d.sha256().equals(doc.sha256())).findFirst()
                            .or(() -> added.stream().map(ImportedDocument::document).filter(d -> d.sha256().equals(doc.sha256())).findFirst());
                    if (existing.isPresent()) {
                        notes.add(name + " is already in the project as “" + existing.get().title() + "”; it was not added again.");
                    } else {
                        // a stand-in waiting for this source gives it its id, so its annotations are placed in it
                        added.add(o.document().withId(StandIns.adoptedId(project, doc, added.stream().map(ImportedDocument::document).toList())));
                        notes.addAll(o.document().notes());
                    }
                }
                case ENCRYPTED -> {
                    boolean wrong = passwords.containsKey(o.file());
                    services.dialogs().askPassword(name, wrong).ifPresentOrElse(pw -> retry.put(o.file(), pw),
                            () -> problems.add(name + " was skipped: it is protected by a password."));
                }
                case FAILED -> problems.add(o.message());
                case CANCELLED -> problems.add(name + " was not imported: the import was cancelled.");
            }
        }
        if (!added.isEmpty()) {
            addDocuments(added, notes);
        }
        report(added.isEmpty(), problems, notes);
        if (!retry.isEmpty()) {
            importFiles(new ArrayList<>(retry.keySet()), retry);
        }
    }

    private void addDocuments(List<ImportedDocument> added, List<String> notes) {
        Instant now = services.clock().instant();
        List<SourceDocument> docs = added.stream().map(ImportedDocument::document).toList();
        var addition = StandIns.add(editor.project(), docs, now);
        addition.placements().forEach(p -> notes.add(p + "."));
        if (editor.apply(addition.edit())) {
            for (ImportedDocument d : added) {
                if (d.layout() != null) {
                    sources.putLayout(d.document().sha256(), d.layout());
                }
            }
            offerExistingAnnotations(added);
            selection.selectDocument(docs.get(0).id());
            selection.centerViewProperty().set(MainViewModel.CenterView.READER);
            status.say(importedHint(docs));
        }
    }

    /**
     * What the status bar says after an import: how to mark a passage, unless the documents have no
     * text to select (scans), which can only be marked by drawing areas on their pages.
     */
    static String importedHint(List<SourceDocument> docs) {
        String imported = "Imported " + docs.size() + (docs.size() == 1 ? " document" : " documents") + ". ";
        String select = "Select a passage and press Ctrl+1, Ctrl+2 or Ctrl+3 to mark it.";
        long textless = docs.stream().filter(SourceDocument::hasNoText).count();
        if (textless == 0) {
            return imported + select;
        }
        String scans = textless == 1
                ? (docs.size() == 1 ? "It" : "One of them") + " has no text to quote (a scan?): draw areas on its pages (Ctrl+Shift+A), "
                        + "or OCR it elsewhere and import it again."
                : (textless == docs.size() ? "They" : textless + " of them") + " have no text to quote (scans?): draw areas on their "
                        + "pages (Ctrl+Shift+A), or OCR them elsewhere and import them again.";
        return imported + scans + (textless < docs.size() ? " In the others, " + select.substring(0, 1).toLowerCase() + select.substring(1) : "");
    }

    private void report(boolean nothingAdded, List<String> problems, List<String> notes) {
        if (problems.isEmpty() && notes.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        if (!problems.isEmpty()) {
            message.append(problems.size() == 1 ? "One file could not be imported:\n\n" : problems.size() + " files could not be imported:\n\n");
            problems.forEach(p -> message.append("• ").append(p).append("\n"));
        }
        if (!notes.isEmpty()) {
            if (message.length() > 0) {
                message.append("\n");
            }
            notes.forEach(n -> message.append("• ").append(n).append("\n"));
        }
        if (problems.isEmpty()) {
            services.dialogs().showInfo("Imported with Notes", message.toString().strip());
        } else {
            services.dialogs().showError(nothingAdded ? "Nothing Imported" : "Some Files Not Imported", message.toString().strip());
        }
    }

    /**
     * Reads the annotations other programs left in the current PDF document's source and offers to
     * bring them in, as when it was imported.
     */
    public void bringInPdfAnnotations() {
        Optional<SourceDocument> doc = selection.currentDocument().filter(d -> d.kind() == DocumentKind.PDF);
        if (doc.isEmpty()) {
            services.dialogs().showError("No PDF Open", "Open a PDF document in the reader first; its annotations are read from its file.");
            return;
        }
        SourceDocument d = doc.get();
        Optional<Path> source = sources.sourceFile(d);
        if (source.isEmpty()) {
            services.dialogs().showError("PDF Not Found", "“" + d.title() + "” is not where it was imported from (" + d.origin().path()
                    + "). Locate it from the page view first.");
            return;
        }
        sources.withLayout(d, layout -> services.tasks().run("Reading annotations in " + d.origin().fileName(),
                progress -> AnnotationReader.read(Files.readAllBytes(source.get()), sources.passwordFor(d)),
                annotations -> {
                    if (annotations.isEmpty()) {
                        services.dialogs().showInfo("No Annotations", d.origin().fileName() + " has no highlights, underlines, strike-outs or notes from other programs.");
                        return;
                    }
                    offerExistingAnnotations(List.of(new ImportedDocument(d, layout, List.of(), annotations)));
                },
                error -> services.dialogs().showError("Annotations Not Read", d.origin().fileName() + " could not be read: "
                        + (error instanceof PdfOpenException ? error.getMessage() : IoMessages.describe(error)))));
    }

    /** Offers to bring in annotations that other programs left in newly imported PDFs. */
    private void offerExistingAnnotations(List<ImportedDocument> added) {
        for (ImportedDocument d : added) {
            int n = d.annotations().size();
            if (n == 0) {
                continue;
            }
            String name = d.document().origin().fileName();
            if (services.dialogs().confirm("Annotations Found", name + " already has " + n + (n == 1 ? " annotation" : " annotations")
                    + " made in another program (highlights, underlines, strike-outs or notes). Bring "
                    + (n == 1 ? "it" : "them") + " in as context highlights, with their colours, authors and notes?"
                    + " You can change their roles afterwards.", "Bring In")) {
                Instant now = services.clock().instant();
                List<Highlight> highlights = ExistingAnnotations.toHighlights(d.document(), d.layout(), d.annotations(), Role.CONTEXT, now);
                List<Edit> edits = highlights.stream().map(h -> Edits.addHighlight(h, now)).toList();
                editor.apply(new CompositeEdit("Bring In " + n + " Annotations", edits));
            }
        }
    }

    /** Brings XFDF or W3C annotation files into the documents of the project, each as one undoable step. */
    public void importAnnotationFiles() {
        List<Path> chosen = services.dialogs().chooseAnnotationFiles(files.lastDirectory());
        if (!chosen.isEmpty()) {
            importAnnotationFiles(chosen);
        }
    }

    public void importAnnotationFiles(List<Path> paths) {
        Project snapshot = editor.project();
        SourceDocument target = selection.currentDocument().orElse(null);
        Instant now = services.clock().instant();
        SourceAccess access = sources.access();
        status.busyProperty().set(true);
        services.tasks().run("Importing annotations", progress -> {
            List<AnnotationFiles.Outcome> outcomes = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Project sofar = snapshot;
            for (Path f : paths) {
                try {
                    // an XFDF file names its PDF; when it does not, it goes to the document in the reader
                    var outcome = AnnotationFiles.read(sofar, f, null, access, now, progress);
                    outcomes.add(outcome);
                    sofar = outcome.edit().apply(sofar);
                } catch (InterchangeException e) {
                    if (target != null && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xfdf")) {
                        var outcome = AnnotationFiles.read(sofar, f, target, access, now, progress);
                        outcomes.add(outcome);
                        sofar = outcome.edit().apply(sofar);
                    } else {
                        problems.add(e.getMessage());
                    }
                }
            }
            return new AnnotationImport(outcomes, problems);
        }, result -> {
            status.busyProperty().set(false);
            StringBuilder message = new StringBuilder();
            for (var o : result.outcomes()) {
                editor.apply(o.edit());
                message.append(o.report().summary()).append("\n\n");
            }
            result.problems().forEach(p -> message.append(p).append("\n\n"));
            if (result.problems().isEmpty()) {
                services.dialogs().showInfo("Annotations Imported", message.toString().strip());
            } else {
                services.dialogs().showError("Some Annotations Not Imported", message.toString().strip());
            }
        }, error -> {
            status.busyProperty().set(false);
            if (!(error instanceof CancellationException)) {
                services.dialogs().showError("Annotations Not Imported", error instanceof InterchangeException
                        ? error.getMessage() : "The annotations could not be read: " + IoMessages.describe(error) + ".");
            }
        });
    }
}
