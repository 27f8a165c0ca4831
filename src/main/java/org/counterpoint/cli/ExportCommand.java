package org.counterpoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.counterpoint.export.ClaimReviewExporter;
import org.counterpoint.export.ExportException;
import org.counterpoint.export.ExportFormat;
import org.counterpoint.export.Exports;
import org.counterpoint.export.OutputRefusedException;
import org.counterpoint.typeset.SourceAccess;
import org.counterpoint.io.IoMessages;
import org.counterpoint.io.LoadedProject;
import org.counterpoint.io.ProjectFileException;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a project for people and programs without Counterpoint.",
                "  annotated-pdf  each document's pages with a PDF annotation for every highlight (text and web documents are typeset first)",
                "  report         the comparisons as a PDF report: claims beside rebuttals, with verdicts",
                "  xfdf           each document's annotations as XFDF, for Acrobat",
                "  w3c            W3C Web Annotations (JSON-LD), with quote, position and page selectors",
                "  claimreview    schema.org ClaimReview JSON-LD, one review per comparison with a verdict",
                "  csv            one row per highlight, every field",
                "  markdown       the comparisons side by side in Markdown",
                "Annotated PDFs and XFDF are written one per document: OUT is a file for one document, a folder for several."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the project or a source document was refused", "2:usage error", "3:the output could not be written"})
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROJECT", description = "the .counterpoint.json project")
    Path project;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "annotated-pdf, report, xfdf, w3c, claimreview, csv or markdown")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "the file (or folder) to write; - writes a text format to standard output. "
            + "It is never the project or one of its sources, nor a link, folder, pipe or device")
    Path output;

    @Option(names = "--document", paramLabel = "ID-or-file-name", description = "export only this document")
    String document;

    @Option(names = "--role", paramLabel = "ROLE", description = "export only highlights of this role: claim, rebuttal or context")
    String role;

    @Option(names = "--flatten", description = "annotated-pdf: draw the highlights into the pages, so every printout shows them")
    boolean flatten;

    @Option(names = "--keep-active-content",
            description = "annotated-pdf: keep the source's scripts, launch, form-submitting and remote actions (stripped by default)")
    boolean keepActiveContent;

    @Option(names = "--url-base", paramLabel = "URL",
            description = "claimreview: where the fact checks are published, giving each review its url (required by the ClaimReview "
                    + "guidelines): {id} is replaced by the comparison's id, a URL ending in / # ? or = is followed by it, any other URL "
                    + "is used as it is (default: the project's setting)")
    String urlBase;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "the password of encrypted source PDFs")
    String password;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat f;
        Role only = null;
        try {
            f = ExportFormat.fromId(format);
            only = role == null ? null : Role.fromId(role);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + ".");
            return ExitCodes.USAGE;
        }
        LoadedProject loaded;
        try {
            loaded = new ProjectReader().read(project);
        } catch (ProjectFileException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.INPUT_REFUSED;
        }
        Project p = loaded.project();
        if (urlBase != null) {
            if (!ClaimReviewExporter.isWebAddress(urlBase.strip())) {
                err.println("error: --url-base \"" + urlBase + "\" is not a web address; give one that starts with https:// or http://.");
                return ExitCodes.USAGE;
            }
            p = p.withReviewUrlBase(urlBase.strip(), p.modified());
        }
        List<SourceDocument> docs = null;
        if (document != null) {
            Optional<SourceDocument> d = p.documents().stream()
                    .filter(x -> x.id().equals(document) || x.origin().fileName().equalsIgnoreCase(document) || x.title().equalsIgnoreCase(document))
                    .findFirst();
            if (d.isEmpty()) {
                err.println("error: the project has no document \"" + document + "\". Its documents are: "
                        + String.join(", ", p.documents().stream().map(x -> x.origin().fileName().isBlank() ? x.id() : x.origin().fileName()).toList()) + ".");
                return ExitCodes.INPUT_REFUSED;
            }
            docs = List.of(d.get());
        }
        Role roleFilter = only;
        Predicate<Highlight> include = h -> roleFilter == null || h.role() == roleFilter;
        SourceAccess access = new ProjectSources(project, password);
        Exports.Request request = new Exports.Request(p, f, output, docs, include, flatten, access, LocalDate.now(), project, keepActiveContent);
        try {
            if (output.toString().equals("-")) {
                java.util.List<String> notes = new java.util.ArrayList<>();
                byte[] bytes = Exports.toBytes(request, notes, Progress.NONE);
                out.print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
                notes.forEach(n -> err.println("note: " + n));
                return ExitCodes.OK;
            }
            Exports.Result result = Exports.run(request, Progress.NONE);
            result.written().forEach(w -> out.println("written: " + w));
            result.notes().forEach(n -> err.println("note: " + n));
            return ExitCodes.OK;
        } catch (OutputRefusedException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.WRITE_FAILED;
        } catch (ExportException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.INPUT_REFUSED;
        } catch (IOException e) {
            err.println("error: " + output.getFileName() + " was not written: " + IoMessages.describe(e) + ".");
            return ExitCodes.WRITE_FAILED;
        }
    }
}
