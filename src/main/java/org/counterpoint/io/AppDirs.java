package org.counterpoint.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Counterpoint keeps its own files (settings, recovery copies, logs), following each
 * platform's convention. The system property {@code counterpoint.home} overrides it, which tests use.
 */
public final class AppDirs {
    private AppDirs() {
    }

    public static Path home() {
        String override = System.getProperty("counterpoint.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Counterpoint") : userHome.resolve("AppData/Roaming/Counterpoint");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Counterpoint");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".config")).resolve("counterpoint");
    }

    public static Path settingsFile() {
        return home().resolve("settings.json");
    }

    /** The log files' pattern for {@link java.util.logging.FileHandler}: counterpoint-0.log is the newest. */
    public static Path logPattern() {
        return home().resolve("logs").resolve("counterpoint-%g.log");
    }

    public static Path recoveryDir() {
        return home().resolve("recovery");
    }
}
