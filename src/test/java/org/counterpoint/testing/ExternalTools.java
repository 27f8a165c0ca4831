package org.counterpoint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs the tests run as second, independent readers of what Counterpoint writes. {@code .ci/run} installs
 * their Debian packages; on a machine without one, the tests that need it are skipped and say which package
 * is missing, and never fail for that reason.
 */
public final class ExternalTools {
    /** Each program the tests run, and the Debian package that holds it. */
    public static final Map<String, String> PACKAGES = Map.of(
            "pdftotext", "poppler-utils",
            "pdftoppm", "poppler-utils",
            "pdfinfo", "poppler-utils",
            "pdffonts", "poppler-utils");

    private ExternalTools() {
    }

    /** Skips the calling test, with the reason, unless {@code program} is on the PATH. */
    public static void assumeInstalled(String program) {
        String pkg = PACKAGES.get(program);
        if (pkg == null) {
            throw new IllegalArgumentException(program + " is not a tool the tests know; add it and its package to PACKAGES and to .ci/run");
        }
        Assumptions.assumeTrue(onPath(program),
                () -> program + " is not installed: install the Debian package " + pkg + " (.ci/run does) to run this check");
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a program from {@link #PACKAGES} (skipping the test if it is not installed) and returns what it
     * printed, standard error included; fails the test if it exits with an error.
     */
    public static String run(String... command) throws IOException, InterruptedException {
        assumeInstalled(command[0]);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("%s exits cleanly; it printed: %s", command[0], out).isZero();
        return out;
    }
}
