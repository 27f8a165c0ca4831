package org.counterpoint.ingest;

import java.util.List;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.SourceDocument;

/**
 * A source file turned into a document.
 *
 * @param layout where each character stands on its page; null for text and web pages
 * @param notes  things the user should know, e.g. that a PDF has no text layer
 */
public record ImportedDocument(SourceDocument document, GlyphLayout layout, List<String> notes) {
    public ImportedDocument {
        notes = List.copyOf(notes);
    }
}
