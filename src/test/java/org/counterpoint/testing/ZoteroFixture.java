package org.counterpoint.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * A small Zotero library built for tests: {@code zotero.sqlite} with the tables and columns Zotero 7
 * uses (items, itemAttachments, itemAnnotations, collections, collectionItems, tags, itemTags,
 * libraries, deletedItems), and the PDFs in {@code storage/KEY/}. Never a real user's library.
 */
public final class ZoteroFixture {
    /** The lines of the council PDF: a quote repeated on both pages, and one repeated within page 2. */
    public static final List<List<String>> COUNCIL_PAGES = List.of(
            List.of("Minutes of the council meeting.", "The council endorses the security credentials.", "Members asked about the cameras."),
            List.of("The ministry denied any endorsement of the supplier.", "The council endorses the security credentials.",
                    "Rules apply to new cameras only.", "Rules apply to old cameras too.", "Closing remarks."));
    public static final String EDITED_QUOTE = "The council endorses all security credentials.";

    private final Connection db;
    private final Path dir;

    private ZoteroFixture(Path dir, Connection db) {
        this.dir = dir;
        this.db = db;
    }

    public static byte[] councilPdf() throws Exception {
        return AnnotationPdfs.pages(COUNCIL_PAGES, "council-minutes-1".getBytes());
    }

    public static byte[] otherPdf() throws Exception {
        return AnnotationPdfs.pages(List.of(List.of("An unrelated report about parking.")), "parking-report-01".getBytes());
    }

