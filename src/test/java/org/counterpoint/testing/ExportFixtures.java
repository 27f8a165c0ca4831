package org.counterpoint.testing;

import org.counterpoint.typeset.SourceAccess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterpoint.ingest.DocumentImporter;
import org.counterpoint.ingest.ImportedDocument;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.TestPdfs;

/** A project with a real two-column PDF, as the export tests need it. */
public final class ExportFixtures {
    public static final List<String> LEFT = List.of(
            "The ministry said on Tuesday that its",
            "policy on surveillance equipment applies",
            "only to sensitive sites on the central",
            "government estate, and that local bodies",
            "remain free to choose their suppliers.",
            "It added that the list of sites was",
            "published in September after a review",
            "of the security risks by officials.",
            "The policy did not respond to any request",
            "for a ban on a particular supplier.");
    public static final List<String> RIGHT = List.of(
            "A spokesperson denied that the decision",
            "amounted to an endorsement of any supplier.",
            "There is no such thing as an endorsement,",
            "the spokesperson said, and the government",
            "does not go around endorsing companies.",
            "The supplier had claimed that the ruling",
            "endorses the security of its products and",
            "would allow its cameras in public buildings.",
            "Officials said the restriction still stands",
            "and has not been reduced in any way.");

    private ExportFixtures() {
    }

    /** A project holding the two-column PDF, imported from a file in {@code dir}, and its glyph boxes. */
    public record Pdf(Project project, SourceDocument document, GlyphLayout layout, Path file) {
        public SourceAccess access() {
            return new SourceAccess() {
                @Override
                public Optional<Path> sourceFile(SourceDocument d) {
                    return Optional.of(file);
                }

                @Override
                public String password(SourceDocument d) {
                    return null;
                }

                @Override
                public Optional<GlyphLayout> layout(SourceDocument d) {
                    return Optional.of(layout);
                }
            };
        }
    }

    public static Pdf twoColumnPdf(Path dir) throws Exception {
        Path file = dir.resolve("statement.pdf");
        Files.write(file, TestPdfs.twoColumns(LEFT, RIGHT));
        ImportedDocument imported = new DocumentImporter().importFile(file, null, Progress.NONE);
        Project p = Edits.addDocuments(List.of(imported.document()), Instant.now()).apply(Project.empty("Two columns", Instant.now()));
        return new Pdf(p, imported.document(), imported.layout(), file);
    }

    /** W3C annotations of quotes in that PDF, written as another tool would, without positions. */
    public static byte[] w3cByQuote(SourceDocument doc, List<Map.Entry<String, String>> quotesByRole) {
        StringBuilder items = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, String> e : quotesByRole) {
            if (n > 0) {
                items.append(",\n");
            }
            items.append("""
                    {"id": "urn:example:a%d", "type": "Annotation", "motivation": "highlighting",
                     "body": [{"type": "TextualBody", "purpose": "tagging", "value": "%s"}],
                     "target": {"source": "urn:sha256:%s", "selector": {"type": "TextQuoteSelector", "exact": "%s"}}}"""
                    .formatted(++n, e.getKey(), doc.sha256(), e.getValue().replace("\n", "\\n")));
        }
        return ("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\", \"first\": {\"items\": [\n"
                + items + "]}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
