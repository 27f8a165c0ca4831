package org.counterpoint.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.counterpoint.io.Json;
import org.sqlite.SQLiteConfig;

/**
 * The PDF annotations of a Zotero library, read from its {@code zotero.sqlite}. Zotero keeps the
 * database locked while it runs, so this reads a copy, opened read-only; the library itself is
 * never written. Items in Zotero's trash are left out.
 */
public final class ZoteroLibrary {
    /** How many annotations one library may hold before it is refused as not a Zotero library. */
    static final int MAX_ANNOTATIONS = 1_000_000;

    private ZoteroLibrary() {
    }

    /** A PDF attachment with its annotations, and its file (which may be missing). */
    public record Attachment(String key, Path file, List<Annotation> annotations) {
    }

    /**
     * One annotation, as Zotero's {@code itemAnnotations} has it.
     *
     * @param kind      highlight, underline, note, image, ink or text
     * @param pageIndex the 0-based page
     * @param rects     rectangles {x1, y1, x2, y2} in PDF user space; for ink, the bounds of its strokes
     * @param color     "#rrggbb" in lower case, or ""
     */
    public record Annotation(String key, String kind, String text, String comment, String color, int pageIndex, List<double[]> rects,
                             String author, List<String> tags, Instant created, Instant modified) {
    }

    /** What a library holds: its PDF attachments with annotations, and the attachments it could not reach, with why. */
    public record Contents(List<Attachment> attachments, List<String> unreachable) {
    }

    /**
     * @param zoteroDir  Zotero's data folder, which holds {@code zotero.sqlite} and {@code storage/}
     * @param collection only the PDFs in this collection (or its sub-collections), or null for all
     */
    public static Contents read(Path zoteroDir, String collection) throws InterchangeException {
        return withCopy(zoteroDir, c -> read(c, zoteroDir, collection));
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException, InterchangeException;
    }

