package org.counterpoint.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A passage of a source document that matters to the argument.
 *
 * <p>A text highlight has an {@link TextAnchor}; an area highlight (drawn on a PDF page with no
 * text layer) has a {@link PageArea} and no anchor. Exactly one of the two is present.
 *
 * @param color  "#rrggbb", or "" to use the role's colour
 * @param status     derived on load (see {@link AnchorStatus}); never written to the project file
 * @param externalId the annotation's id in the program it was brought in from ("hypothesis:ID", "zotero:KEY"), or "";
 *                   importing the same annotation again finds it by this id and leaves it alone
 */
public record Highlight(
        String id,
        String documentId,
        Role role,
        List<String> tags,
        TextAnchor anchor,
        PageArea area,
        String color,
        String note,
        Provenance provenance,
        String annotator,
        Instant created,
        Instant modified,
        AnchorStatus status,
        String externalId) {

    public Highlight {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(role, "role");
        if ((anchor == null) == (area == null)) {
            throw new IllegalArgumentException("a highlight has either a text anchor or a page area");
        }
        tags = List.copyOf(tags == null ? List.of() : tags);
        color = Text.orEmpty(color);
        note = Text.orEmpty(note);
        provenance = provenance == null ? Provenance.UNKNOWN : provenance;
        annotator = Text.orEmpty(annotator);
        // the file keeps milliseconds; so does memory, so saving and loading gives an equal highlight
        created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.MILLIS);
        modified = modified == null ? created : modified.truncatedTo(ChronoUnit.MILLIS);
        status = status == null ? AnchorStatus.OK : status;
        externalId = Text.orEmpty(externalId);
    }

    /** A highlight made in Counterpoint, with no id in another program. */
    public Highlight(String id, String documentId, Role role, List<String> tags, TextAnchor anchor, PageArea area, String color, String note,
                     Provenance provenance, String annotator, Instant created, Instant modified, AnchorStatus status) {
        this(id, documentId, role, tags, anchor, area, color, note, provenance, annotator, created, modified, status, "");
    }

    /** The same highlight, remembered as the annotation {@code value} of another program. */
    public Highlight withExternalId(String value) {
        return new Highlight(id, documentId, role, tags, anchor, area, color, note, provenance, annotator, created, modified, status, value);
    }

    /** A new text highlight with empty note and provenance. */
    public static Highlight ofText(String id, String documentId, Role role, TextAnchor anchor, String annotator, Instant now) {
        return new Highlight(id, documentId, role, List.of(), anchor, null, "", "", Provenance.UNKNOWN, annotator, now, now, AnchorStatus.OK);
    }

    /** A new area highlight with empty note and provenance. */
    public static Highlight ofArea(String id, String documentId, Role role, PageArea area, String annotator, Instant now) {
        return new Highlight(id, documentId, role, List.of(), null, area, "", "", Provenance.UNKNOWN, annotator, now, now, AnchorStatus.OK);
    }

    public boolean isArea() {
        return area != null;
    }

    public boolean isFlagged() {
        return status == AnchorStatus.FLAGGED;
    }

    /** The quoted text, or "" for an area highlight. */
    public String quote() {
        return anchor == null ? "" : anchor.exact();
    }

    public Highlight withRole(Role value, Instant now) {
        return new Highlight(id, documentId, value, tags, anchor, area, color, note, provenance, annotator, created, now, status, externalId);
    }

    public Highlight withTags(List<String> value, Instant now) {
        return new Highlight(id, documentId, role, value, anchor, area, color, note, provenance, annotator, created, now, status, externalId);
    }

    public Highlight withNote(String value, Instant now) {
        return new Highlight(id, documentId, role, tags, anchor, area, color, value, provenance, annotator, created, now, status, externalId);
    }

    public Highlight withColor(String value, Instant now) {
        return new Highlight(id, documentId, role, tags, anchor, area, value, note, provenance, annotator, created, now, status, externalId);
    }

    public Highlight withProvenance(Provenance value, Instant now) {
        return new Highlight(id, documentId, role, tags, anchor, area, color, note, value, annotator, created, now, status, externalId);
    }

    /** Moves the anchor without touching the modification time: re-anchoring is not an edit. */
    public Highlight withAnchor(TextAnchor value, AnchorStatus newStatus) {
        return new Highlight(id, documentId, role, tags, value, area, color, note, provenance, annotator, created, modified, newStatus, externalId);
    }
}
