package org.counterpoint.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.counterpoint.typeset.SourceAccess;
import org.counterpoint.io.GlyphCache;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.SourceDocument;

/** Sources as the command line finds them: where the project says, with the glyph cache beside it. */
final class ProjectSources implements SourceAccess {
    private final GlyphCache cache;
    private final String password;

    /**
     * @param password the password the user gave for encrypted PDFs, or null
     */
    ProjectSources(Path projectFile, String password) {
        this.cache = GlyphCache.besideProject(projectFile);
        this.password = password;
    }

    @Override
    public Optional<Path> sourceFile(SourceDocument d) {
        return SourceAccess.byRecordedPaths().sourceFile(d);
    }

    @Override
    public String password(SourceDocument d) {
        return password;
    }

    @Override
    public Optional<GlyphLayout> layout(SourceDocument d) {
        return d.sha256().isEmpty() ? Optional.empty() : cache.get(d.sha256(), d.text().length());
    }
}
