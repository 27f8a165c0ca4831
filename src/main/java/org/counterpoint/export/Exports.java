package org.counterpoint.export;

import org.counterpoint.typeset.PagedDocument;
import org.counterpoint.typeset.SourceAccess;
import org.counterpoint.typeset.PagesUnavailableException;
import org.counterpoint.interchange.W3cAnnotations;

import org.counterpoint.interchange.Xfdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.counterpoint.io.AtomicFileWriter;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.task.Progress;

/** Runs an export for the command line and the app alike. */
public final class Exports {

    /**
     * What to export and where.
     *
     * @param documents the documents to export; for per-document formats one file each, for the others
     *                  only their highlights; null for all
     * @param include   which highlights to include (the navigator's filter, or the command line's --role)
     * @param output    a file, or for several documents of a per-document format a folder
     * @param projectFile the project's file, which an export never writes over; null for a project without one
     * @param keepActiveContent annotated PDFs keep the source's scripts, launch and form-submitting actions;
     *                  off by default, when they are stripped and the summary says so
     */
    public record Request(Project project, ExportFormat format, Path output, List<SourceDocument> documents, Predicate<Highlight> include,
                          boolean flatten, SourceAccess access, LocalDate date, Path projectFile, boolean keepActiveContent) {

        /** A request for a project without a known file, with active content stripped. */
        public Request(Project project, ExportFormat format, Path output, List<SourceDocument> documents, Predicate<Highlight> include,
                       boolean flatten, SourceAccess access, LocalDate date) {
            this(project, format, output, documents, include, flatten, access, date, null, false);
        }
    }

    /** The files written and what the user should know. */
    public record Result(List<Path> written, List<String> notes) {
    }

    private Exports() {
    }

    public static Result run(Request r, Progress progress) throws ExportException, IOException {
        List<SourceDocument> docs = r.documents() == null ? r.project().documents() : r.documents();
        List<String> docIds = docs.stream().map(SourceDocument::id).toList();
        Predicate<Highlight> include = h -> docIds.contains(h.documentId()) && r.include().test(h);
        Project project = filtered(r.project(), include, r.documents() == null);
        OutputGuard guard = new OutputGuard(r.project(), r.projectFile(), r.access());
        List<Path> written = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!r.format().perDocument()) {
            guard.check(r.output());
            write(r.output(), single(r, project, include, notes, progress), written);
            return new Result(written, notes);
        }
        if (docs.isEmpty()) {
            throw new ExportException("The project has no documents to export.");
        }
        boolean folder = docs.size() > 1 || Files.isDirectory(r.output(), java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (!folder) {
            guard.check(r.output());
        } else {
            Files.createDirectories(r.output());
            for (SourceDocument d : docs) {
                guard.check(r.output().resolve(fileName(d, r.format())));
            }
        }
        int n = 0;
        for (SourceDocument d : docs) {
            progress.checkCancelled();
            Progress slice = progress.slice(n / (double) docs.size(), (n + 1) / (double) docs.size(), 1000L * docs.size());
            Path target = folder ? r.output().resolve(fileName(d, r.format())) : r.output();
            write(target, perDocument(r, project, d, include, notes, slice), written);
            n++;
        }
        return new Result(written, notes);
    }

    /**
     * The export as bytes, for the formats that are one text file (and XFDF of one document), to go
     * to standard output.
     *
     * @throws ExportException for a PDF format, or XFDF of several documents
     */
    public static byte[] toBytes(Request r, List<String> notes, Progress progress) throws ExportException, IOException {
        List<SourceDocument> docs = r.documents() == null ? r.project().documents() : r.documents();
        List<String> docIds = docs.stream().map(SourceDocument::id).toList();
        Predicate<Highlight> include = h -> docIds.contains(h.documentId()) && r.include().test(h);
        Project project = filtered(r.project(), include, r.documents() == null);
        if (r.format() == ExportFormat.ANNOTATED_PDF || r.format() == ExportFormat.REPORT) {
            throw new ExportException("A PDF cannot be written to standard output; give a file name with -o.");
        }
        if (!r.format().perDocument()) {
            return single(r, project, include, notes, progress);
        }
        if (docs.size() != 1) {
            throw new ExportException("XFDF is written one file per document; choose one with --document to write it to standard output.");
        }
        return perDocument(r, project, docs.get(0), include, notes, progress);
    }

