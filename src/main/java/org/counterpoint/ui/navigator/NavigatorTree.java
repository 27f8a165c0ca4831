package org.counterpoint.ui.navigator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.scene.control.TreeItem;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;
import org.counterpoint.ui.navigator.NavigatorView.Item;

/**
 * The navigator's rows, updated in place: an edit changes the value of the rows it touches and the
 * children of the documents whose rows come or go, and every other row, expanded state and
 * selection stays as it was. Rebuilding thousands of rows on every keystroke is what made the tree slow.
 */
final class NavigatorTree {
    private final TreeItem<Item> root = new TreeItem<>(new Item(Item.Kind.GROUP, "root", ""));
    private final TreeItem<Item> documents = group("documents");
    private final TreeItem<Item> comparisons = group("comparisons");
    /** Rows by id, with the model object each row last showed (compared by identity: the model is immutable). */
    private final Map<String, Row> documentRows = new HashMap<>();
    private final Map<String, Row> highlightRows = new HashMap<>();
    private final Map<String, Row> comparisonRows = new HashMap<>();
    /** The highlights of the project last shown, by id, for the cells. */
    private Map<String, Highlight> highlights = Map.of();
    private Map<String, SourceDocument> documentsById = Map.of();

    private static final class Row {
        final TreeItem<Item> item;
        Object shown;

        Row(TreeItem<Item> item) {
            this.item = item;
        }
    }

    NavigatorTree() {
        root.getChildren().addAll(List.of(documents, comparisons));
    }

    TreeItem<Item> root() {
        return root;
    }

    Highlight highlight(String id) {
        return highlights.get(id);
    }

    SourceDocument document(String id) {
        return documentsById.get(id);
    }

    /** Rows added or dropped at once past which the tree is better built out of its view. */
    static final int LARGE_CHANGE = 500;

    /** True when bringing the rows in line with {@code p} adds or drops more than {@link #LARGE_CHANGE} rows. */
    boolean largeChange(Project p) {
        int added = 0;
        for (Highlight h : p.highlights()) {
            if (!highlightRows.containsKey(h.id()) && ++added > LARGE_CHANGE) {
                return true;
            }
        }
        return highlightRows.size() > p.highlights().size() + LARGE_CHANGE;
    }

    /** Brings the rows in line with {@code p}, showing the highlights {@code shown} accepts. */
    void update(Project p, Predicate<Highlight> shown) {
        Map<String, Highlight> byId = new HashMap<>(p.highlights().size() * 2);
        Map<String, List<Highlight>> byDocument = new LinkedHashMap<>();
        for (Highlight h : p.highlights()) {
            byId.put(h.id(), h);
            byDocument.computeIfAbsent(h.documentId(), k -> new ArrayList<>()).add(h);
        }
        Map<String, SourceDocument> docs = new HashMap<>();
        highlights = byId;
        setValue(documents, new Item(Item.Kind.GROUP, "documents", "Documents (" + p.documents().size() + ")"));
        List<TreeItem<Item>> docItems = new ArrayList<>(p.documents().size());
        List<List<TreeItem<Item>>> docChildren = new ArrayList<>(p.documents().size());
        Map<String, Row> keptHighlights = new HashMap<>();
        Map<String, Row> keptDocuments = new HashMap<>();
        for (SourceDocument d : p.documents()) {
            docs.put(d.id(), d);
            Row docRow = documentRows.get(d.id());
            if (docRow == null) {
                docRow = new Row(new TreeItem<>());
                docRow.item.setExpanded(true);
            }
            keptDocuments.put(d.id(), docRow);
            if (docRow.shown != d) {
                docRow.shown = d;
                setValue(docRow.item, new Item(Item.Kind.DOCUMENT, d.id(), d.title().isBlank() ? d.origin().fileName() : d.title()));
            }
            List<TreeItem<Item>> children = new ArrayList<>();
            for (Highlight h : byDocument.getOrDefault(d.id(), List.of())) {
                if (!shown.test(h)) {
                    continue;
                }
                Row row = highlightRows.get(h.id());
                if (row == null) {
                    row = new Row(new TreeItem<>());
                }
                keptHighlights.put(h.id(), row);
                if (row.shown != h) {
                    row.shown = h;
                    row.item.setValue(new Item(Item.Kind.HIGHLIGHT, h.id(), label(p, h)));
                }
                children.add(row.item);
            }
            docItems.add(docRow.item);
            docChildren.add(children);
        }
        documentsById = docs;
        // each change to the children of a row in the tree makes the tree count all its rows again: when
        // several documents' rows change (a project opened, a filter typed), they change out of the tree
        int changing = 0;
        for (int i = 0; i < docItems.size(); i++) {
            if (docItems.get(i).getParent() == documents && !same(docItems.get(i).getChildren(), docChildren.get(i))) {
                changing++;
            }
        }
        if (changing > 1) {
            documents.getChildren().clear();
        }
        for (int i = 0; i < docItems.size(); i++) {
            setChildren(docItems.get(i), docChildren.get(i));
        }
        setChildren(documents, docItems);
        documentRows.keySet().retainAll(keptDocuments.keySet());
        documentRows.putAll(keptDocuments);
        highlightRows.keySet().retainAll(keptHighlights.keySet());
        highlightRows.putAll(keptHighlights);

        setValue(comparisons, new Item(Item.Kind.GROUP, "comparisons", "Comparisons (" + p.comparisons().size() + ")"));
        List<TreeItem<Item>> comparisonItems = new ArrayList<>();
        Map<String, Row> keptComparisons = new HashMap<>();
        for (Comparison c : p.comparisonsInOrder()) {
            Row row = comparisonRows.get(c.id());
            if (row == null) {
                row = new Row(new TreeItem<>());
            }
            keptComparisons.put(c.id(), row);
            if (row.shown != c) {
                row.shown = c;
                setValue(row.item, new Item(Item.Kind.COMPARISON, c.id(), c.title().isBlank() ? "Untitled comparison" : c.title()));
            }
            comparisonItems.add(row.item);
        }
        setChildren(comparisons, comparisonItems);
        comparisonRows.keySet().retainAll(keptComparisons.keySet());
        comparisonRows.putAll(keptComparisons);
    }

