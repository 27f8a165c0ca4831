package org.counterpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DeflaterOutputStream;
import org.counterpoint.io.ProjectReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bombs are refused quickly with a sentence: no stack trace, no exhausted memory. */
class HostileInputLimitsTest {
    @TempDir
    Path dir;
    Path project;

    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static String page(int parent, int contents) {
        return "<< /Type /Page /Parent " + parent + " 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents "
                + contents + " 0 R >>";
    }

    private static byte[] stream(byte[] data, boolean deflate) throws Exception {
        byte[] body = data;
        if (deflate) {
            ByteArrayOutputStream z = new ByteArrayOutputStream();
            try (DeflaterOutputStream d = new DeflaterOutputStream(z)) {
                d.write(data);
            }
            body = z.toByteArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("<< /Length " + body.length + (deflate ? " /Filter /FlateDecode" : "") + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.write("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A PDF from numbered object bodies, with a correct cross-reference table. */
    private static byte[] pdf(Map<Integer, byte[]> objects) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        int size = objects.keySet().stream().mapToInt(i -> i).max().orElse(0) + 1;
        long[] offsets = new long[size];
        for (Map.Entry<Integer, byte[]> e : new TreeMap<>(objects).entrySet()) {
            offsets[e.getKey()] = out.size();
            out.write((e.getKey() + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(e.getValue());
            out.write("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        long xref = out.size();
        StringBuilder x = new StringBuilder("xref\n0 " + size + "\n0000000000 65535 f \n");
        for (int i = 1; i < size; i++) {
            x.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        x.append("trailer\n<< /Size ").append(size).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.write(x.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private Map<Integer, byte[]> base() throws Exception {
        Map<Integer, byte[]> o = new TreeMap<>();
        o.put(1, ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        o.put(2, ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        o.put(3, ascii(page(2, 5)));
        o.put(4, ascii(FONT));
        o.put(5, stream(ascii("BT /F1 12 Tf 72 720 Td (The evidence on page one.) Tj ET"), false));
        return o;
    }

    @BeforeEach
    void aProject() throws Exception {
        Path evidence = dir.resolve("evidence.pdf");
        Files.write(evidence, pdf(base()));
        project = dir.resolve("case.counterpoint.json");
        CliTest.Run r = CliTest.run("import", evidence.toString(), "--into", project.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private CliTest.Run importFile(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return CliTest.run("import", file.toString(), "--into", project.toString());
    }

    private static void assertRefused(CliTest.Run r, String sentence) {
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.err().strip()).contains(sentence).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error");
    }

    @Test
    void aPageTreeTenThousandLevelsDeepIsRefused() throws Exception {
        Map<Integer, byte[]> o = base();
        int n = 10_000;
        o.put(2, ascii("<< /Type /Pages /Kids [10 0 R] /Count 1 >>"));
        for (int i = 0; i < n; i++) {
            int num = 10 + i;
            o.put(num, ascii("<< /Type /Pages /Parent " + (num - 1 == 9 ? 2 : num - 1) + " 0 R /Kids [" + (i < n - 1 ? num + 1 : 3) + " 0 R] /Count 1 >>"));
        }
        o.put(3, ascii(page(10 + n - 1, 5)));
        assertRefused(importFile("deep.pdf", pdf(o)), "deep.pdf cannot be imported: its page tree is nested more than 256 levels deep");
    }

    @Test
    void aPageTreeThatReusesItsNodesToClaimABillionPagesIsRefused() throws Exception {
        Map<Integer, byte[]> o = base();
        int levels = 30;
        o.put(2, ascii("<< /Type /Pages /Kids [10 0 R] /Count 1073741824 >>"));
        for (int i = 0; i < levels; i++) {
            int kid = i < levels - 1 ? 11 + i : 3;
            o.put(10 + i, ascii("<< /Type /Pages /Kids [" + kid + " 0 R " + kid + " 0 R] /Count " + (1L << (levels - i)) + " >>"));
        }
        assertRefused(importFile("dag.pdf", pdf(o)), "dag.pdf cannot be imported: its page tree lists the same pages more than once");
    }

    @Test
    void aCountOfTwoBillionPagesIsReadAsThePagesReallyThere() throws Exception {
        Map<Integer, byte[]> o = base();
        o.put(2, ascii("<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>"));
        o.put(5, stream(ascii("BT /F1 12 Tf 72 720 Td (A page that claims company.) Tj ET"), false));
        CliTest.Run r = importFile("count.pdf", pdf(o));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported: count.pdf as \"count\" (pdf, 1 page)");
    }

    @Test
    void aPageOfMillionsOfTextOperatorsStopsWithASentence() throws Exception {
        Map<Integer, byte[]> o = base();
        byte[] op = ascii("(a) Tj\n");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.write(ascii("BT /F1 12 Tf 72 720 Td\n"));
        for (int i = 0; i < 1_100_000; i++) {
            content.write(op);
        }
        content.write(ascii("ET"));
        o.put(5, stream(content.toByteArray(), true));
        assertRefused(importFile("ops.pdf", pdf(o)), "ops.pdf cannot be imported: page 1 holds more than 1,000,000 drawing instructions");
    }

    @Test
    void xfdfNestedTenThousandLevelsIsRefused() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xfdf xmlns=\"http://ns.adobe.com/xfdf/\"><f href=\"evidence.pdf\"/><annots>"
                + "<highlight page=\"0\" rect=\"0,0,10,10\" coords=\"0,10,10,10,0,0,10,0\"><contents>" + "<b>".repeat(10_000) + "x"
                + "</b>".repeat(10_000) + "</contents></highlight></annots></xfdf>";
        assertRefused(importFile("nested.xfdf", xml.getBytes(StandardCharsets.UTF_8)),
                "nested.xfdf: its elements are nested more than 256 levels deep");
    }

    @Test
    void hugeAnnotationAndProjectFilesAreRefusedBeforeTheyAreRead() throws Exception {
        Path big = dir.resolve("big.jsonld");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertRefused(CliTest.run("import", big.toString(), "--into", project.toString()),
                "big.jsonld is 3072 MB; annotation files of up to 512 MB are read");
        Path hugeProject = dir.resolve("huge.counterpoint.json");
        try (RandomAccessFile f = new RandomAccessFile(hugeProject.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertRefused(CliTest.run("validate", hugeProject.toString()), "huge.counterpoint.json cannot be opened");
        assertThat(new ProjectReader().read(project).project().documents()).hasSize(1);
    }
}
