package org.counterpoint;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.counterpoint.cli.CounterpointCli;

/**
 * The jar's entry point. With a command it runs the command line and never touches JavaFX; with
 * no arguments, or just a project file, it opens the window.
 */
public final class Launcher {

    /**
     * The loggers whose settings are made at start, held so the settings are not garbage-collected with them. A nested
     * class, so a JVM that only starts Counterpoint again with a capped heap never sets up logging.
     */
    private static final class QuietLibraries {
        static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
        static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");
        /** JavaFX warns that it runs from the class path, which is how the single jar works. */
        static final Logger JAVAFX = Logger.getLogger("javafx");

        static void apply() {
            routeLibraryLoggingToJul();
            // PDFBox reports every odd font; users see our messages instead
            PDFBOX.setLevel(Level.SEVERE);
            FONTBOX.setLevel(Level.SEVERE);
            JAVAFX.setLevel(Level.SEVERE);
        }
    }

    /** Set to false to import without loading classes ahead on a second thread (see {@link #warmUpForImport}), to measure it. */
    static final String WARM_UP = "counterpoint.importWarmUp";

    private Launcher() {
    }

    /**
     * The command line speaks only in its own one-line messages; what libraries log (PDFBox reports
     * every repair it makes to a damaged file, with stack traces) goes to the log file instead.
     */
    private static void logToFileOnly() {
        java.util.logging.LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        try {
            java.nio.file.Path log = org.counterpoint.io.AppDirs.logPattern();
            Files.createDirectories(log.getParent());
            java.util.logging.FileHandler file = new java.util.logging.FileHandler(log.toString(), 2_000_000, 3, true);
            file.setFormatter(new java.util.logging.SimpleFormatter());
            root.addHandler(file);
        } catch (java.io.IOException | RuntimeException e) {
            // no log file: the messages are simply dropped
        }
    }

    /** Linux and other X11 systems need DISPLAY (or a Wayland session); Windows and macOS always have a screen. */
    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    /**
     * PDFBox logs through commons-logging, which prefers log4j's API when POI brings it along; with no log4j
     * provider that prints an error on every start. Both go to java.util.logging instead, where the lines above
     * send them to the log file.
     */
    private static void routeLibraryLoggingToJul() {
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    /**
     * While this thread parses the command line and locks the project, which uses one core, another loads the classes that
     * read a PDF's text, so the document opens sooner. Not those that write the project: by then that thread's work
     * would take a core from reading the pages, and at the end the project is written while the glyph boxes are, which
     * take longer (measured on the 1,000-page book: 50 ms warm, 400 to 800 ms cold, beside 410 to 430 ms of the glyph boxes).
     */
    private static void warmUpForImport() {
        Thread t = new Thread(() -> {
            org.counterpoint.pdf.PdfWarmUp.textExtraction();
            org.counterpoint.pdf.ImportTrace.threadDone("warm-up done");
        }, "import-warm-up");
        t.setDaemon(true);
        t.start();
    }

    public static void main(String[] args) {
        org.counterpoint.pdf.ImportTrace.mark("main");
        boolean sample = args.length > 0 && args[0].equals(org.counterpoint.ui.CounterpointApp.SAMPLE_FLAG);
        boolean projectFile = args.length == 1 && !sample && Files.isRegularFile(Path.of(args[0]));
        java.util.Optional<Integer> capped = HeapLimit.runCapped(args, args.length > 0 && !sample && !projectFile);
        if (capped.isPresent()) {
            System.exit(capped.get());
        }
        QuietLibraries.apply();
        if (args.length > 1 && args[0].equals("import") && !"false".equals(System.getProperty(WARM_UP))) {
            warmUpForImport();
        }
        if (args.length > 0 && !sample && !projectFile) {
            // a command, or something that is neither a command nor a file: let the command line explain
            logToFileOnly();
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(CounterpointCli.run(args, out, err));
        }
        if (!hasDisplay()) {
            System.err.println("Counterpoint needs a display to open its window, and none was found (DISPLAY is not set)."
                    + " To work without a window, use a command such as 'validate', 'info' or 'import'; see --help.");
            System.exit(2);
        }
        org.counterpoint.ui.CounterpointApp.launchWith(args);
    }
}
