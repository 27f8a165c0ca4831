package org.counterpoint.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.counterpoint.io.Digests;
import org.counterpoint.io.GlyphCache;
import org.counterpoint.io.IoMessages;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Origin;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.PdfTextExtractor;
import org.counterpoint.typeset.SourceAccess;

/**
 * Where the project's sources are and what is known of them for this run: their files, the
 * passwords of encrypted PDFs (in memory only, never saved) and their glyph layouts.
 */
public final class SourceRegistry {
    private final AppServices services;
    private final Supplier<Path> projectFile;
    private final StatusState status;
    /** Passwords of encrypted sources, by SHA-256. */
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, GlyphLayout> layouts = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<GlyphLayout>>> layoutWaiters = new HashMap<>();

    public SourceRegistry(AppServices services, Supplier<Path> projectFile, StatusState status) {
        this.services = services;
        this.projectFile = projectFile;
        this.status = status;
    }

    /** The glyph layout of a PDF document, if it has been extracted or read from the cache. */
    public Optional<GlyphLayout> layoutOf(SourceDocument doc) {
        return Optional.ofNullable(layouts.get(doc.sha256()));
    }

    public void putLayout(String sha256, GlyphLayout layout) {
        layouts.put(sha256, layout);
    }

    /** Forgets the layouts of the project that was open. */
    public void clearLayouts() {
        layouts.clear();
    }

    /** Reads the layouts cached beside a saved project. */
    public void loadCachedLayouts(Path file, Project p) {
        GlyphCache cache = GlyphCache.besideProject(file);
        for (SourceDocument d : p.documents()) {
            if (d.kind() == DocumentKind.PDF && !d.sha256().isEmpty()) {
                cache.get(d.sha256(), d.text().length()).ifPresent(l -> layouts.put(d.sha256(), l));
            }
        }
    }

    /** The known layouts of a project's documents, by SHA-256, to cache beside it when it is saved. */
    public Map<String, GlyphLayout> layoutsFor(Project p) {
        Map<String, GlyphLayout> known = new HashMap<>();
        for (SourceDocument d : p.documents()) {
            GlyphLayout l = layouts.get(d.sha256());
            if (l != null) {
                known.put(d.sha256(), l);
            }
        }
        return known;
    }

    /** The source file of a document, if it is where the project says. */
    public Optional<Path> sourceFile(SourceDocument d) {
        if (d.origin().path().isBlank()) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(d.origin().path());
            Path file = projectFile.get();
            if (!p.isAbsolute() && file != null) {
                p = file.toAbsolutePath().getParent().resolve(p);
            }
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public String passwordFor(SourceDocument d) {
        return passwords.get(d.sha256());
    }

    public void rememberPassword(SourceDocument d, String password) {
        passwords.put(d.sha256(), password);
    }

    /** Sources as the app knows them: where the project says (or the user located them), with remembered passwords and boxes. */
    public SourceAccess access() {
        return new SourceAccess() {
            @Override
            public Optional<Path> sourceFile(SourceDocument d) {
                return SourceRegistry.this.sourceFile(d);
            }

            @Override
            public String password(SourceDocument d) {
                return passwordFor(d);
            }

            @Override
            public Optional<GlyphLayout> layout(SourceDocument d) {
                return layoutOf(d);
            }
        };
    }

    /**
     * Asks the user where a moved source file is now. The chosen file must have the same content
     * (SHA-256) as the one imported; then the project remembers its new place, as an undoable edit.
     */
    public boolean locateSource(SourceDocument d, ProjectEditor editor) {
        Optional<Path> chosen = services.dialogs().chooseSourceFile(d.origin().fileName().isBlank() ? d.title() : d.origin().fileName());
        if (chosen.isEmpty()) {
            return false;
        }
        try {
            String sha = Digests.sha256(Files.readAllBytes(chosen.get()));
            if (!d.sha256().isEmpty() && !sha.equals(d.sha256())) {
                services.dialogs().showError("Not the Same File", chosen.get().getFileName() + " is not the file that was imported as “"
                        + d.title() + "”: its contents differ. Choose the original file, or import this one as a new document.");
                return false;
            }
        } catch (IOException e) {
            services.dialogs().showError("Cannot Read File", chosen.get().getFileName() + " could not be read: " + IoMessages.describe(e) + ".");
            return false;
        }
        SourceDocument moved = d.withOrigin(new Origin(chosen.get().toAbsolutePath().toString(), d.origin().fileName()));
        editor.updateDocument(moved, "Locate Source File");
        return true;
    }

    /**
     * Calls {@code ready} with the glyph layout of a PDF document: at once if it is known, otherwise
     * after extracting it from the source file in the background (the cache beside a saved project
     * makes this rare).
     */
    public void withLayout(SourceDocument d, Consumer<GlyphLayout> ready) {
        GlyphLayout known = layouts.get(d.sha256());
        if (known != null) {
            ready.accept(known);
            return;
        }
        Optional<Path> source = sourceFile(d);
        if (source.isEmpty()) {
            return;
        }
        List<Consumer<GlyphLayout>> waiting = layoutWaiters.get(d.sha256());
        if (waiting != null) {
            waiting.add(ready);
            return;
        }
        List<Consumer<GlyphLayout>> waiters = new ArrayList<>(List.of(ready));
        layoutWaiters.put(d.sha256(), waiters);
        String password = passwordFor(d);
        services.tasks().run("Reading the page layout of " + d.origin().fileName(), progress -> {
            byte[] bytes = Files.readAllBytes(source.get());
            if (!d.sha256().isEmpty() && !Digests.sha256(bytes).equals(d.sha256())) {
                throw new IOException(source.get().getFileName() + " has changed since it was imported");
            }
            return PdfTextExtractor.extract(bytes, password, progress);
        }, extraction -> {
            layoutWaiters.remove(d.sha256());
            if (extraction.text().equals(d.text())) {
                layouts.put(d.sha256(), extraction.layout());
                waiters.forEach(w -> w.accept(extraction.layout()));
            } else {
                status.say("The page positions of “" + d.title() + "” could not be matched to its text; highlights are shown in the text only.");
            }
        }, error -> {
            layoutWaiters.remove(d.sha256());
            if (!(error instanceof CancellationException)) {
                status.say("The page layout of “" + d.title() + "” could not be read: " + IoMessages.describe(error) + ".");
            }
        });
    }
}