    private static byte[] single(Request r, Project project, Predicate<Highlight> include, List<String> notes, Progress progress)
            throws IOException {
        return switch (r.format()) {
            case REPORT -> ReportPdfExporter.export(project, r.date(), progress);
            case W3C -> W3cAnnotations.export(project, include);
            case CLAIMREVIEW -> {
                long reviews = project.comparisons().stream().filter(c -> c.verdict() != org.counterpoint.model.Verdict.UNDETERMINED).count();
                if (reviews == 0) {
                    notes.add("No comparison has a verdict yet, so the ClaimReview file is an empty list. Set verdicts on the board first.");
                } else {
                    notes.addAll(ClaimReviewExporter.warnings(project));
                }
                yield ClaimReviewExporter.export(project);
            }
            case CSV -> CsvExporter.export(project, include);
            case MARKDOWN -> MarkdownExporter.export(project, r.date());
            case ANNOTATED_PDF, XFDF -> throw new IllegalArgumentException(r.format() + " is written per document");
        };
    }

    private static byte[] perDocument(Request r, Project project, SourceDocument d, Predicate<Highlight> include, List<String> notes,
                                      Progress progress) throws ExportException, IOException {
        PagedDocument paged = pages(d, r.access(), progress);
        if (r.format() == ExportFormat.ANNOTATED_PDF) {
            AnnotatedPdfExporter.Result result = AnnotatedPdfExporter.export(project, paged,
                    new AnnotatedPdfExporter.Options(include, r.flatten(), r.keepActiveContent()), progress);
            notes.addAll(result.notes());
            return result.pdf();
        }
        String pdfName = d.kind() == DocumentKind.PDF && !d.origin().fileName().isBlank() ? d.origin().fileName()
                : fileName(d, ExportFormat.ANNOTATED_PDF);
        if (d.kind() != DocumentKind.PDF) {
            notes.add("“" + d.title() + "” is not a PDF: its XFDF fits the typeset PDF that the annotated-PDF export writes ("
                    + pdfName + ").");
        }
        return Xfdf.export(project, paged, include, pdfName);
    }

    /** The project with only the included highlights, and comparisons holding only those. */
    static Project filtered(Project p, Predicate<Highlight> include, boolean allDocuments) {
        List<Highlight> kept = p.highlights().stream().filter(include).toList();
        List<String> ids = kept.stream().map(Highlight::id).toList();
        List<Comparison> comparisons = new ArrayList<>();
        for (Comparison c : p.comparisons()) {
            Comparison trimmed = c.withClaims(c.claimIds().stream().filter(ids::contains).toList())
                    .withRebuttals(c.rebuttalIds().stream().filter(ids::contains).toList());
            if (allDocuments && trimmed.equals(c) || !trimmed.claimIds().isEmpty() || !trimmed.rebuttalIds().isEmpty()) {
                comparisons.add(trimmed);
            }
        }
        return new Project(p.title(), p.description(), p.author(), p.documents(), kept, comparisons, p.created(), p.modified(), p.reviewUrlBase());
    }

    /** "Hikvision UK letter.annotated.pdf": the document's title, safe as a file name, and the format's ending. */
    public static String fileName(SourceDocument d, ExportFormat format) {
        String base = d.title().isBlank() ? d.origin().fileName() : d.title();
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").strip();
        if (base.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            base = base.substring(0, base.length() - 4);
        }
        if (base.length() > 80) {
            base = base.substring(0, 80).strip();
        }
        if (base.isEmpty()) {
            base = d.id();
        }
        return base + (format == ExportFormat.ANNOTATED_PDF ? ".annotated.pdf" : "." + format.extension());
    }

    private static void write(Path target, byte[] bytes, List<Path> written) throws IOException {
        AtomicFileWriter.write(target, out -> out.write(bytes), false);
        written.add(target);
    }

    private static PagedDocument pages(SourceDocument d, SourceAccess access, Progress progress) throws ExportException, IOException {
        try {
            return PagedDocument.of(d, access, progress);
        } catch (PagesUnavailableException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }
}
