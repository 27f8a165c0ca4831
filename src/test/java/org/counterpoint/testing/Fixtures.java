package org.counterpoint.testing;

import java.time.Instant;
import java.util.List;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Origin;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;

/** Small projects for tests, with every field filled so round trips compare something. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123Z");
    public static final Instant T1 = Instant.parse("2024-03-02T08:00:00Z");
    /** Text with characters outside the Basic Multilingual Plane (two UTF-16 units each). */
    public static final String BMP_PLUS = "The minister said 𝒳 is \"not endorsed\" 🙂 at all.\nSecond line: the ban stands.\n";

    private Fixtures() {
    }

    public static SourceDocument textDocument(String id, String text) {
        return new SourceDocument(id, "Doc " + id, DocumentKind.TEXT, new Origin("/tmp/" + id + ".txt", id + ".txt"),
                "a".repeat(64), text, List.of(0), new DocumentMetadata("Author", "Publisher", PartialDate.parse("2023-10"), "https://example.org/" + id), T0);
    }

    public static Highlight highlight(String id, SourceDocument doc, Role role, String quote) {
        int start = doc.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in text: " + quote);
        }
        return new Highlight(id, doc.id(), role, List.of("tag-" + id), Anchors.create(doc.text(), start, start + quote.length()), null,
                "", "note " + id, new Provenance("Speaker " + id, "Affiliation " + id, PartialDate.parse("2023-10-25"), "Citation " + id),
                "annotator", T0, T1, AnchorStatus.OK);
    }

    /** Two documents (one paged PDF-like, one with text outside the BMP), all roles, an area highlight, two comparisons. */
    public static Project rich() {
        SourceDocument a = textDocument("doc-a", BMP_PLUS);
        String pdfText = "Page one text about the claim.\nPage two text with the rebuttal.\n\nPage four.\n";
        SourceDocument b = new SourceDocument("doc-b", "PDF doc", DocumentKind.PDF, new Origin("/data/b.pdf", "b.pdf"), "b".repeat(64),
                pdfText, List.of(0, 31, 64, 65), new DocumentMetadata("", "Gov", PartialDate.parse("2023"), ""), T1);
        Highlight claim = highlight("h1", a, Role.CLAIM, "𝒳 is \"not endorsed\" 🙂");
        Highlight rebuttal = highlight("h2", a, Role.REBUTTAL, "the ban stands");
        Highlight context = highlight("h3", b, Role.CONTEXT, "Page one text");
        Highlight rebuttal2 = highlight("h4", b, Role.REBUTTAL, "text with the rebuttal");
        Highlight area = new Highlight("h5", b.id(), Role.CLAIM, List.of(), null, new PageArea(3, 72.5, 100, 200.25, 40), "#336699",
                "scanned claim", new Provenance("Scan speaker", "", null, ""), "annotator", T0, T0, AnchorStatus.OK);
        Comparison c1 = new Comparison("c1", "First", List.of("h1"), List.of("h2", "h4"), Verdict.FALSE, "Not endorsed.", "Analyst note", 0);
        Comparison c2 = new Comparison("c2", "Second", List.of("h5"), List.of(), Verdict.UNDETERMINED, "", "", 1);
        return new Project("Rich project", "Description", "Author name", List.of(a, b), List.of(claim, rebuttal, context, rebuttal2, area),
                List.of(c1, c2), T0, T1);
    }
}
