package org.counterpoint.typeset;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.counterpoint.anchor.QuoteSearch;
import org.counterpoint.io.Digests;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.PdfExtraction;
import org.counterpoint.pdf.PdfOpenException;
import org.counterpoint.pdf.PdfTextExtractor;
import org.counterpoint.task.Progress;

/**
 * A document as pages to annotate: the source PDF itself, or for text and web documents their text
 * typeset into a clean PDF; with the glyph box of every character of the document's text.
 *
 * @param text      the text the layout indexes; normally the document's own snapshot
 * @param password  the source's password, or null
 */
public record PagedDocument(SourceDocument document, byte[] pdf, GlyphLayout layout, String text, String password, boolean typeset) {

    public static PagedDocument of(SourceDocument doc, SourceAccess access, Progress progress) throws PagesUnavailableException, IOException {
        if (doc.kind() != DocumentKind.PDF) {
            TextPdf.Result typeset = TextPdf.typeset(doc, progress);
            return new PagedDocument(doc, typeset.pdf(), typeset.layout(), doc.text(), null, true);
        }
        Optional<Path> file = access.sourceFile(doc);
        if (file.isEmpty()) {
            throw new PagesUnavailableException("The PDF “" + doc.title() + "” is not where it was imported from (" + doc.origin().path()
                    + "). Put it back, or locate it in the app, to export it with annotations.");
        }
        byte[] bytes = verifiedBytes(doc, file.get());
        String password = access.password(doc);
        Optional<GlyphLayout> known = access.layout(doc).filter(l -> l.length() == doc.text().length());
        if (known.isPresent()) {
            return new PagedDocument(doc, bytes, known.get(), doc.text(), password, false);
        }
        try {
            PdfExtraction extraction = PdfTextExtractor.extract(bytes, password, progress);
            return new PagedDocument(doc, bytes, extraction.layout(), extraction.text(), password, false);
        } catch (PdfOpenException e) {
            throw new PagesUnavailableException(file.get().getFileName() + " cannot be opened: " + e.getMessage()
                    + (e.kind() == PdfOpenException.Kind.PASSWORD_REQUIRED ? " Give its password to export it." : ""), e);
        }
    }

    /** The largest source PDF read into an export; larger ones are refused before they are read. */
    public static final long MAX_PDF_BYTES = 256L << 20;

    /**
     * The bytes of a PDF source, read only if it carries a digest, is not too large, and its bytes
     * match the digest; a project cannot make an export read any other file.
     */
    static byte[] verifiedBytes(SourceDocument doc, Path file) throws PagesUnavailableException, IOException {
        if (!Digests.isSha256(doc.sha256())) {
            throw new PagesUnavailableException("“" + doc.title() + "” has no valid SHA-256 digest in the project, so its PDF cannot be checked "
                    + "and is not read. Import the PDF again to export it.");
        }
        long size = Files.size(file);
        if (size > MAX_PDF_BYTES) {
            throw new PagesUnavailableException(file.getFileName() + " is " + (size >> 20) + " MB, more than the "
                    + (MAX_PDF_BYTES >> 20) + " MB an export reads; export a smaller PDF.");
        }
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            // never more than the limit, even if the file grows after its size was read
            bytes = in.readNBytes((int) MAX_PDF_BYTES + 1);
        }
        if (bytes.length > MAX_PDF_BYTES || !Digests.sha256(bytes).equals(doc.sha256())) {
            throw new PagesUnavailableException(file.getFileName() + " has changed since it was imported as “" + doc.title()
                    + "”, so the highlights may no longer fit its pages. Import the new version as a new document.");
        }
        return bytes;
    }

    /**
     * Where a highlight's quote is in this text: its own range when the text is the snapshot, else
     * wherever its quote is found; empty when it cannot be placed (a flagged anchor).
     */
    public Optional<int[]> rangeOf(Highlight h) {
        if (h.anchor() == null || h.isFlagged()) {
            return Optional.empty();
        }
        if (text.equals(document.text())) {
            return Optional.of(new int[] {h.anchor().start(), h.anchor().end()});
        }
        return QuoteSearch.find(text, h.anchor()).map(f -> new int[] {f.start(), f.end()});
    }
}
