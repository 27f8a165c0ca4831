package org.counterpoint.typeset;

import java.nio.file.Path;
import java.util.Optional;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.SourceDocument;

/**
 * How an export reaches what the project file does not hold: the source PDFs, their passwords,
 * and their glyph boxes when already known (the app's memory or the cache beside the project).
 */
public interface SourceAccess {

    Optional<Path> sourceFile(SourceDocument document);

    /** The password of an encrypted source, or null. */
    String password(SourceDocument document);

    /** Glyph boxes already known for a PDF document; empty when they must be read from the source. */
    Optional<GlyphLayout> layout(SourceDocument document);

    /** Sources only where their recorded paths say, no passwords, no known boxes. */
    static SourceAccess byRecordedPaths() {
        return new SourceAccess() {
            @Override
            public Optional<Path> sourceFile(SourceDocument d) {
                if (d.origin().path().isBlank()) {
                    return Optional.empty();
                }
                Path p = Path.of(d.origin().path());
                return java.nio.file.Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
            }

            @Override
            public String password(SourceDocument d) {
                return null;
            }

            @Override
            public Optional<GlyphLayout> layout(SourceDocument d) {
                return Optional.empty();
            }
        };
    }
}
