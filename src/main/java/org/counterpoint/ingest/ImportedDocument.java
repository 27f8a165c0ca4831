package org.counterpoint.ingest;

import java.util.List;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.ExistingAnnotation;

/**
 * A source file turned into a document.
 *
 * @param layout where each character stands on its page; null for text and web pages
 * @param notes       things the user should know, e.g. that a PDF has no text layer
 * @param annotations annotations other programs left in a PDF, which the user may bring in as highlights
 */
public record ImportedDocument(SourceDocument document, GlyphLayout layout, List<String> notes, List<ExistingAnnotation> annotations) {
    public ImportedDocument {
        notes = List.copyOf(notes);
        annotations = List.copyOf(annotations);
    }

    public ImportedDocument withDocument(SourceDocument value) {
        return new ImportedDocument(value, layout, notes, annotations);
    }

    public ImportedDocument(SourceDocument document, GlyphLayout layout, List<String> notes) {
        this(document, layout, notes, List.of());
    }

    /** The same import entering the project under another id (that of a stand-in waiting for it). */
    public ImportedDocument withId(String id) {
        return id.equals(document.id()) ? this : withDocument(document.withId(id));
    }
}
