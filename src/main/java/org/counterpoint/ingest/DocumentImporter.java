package org.counterpoint.ingest;

import org.counterpoint.io.Digests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.Ids;
import org.counterpoint.model.Origin;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.PdfExtraction;
import org.counterpoint.pdf.PdfFiles;
import org.counterpoint.pdf.PdfOpenException;
import org.counterpoint.pdf.PdfTextExtractor;
import org.counterpoint.task.Progress;

/**
 * Turns a source file into a {@link SourceDocument}: plain text, a saved web page or a PDF.
 * Each import is bounded in time, and a failure is an {@link ImportException} that says why.
 */
public final class DocumentImporter {

    public static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown");
    public static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "mhtml");
    public static final Set<String> PDF_EXTENSIONS = Set.of("pdf");

    private final Clock clock;
    private final Duration timeLimit;

    public DocumentImporter() {
        this(Clock.systemUTC(), Duration.ofMinutes(10));
    }

    public DocumentImporter(Clock clock, Duration timeLimit) {
        this.clock = clock;
        this.timeLimit = timeLimit;
    }

    /** True if the file's name says it is a kind Counterpoint imports. */
    public static boolean isSupported(Path file) {
        String ext = Sources.extension(file);
        return TEXT_EXTENSIONS.contains(ext) || HTML_EXTENSIONS.contains(ext) || PDF_EXTENSIONS.contains(ext);
    }

    /**
     * @param password for encrypted PDFs; null when none is known
     * @throws CancellationException when {@code progress} is cancelled
     */
    public ImportedDocument importFile(Path file, String password, Progress progress) throws ImportException {
        byte[] bytes = Sources.readAll(file);
        org.counterpoint.pdf.ImportTrace.mark("file read");
        String name = file.getFileName().toString();
        DocumentKind kind = kindOf(file, bytes);
        Instant now = clock.instant();
        Origin origin = new Origin(file.toAbsolutePath().normalize().toString(), name);
        if (kind == DocumentKind.PDF) {
            return importPdf(file, bytes, password, progress, origin, now);
        }
        String sha = Digests.sha256(bytes);
        switch (kind) {
            case TEXT -> {
                TextImporter.Result r = new TextImporter().read(file, bytes);
                return new ImportedDocument(new SourceDocument(Ids.document(), r.title(), kind, origin, sha, withoutControls(r.text()),
                        List.of(0), DocumentMetadata.EMPTY, now), null, List.of());
            }
            case HTML -> {
                HtmlImporter.Result r = new HtmlImporter().read(file, bytes);
                return new ImportedDocument(new SourceDocument(Ids.document(), r.title(), kind, origin, sha, withoutControls(r.text()),
                        List.of(0), r.metadata(), now), null, List.of());
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
    }

    private ImportedDocument importPdf(Path file, byte[] bytes, String password, Progress progress, Origin origin,
                                       Instant now) throws ImportException {
        String name = file.getFileName().toString();
        // the digest is taken beside the parse, on whichever core is free, rather than before it
        FutureTask<String> digest = new FutureTask<>(() -> {
            String sha = Digests.sha256(bytes);
            org.counterpoint.pdf.ImportTrace.threadDone("digest");
            return sha;
        });
        Thread digester = new Thread(digest, "digest");
        digester.setDaemon(true);
        digester.start();
        Deadline deadline = new Deadline(progress, clock.instant().plus(timeLimit), clock);
        PdfExtraction pdf;
        try {
            pdf = PdfTextExtractor.extract(bytes, password, deadline);
        } catch (PdfOpenException e) {
            throw switch (e.kind()) {
                case NOT_A_PDF -> new ImportException(ImportException.Reason.NOT_A_PDF, name + " cannot be imported: " + e.getMessage(), e);
                case PASSWORD_REQUIRED -> new ImportException(ImportException.Reason.PASSWORD_REQUIRED,
                        name + " is protected by a password. Enter the password to import it.", e);
                case WRONG_PASSWORD -> new ImportException(ImportException.Reason.WRONG_PASSWORD,
                        "The password for " + name + " is not correct. Check it and try again.", e);
                case CERTIFICATE_ENCRYPTED -> new ImportException(ImportException.Reason.CERTIFICATE_ENCRYPTED,
                        name + " cannot be imported: " + e.getMessage(), e);
                case DAMAGED -> new ImportException(ImportException.Reason.DAMAGED, name + " cannot be imported: " + e.getMessage(), e);
            };
        } catch (CancellationException e) {
            if (deadline.expired()) {
                throw new ImportException(ImportException.Reason.TIMED_OUT, name + " took longer than "
                        + timeLimit.toMinutes() + " minutes to read and was stopped. The file may be damaged.", e);
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(ImportException.Reason.DAMAGED,
                    name + " cannot be imported: it is damaged (" + oneLine(e) + ").", e);
        } catch (OutOfMemoryError e) {
            throw new ImportException(ImportException.Reason.TOO_LARGE, name + " needs more memory to read than is available.");
        }
        org.counterpoint.pdf.ImportTrace.mark("text stitched");
        List<String> notes = new ArrayList<>();
        if (!pdf.hasTextLayer()) {
            notes.add(name + " has no text layer (it is probably a scan), so its text cannot be highlighted. "
                    + "You can still draw area highlights on its pages in the page view.");
        }
        if (pdf.unmappedGlyphs() > 0) {
            notes.add(name + ": " + pdf.unmappedGlyphs() + (pdf.unmappedGlyphs() == 1 ? " character has" : " characters have")
                    + " no known text in the PDF and " + (pdf.unmappedGlyphs() == 1 ? "shows" : "show") + " as \uFFFD; quotes over "
                    + (pdf.unmappedGlyphs() == 1 ? "it" : "them") + " will need checking against the page.");
        }
        if (pdf.hasTextLayer() && !pdf.pagesWithoutText().isEmpty() && pdf.pagesWithoutText().size() < pdf.pageCount()) {
            notes.add(name + ": " + pdf.pagesWithoutText().size() + " of " + pdf.pageCount()
                    + " pages have no text layer; use area highlights there.");
        }
        String sha = digestOf(digest);
        String title = usableTitle(pdf.title()) ? pdf.title() : Sources.baseName(file);
        DocumentMetadata metadata = new DocumentMetadata(pdf.author(), "", pdf.created(), "");
        SourceDocument doc = new SourceDocument(Ids.document(), title, DocumentKind.PDF, origin, sha, pdf.text(),
                pdf.pageStarts(), metadata, now);
        org.counterpoint.pdf.ImportTrace.mark("document made");
        return new ImportedDocument(doc, pdf.layout(), notes, pdf.annotations());
    }

    private static String digestOf(FutureTask<String> digest) {
        try {
            return digest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the digest failed", e.getCause());
        }
    }

    /**
     * Stored text never holds a control character other than the line break: tabs and vertical
     * tabs become spaces, form feeds line breaks, and any other control character U+FFFD.
     */
    static String withoutControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || Character.getType(c) != Character.CONTROL) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            out.setCharAt(i, c == '\t' || c == 0x0B || c == '\r' ? ' ' : c == '\f' ? '\n' : '\uFFFD');
        }
        return out == null ? text : out.toString();
    }

    /** What a file holds: its extension decides, and the bytes decide for unknown extensions. */
    static DocumentKind kindOf(Path file, byte[] bytes) throws ImportException {
        String ext = Sources.extension(file);
        if (PDF_EXTENSIONS.contains(ext)) {
            return DocumentKind.PDF;
        }
        if (HTML_EXTENSIONS.contains(ext)) {
            return DocumentKind.HTML;
        }
        if (TEXT_EXTENSIONS.contains(ext)) {
            return DocumentKind.TEXT;
        }
        if (PdfFiles.hasPdfHeader(bytes)) {
            return DocumentKind.PDF;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return DocumentKind.HTML;
        }
        throw new ImportException(ImportException.Reason.UNSUPPORTED, file.getFileName()
                + " is not a kind of file Counterpoint imports. Import PDFs (.pdf), web pages (.html) or plain text (.txt).");
    }

    /** PDF titles are often left as the authoring tool's file name; those are not titles. */
    private static boolean usableTitle(String title) {
        if (title == null || title.isBlank() || title.length() > 200) {
            return false;
        }
        String t = title.toLowerCase(Locale.ROOT);
        return !(t.startsWith("microsoft word") || t.matches(".*\\.(docx?|pdf|odt|rtf|pptx?|xlsx?|indd|qxd)$") || t.equals("untitled"));
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.lines().findFirst().orElse(m);
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }

    /** Progress that also counts as cancelled once a deadline has passed. */
    private static final class Deadline implements Progress {
        private final Progress inner;
        private final Instant end;
        private final Clock clock;
        private volatile boolean expired;

        Deadline(Progress inner, Instant end, Clock clock) {
            this.inner = inner;
            this.end = end;
            this.clock = clock;
        }

        @Override
        public void update(long done, long total, String message) {
            inner.update(done, total, message);
        }

        @Override
        public boolean isCancelled() {
            if (!expired && clock.instant().isAfter(end)) {
                expired = true;
            }
            return expired || inner.isCancelled();
        }

        boolean expired() {
            return expired;
        }
    }
}
