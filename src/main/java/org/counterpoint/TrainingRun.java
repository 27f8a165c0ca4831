package org.counterpoint;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterpoint.cli.CounterpointCli;

/**
 * The run the packaging records to make the installed app's start-up cache (packaging/build-deb.sh):
 * what a user does first, in one JVM. It exports the sample case's report, imports that PDF into a
 * new project the way {@code Counterpoint import} does, reads and searches the project, then opens
 * the window with the sample and closes it once it is ready. The classes these load, and the
 * profiles of the methods they run, are what the cache keeps. Usage:
 * {@code TrainingRun SAMPLE.counterpoint.json WORK-FOLDER [PDF...]}
 */
public final class TrainingRun {
    /** Read by the window: close the app once it is ready (and has drawn for a moment). */
    public static final String EXIT_WHEN_READY = "counterpoint.exitWhenReady";

    private TrainingRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TrainingRun SAMPLE.counterpoint.json WORK-FOLDER [PDF...]");
            System.exit(2);
        }
        Path sample = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        Path report = work.resolve("report.pdf");
        command("export", sample.toString(), "--format", "report", "-o", report.toString());
        List<String> pdfs = args.length > 2 ? List.of(args).subList(2, args.length) : List.of(report.toString());
        for (int i = 0; i < pdfs.size(); i++) {
            Path project = work.resolve("imported-" + i + ".counterpoint.json");
            command("import", pdfs.get(i), "--into", project.toString());
            command("info", "--json", project.toString());
            command("search", project.toString(), "the", "--json");
        }
        command("validate", sample.toString());
        System.setProperty(EXIT_WHEN_READY, "true");
        Launcher.main(new String[] {"--sample"});
        System.exit(0);
    }

    private static void command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CounterpointCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        if (code != 0) {
            throw new IllegalStateException("'" + String.join(" ", args) + "' failed (" + code + "): " + err);
        }
    }
}