    /** Runs a query on a read-only copy of the library's database, removed afterwards. */
    private static <T> T withCopy(Path zoteroDir, Query<T> query) throws InterchangeException {
        Path db = zoteroDir.resolve("zotero.sqlite");
        if (!Files.isRegularFile(db)) {
            throw new InterchangeException(zoteroDir + " has no zotero.sqlite. Choose Zotero's data folder: Zotero shows it under "
                    + "Settings › Advanced › Files and Folders.");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("counterpoint-zotero-", ".sqlite");
            Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection c = config.createConnection("jdbc:sqlite:" + copy.toAbsolutePath())) {
                return query.run(c);
            }
        } catch (SQLException e) {
            throw new InterchangeException(db + " could not be read as a Zotero library (" + e.getMessage()
                    + "). Check that it is Zotero's database, from Zotero 6 or later.", e);
        } catch (IOException e) {
            throw new InterchangeException(db + " could not be copied for reading: " + e.getMessage() + ".", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary copy left behind is removed with the system's temporary files
                }
            }
        }
    }

    /** The names of the library's collections, sorted, for the user to choose from. */
    public static List<String> collectionNames(Path zoteroDir) throws InterchangeException {
        return withCopy(zoteroDir, c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT collectionName FROM collections ORDER BY collectionName COLLATE NOCASE");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            return names;
        });
    }

    private static Contents read(Connection c, Path zoteroDir, String collection) throws SQLException, InterchangeException {
        Set<String> tables = tables(c);
        if (!tables.contains("itemAnnotations")) {
            throw new InterchangeException(zoteroDir.resolve("zotero.sqlite") + " holds no annotations table: it is from a Zotero older "
                    + "than version 6, which kept no annotations of its own. Update Zotero and open the library once.");
        }
        String notDeleted = tables.contains("deletedItems") ? " AND i.itemID NOT IN (SELECT itemID FROM deletedItems)" : "";
        Set<Integer> inCollection = collection == null ? null : collectionItems(c, zoteroDir, collection);
        List<Attachment> attachments = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        String sql = "SELECT i.itemID, i.key, a.parentItemID, a.linkMode, a.path FROM itemAttachments a JOIN items i ON i.itemID = a.itemID"
                + " WHERE a.contentType = 'application/pdf'" + notDeleted + " ORDER BY i.itemID";
        int total = 0;
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                int itemId = r.getInt(1);
                String key = r.getString(2);
                int parent = r.getInt(3);
                boolean hasParent = !r.wasNull();
                if (inCollection != null && !inCollection.contains(itemId) && !(hasParent && inCollection.contains(parent))) {
                    continue;
                }
                List<Annotation> annotations = annotations(c, itemId, notDeleted, tables);
                total += annotations.size();
                if (total > MAX_ANNOTATIONS) {
                    throw new InterchangeException("the library holds more than " + MAX_ANNOTATIONS + " annotations, more than Counterpoint reads.");
                }
                if (annotations.isEmpty()) {
                    continue;
                }
                String path = r.getString(5) == null ? "" : r.getString(5);
                Path file = file(zoteroDir, key, r.getInt(4), path);
                if (file == null) {
                    unreachable.add(key + " (" + path + ": a linked file relative to a base folder set in Zotero; import it as a document instead)");
                    continue;
                }
                attachments.add(new Attachment(key, file, annotations));
            }
        }
        return new Contents(attachments, unreachable);
    }

    /** Where an attachment's file is: storage/KEY/name for files Zotero stores, the recorded path for linked files. */
    private static Path file(Path zoteroDir, String key, int linkMode, String path) {
        if (path.startsWith("storage:")) {
            String name = path.substring("storage:".length());
            Path p = zoteroDir.resolve("storage").resolve(key).resolve(name).normalize();
            return p.startsWith(zoteroDir.resolve("storage").normalize()) ? p : null;
        }
        if (path.startsWith("attachments:") || path.isBlank()) {
            return null;
        }
        return Path.of(path);
    }

    private static List<Annotation> annotations(Connection c, int attachmentId, String notDeleted, Set<String> tables) throws SQLException {
        List<Annotation> result = new ArrayList<>();
        String sql = "SELECT i.itemID, i.key, a.type, a.authorName, a.text, a.comment, a.color, a.position, i.dateAdded, i.dateModified"
                + " FROM itemAnnotations a JOIN items i ON i.itemID = a.itemID WHERE a.parentItemID = ?" + notDeleted + " ORDER BY a.sortIndex";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, attachmentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int itemId = r.getInt(1);
                    JsonNode position = position(r.getString(8));
                    String author = text(r.getString(4));
                    if (author.isEmpty() && tables.contains("groupItems") && tables.contains("users")) {
                        author = groupAuthor(c, itemId);
                    }
                    String color = text(r.getString(7)).toLowerCase(Locale.ROOT);
                    result.add(new Annotation(r.getString(2), kind(r.getInt(3)), text(r.getString(5)), text(r.getString(6)),
                            color.matches("#[0-9a-f]{6}") ? color : "", position.path("pageIndex").asInt(0), rects(position), author,
                            tags(c, itemId), time(r.getString(9)), time(r.getString(10))));
                }
            }
        }
        return result;
    }

    private static String kind(int type) {
        return switch (type) {
            case 1 -> "highlight";
            case 2 -> "note";
            case 3 -> "image";
            case 4 -> "ink";
            case 5 -> "underline";
            case 6 -> "text";
            default -> "annotation";
        };
    }

    private static JsonNode position(String json) {
        try {
            return json == null ? Json.mapper().createObjectNode() : Json.mapper().readTree(json);
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }

    private static List<double[]> rects(JsonNode position) {
        List<double[]> rects = new ArrayList<>();
        for (JsonNode r : position.path("rects")) {
            if (r.isArray() && r.size() == 4) {
                double x1 = r.get(0).asDouble();
                double y1 = r.get(1).asDouble();
                double x2 = r.get(2).asDouble();
                double y2 = r.get(3).asDouble();
                rects.add(new double[] {Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)});
            }
        }
        if (rects.isEmpty() && position.path("paths").isArray()) {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (JsonNode path : position.path("paths")) {
                for (int i = 0; i + 1 < path.size(); i += 2) {
                    b[0] = Math.min(b[0], path.get(i).asDouble());
                    b[1] = Math.min(b[1], path.get(i + 1).asDouble());
                    b[2] = Math.max(b[2], path.get(i).asDouble());
                    b[3] = Math.max(b[3], path.get(i + 1).asDouble());
                }
            }
            if (b[2] >= b[0]) {
                rects.add(b);
            }
        }
        return rects;
    }

    private static List<String> tags(Connection c, int itemId) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.name FROM itemTags it JOIN tags t ON t.tagID = it.tagID WHERE it.itemID = ? ORDER BY t.name")) {
            s.setInt(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getString(1) != null && !r.getString(1).isBlank()) {
                        tags.add(r.getString(1));
                    }
                }
            }
        }
        return tags;
    }

    /** In a group library, the member who made the annotation. */
    private static String groupAuthor(Connection c, int itemId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT u.* FROM groupItems g JOIN users u ON u.userID = g.createdByUserID WHERE g.itemID = ?")) {
            s.setInt(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    // Zotero 5 and later call the column name; older versions username
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        String column = r.getMetaData().getColumnName(i);
                        if (column.equalsIgnoreCase("name") || column.equalsIgnoreCase("username")) {
                            return text(r.getString(i));
                        }
                    }
                }
            }
        }
        return "";
    }

    private static Set<Integer> collectionItems(Connection c, Path zoteroDir, String name) throws SQLException, InterchangeException {
        Set<Integer> collections = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT collectionID FROM collections WHERE collectionName = ? COLLATE NOCASE")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    collections.add(r.getInt(1));
                }
            }
        }
        if (collections.isEmpty()) {
            throw new InterchangeException("the Zotero library in " + zoteroDir + " has no collection named “" + name + "”.");
        }
        // and every collection inside them
        for (boolean grew = true; grew; ) {
            grew = false;
            try (PreparedStatement s = c.prepareStatement("SELECT collectionID, parentCollectionID FROM collections"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int parent = r.getInt(2);
                    if (!r.wasNull() && collections.contains(parent) && collections.add(r.getInt(1))) {
                        grew = true;
                    }
                }
            }
        }
        Set<Integer> items = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT collectionID, itemID FROM collectionItems"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (collections.contains(r.getInt(1))) {
                    items.add(r.getInt(2));
                }
            }
        }
        return items;
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'table'"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Zotero writes times as "2024-03-01 10:15:30", in UTC. */
    private static Instant time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
