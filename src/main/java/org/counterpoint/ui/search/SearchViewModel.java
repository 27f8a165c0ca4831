package org.counterpoint.ui.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.io.GlyphCache;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Ids;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;
import org.counterpoint.model.TextAnchor;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.search.ProjectSearch;
import org.counterpoint.search.SearchException;
import org.counterpoint.search.SearchHit;
import org.counterpoint.search.SearchResults;
import org.counterpoint.task.TaskRunner;
import org.counterpoint.ui.MainViewModel;

/**
 * Find in Project: a query searched as it is typed, on the task runner, over an index that follows
 * the project (rebuilt in the background whenever the project or its file changes). Opening a hit
 * asks the window to select its exact words; marking a hit marks exactly those words.
 */
public final class SearchViewModel {
    private static final Logger LOG = Logger.getLogger(SearchViewModel.class.getName());
    /** The most hits listed; the counts still cover all of them. */
    public static final int LIMIT = 500;

    /** A request to select {@code [start, end)} of a document in the reader and show its page; a new object each time. */
    public record RangeReveal(String documentId, int start, int end, int page) {
    }

    private final MainViewModel main;
    private final ObservableValue<Path> projectFile;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<SearchResults> results = new SimpleObjectProperty<>(SearchResults.empty(""));
    private final StringProperty message = new SimpleStringProperty("Type words to find in every document and annotation.");
    private final ObjectProperty<RangeReveal> reveal = new SimpleObjectProperty<>();
    /** Replaced when the project file changes; read by background work, so volatile. */
    private volatile ProjectSearch search;
    private boolean indexing;
    private boolean indexAgain;
    /** The update now queued or running, so one for a file that is being closed can be cancelled. */
    private TaskRunner.Running indexRun;
    private boolean searching;
    private boolean searchAgain;

    public SearchViewModel(MainViewModel main, ObservableValue<Path> projectFile) {
        this.main = main;
        this.projectFile = projectFile;
        this.search = new ProjectSearch(cacheDir(projectFile.getValue()));
        query.addListener((o, a, b) -> runQuery());
        // new or changed texts are indexed at once; annotations only when a search needs them
        main.projectProperty().addListener((o, a, b) -> {
            if (a == null || b == null || textsChanged(a, b)) {
                reindex();
            } else if (!query.get().isBlank()) {
                runQuery();
            }
        });
        projectFile.addListener((o, a, b) -> {
            ProjectSearch old = search;
            // opening a file sets its project first: the update that started then indexes into the old
            // file's index, which is closed now, and would hold the new file's own update back
            if (indexing && indexRun != null) {
                indexAgain = true;
                indexRun.cancel();
            }
            search = new ProjectSearch(cacheDir(b));
            // closed on the task runner, after any work already queued for it
            main.services().tasks().run("Closing the old search index", progress -> {
                closeQuietly(old);
                return old;
            }, done -> { }, error -> { });
            reindex();
        });
        reindex();
    }

    private static boolean textsChanged(Project a, Project b) {
        if (a.documents() == b.documents()) {
            return false;
        }
        if (a.documents().size() != b.documents().size()) {
            return true;
        }
        for (int i = 0; i < a.documents().size(); i++) {
            SourceDocument x = a.documents().get(i);
            SourceDocument y = b.documents().get(i);
            if (!x.id().equals(y.id()) || x.text() != y.text()) {
                return true;
            }
        }
        return false;
    }

