package org.counterpoint.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * An imported source with its text snapshot, so a project shows every quote even when the
 * source file is gone.
 *
 * @param sha256     lower-case hex SHA-256 of the source file's bytes
 * @param text       the extracted text; every anchor indexes into it in UTF-16 code units
 * @param pageStarts the offset in {@code text} at which each page begins; {@code [0]} for unpaged sources
 */
public record SourceDocument(
        String id,
        String title,
        DocumentKind kind,
        Origin origin,
        String sha256,
        String text,
        List<Integer> pageStarts,
        DocumentMetadata metadata,
        Instant imported) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        title = Text.orEmpty(title);
        Objects.requireNonNull(kind, "kind");
        origin = origin == null ? new Origin("", "") : origin;
        sha256 = Text.orEmpty(sha256);
        text = Text.orEmpty(text);
        pageStarts = List.copyOf(pageStarts == null || pageStarts.isEmpty() ? List.of(0) : pageStarts);
        metadata = metadata == null ? DocumentMetadata.EMPTY : metadata;
        imported = Objects.requireNonNull(imported, "imported").truncatedTo(ChronoUnit.MILLIS);
    }

    public int pageCount() {
        return pageStarts.size();
    }

    /** The 1-based page on which the character at {@code offset} stands. */
    public int pageNumberAt(int offset) {
        int lo = 0;
        int hi = pageStarts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pageStarts.get(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The page or pages a text range {@code [start, end)} is on, for citing: "4", or "4–5" when it runs over a page break. */
    public String pagesOf(int start, int end) {
        int first = pageNumberAt(start);
        int last = pageNumberAt(Math.max(start, end - 1));
        return last > first ? first + "\u2013" + last : Integer.toString(first);
    }

    /** Where a highlight is in this document, as a citation: "p. 4", or "pp. 4–5" for a quote that runs over a page break. */
    public String pageCitation(Highlight h) {
        String pages = h.isArea() ? Integer.toString(h.area().pageNumber()) : pagesOf(h.anchor().start(), h.anchor().end());
        return (pages.contains("\u2013") ? "pp. " : "p. ") + pages;
    }

    /** The text range {@code [start, end)} of a 1-based page. */
    public int[] pageRange(int pageNumber) {
        int start = pageStarts.get(pageNumber - 1);
        int end = pageNumber < pageStarts.size() ? pageStarts.get(pageNumber) : text.length();
        return new int[] {start, end};
    }

    /** True for a document with no extractable text at all, such as a scanned PDF. */
    public boolean hasNoText() {
        return text.isBlank();
    }

    /**
     * True for a stand-in: a document that annotations were brought in for before its source was
     * imported. It has no text and no file; its highlights wait, flagged, until the source is
     * imported, which fills it in and places them.
     */
    public boolean isStandIn() {
        return text.isEmpty() && origin.path().isEmpty();
    }

    /** A stand-in for a source known only by its file name and, when known, the SHA-256 of its bytes. */
    public static SourceDocument standIn(String id, String fileName, String sha256, DocumentKind kind, Instant now) {
        String title = fileName.isBlank() ? "Source " + (sha256.isBlank() ? id : sha256.substring(0, Math.min(12, sha256.length()))) : fileName;
        return new SourceDocument(id, title, kind, new Origin("", fileName), sha256, "", List.of(0), DocumentMetadata.EMPTY, now);
    }

    /** Whether an imported source is the one this stand-in waits for: the same bytes, or, when those are unknown, the same file name. */
    public boolean isStandInFor(SourceDocument source) {
        if (!isStandIn()) {
            return false;
        }
        if (!sha256.isEmpty()) {
            return sha256.equals(source.sha256());
        }
        return !origin.fileName().isBlank() && origin.fileName().equalsIgnoreCase(source.origin().fileName());
    }

    public SourceDocument withId(String value) {
        return new SourceDocument(value, title, kind, origin, sha256, text, pageStarts, metadata, imported);
    }

    public SourceDocument withTitle(String value) {
        return new SourceDocument(id, value, kind, origin, sha256, text, pageStarts, metadata, imported);
    }

    public SourceDocument withOrigin(Origin value) {
        return new SourceDocument(id, title, kind, value, sha256, text, pageStarts, metadata, imported);
    }

    public SourceDocument withMetadata(DocumentMetadata value) {
        return new SourceDocument(id, title, kind, origin, sha256, text, pageStarts, value, imported);
    }
}
