package org.counterpoint.interchange;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Ids;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;
import org.counterpoint.typeset.SourceAccess;

/**
 * Brings Hypothesis annotations into a project. Each annotation's page is found by its address
 * (or, for a PDF, its fingerprint); its quote is placed as W3C quotes are, exactly or flagged, never
 * dropped. Its text becomes the note, a tag naming a role becomes the role and the other tags stay
 * tags, its user becomes the annotator, and replies are added to the note of the annotation they
 * answer. An annotation already brought in (the same Hypothesis id) is left alone.
 */
public final class HypothesisImport {
    /** How a highlight remembers the Hypothesis annotation it came from. */
    public static final String ID_PREFIX = "hypothesis:";

    /** The tags that give a role unless the user chooses others. */
    public static final Map<String, Role> DEFAULT_ROLE_TAGS = Map.of("claim", Role.CLAIM, "rebuttal", Role.REBUTTAL, "context", Role.CONTEXT);

    private HypothesisImport() {
    }

    /**
     * What the import brings in.
     *
     * @param updated highlights already in the project whose notes gain new replies
     */
    public record Result(InterchangeImport.Report report, List<Highlight> updated) {
    }

    /**
     * @param roleTags lower-case tags that name a role, e.g. {@link #DEFAULT_ROLE_TAGS}
     * @param access   where the project's PDFs are, to match {@code urn:x-pdf:} fingerprints; may be null
     */
    public static Result place(Project project, List<HypothesisAnnotations.Row> rows, Map<String, Role> roleTags, SourceAccess access,
                               Instant now) {
        Map<String, Highlight> known = new LinkedHashMap<>();
        project.highlights().stream().filter(h -> h.externalId().startsWith(ID_PREFIX)).forEach(h -> known.putIfAbsent(h.externalId(), h));
        Map<String, List<HypothesisAnnotations.Row>> replies = new LinkedHashMap<>();
        rows.stream().filter(HypothesisAnnotations.Row::isReply).forEach(r -> replies.computeIfAbsent(r.references().get(0), k -> new ArrayList<>()).add(r));

        SourceMatch match = new SourceMatch(project, access);
        Map<String, SourceDocument> waiting = new LinkedHashMap<>();
        List<Highlight> highlights = new ArrayList<>();
        List<String> approximate = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> held = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        for (HypothesisAnnotations.Row row : rows) {
            if (row.isReply()) {
                continue;
            }
            String externalId = ID_PREFIX + row.id();
            if (known.containsKey(externalId) || !seen.add(externalId)) {
                unchanged++;
                continue;
            }
            if (row.exact().isEmpty()) {
                skipped.add(row.id() + " (a page note: it quotes nothing to place)");
                continue;
            }
            Optional<SourceDocument> found = match.find(row.source()).or(() -> byFileName(project, row.source()));
            SourceDocument doc = found.orElseGet(() -> waiting.computeIfAbsent(sourceKey(row.source()), k -> standIn(row, now)));
            QuotePlacement placed = doc.isStandIn() ? QuotePlacement.unplaced(row.exact(), row.prefix(), row.suffix())
                    : QuotePlacement.place(doc.text(), row.exact(), row.prefix(), row.suffix(), row.start(), row.end());
            if (doc.isStandIn()) {
                held.add(row.id());
            } else if (placed.flagged()) {
                flagged.add(row.id() + " (its quote is not in “" + doc.title() + "”)");
            } else if (placed.approximate()) {
                approximate.add(row.id());
            }
            Role role = null;
            List<String> tags = new ArrayList<>();
            for (String tag : row.tags()) {
                Role r = roleTags.get(tag.toLowerCase(Locale.ROOT));
                if (r != null && role == null) {
                    role = r;
                } else {
                    tags.add(tag);
                }
            }
            String note = withReplies(row.text().strip(), replies.getOrDefault(row.id(), List.of()));
            Instant created = row.created() == null ? now : row.created();
            highlights.add(new Highlight(Ids.highlight(), doc.id(), role == null ? Role.CONTEXT : role, tags, placed.anchor(), null, "", note,
                    Provenance.UNKNOWN, row.user(), created, row.updated() == null ? created : row.updated(), placed.status(), externalId));
        }
        Set<String> brought = new HashSet<>();
        highlights.forEach(h -> brought.add(h.externalId()));
        List<Highlight> updated = new ArrayList<>();
        for (Map.Entry<String, List<HypothesisAnnotations.Row>> e : replies.entrySet()) {
            Highlight parent = known.get(ID_PREFIX + e.getKey());
            if (parent != null) {
                String note = withReplies(parent.note(), e.getValue());
                if (!note.equals(parent.note())) {
                    updated.add(parent.withNote(note, now));
                }
            } else if (!brought.contains(ID_PREFIX + e.getKey())) {
                e.getValue().forEach(r -> skipped.add(r.id() + " (a reply to " + e.getKey() + ", which is not brought in)"));
            }
        }
        if (unchanged > 0) {
            skipped.add(unchanged + (unchanged == 1 ? " annotation is" : " annotations are") + " already in the project (the same Hypothesis id)");
        }
        return new Result(new InterchangeImport.Report(highlights, List.of(), approximate, flagged, skipped, List.copyOf(waiting.values()), held),
                updated);
    }