    private static Path cacheDir(Path projectFile) {
        return projectFile == null ? null
                : ProjectSearch.besideGlyphCache(projectFile.toAbsolutePath().getParent().resolve(GlyphCache.FOLDER));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<SearchResults> resultsProperty() {
        return results;
    }

    /** One line under the query: how many hits, that there are none, or why the query cannot be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Set when a hit is opened; the window selects the range in the reader and shows the page. */
    public ReadOnlyObjectProperty<RangeReveal> revealProperty() {
        return reveal;
    }

    /** The engine, for Find in Document and filters: {@link ProjectSearch#occurrences} over the same index. */
    public ProjectSearch engine() {
        return search;
    }

    /** Brings the index up to date with the project, in the background; one update at a time, the last one wins. */
    private void reindex() {
        if (indexing) {
            indexAgain = true;
            return;
        }
        indexing = true;
        indexAgain = false;
        Project project = main.project();
        indexRun = main.services().tasks().run("Indexing for search", progress -> {
            // the index of the project file as it is when the work starts (opening sets the file just after the project)
            search.update(project, progress);
            return project;
        }, done -> afterIndexing(), error -> {
            if (!(error instanceof CancellationException)) {
                LOG.log(Level.WARNING, "Indexing for search failed", error);
                message.set("Search cannot index this project; searching may miss some documents.");
            }
            afterIndexing();
        });
    }

    private void afterIndexing() {
        indexing = false;
        if (indexAgain) {
            reindex();
        } else if (!query.get().isBlank()) {
            runQuery();
        }
    }

    private void runQuery() {
        String text = query.get() == null ? "" : query.get();
        if (searching) {
            searchAgain = true;
            return;
        }
        if (text.isBlank()) {
            results.set(SearchResults.empty(text));
            message.set("Type words to find in every document and annotation.");
            return;
        }
        searching = true;
        ProjectSearch target = search;
        Project project = main.project();
        main.services().tasks().run("Searching", progress -> {
            if (target.indexedProject() != project) {
                target.update(project, progress);
            }
            try {
                return new Outcome(target.search(text, LIMIT), null);
            } catch (SearchException e) {
                return new Outcome(null, e.getMessage());
            }
        }, this::show, error -> {
            LOG.log(Level.WARNING, "Search failed", error);
            show(new Outcome(null, "The search failed; see the log file for details."));
        });
    }

    private record Outcome(SearchResults results, String problem) {
    }

    private void show(Outcome outcome) {
        searching = false;
        if (searchAgain) {
            // the query or the project changed while this search ran: its hits are already out of date
            searchAgain = false;
            runQuery();
            return;
        }
        if (outcome.problem() != null) {
            results.set(SearchResults.empty(query.get()));
            message.set(outcome.problem());
            return;
        }
        SearchResults r = outcome.results();
        results.set(r);
        message.set(summary(r));
    }

    static String summary(SearchResults r) {
        String query = r.query().strip();
        if (r.isEmpty()) {
            return "No hits for " + query + "." + wholeWordHint(query);
        }
        int total = r.totalCount();
        long documents = r.groups().stream().filter(g -> !g.documentId().isEmpty()).count();
        boolean comparisons = r.groups().stream().anyMatch(g -> g.documentId().isEmpty());
        String text = total + (total == 1 ? " hit" : " hits");
        if (documents == 0) {
            text += comparisons ? " in comparisons" : "";
        } else {
            text += " in " + documents + (documents == 1 ? " document" : " documents") + (comparisons ? ", and in comparisons" : "");
        }
        text = r.truncated() ? text + "; the first " + r.hits().size() + " are listed." : text + ".";
        return documents == 0 ? text + wholeWordHint(query) : text;
    }

    /**
     * Words match whole ("endorse" does not find "endorses"), which surprises someone who found
     * nothing in the text: a single plain word gets a pointer to the prefix form.
     */
    private static String wholeWordHint(String query) {
        return query.matches("\\p{L}{3,}") ? " Words match whole: " + query + "* finds every form." : "";
    }

    /** Shows a hit: its exact words selected in the reader and its page in the page view, or its highlight. */
    public void open(SearchHit hit) {
        if (hit.documentId().isEmpty()) {
            // a comparison: show its first quote
            main.project().comparisons().stream().filter(c -> c.id().equals(hit.comparisonId())).findFirst()
                    .flatMap(c -> c.claimIds().isEmpty() ? c.rebuttalIds().stream().findFirst() : c.claimIds().stream().findFirst())
                    .ifPresent(main::revealHighlight);
            return;
        }
        if (!hit.isInText()) {
            if (!hit.highlightId().isEmpty()) {
                main.revealHighlight(hit.highlightId());
            }
            return;
        }
        if (!hit.documentId().equals(main.documentIdProperty().get())) {
            main.selectDocument(hit.documentId());
        }
        reveal.set(new RangeReveal(hit.documentId(), hit.start(), hit.end(), hit.page()));
    }

    /**
     * Marks a hit's exact words with a role. Words already marked exactly so keep their highlight
     * (its role changes if it differs).
     */
    public Optional<Highlight> mark(SearchHit hit, Role role) {
        if (!hit.isInText()) {
            main.statusProperty().set("Only words found in a document's text can be marked; this hit is in a "
                    + (hit.documentId().isEmpty() ? "comparison" : hit.field()) + ".");
            return Optional.empty();
        }
        Project project = main.project();
        Optional<SourceDocument> doc = project.document(hit.documentId());
        if (doc.isEmpty() || hit.end() > doc.get().text().length()) {
            main.statusProperty().set("That document has changed since the search; search again, then mark the hit.");
            return Optional.empty();
        }
        Instant now = main.services().clock().instant();
        TextAnchor anchor = Anchors.create(doc.get().text(), hit.start(), hit.end());
        Optional<Highlight> same = project.highlightsIn(hit.documentId()).stream()
                .filter(h -> h.anchor() != null && h.anchor().start() == anchor.start() && h.anchor().end() == anchor.end()).findFirst();
        Highlight made;
        if (same.isPresent()) {
            if (same.get().role() == role) {
                main.selectHighlight(same.get().id());
                main.statusProperty().set("Those words are already marked as " + role.label().toLowerCase() + ".");
                return same;
            }
            made = same.get().withRole(role, now);
            if (!main.apply(Edits.updateHighlight(made, "Change Role to " + role.label(), now))) {
                return Optional.empty();
            }
        } else {
            String annotator = main.services().settings().load().annotator();
            made = Highlight.ofText(Ids.highlight(), hit.documentId(), role, anchor, annotator, now);
            if (!main.apply(Edits.addHighlight(made, now))) {
                return Optional.empty();
            }
        }
        main.selectHighlight(made.id());
        main.statusProperty().set("Marked as " + role.label().toLowerCase() + ": “" + Text.abbreviate(made.quote(), 60) + "”.");
        return Optional.of(made);
    }

    /** Closes the index files; the window calls this when it closes. */
    public void close() {
        closeQuietly(search);
    }

    private static void closeQuietly(ProjectSearch s) {
        try {
            s.close();
        } catch (IOException e) {
            LOG.log(Level.INFO, "Closing the search index failed", e);
        }
    }
}
