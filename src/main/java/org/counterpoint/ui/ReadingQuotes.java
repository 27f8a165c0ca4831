package org.counterpoint.ui;

import java.util.Map;
import java.util.WeakHashMap;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.ReadingText;
import org.counterpoint.model.SourceDocument;

/**
 * Quotes as the screens show them for reading (board, inspector, navigator): in their reading form,
 * judged by the words of their own document. The words of a document are gathered once per text,
 * not once per edit: every revision of a project shares its documents' texts.
 */
public final class ReadingQuotes {
    /** The vocabulary of each document text now in use; a text no longer referenced is let go. */
    private static final Map<String, ReadingText.Vocabulary> VOCABULARIES = new WeakHashMap<>();

    private ReadingQuotes() {
    }

    /** The reading form of a highlight's quote. */
    public static String of(Project project, Highlight h) {
        String text = project == null ? null : project.document(h.documentId()).map(SourceDocument::text).orElse(null);
        return ReadingText.of(h.quote(), text == null ? ReadingText.Vocabulary.NONE : vocabulary(text));
    }

    private static synchronized ReadingText.Vocabulary vocabulary(String text) {
        return VOCABULARIES.computeIfAbsent(text, ReadingText.Vocabulary::of);
    }
}
