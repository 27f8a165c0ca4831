package org.counterpoint.interchange;

import org.counterpoint.typeset.SourceAccess;
import org.counterpoint.typeset.PagedDocument;
import org.counterpoint.typeset.PagesUnavailableException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.edit.CompositeEdit;
import org.counterpoint.model.edit.Edit;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.task.Progress;

/** Bringing an XFDF or W3C annotation file into a project, for the command line and the app. */
public final class AnnotationFiles {
    private AnnotationFiles() {
    }

    /** True for the files this imports rather than a source document: .xfdf, .jsonld and .json (but not project files). */
    public static boolean isAnnotationFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xfdf") || name.endsWith(".jsonld") || name.endsWith(".json") && !name.endsWith(".counterpoint.json");
    }

    /** What to apply, and what to tell the user. */
    public record Outcome(Edit edit, InterchangeImport.Report report) {
    }

    /** The largest annotation file read. */
    public static final long MAX_BYTES = 512L << 20;

    /**
     * @param target the document for XFDF annotations when the user chose one; otherwise the file's
     *               {@code <f href>} decides, or the project's only document
     */
    public static Outcome read(Project project, Path file, SourceDocument target, SourceAccess access, Instant now, Progress progress)
            throws InterchangeException, IOException {
        return read(project, file, target, access, HypothesisImport.DEFAULT_ROLE_TAGS, now, progress);
    }

    /**
     * @param roleTags for Hypothesis files, the lower-case tags that name a role
     */
    public static Outcome read(Project project, Path file, SourceDocument target, SourceAccess access, Map<String, Role> roleTags, Instant now,
                               Progress progress) throws InterchangeException, IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new InterchangeException(name + " is " + (size >> 20) + " MB; annotation files of up to " + (MAX_BYTES >> 20)
                    + " MB are read (about a million annotations).");
        }
        byte[] bytes = Files.readAllBytes(file);
        InterchangeImport.Report report;
        List<Highlight> updated = List.of();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xfdf") && HypothesisAnnotations.isHypothesis(bytes)) {
            HypothesisImport.Result result;
            try {
                result = HypothesisImport.place(project, HypothesisAnnotations.read(bytes), roleTags, access, now);
            } catch (InterchangeException e) {
                throw new InterchangeException(name + ": " + e.getMessage(), e);
            }
            report = result.report();
            updated = result.updated();
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".xfdf")) {
            Xfdf.File xfdf;
            try {
                xfdf = Xfdf.read(bytes);
            } catch (InterchangeException e) {
                throw new InterchangeException(name + ": " + e.getMessage(), e);
            }
            SourceDocument doc = target;
            if (doc == null) {
                Optional<SourceDocument> byHref = InterchangeImport.documentFor(project, "", xfdf.href());
                if (byHref.isEmpty() && project.documents().size() == 1) {
                    byHref = Optional.of(project.documents().get(0));
                }
                doc = byHref.orElseThrow(() -> new InterchangeException(name + " belongs to “" + xfdf.href()
                        + "”, which is not a document of the project. Say which document it annotates."));
            }
            PagedDocument paged;
            try {
                paged = PagedDocument.of(doc, access, progress);
            } catch (PagesUnavailableException e) {
                throw new InterchangeException(e.getMessage(), e);
            }
            report = InterchangeImport.fromXfdf(project, paged, xfdf.annotations(), now);
        } else {
            W3cAnnotations.Contents contents;
            try {
                contents = W3cAnnotations.read(bytes);
            } catch (InterchangeException e) {
                throw new InterchangeException(name + ": " + e.getMessage(), e);
            }
            report = InterchangeImport.fromW3c(project, contents, now);
        }
        List<Edit> edits = new ArrayList<>();
        if (!report.waiting().isEmpty()) {
            edits.add(Edits.addDocuments(report.waiting(), now));
        }
        // one step each for all the highlights and all the comparisons: a step per annotation copied the project's lists every time
        if (!report.highlights().isEmpty()) {
            edits.add(Edits.addHighlights(report.highlights(), now));
        }
        if (!report.comparisons().isEmpty()) {
            edits.add(Edits.addComparisons(report.comparisons(), now));
        }
        updated.forEach(h -> edits.add(Edits.updateHighlight(h, "Add Replies", now)));
        return new Outcome(new CompositeEdit("Import Annotations from " + name, edits), report);
    }
}
