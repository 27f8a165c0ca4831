package org.counterpoint.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.counterpoint.io.AppDirs;
import org.counterpoint.io.AtomicFileWriter;
import org.counterpoint.model.Role;

/**
 * Which role a Zotero highlight colour stands for. The user edits it: in the app, or as a text file
 * of lines {@code #rrggbb = role}. Colours not in the table give context.
 */
public record ZoteroColors(Map<String, Role> roles) {

    /** The file name of the table in Counterpoint's own folder. */
    public static final String FILE_NAME = "zotero-colours.txt";

    /** Zotero's eight highlight colours: red and orange for claims, blue and green for rebuttals, the others context. */
    public static final ZoteroColors DEFAULTS = new ZoteroColors(ordered(
            "#ff6666", Role.CLAIM, "#f19837", Role.CLAIM,
            "#2ea8e5", Role.REBUTTAL, "#5fb236", Role.REBUTTAL,
            "#ffd400", Role.CONTEXT, "#a28ae5", Role.CONTEXT, "#e56eee", Role.CONTEXT, "#aaaaaa", Role.CONTEXT));

    public ZoteroColors {
        Map<String, Role> copy = new LinkedHashMap<>();
        roles.forEach((k, v) -> copy.put(normalize(k), v));
        roles = java.util.Collections.unmodifiableMap(copy);
    }

    public Role roleFor(String color) {
        return roles.getOrDefault(normalize(color), Role.CONTEXT);
    }

    public ZoteroColors with(String color, Role role) {
        Map<String, Role> copy = new LinkedHashMap<>(roles);
        copy.put(normalize(color), role);
        return new ZoteroColors(copy);
    }

    /**
     * Reads lines such as {@code #ff6666 = claim} on top of the defaults. Blank lines and lines
     * starting with {@code ;} are ignored.
     *
     * @throws IllegalArgumentException naming the first line that is not a colour and a role
     */
    public static ZoteroColors parse(String text) {
        ZoteroColors table = DEFAULTS;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith(";")) {
                continue;
            }
            table = table.with(line, i + 1);
        }
        return table;
    }

    /** One entry written as {@code #rrggbb=role} (or with spaces around the '='). */
    public ZoteroColors with(String entry, int lineNumber) {
        int eq = entry.indexOf('=');
        String color = eq < 0 ? "" : normalize(entry.substring(0, eq));
        if (!color.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("line " + lineNumber + " (“" + entry + "”) is not a colour and a role, such as #ff6666=claim");
        }
        return with(color, Role.fromId(entry.substring(eq + 1)));
    }

    public String format() {
        StringBuilder sb = new StringBuilder("; Zotero highlight colour = Counterpoint role (claim, rebuttal or context)\n");
        roles.forEach((c, r) -> sb.append(c).append(" = ").append(r.id()).append('\n'));
        return sb.toString();
    }

    /** Where the user's table is kept: in Counterpoint's own folder. */
    public static Path userFile() {
        return AppDirs.home().resolve(FILE_NAME);
    }

    /** The table in {@code file}, or the defaults when there is none. */
    public static ZoteroColors load(Path file) throws IOException {
        return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : DEFAULTS;
    }

    public void save(Path file) throws IOException {
        AtomicFileWriter.write(file, format().getBytes(StandardCharsets.UTF_8));
    }

    private static String normalize(String color) {
        String c = color == null ? "" : color.strip().toLowerCase(Locale.ROOT);
        return c.startsWith("#") || c.isEmpty() ? c : "#" + c;
    }

    private static Map<String, Role> ordered(Object... pairs) {
        Map<String, Role> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Role) pairs[i + 1]);
        }
        return m;
    }
}
