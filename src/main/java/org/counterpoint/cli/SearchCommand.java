package org.counterpoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.counterpoint.io.GlyphCache;
import org.counterpoint.io.Json;
import org.counterpoint.io.LoadedProject;
import org.counterpoint.io.ProjectFileException;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.Project;
import org.counterpoint.search.ProjectSearch;
import org.counterpoint.search.SearchException;
import org.counterpoint.search.SearchHit;
import org.counterpoint.search.SearchResults;
import org.counterpoint.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches every document and annotation of a project. Prints one line per hit: the document, the page, "
                + "the range of the matched words in the document's text, and the hit in context with the match in [brackets]. "
                + "The query syntax is described in the README.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, with hits or without (then it says so)", "1:the project cannot be opened, or the query cannot be read",
                "2:usage error"})
final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .counterpoint.json file")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "QUERY",
            description = "the query, e.g. 'endorse*', '\"security credentials\"', 'role:rebuttal speaker:hatton', 'stated:2023-08..2023-10'")
    List<String> query;

    @Option(names = "--json", description = "print the hits as a JSON array of objects, for scripts")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "print at most N hits (default: ${DEFAULT-VALUE})")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            err.println("error: --limit must be 1 or more.");
            return ExitCodes.USAGE;
        }
        LoadedProject loaded;
        try {
            loaded = new ProjectReader().read(file);
        } catch (ProjectFileException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.INPUT_REFUSED;
        }
        Project project = loaded.project();
        String text = String.join(" ", query);
        Path cache = ProjectSearch.besideGlyphCache(file.toAbsolutePath().getParent().resolve(GlyphCache.FOLDER));
        SearchResults results;
        try (ProjectSearch search = new ProjectSearch(cache)) {
            search.update(project, Progress.NONE);
            results = search.search(text, limit);
        } catch (SearchException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.INPUT_REFUSED;
        }
        if (json) {
            List<Map<String, Object>> hits = new ArrayList<>();
            for (SearchResults.Group g : results.groups()) {
                for (SearchHit h : g.hits()) {
                    hits.add(asJson(g, h));
                }
            }
            out.print(Json.prettyString(hits));
            out.println();
        } else if (results.isEmpty()) {
            out.println("No hits for " + text + ".");
        } else {
            for (SearchResults.Group g : results.groups()) {
                for (SearchHit h : g.hits()) {
                    out.println(line(g, h));
                }
            }
        }
        if (results.truncated()) {
            err.printf("%d hits in all; %d shown. Use --limit to see more.%n", results.totalCount(), results.hits().size());
        }
        return ExitCodes.OK;
    }

    private static String line(SearchResults.Group g, SearchHit h) {
        String page = h.page() > 0 ? "p. " + h.page() : "-";
        String range = h.start() >= 0 ? h.start() + "-" + h.end() : "-";
        String where = h.isInText() ? "" : h.field() + ": ";
        String snippet = h.snippet().substring(0, h.markStart()) + "[" + h.matched() + "]" + h.snippet().substring(h.markEnd());
        return g.title() + "\t" + page + "\t" + range + "\t" + where + snippet;
    }

    private static Map<String, Object> asJson(SearchResults.Group g, SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", g.title());
        m.put("documentId", h.documentId());
        m.put("page", h.page());
        m.put("start", h.start());
        m.put("end", h.end());
        m.put("field", h.field());
        m.put("highlightId", h.highlightId());
        m.put("comparisonId", h.comparisonId());
        m.put("match", h.matched());
        m.put("snippet", h.snippet());
        return m;
    }
}
