package org.counterpoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.counterpoint.io.Json;
import org.counterpoint.io.LoadedProject;
import org.counterpoint.io.ProjectFileException;
import org.counterpoint.io.ProjectFormat;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarises a project: how many documents, comparisons, claims, rebuttals and context highlights it "
                + "holds, and how many anchors are flagged.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the file cannot be opened; the reason is printed", "2:usage error"})
final class InfoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the .counterpoint.json file")
    Path file;

    @Option(names = "--json", description = "print the summary as JSON, for scripts")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LoadedProject loaded;
        try {
            loaded = new ProjectReader().read(file);
        } catch (ProjectFileException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.INPUT_REFUSED;
        }
        Map<String, Object> summary = summary(loaded);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(Json.prettyString(summary));
        } else {
            Project p = loaded.project();
            out.printf("%s%n", p.title().isEmpty() ? file.getFileName() : p.title());
            out.printf("  documents:          %d%n", p.documents().size());
            out.printf("  comparisons:        %d%n", p.comparisons().size());
            out.printf("  claims:             %d%n", p.count(Role.CLAIM));
            out.printf("  rebuttals:          %d%n", p.count(Role.REBUTTAL));
            out.printf("  context highlights: %d%n", p.count(Role.CONTEXT));
            out.printf("  flagged anchors:    %d%n", loaded.flagged());
            out.printf("  re-anchored:        %d%n", loaded.reanchored());
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> summary(LoadedProject loaded) {
        Project p = loaded.project();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("formatVersion", ProjectFormat.versionOf(p));
        m.put("documents", p.documents().size());
        m.put("comparisons", p.comparisons().size());
        m.put("highlights", p.highlights().size());
        m.put("claims", p.count(Role.CLAIM));
        m.put("rebuttals", p.count(Role.REBUTTAL));
        m.put("contextHighlights", p.count(Role.CONTEXT));
        m.put("areaHighlights", p.highlights().stream().filter(h -> h.isArea()).count());
        m.put("flaggedAnchors", loaded.flagged());
        m.put("reanchoredAnchors", loaded.reanchored());
        Map<String, Long> verdicts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            long n = p.comparisons().stream().map(Comparison::verdict).filter(x -> x == v).count();
            if (n > 0) {
                verdicts.put(v.id(), n);
            }
        }
        m.put("verdicts", verdicts);
        return m;
    }
}