    /** The row for a document, highlight or comparison, or null when it is not shown. */
    TreeItem<Item> find(Item.Kind kind, String id) {
        Row row = switch (kind) {
            case DOCUMENT -> documentRows.get(id);
            case HIGHLIGHT -> highlightRows.get(id);
            case COMPARISON -> comparisonRows.get(id);
            case GROUP -> null;
        };
        return row == null ? null : row.item;
    }

    static String label(Project p, Highlight h) {
        String quote = h.isArea() ? "Area on page " + h.area().pageNumber() : "“" + Text.abbreviate(org.counterpoint.ui.ReadingQuotes.of(p, h), 80) + "”";
        String speaker = h.provenance().speaker();
        return speaker.isBlank() ? quote : quote + " — " + speaker;
    }

    private static TreeItem<Item> group(String id) {
        TreeItem<Item> item = new TreeItem<>(new Item(Item.Kind.GROUP, id, ""));
        item.setExpanded(true);
        return item;
    }

    private static void setValue(TreeItem<Item> item, Item value) {
        if (!value.equals(item.getValue())) {
            item.setValue(value);
        }
    }

    /**
     * Changes only the rows between the first and the last that differ, so an unchanged list fires no change
     * at all and a mark or an undo adds or takes out one row: replacing all of a document's thousands of rows
     * made every one of them leave the tree and come back.
     */
    private static void setChildren(TreeItem<Item> parent, List<TreeItem<Item>> wanted) {
        javafx.collections.ObservableList<TreeItem<Item>> current = parent.getChildren();
        int common = Math.min(current.size(), wanted.size());
        int head = 0;
        while (head < common && current.get(head) == wanted.get(head)) {
            head++;
        }
        if (head == current.size() && head == wanted.size()) {
            return;
        }
        int tail = 0;
        while (tail < common - head && current.get(current.size() - 1 - tail) == wanted.get(wanted.size() - 1 - tail)) {
            tail++;
        }
        List<TreeItem<Item>> incoming = wanted.subList(head, wanted.size() - tail);
        int outgoing = current.size() - tail - head;
        if (outgoing == 0) {
            current.addAll(head, incoming);
        } else if (incoming.isEmpty()) {
            current.remove(head, head + outgoing);
        } else {
            current.subList(head, head + outgoing).clear();
            current.addAll(head, incoming);
        }
    }

    private static boolean same(List<TreeItem<Item>> current, List<TreeItem<Item>> wanted) {
        if (current.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (current.get(i) != wanted.get(i)) {
                return false;
            }
        }
        return true;
    }
}
