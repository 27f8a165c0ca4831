package org.counterpoint.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.CorpusPdfs;
import org.junit.jupiter.api.Test;

/**
 * Every PDF of a corpus whose text is known is read back with at least 99% of its characters
 * right and without a single control character. Where poppler's {@code pdftotext} is installed,
 * its agreement on the same files is written beside them for comparison (it is never asserted).
 */
class ExtractionCorpusTest {
    private static final Path OUT = Path.of("target", "corpus");

    @Test
    void everyCorpusFileReadsBackAsItsPageShowsIt() throws Exception {
        Files.createDirectories(OUT);
        List<String> table = new ArrayList<>();
        table.add(String.format("%-16s %8s %10s %16s", "file", "ours", "pdftotext", "pdftotext NFKC"));
        List<String> failures = new ArrayList<>();
        for (CorpusPdfs.Entry e : CorpusPdfs.all()) {
            Files.write(OUT.resolve(e.name() + ".pdf"), e.pdf());
            PdfExtraction x = PdfTextExtractor.extract(e.pdf(), null, Progress.NONE);
            assertThat(controlCharacters(x.text())).as(e.name() + ": control characters in " + x.text()).isZero();
            double ours = agreement(e.expected(), x.text());
            String poppler = pdftotext(OUT.resolve(e.name() + ".pdf"));
            table.add(String.format("%-16s %7.1f%% %10s %16s", e.name(), 100 * ours,
                    poppler == null ? "n/a" : String.format("%.1f%%", 100 * agreement(e.expected(), poppler)),
                    poppler == null ? "n/a" : String.format("%.1f%%", 100 * agreement(e.expected(), Normalizer.normalize(poppler, Normalizer.Form.NFKC)))));
            if (ours < 0.99) {
                failures.add(e.name() + " (" + String.format("%.1f%%", 100 * ours) + "): expected [" + e.expected() + "] got [" + x.text() + "]");
            }
        }
        Files.writeString(OUT.resolve("agreement.txt"), String.join("\n", table) + "\n");
        assertThat(failures).isEmpty();
    }

    @Test
    void anArabicMarkDrawnTwiceIsReadOnceAndNoTatweelIsInvented() throws Exception {
        // "حَبيبي" shaped, in visual order, with the fatha as its own glyph (U+064E), drawn twice over itself
        String visual = "\uFEF2\uFE92\uFEF4\uFE91\u064E\uFEA3";
        byte[] pdf = org.counterpoint.testing.TestPdfs.page(0, null, (doc, page, cs) -> {
            var font = org.counterpoint.testing.TestPdfs.font(doc, "DejaVuSans.ttf");
            org.counterpoint.testing.TestPdfs.text(cs, font, 20, 72, 700, "habibi " + visual);
            org.counterpoint.testing.TestPdfs.text(cs, font, 20, 72, 700, "habibi " + visual);
        });
        assertThat(PdfTextExtractor.extract(pdf, null, Progress.NONE).text()).isEqualTo("habibi حَبيبي\n");
        // the fatha as a presentation form (medial, U+FE77) is the bare mark, not tatweel and mark
        byte[] forms = org.counterpoint.testing.TestPdfs.page(0, null, (doc, page, cs) ->
                org.counterpoint.testing.TestPdfs.text(cs, org.counterpoint.testing.TestPdfs.font(doc, "DejaVuSans.ttf"), 20, 72, 700,
                        CorpusPdfs.visual("حَبيبي", false)));
        assertThat(PdfTextExtractor.extract(forms, null, Progress.NONE).text()).isEqualTo("حَبيبي\n");
    }

    static long controlCharacters(String text) {
        return text.chars().filter(c -> c != '\n' && Character.getType(c) == Character.CONTROL).count();
    }

    /**
     * The share of the expected characters that are right: 1 − edit distance / expected length,
     * counted in code points, after runs of white space are made one space and bidi controls
     * (which only steer display) are dropped.
     */
    static double agreement(String expected, String actual) {
        int[] a = normalize(expected);
        int[] b = normalize(actual);
        if (a.length == 0) {
            return b.length == 0 ? 1 : 0;
        }
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.max(0, 1 - (double) prev[b.length] / a.length);
    }

    private static int[] normalize(String s) {
        String t = s.replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\f]", "").replaceAll("\\s+", " ").strip();
        return t.codePoints().toArray();
    }

    /** poppler's text of a file, or null when pdftotext is not installed. */
    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(false).start();
        } catch (IOException notInstalled) {
            return null;
        }
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }
}
