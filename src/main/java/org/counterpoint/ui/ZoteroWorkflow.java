package org.counterpoint.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.counterpoint.interchange.InterchangeException;
import org.counterpoint.interchange.ZoteroColors;
import org.counterpoint.interchange.ZoteroImport;
import org.counterpoint.interchange.ZoteroLibrary;
import org.counterpoint.io.IoMessages;
import org.counterpoint.model.Project;
import org.counterpoint.typeset.SourceAccess;

/**
 * File › Import Annotations › From Zotero…: asks for Zotero's data folder and a collection, brings the
 * library's annotations onto the project's PDFs as one undoable step, and offers to import the
 * annotated PDFs the project does not have yet.
 */
public final class ZoteroWorkflow {
    private static final Logger LOG = Logger.getLogger(ZoteroWorkflow.class.getName());
    /** The first choice of the collection question. */
    public static final String ALL_COLLECTIONS = "All collections";

    private final AppServices services;
    private final ProjectEditor editor;
    private final StatusState status;
    private final SourceRegistry sources;
    private final ImportWorkflow imports;
    private final Path colorsFile;

    public ZoteroWorkflow(AppServices services, ImportWorkflow imports, ProjectFiles.Parts parts, Path colorsFile) {
        this.services = services;
        this.imports = imports;
        this.editor = parts.editor();
        this.status = parts.status();
        this.sources = parts.sources();
        this.colorsFile = colorsFile;
    }

    /** Asks for the folder (starting at ~/Zotero) and the collection, then imports. */
    public void importFromZotero() {
        Path start = Path.of(System.getProperty("user.home"), "Zotero");
        Optional<Path> chosen = services.dialogs().chooseFolder("Zotero's Data Folder", Files.isDirectory(start) ? start : null);
        if (chosen.isEmpty()) {
            return;
        }
        Path dir = chosen.get();
        status.busyProperty().set(true);
        services.tasks().run("Reading the Zotero library", progress -> ZoteroLibrary.collectionNames(dir), names -> {
            status.busyProperty().set(false);
            String collection = null;
            if (!names.isEmpty()) {
                List<String> choices = new ArrayList<>();
                choices.add(ALL_COLLECTIONS);
                choices.addAll(names);
                Optional<String> picked = services.dialogs().chooseOne("Import from Zotero",
                        "Bring in the annotations of which collection's PDFs?", choices);
                if (picked.isEmpty()) {
                    return;
                }
                collection = picked.get().equals(ALL_COLLECTIONS) ? null : picked.get();
            }
            importFrom(dir, collection, true);
        }, this::failed);
    }

    /**
     * Brings in the annotations of the library in {@code dir}.
     *
     * @param collection a collection's name, or null for the whole library
     * @param offerPdfs  ask to import the annotated PDFs that are not in the project (false once they were offered)
     */
    public void importFrom(Path dir, String collection, boolean offerPdfs) {
        ZoteroColors colors;
        try {
            colors = ZoteroColors.load(colorsFile);
        } catch (IOException | IllegalArgumentException e) {
            services.dialogs().showError("Zotero Colours Not Read", colorsFile.getFileName() + " could not be read: "
                    + (e instanceof IOException io ? IoMessages.describe(io) : e.getMessage()) + ". Correct or delete it, then try again.");
            return;
        }
        Project snapshot = editor.project();
        SourceAccess access = sources.access();
        Instant now = services.clock().instant();
        status.busyProperty().set(true);
        services.tasks().run("Importing annotations from Zotero",
                progress -> ZoteroImport.fromLibrary(snapshot, dir, collection, colors, access, now, progress), outcome -> {
                    status.busyProperty().set(false);
                    List<Path> missing = outcome.notInProject();
                    if (offerPdfs && !missing.isEmpty() && services.dialogs().confirm("Annotated PDFs Not in the Project",
                            missing.size() + " annotated PDF" + (missing.size() == 1 ? " of the library is" : "s of the library are")
                                    + " not in the project: " + String.join(", ", missing.stream().map(p -> p.getFileName().toString()).toList())
                                    + ". Import " + (missing.size() == 1 ? "it" : "them") + " too?", "Import")) {
                        imports.importFiles(missing, Map.of(), () -> importFrom(dir, collection, false));
                        return;
                    }
                    apply(outcome);
                }, this::failed);
    }

    private void apply(ZoteroImport.Outcome outcome) {
        editor.apply(outcome.edit());
        status.say("Zotero: " + outcome.summary());
        services.dialogs().showInfo("Zotero Annotations Imported", outcome.summary());
    }

    private void failed(Throwable error) {
        status.busyProperty().set(false);
        if (error instanceof CancellationException) {
            status.say("Zotero import cancelled; nothing was added.");
        } else if (error instanceof InterchangeException) {
            services.dialogs().showError("Zotero Annotations Not Imported", error.getMessage());
        } else {
            LOG.log(Level.WARNING, "Zotero import failed", error);
            services.dialogs().showError("Zotero Annotations Not Imported",
                    "The Zotero library could not be read: " + IoMessages.describe(error) + ".");
        }
    }
}
