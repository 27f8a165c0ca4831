package org.counterpoint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A book of at least 1,000 real pages for the benchmarks: 46 lines of prose a page in two fonts,
 * every tenth page in two columns, made once and kept in target/bench.
 */
final class BenchmarkBook {
    static final int PAGES = 1000;
    private static final String[] WORDS = ("the ministry said that its policy on surveillance equipment applies to sensitive sites "
            + "on the central government estate and does not extend to local authorities or private businesses which remain free "
            + "to make their own decisions about suppliers while officials denied that any endorsement had been given to a "
            + "company whose products were covered by the restriction announced in november after a review of security risks "
            + "and the evidence presented to parliament by the minister of state in october").split(" ");

    private BenchmarkBook() {
    }

    static Path get() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path file = dir.resolve("book-" + PAGES + ".pdf");
        if (Files.exists(file)) {
            return file;
        }
        Random random = new Random(42);
        PDType1Font times = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= PAGES; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(helvetica, 14);
                    cs.newLineAtOffset(56, 800);
                    cs.showText("Chapter " + (1 + p / 20) + ", page " + p);
                    cs.endText();
                    boolean columns = p % 10 == 0;
                    int lines = 46;
                    for (int c = 0; c < (columns ? 2 : 1); c++) {
                        cs.beginText();
                        cs.setFont(c == 0 && p % 2 == 0 ? helvetica : times, 10.5f);
                        cs.setLeading(15.5f);
                        cs.newLineAtOffset(56 + c * 250, 770);
                        for (int l = 0; l < lines; l++) {
                            cs.showText(line(random, columns ? 40 : 88));
                            cs.newLine();
                        }
                        cs.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static String line(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(8) == 0) {
            sb.append('.');
        }
        return sb.toString();
    }
}
