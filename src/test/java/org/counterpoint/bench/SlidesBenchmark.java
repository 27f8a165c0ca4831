package org.counterpoint.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.counterpoint.SampleCaseBuilder;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.export.slides.Callouts;
import org.counterpoint.export.slides.SlideDecks;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.ExportFixtures;
import org.counterpoint.typeset.SourceAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the slide exports of the sample case take, cold and warm, and how long one callout of a
 * PDF page takes once its source is open (the live mode's "show in source"). Run with
 * {@code mvn test -Dtest=SlidesBenchmark}; it reports and never fails on time.
 */
class SlidesBenchmark {
    @TempDir
    Path dir;

    @Test
    void decksAndCallouts() throws Exception {
        Project sample = new ProjectReader().read(SampleCaseBuilder.PROJECT).project();
        for (String kind : List.of("slides", "pptx")) {
            List<Long> times = new ArrayList<>();
            int slides = 0;
            for (int run = 0; run < 4; run++) {
                long t0 = System.nanoTime();
                SlideDecks.Result r = kind.equals("pptx")
                        ? SlideDecks.pptx(sample, PresentationSettings.DEFAULT, SourceAccess.byRecordedPaths(), Progress.NONE)
                        : SlideDecks.pdf(sample, PresentationSettings.DEFAULT, SourceAccess.byRecordedPaths(), Progress.NONE);
                times.add((System.nanoTime() - t0) / 1_000_000);
                slides = r.slides();
            }
            System.out.printf("BENCH %s export of the sample (%d slides): cold %d ms, warm %s ms%n", kind, slides, times.get(0), times.subList(1, times.size()));
        }

        ExportFixtures.Pdf pdf = ExportFixtures.twoColumnPdf(dir);
        Instant now = Instant.now();
        String text = pdf.document().text();
        int s = text.indexOf("There is no such thing");
        Highlight h = Highlight.ofText("h1", pdf.document().id(), Role.REBUTTAL, Anchors.create(text, s, text.indexOf("endorsement,", s) + 11), "me", now);
        Project p = Edits.addHighlight(h, now).apply(pdf.project());
        try (Callouts callouts = new Callouts(p, pdf.access(), Progress.NONE)) {
            long t0 = System.nanoTime();
            callouts.of(h, 880, 360).orElseThrow();
            long first = (System.nanoTime() - t0) / 1_000_000;
            List<Long> warm = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                callouts.of(h, 880, 360).orElseThrow();
                warm.add((System.nanoTime() - t) / 1_000_000);
            }
            Collections.sort(warm);
            System.out.printf("BENCH callout of a PDF page (880x360 pt panel): first %d ms (opens the source), warm median %d ms, max %d ms%n",
                    first, warm.get(warm.size() / 2), warm.get(warm.size() - 1));
        }
    }
}