    /** The note with each reply added as a line of its own, unless it is there already. */
    private static String withReplies(String note, List<HypothesisAnnotations.Row> replies) {
        StringBuilder sb = new StringBuilder(note);
        for (HypothesisAnnotations.Row r : replies) {
            String when = r.created() == null ? "" : " (" + r.created().atZone(ZoneOffset.UTC).toLocalDate() + ")";
            String line = "Reply from " + (r.user().isBlank() ? "someone" : r.user()) + when + ": " + r.text().strip();
            if (!note.contains(line)) {
                sb.append(sb.length() == 0 ? "" : "\n\n").append(line);
            }
        }
        return sb.toString();
    }

    /** A document found by the file name at the end of the address, for addresses that end in one (report.pdf). */
    static Optional<SourceDocument> byFileName(Project project, String source) {
        String name = fileName(source);
        if (!name.matches("(?i).+\\.(pdf|html?|txt)")) {
            return Optional.empty();
        }
        return project.documents().stream().filter(d -> d.origin().fileName().equalsIgnoreCase(name)).findFirst();
    }

    private static String fileName(String source) {
        String s = source.replace('\\', '/');
        int cut = s.length();
        for (char c : new char[] {'?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        s = s.substring(0, cut);
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static String sourceKey(String source) {
        String url = SourceMatch.normalize(source);
        return url.isEmpty() ? source.toLowerCase(Locale.ROOT) : url;
    }

    /** A stand-in for a page or PDF not in the project: it remembers the address (or file name) that importing the source will match. */
    private static SourceDocument standIn(HypothesisAnnotations.Row row, Instant now) {
        String source = row.source();
        String name = fileName(source);
        boolean pdf = source.regionMatches(true, 0, SourceMatch.PDF_URN, 0, SourceMatch.PDF_URN.length())
                || name.toLowerCase(Locale.ROOT).endsWith(".pdf");
        boolean web = !SourceMatch.normalize(source).isEmpty();
        String fileName = name.matches("(?i).+\\.(pdf|html?|txt)") ? name : "";
        SourceDocument d = SourceDocument.standIn(Ids.document(), fileName, "", pdf ? DocumentKind.PDF : web ? DocumentKind.HTML : DocumentKind.TEXT, now);
        String title = !row.title().isBlank() ? row.title() : !fileName.isEmpty() ? fileName : Text.abbreviate(source, 80);
        // the address, or the PDF's urn:x-pdf: fingerprint, is what importing the source will be matched by
        boolean known = web || SourceMatch.isPdfUrn(source);
        return d.withTitle(title).withMetadata(known ? new DocumentMetadata("", "", null, source) : DocumentMetadata.EMPTY);
    }
}
