package org.counterpoint.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Origin;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;
import org.counterpoint.model.edit.CompositeEdit;
import org.counterpoint.model.edit.EditException;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A W3C import does work in proportion to its annotations: all of them are added in one step
 * (a step per annotation copied the project's lists each time, so 200k never finished), and the
 * batch keeps every check the single steps made.
 */
class W3cImportScaleTest {
    static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void manyAnnotationsComeInAsOneStepForTheHighlightsAndOneForTheComparisons() throws Exception {
        for (int n : new int[] {30, 600}) {
            Project full = project(n);
            Path file = dir.resolve("a" + n + ".jsonld");
            Files.write(file, W3cAnnotations.export(full, h -> true));
            Project empty = new Project(full.title(), "", "", full.documents(), List.of(), List.of(), NOW, NOW);
            AnnotationFiles.Outcome outcome = AnnotationFiles.read(empty, file, null, null, NOW, Progress.NONE);
            // the work to apply does not grow in steps with the number of annotations
            assertThat(((CompositeEdit) outcome.edit()).parts()).hasSize(2);
            Project after = outcome.edit().apply(empty);
            assertThat(after.highlights()).isEqualTo(full.highlights().stream().map(h -> after.highlight(h.id()).orElseThrow()).toList());
            assertThat(after.highlights()).extracting(Highlight::id).containsExactlyElementsOf(full.highlights().stream().map(Highlight::id).toList());
            assertThat(after.highlights()).extracting(Highlight::anchor).containsExactlyElementsOf(full.highlights().stream().map(Highlight::anchor).toList());
            assertThat(after.comparisons()).extracting(Comparison::id).containsExactlyElementsOf(full.comparisons().stream().map(Comparison::id).toList());
            assertThat(after.comparisons()).extracting(Comparison::order).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, full.comparisons().size()).boxed().toList());
        }
    }

    @Test
    void theBatchStepRefusesWhatTheSingleStepRefuses() {
        Project p = project(6);
        Highlight existing = p.highlights().get(0);
        assertThatThrownBy(() -> Edits.addHighlights(List.of(existing), NOW).apply(p)).isInstanceOf(EditException.class)
                .hasMessageContaining("already in the project");
        Highlight elsewhere = new Highlight("new", "no-such-document", Role.CLAIM, List.of(), existing.anchor(), null, "", "", Provenance.UNKNOWN,
                "", NOW, NOW, AnchorStatus.OK);
        assertThatThrownBy(() -> Edits.addHighlights(List.of(elsewhere), NOW).apply(p)).isInstanceOf(EditException.class)
                .hasMessageContaining("no-such-document");
        Comparison wrongSide = new Comparison("c-new", "wrong", List.of(p.highlights().get(1).id()), List.of(), Verdict.FALSE, "", "", 0);
        assertThatThrownBy(() -> Edits.addComparisons(List.of(wrongSide), NOW).apply(p)).isInstanceOf(EditException.class)
                .hasMessageContaining("Only claims");
    }

    static Project project(int n) {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < n; line++) {
            text.append("Statement ").append(line).append(" 😀: the ban on sensitive sites stands.\n");
        }
        String t = text.toString();
        SourceDocument doc = new SourceDocument("doc", "Document", DocumentKind.TEXT, new Origin("", "doc.txt"), "", t, List.of(0),
                DocumentMetadata.EMPTY, NOW);
        List<Highlight> highlights = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < n; i++) {
            int start = t.indexOf("the ban", t.indexOf("Statement " + i + " ", from));
            int end = start + "the ban on".length();
            Role role = i % 2 == 0 ? Role.CLAIM : Role.REBUTTAL;
            highlights.add(new Highlight("hl-" + i, doc.id(), role, List.of("t" + (i % 3)), Anchors.create(t, start, end), null, "", "note " + i,
                    new Provenance("Speaker " + i, "", null, ""), "tester", NOW, NOW, AnchorStatus.OK));
            from = end;
            if (i % 2 == 1) {
                comparisons.add(new Comparison("c-" + i, "Comparison " + i, List.of("hl-" + (i - 1)), List.of("hl-" + i), Verdict.FALSE, "", "",
                        comparisons.size()));
            }
        }
        return new Project("Scale", "", "", List.of(doc), highlights, comparisons, NOW, NOW);
    }
}