    /**
     * The library: the council PDF in collection "Cameras" with six annotations (one in the trash),
     * and another PDF, not in the project, in collection "Parking" with one.
     */
    public static Path build(Path dir) throws Exception {
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("zotero.sqlite"))) {
            ZoteroFixture f = new ZoteroFixture(dir, c);
            f.schema();
            f.exec("INSERT INTO libraries (libraryID, type, editable, filesEditable) VALUES (1, 'user', 1, 1)");
            f.exec("INSERT INTO collections (collectionID, collectionName, libraryID, key) VALUES (1, 'Cameras', 1, 'COLLCAM1'), (2, 'Parking', 1, 'COLLPRK1')");
            f.item(1, 3, "PARENT01");
            f.item(2, 2, "ATTACH01");
            f.exec("INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType, path) VALUES (2, 1, 0, 'application/pdf', 'storage:council minutes.pdf')");
            f.exec("INSERT INTO collectionItems (collectionID, itemID, orderIndex) VALUES (1, 1, 0)");
            f.file("ATTACH01", "council minutes.pdf", councilPdf());
            // page 2 (index 1): the repeated quote, on its second line
            f.annotation(10, "ANNOTHL1", 2, 1, "Ana", ZoteroFixture.COUNCIL_PAGES.get(1).get(1), "The claim.", "#ff6666", 1, AnnotationPdfs.lineRect(1, 280));
            f.annotation(11, "ANNOTHL2", 2, 1, "Ana", ZoteroFixture.COUNCIL_PAGES.get(1).get(0), "", "#2ea8e5", 1, AnnotationPdfs.lineRect(0, 300));
            // "Rules apply" twice on page 2; the underline is on the second
            f.annotation(12, "ANNOTUL1", 2, 5, "Ben", "Rules apply", "Which rules?", "#ffd400", 1, AnnotationPdfs.lineRect(3, 62));
            f.annotation(13, "ANNOTNT1", 2, 2, "Ben", "", "Check the date", "#ffd400", 0, new double[] {500, 700, 522, 722});
            f.annotation(14, "ANNOTIM1", 2, 3, "Ana", "", "The chart", "#5fb236", 1, new double[] {72, 300, 300, 400});
            f.annotation(15, "ANNOTED1", 2, 1, "Ana", EDITED_QUOTE, "Edited in Zotero.", "#ff6666", 0, AnnotationPdfs.lineRect(1, 280));
            f.annotation(16, "ANNOTDL1", 2, 1, "Ana", "Closing remarks.", "", "#ff6666", 1, AnnotationPdfs.lineRect(4, 100));
            f.exec("INSERT INTO deletedItems (itemID) VALUES (16)");
            f.exec("INSERT INTO tags (tagID, name) VALUES (1, 'key-quote'), (2, 'budget')");
            f.exec("INSERT INTO itemTags (itemID, tagID, type) VALUES (10, 1, 0), (10, 2, 0), (12, 2, 0)");

            f.item(3, 3, "PARENT02");
            f.item(4, 2, "ATTACH02");
            f.exec("INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType, path) VALUES (4, 3, 0, 'application/pdf', 'storage:parking.pdf')");
            f.exec("INSERT INTO collectionItems (collectionID, itemID, orderIndex) VALUES (2, 3, 0)");
            f.file("ATTACH02", "parking.pdf", otherPdf());
            f.annotation(20, "ANNOTPK1", 4, 1, "Cy", "unrelated report", "", "#ffd400", 0, AnnotationPdfs.lineRect(0, 200));
        }
        return dir;
    }

    private void schema() throws Exception {
        exec("CREATE TABLE libraries (libraryID INTEGER PRIMARY KEY, type TEXT NOT NULL, editable INT NOT NULL, filesEditable INT NOT NULL,"
                + " version INT NOT NULL DEFAULT 0, storageVersion INT NOT NULL DEFAULT 0, lastSync INT NOT NULL DEFAULT 0, archived INT NOT NULL DEFAULT 0)");
        exec("CREATE TABLE items (itemID INTEGER PRIMARY KEY, itemTypeID INT NOT NULL, dateAdded TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,"
                + " dateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, clientDateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,"
                + " libraryID INT NOT NULL, key TEXT NOT NULL, version INT NOT NULL DEFAULT 0, synced INT NOT NULL DEFAULT 0, UNIQUE (libraryID, key))");
        exec("CREATE TABLE itemAttachments (itemID INTEGER PRIMARY KEY, parentItemID INT, linkMode INT, contentType TEXT, charsetID INT, path TEXT,"
                + " syncState INT DEFAULT 0, storageModTime INT, storageHash TEXT, lastProcessedModificationTime INT, lastRead INT)");
        exec("CREATE TABLE itemAnnotations (itemID INTEGER PRIMARY KEY, parentItemID INT NOT NULL, type INTEGER NOT NULL, authorName TEXT,"
                + " text TEXT, comment TEXT, color TEXT, pageLabel TEXT, sortIndex TEXT NOT NULL, position TEXT NOT NULL, isExternal INT NOT NULL)");
        exec("CREATE TABLE collections (collectionID INTEGER PRIMARY KEY, collectionName TEXT NOT NULL, parentCollectionID INT DEFAULT NULL,"
                + " clientDateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, libraryID INT NOT NULL, key TEXT NOT NULL,"
                + " version INT NOT NULL DEFAULT 0, synced INT NOT NULL DEFAULT 0, UNIQUE (libraryID, key))");
        exec("CREATE TABLE collectionItems (collectionID INT NOT NULL, itemID INT NOT NULL, orderIndex INT NOT NULL DEFAULT 0,"
                + " PRIMARY KEY (collectionID, itemID))");
        exec("CREATE TABLE tags (tagID INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)");
        exec("CREATE TABLE itemTags (itemID INT NOT NULL, tagID INT NOT NULL, type INT NOT NULL, PRIMARY KEY (itemID, tagID))");
        exec("CREATE TABLE deletedItems (itemID INTEGER PRIMARY KEY, dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL)");
    }

    private void item(int id, int type, String key) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO items (itemID, itemTypeID, dateAdded, dateModified, libraryID, key)"
                + " VALUES (?, ?, '2024-05-06 07:08:09', '2024-05-07 10:00:00', 1, ?)")) {
            s.setInt(1, id);
            s.setInt(2, type);
            s.setString(3, key);
            s.executeUpdate();
        }
    }

    private void annotation(int id, String key, int parent, int type, String author, String text, String comment, String color, int pageIndex,
                            double[] rect) throws Exception {
        item(id, 30, key);
        String position = String.format(Locale.ROOT, "{\"pageIndex\":%d,\"rects\":[[%.3f,%.3f,%.3f,%.3f]]}", pageIndex, rect[0], rect[1], rect[2], rect[3]);
        try (PreparedStatement s = db.prepareStatement("INSERT INTO itemAnnotations (itemID, parentItemID, type, authorName, text, comment,"
                + " color, pageLabel, sortIndex, position, isExternal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            s.setInt(1, id);
            s.setInt(2, parent);
            s.setInt(3, type);
            s.setString(4, author);
            s.setString(5, text.isEmpty() ? null : text);
            s.setString(6, comment);
            s.setString(7, color);
            s.setString(8, Integer.toString(pageIndex + 1));
            s.setString(9, String.format("%05d|%06d|%05d", pageIndex, id, 0));
            s.setString(10, position);
            s.executeUpdate();
        }
    }

    private void file(String key, String name, byte[] bytes) throws Exception {
        Path folder = dir.resolve("storage").resolve(key);
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), bytes);
    }

    private void exec(String sql) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
