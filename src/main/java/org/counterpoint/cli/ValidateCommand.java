package org.counterpoint.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.counterpoint.io.LoadedProject;
import org.counterpoint.io.ProjectFileException;
import org.counterpoint.io.ProjectReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks that a project file can be opened: valid JSON of a format this version reads, every id "
                + "present and unique, every range inside its document's text.",
                "Re-anchored and flagged highlights are reported but do not make the file invalid.",
                "The file is only read, never changed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file is valid", "1:the file cannot be opened; the reason is printed", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the .counterpoint.json file to check")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            LoadedProject loaded = new ProjectReader().read(file);
            var p = loaded.project();
            spec.commandLine().getOut().printf("valid: %s (%d documents, %d highlights, %d comparisons)%n", file.getFileName(),
                    p.documents().size(), p.highlights().size(), p.comparisons().size());
            for (String warning : loaded.warnings()) {
                spec.commandLine().getErr().println("warning: " + warning);
            }
            return ExitCodes.OK;
        } catch (ProjectFileException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.INPUT_REFUSED;
        }
    }
}
