package org.counterpoint.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Removes what a source PDF could run or send when its export is opened: JavaScript (actions, the
 * document's /JavaScript name tree, XFA forms), launching programs, submitting or importing form
 * data, opening other files (/GoToR, /GoToE) and renditions. Ordinary links (/URI, /GoTo, named
 * actions) stay. Every dictionary reachable from the catalog is visited once, without recursion, so
 * a deeply nested file cannot overflow the stack.
 */
final class ActiveContent {
    private static final Set<String> EXECUTABLE = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR", "GoToE",
            "Rendition", "RichMediaExecute");
    private static final COSName XFA = COSName.getPDFName("XFA");

    private ActiveContent() {
    }

    /** Strips active content in place; returns what was removed, as counts by kind ("JavaScript action" → 2). */
    static Map<String, Integer> strip(PDDocument doc) {
        Map<String, Integer> removed = new TreeMap<>();
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSBase names = catalog.getDictionaryObject(COSName.NAMES);
        if (names instanceof COSDictionary n && n.containsKey(COSName.JAVA_SCRIPT)) {
            n.removeItem(COSName.JAVA_SCRIPT);
            removed.merge("document-level JavaScript", 1, Integer::sum);
        }
        COSBase acroForm = catalog.getDictionaryObject(COSName.ACRO_FORM);
        if (acroForm instanceof COSDictionary form && form.containsKey(XFA)) {
            form.removeItem(XFA);
            removed.merge("XFA form (scripts)", 1, Integer::sum);
        }
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(catalog);
        while (!todo.isEmpty()) {
            COSBase next = resolve(todo.pop());
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dict) {
                stripActionsIn(dict, removed);
                for (COSBase value : dict.getValues()) {
                    todo.push(value);
                }
            } else if (next instanceof COSArray array) {
                for (COSBase value : array) {
                    todo.push(value);
                }
            }
        }
        return removed;
    }

    /** One sentence for the export summary, or null when nothing was removed. */
    static String describe(Map<String, Integer> removed, String title) {
        if (removed.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        removed.forEach((kind, n) -> parts.add(n + " " + kind + (n == 1 || kind.endsWith(")") ? "" : "s")));
        return "Removed active content from “" + title + "”: " + String.join(", ", parts)
                + ". Links to web pages were kept. Export with the option to keep active content to keep it.";
    }

    private static void stripActionsIn(COSDictionary dict, Map<String, Integer> removed) {
        for (COSName key : List.of(COSName.A, COSName.OPEN_ACTION, COSName.NEXT)) {
            COSBase value = resolve(dict.getItem(key));
            if (value instanceof COSDictionary action && isExecutable(action)) {
                dict.removeItem(key);
                count(action, removed);
            } else if (value instanceof COSArray chain && key == COSName.NEXT) {
                for (int i = chain.size() - 1; i >= 0; i--) {
                    if (resolve(chain.get(i)) instanceof COSDictionary action && isExecutable(action)) {
                        chain.remove(i);
                        count(action, removed);
                    }
                }
            }
        }
        if (resolve(dict.getItem(COSName.AA)) instanceof COSDictionary triggers) {
            for (COSName trigger : new ArrayList<>(triggers.keySet())) {
                if (resolve(triggers.getItem(trigger)) instanceof COSDictionary action && isExecutable(action)) {
                    triggers.removeItem(trigger);
                    count(action, removed);
                }
            }
        }
    }

    private static boolean isExecutable(COSDictionary action) {
        String type = action.getNameAsString(COSName.S);
        return type != null && EXECUTABLE.contains(type);
    }

    private static void count(COSDictionary action, Map<String, Integer> removed) {
        removed.merge(action.getNameAsString(COSName.S) + " action", 1, Integer::sum);
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject o ? o.getObject() : base;
    }
}
