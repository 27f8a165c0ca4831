package org.counterpoint.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks a PDF's page tree before anything trusts it, walking it without recursion: a tree nested
 * deeper than any real document, pages used more than once (a tree that claims a billion pages with
 * a few dozen objects), more pages than Counterpoint reads, or more pages than the file has bytes
 * for are refused. Counts that disagree with the real tree are set to what the tree holds, so what
 * reads the document later sees the pages that are really there.
 */
final class PageTreeCheck {
    /** Real page trees are a handful of levels deep; PDFBox walks them recursively. */
    static final int MAX_DEPTH = 256;
    /** The most pages a document may have. */
    static final int MAX_PAGES = 100_000;
    /** No page object can be written in fewer bytes than this. */
    static final int MIN_BYTES_PER_PAGE = 20;

    private PageTreeCheck() {
    }

    /** Checks the tree and repairs its counts; returns the number of pages. */
    static int check(PDDocument doc, long fileSize) throws PdfOpenException {
        COSBase root = resolve(doc.getDocumentCatalog().getCOSObject().getItem(COSName.PAGES));
        if (!(root instanceof COSDictionary rootNode)) {
            throw refuse("it has no list of pages.");
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<COSDictionary, Integer> depth = new IdentityHashMap<>();
        List<COSDictionary> inner = new ArrayList<>();
        Deque<COSDictionary> todo = new ArrayDeque<>();
        todo.push(rootNode);
        depth.put(rootNode, 1);
        seen.add(rootNode);
        int pages = 0;
        long maxByBytes = Math.max(1, fileSize / MIN_BYTES_PER_PAGE);
        while (!todo.isEmpty()) {
            COSDictionary node = todo.pop();
            int level = depth.get(node);
            COSBase kids = resolve(node.getItem(COSName.KIDS));
            if (!(kids instanceof COSArray array) || COSName.PAGE.equals(node.getCOSName(COSName.TYPE))) {
                pages++;
                if (pages > MAX_PAGES) {
                    throw refuse("it has more than " + String.format("%,d", MAX_PAGES) + " pages, more than Counterpoint reads.");
                }
                if (pages > maxByBytes) {
                    throw refuse("its page tree holds more pages than a file of " + fileSize + " bytes can describe.");
                }
                continue;
            }
            if (level > MAX_DEPTH) {
                throw refuse("its page tree is nested more than " + MAX_DEPTH + " levels deep, which no real document needs.");
            }
            inner.add(node);
            for (COSBase kid : array) {
                if (resolve(kid) instanceof COSDictionary child) {
                    if (!seen.add(child)) {
                        throw refuse("its page tree lists the same pages more than once, so its page count cannot be trusted.");
                    }
                    depth.put(child, level + 1);
                    todo.push(child);
                }
            }
        }
        repairCounts(inner, seen);
        return pages;
    }

    /** Sets each inner node's /Count to the pages below it, deepest nodes first. */
    private static void repairCounts(List<COSDictionary> inner, Set<COSDictionary> all) {
        Map<COSDictionary, Integer> counts = new IdentityHashMap<>();
        for (int i = inner.size() - 1; i >= 0; i--) {
            COSDictionary node = inner.get(i);
            int n = 0;
            for (COSBase kid : (COSArray) resolve(node.getItem(COSName.KIDS))) {
                if (resolve(kid) instanceof COSDictionary child) {
                    n += counts.getOrDefault(child, 1);
                }
            }
            counts.put(node, n);
            if (node.getInt(COSName.COUNT, -1) != n) {
                node.setInt(COSName.COUNT, n);
            }
        }
    }

    private static PdfOpenException refuse(String why) {
        return new PdfOpenException(PdfOpenException.Kind.DAMAGED, why, null);
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject o ? o.getObject() : base;
    }
}
