package org.counterpoint.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.counterpoint.export.ExportException;
import org.counterpoint.export.ExportFormat;
import org.counterpoint.export.Exports;
import org.counterpoint.io.IoMessages;
import org.counterpoint.io.ProjectFormat;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.typeset.SourceAccess;

/** Exporting the project in the background: asking where to, and for the passwords of encrypted sources. */
public final class ExportWorkflow {
    private static final Logger LOG = Logger.getLogger(ExportWorkflow.class.getName());

    private final AppServices services;
    private final ProjectEditor editor;
    private final SelectionState selection;
    private final StatusState status;
    private final SourceRegistry sources;
    private final ProjectFiles files;
    private final FilterState filters;
    private final BooleanProperty onlyFiltered = new SimpleBooleanProperty(false);
    private final BooleanProperty flatten = new SimpleBooleanProperty(false);
    private final BooleanProperty keepActiveContent = new SimpleBooleanProperty(false);

    public ExportWorkflow(AppServices services, ProjectFiles files, FilterState filters, ProjectFiles.Parts parts) {
        this.services = services;
        this.files = files;
        this.filters = filters;
        this.editor = parts.editor();
        this.selection = parts.selection();
        this.status = parts.status();
        this.sources = parts.sources();
    }

    /** Export only the highlights the navigator's filter shows. */
    public BooleanProperty onlyFilteredProperty() {
        return onlyFiltered;
    }

    /** Draw highlights into the pages of annotated PDFs, for printing. */
    public BooleanProperty flattenProperty() {
        return flatten;
    }

    /** Annotated PDFs keep the source's scripts and actions; off, they are stripped. */
    public BooleanProperty keepActiveContentProperty() {
        return keepActiveContent;
    }

    /**
     * Exports in the background, asking where to; per-document formats export the current document,
     * or every document into a folder when {@code allDocuments}.
     */
    public void export(ExportFormat format, boolean allDocuments) {
        Project p = editor.project();
        if (format == ExportFormat.CLAIMREVIEW && p.reviewUrlBase().isEmpty() && !services.dialogs().confirm("ClaimReview Without Addresses",
                "The reviews will have no url, which the ClaimReview guidelines require. Give the address where these fact checks are "
                        + "published in File › Project Properties…, or export them without one.", "Export Anyway")) {
            status.say("Not exported. Set the ClaimReview address in File › Project Properties…, then export again.");
            return;
        }
        List<SourceDocument> docs;
        if (format.perDocument() && !allDocuments) {
            Optional<SourceDocument> current = selection.currentDocument();
            if (current.isEmpty()) {
                services.dialogs().showError("Nothing to Export", "Open a document in the reader first; its pages are what is exported.");
                return;
            }
            docs = List.of(current.get());
        } else {
            docs = null;
        }
        if (format.perDocument() && p.documents().isEmpty()) {
            services.dialogs().showError("Nothing to Export", "The project has no documents yet. Import one with File › Import Document….");
            return;
        }
        Optional<Path> target;
        if (format.perDocument() && allDocuments && p.documents().size() > 1) {
            target = services.dialogs().chooseExportFolder(files.lastDirectory());
        } else {
            String suggested = docs != null ? Exports.fileName(docs.get(0), format)
                    : files.suggestedFileName().replace(ProjectFormat.EXTENSION, "") + suffix(format);
            target = services.dialogs().chooseExportTarget(files.lastDirectory(), suggested, format.label(), format.extension());
        }
        target.ifPresent(out -> run(format, docs, out, false));
    }

    private static String suffix(ExportFormat format) {
        return switch (format) {
            case REPORT -> " report.pdf";
            case W3C -> ".annotations.jsonld";
            case CLAIMREVIEW -> ".claimreview.jsonld";
            case SLIDES -> " slides.pdf";
            default -> "." + format.extension();
        };
    }

    private void run(ExportFormat format, List<SourceDocument> docs, Path out, boolean askedPassword) {
        Project snapshot = editor.project();
        Predicate<Highlight> include = onlyFiltered.get() ? filters.matcher(snapshot) : h -> true;
        SourceAccess access = sources.access();
        LocalDate today = LocalDate.ofInstant(services.clock().instant(), ZoneId.systemDefault());
        Path projectFile = files.fileProperty().get();
        boolean keep = keepActiveContent.get();
        status.busyProperty().set(true);
        services.tasks().run("Exporting " + format.label(), progress -> Exports.run(
                new Exports.Request(snapshot, format, out, docs, include, flatten.get(), access, today, projectFile, keep), progress), result -> {
            status.busyProperty().set(false);
            String written = result.written().size() == 1 ? result.written().get(0).getFileName().toString()
                    : result.written().size() + " files in " + out.getFileName();
            status.say("Exported " + written + ".");
            String message = "Exported " + written + "." + (result.notes().isEmpty() ? "" : "\n\n" + String.join("\n\n", result.notes()));
            services.dialogs().showExported(message, result.written());
        }, error -> {
            status.busyProperty().set(false);
            ErrorKind kind = ErrorKind.of(error);
            if (kind == ErrorKind.CANCELLED) {
                status.say("Export cancelled.");
                return;
            }
            if (kind == ErrorKind.PASSWORD_NEEDED && !askedPassword) {
                if (askPasswords(docs != null ? docs : snapshot.documents())) {
                    run(format, docs, out, true);
                }
                return;
            }
            String message = error instanceof ExportException ? error.getMessage()
                    : out.getFileName() + " was not written: " + IoMessages.describe(error) + ".";
            LOG.log(Level.INFO, "Export failed", error);
            services.dialogs().showError("Export Failed", message + "\n\nNothing was written.");
        });
    }

    /** Asks for the password of each PDF without one; false if the user declined one. */
    private boolean askPasswords(List<SourceDocument> locked) {
        for (SourceDocument d : locked) {
            if (d.kind() == DocumentKind.PDF && sources.passwordFor(d) == null) {
                Optional<String> pw = services.dialogs().askPasswordToOpen(d.origin().fileName(), false);
                if (pw.isEmpty()) {
                    return false;
                }
                sources.rememberPassword(d, pw.get());
            }
        }
        return true;
    }
}
