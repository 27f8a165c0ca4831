package org.counterpoint.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line. It never starts the JavaFX toolkit, so it runs without a display. */
@Command(name = "counterpoint",
        mixinStandardHelpOptions = true,
        versionProvider = CounterpointCli.Version.class,
        description = "Checks, summarises, searches, imports into and exports Counterpoint projects without opening a window.",
        subcommands = {ValidateCommand.class, InfoCommand.class, ImportCommand.class, ImportZoteroCommand.class, ExportCommand.class,
                SearchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:an input was refused (an invalid project file, a source that could not be imported)",
                "2:the command line was wrong (unknown command or option, missing argument)",
                "3:an output could not be written"})
public final class CounterpointCli implements Runnable {

    /** The words that make the launcher run the command line instead of the app. */
    public static final Set<String> COMMANDS = Set.of("validate", "info", "import", "import-zotero", "export", "search", "help", "--help", "-h",
            "--version", "-V");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CounterpointCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Run 'counterpoint " + ex.getCommandLine().getCommandName()
                    .replace("counterpoint", "").trim() + " --help' for usage.".replace("  ", " "));
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return ExitCodes.INPUT_REFUSED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CounterpointCli.class.getPackage().getImplementationVersion();
            return new String[] {"Counterpoint " + (v == null ? "(development build)" : v)};
        }
    }
}
