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
     */
    public record Request(Project project, ExportFormat format, Path output, List<SourceDocument> documents, Predicate<Highlight> include,
                          boolean flatten, SourceAccess access, LocalDate date) {
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
        List<Path> written = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        switch (r.format()) {
            case REPORT -> write(r.output(), ReportPdfExporter.export(project, r.date(), progress), written);
            case W3C -> write(r.output(), W3cAnnotations.export(project, include), written);
            case CLAIMREVIEW -> {
                write(r.output(), ClaimReviewExporter.export(project), written);
                long reviews = project.comparisons().stream().filter(c -> c.verdict() != org.counterpoint.model.Verdict.UNDETERMINED).count();
                if (reviews == 0) {
                    notes.add("No comparison has a verdict yet, so the ClaimReview file is an empty list. Set verdicts on the board first.");
                }
            }
            case CSV -> write(r.output(), CsvExporter.export(project, include), written);
            case MARKDOWN -> write(r.output(), MarkdownExporter.export(project, r.date()), written);
            case SLIDES, PPTX -> {
                var deck = org.counterpoint.export.slides.SlideDecks.write(r.format() == ExportFormat.PPTX, project,
                        r.project().presentation(), r.access(), progress);
                write(r.output(), deck.bytes(), written);
                notes.addAll(deck.notes());
            }
            case ANNOTATED_PDF, XFDF -> {
                if (docs.isEmpty()) {
                    throw new ExportException("The project has no documents to export.");
                }
                boolean folder = docs.size() > 1 || Files.isDirectory(r.output());
                if (folder) {
                    Files.createDirectories(r.output());
                }
                int n = 0;
                for (SourceDocument d : docs) {
                    progress.checkCancelled();
                    Progress slice = progress.slice(n / (double) docs.size(), (n + 1) / (double) docs.size(), 1000L * docs.size());
                    PagedDocument paged = pages(d, r.access(), slice);
                    Path target = folder ? r.output().resolve(fileName(d, r.format())) : r.output();
                    if (r.format() == ExportFormat.ANNOTATED_PDF) {
                        AnnotatedPdfExporter.Result result = AnnotatedPdfExporter.export(project, paged,
                                new AnnotatedPdfExporter.Options(include, r.flatten()), slice);
                        write(target, result.pdf(), written);
                        notes.addAll(result.notes());
                    } else {
                        String pdfName = d.kind() == DocumentKind.PDF && !d.origin().fileName().isBlank() ? d.origin().fileName()
                                : fileName(d, ExportFormat.ANNOTATED_PDF);
                        write(target, Xfdf.export(project, paged, include, pdfName), written);
                        if (d.kind() != DocumentKind.PDF) {
                            notes.add("“" + d.title() + "” is not a PDF: its XFDF fits the typeset PDF that the annotated-PDF export writes ("
                                    + pdfName + ").");
                        }
                    }
                    n++;
                }
            }
        }
        return new Result(written, notes);
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
        return new Project(p.title(), p.description(), p.author(), p.documents(), kept, comparisons, p.created(), p.modified());
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
