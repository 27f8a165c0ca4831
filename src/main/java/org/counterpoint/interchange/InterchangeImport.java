package org.counterpoint.interchange;

import org.counterpoint.interchange.AnnotationText;
import org.counterpoint.typeset.PagedDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.anchor.CodePoints;
import org.counterpoint.anchor.QuoteSearch;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Ids;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.TextAnchor;
import org.counterpoint.model.Verdict;

/**
 * Brings W3C web annotations and XFDF annotations into documents already in a project. Each quote
 * is placed exactly where it can be, otherwise where it matches once white space and line breaks
 * are ignored; one that cannot be placed is still brought in, flagged, and reported by its id.
 */
public final class InterchangeImport {
    private InterchangeImport() {
    }

    /**
     * What an import did.
     *
     * @param approximate ids of annotations placed only by ignoring white-space differences
     * @param flagged     ids (with the reason) of annotations kept but not placed
     * @param skipped     annotations that were not brought in at all, with the reason
     * @param waiting     stand-ins for sources not in the project, holding their annotations until the sources are imported
     * @param held        ids of annotations kept, flagged, under those stand-ins
     */
    public record Report(List<Highlight> highlights, List<Comparison> comparisons, List<String> approximate, List<String> flagged,
                         List<String> skipped, List<SourceDocument> waiting, List<String> held) {
        public Report(List<Highlight> highlights, List<Comparison> comparisons, List<String> approximate, List<String> flagged,
                      List<String> skipped) {
            this(highlights, comparisons, approximate, flagged, skipped, List.of(), List.of());
        }

        /** Annotations brought in but not placed: flagged because their quotes were not found, or waiting for their sources. */
        public int unplaced() {
            return flagged.size() + held.size();
        }

        public String summary() {
            StringBuilder sb = new StringBuilder(highlights.size() + (highlights.size() == 1 ? " annotation" : " annotations") + " brought in");
            if (!comparisons.isEmpty()) {
                sb.append(", with ").append(comparisons.size()).append(comparisons.size() == 1 ? " comparison" : " comparisons");
            }
            sb.append('.');
            if (!approximate.isEmpty()) {
                sb.append(" ").append(approximate.size()).append(" placed by ignoring white-space differences.");
            }
            if (!flagged.isEmpty()) {
                sb.append(" ").append(flagged.size()).append(" could not be placed and ").append(flagged.size() == 1 ? "is" : "are")
                        .append(" kept as flagged: ").append(String.join("; ", flagged)).append('.');
            }
            if (!skipped.isEmpty()) {
                sb.append(" Not brought in: ").append(String.join("; ", skipped)).append('.');
            }
            if (!waiting.isEmpty()) {
                String sources = waiting.stream().map(d -> "“" + d.title() + "”").collect(java.util.stream.Collectors.joining(", "));
                sb.append(" ").append(held.size()).append(held.size() == 1 ? " is" : " are").append(" kept as flagged until ")
                        .append(sources).append(waiting.size() == 1 ? " is" : " are").append(" imported, as ")
                        .append(waiting.size() == 1 ? "it is" : "they are").append(" not in the project yet: ").append(String.join(", ", held))
                        .append(". Import ").append(waiting.size() == 1 ? "it" : "them").append(" to place them.");
            }
            return sb.toString();
        }
    }

    // ------------------------------------------------------------------ W3C

    public static Report fromW3c(Project project, W3cAnnotations.Contents contents, Instant now) {
        List<Highlight> highlights = new ArrayList<>();
        List<String> approximate = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        project.highlights().forEach(h -> usedIds.add(h.id()));
        Map<String, String> idMap = new LinkedHashMap<>();
        Map<String, SourceDocument> waiting = new LinkedHashMap<>();
        List<String> held = new ArrayList<>();
        // looked up once per target and text, not once per annotation: the import stays linear in the number of annotations
        Map<List<String>, Optional<SourceDocument>> targets = new java.util.HashMap<>();
        Map<String, CodePoints.Index> offsets = new java.util.HashMap<>();
        for (W3cAnnotations.Annotation a : contents.annotations()) {
            Optional<SourceDocument> doc = targets.computeIfAbsent(List.of(a.source(), a.fileName()),
                    k -> documentFor(project, a.source(), a.fileName()));
            String label = a.id().isBlank() ? "“" + org.counterpoint.model.Text.abbreviate(a.exact(), 30) + "”" : a.id();
            if (doc.isEmpty()) {
                String sha = a.source().startsWith("urn:sha256:") ? a.source().substring("urn:sha256:".length()).toLowerCase(java.util.Locale.ROOT) : "";
                if (!sha.matches("[0-9a-f]{64}")) {
                    sha = "";
                }
                String name = !a.fileName().isBlank() ? a.fileName() : a.source().startsWith("urn:") ? "" : lastSegment(a.source());
                if (sha.isEmpty() && name.isBlank()) {
                    skipped.add(label + " (it names no source: neither a file nor the digest of one)");
                    continue;
                }
                // kept, flagged, under a stand-in that importing the source fills in
                String finalSha = sha;
                doc = Optional.of(waiting.computeIfAbsent(sha.isEmpty() ? "name:" + name.toLowerCase(java.util.Locale.ROOT) : finalSha,
                        k -> SourceDocument.standIn(Ids.document(), name, finalSha, kindOf(name), now)));
            }
            String text = doc.get().text();
            CodePoints.Index index = offsets.computeIfAbsent(doc.get().id(), k -> new CodePoints.Index(text));
            Integer start = a.start() == null ? null : safeUtf16(index, a.start());
            Integer end = a.end() == null ? null : safeUtf16(index, a.end());
            TextAnchor anchor;
            AnchorStatus status = AnchorStatus.OK;
            if (start != null && end != null && end >= start && text.startsWith(a.exact(), start) && end - start == a.exact().length()) {
                anchor = Anchors.create(text, start, end);
            } else {
                Optional<QuoteSearch.Found> found = QuoteSearch.find(text, a.exact(), a.prefix(), a.suffix(), start == null ? 0 : start);
                if (found.isPresent()) {
                    anchor = Anchors.create(text, found.get().start(), found.get().end());
                    if (found.get().match() == QuoteSearch.Match.APPROXIMATE) {
                        approximate.add(label);
                    }
                } else {
                    anchor = new TextAnchor(0, 0, a.exact(), a.prefix(), a.suffix());
                    status = AnchorStatus.FLAGGED;
                    if (doc.get().isStandIn()) {
                        held.add(label);
                    } else {
                        flagged.add(label + " (its quote is not in “" + doc.get().title() + "”)");
                    }
                }
            }
            String id = !a.id().isBlank() && usedIds.add(a.id()) ? a.id() : Ids.highlight();
            idMap.put(a.id(), id);
            Instant created = a.created() == null ? now : a.created();
            highlights.add(new Highlight(id, doc.get().id(), a.role() == null ? Role.CONTEXT : a.role(), a.tags(), anchor, null, "",
                    a.note(), a.provenance(), a.creator(), created, a.modified() == null ? created : a.modified(), status));
        }
        List<Comparison> comparisons = comparisons(project, contents.links(), idMap, highlights);
        return new Report(highlights, comparisons, approximate, flagged, skipped, List.copyOf(waiting.values()), held);
    }

    private static String lastSegment(String source) {
        String s = source.replace('\\', '/');
        int q = s.indexOf('?');
        s = q >= 0 ? s.substring(0, q) : s;
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static org.counterpoint.model.DocumentKind kindOf(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return org.counterpoint.model.DocumentKind.PDF;
        }
        return n.endsWith(".html") || n.endsWith(".htm") ? org.counterpoint.model.DocumentKind.HTML : org.counterpoint.model.DocumentKind.TEXT;
    }

    /** Comparisons rebuilt from linking annotations, for those whose ids are not in the project yet. */
    private static List<Comparison> comparisons(Project project, List<W3cAnnotations.Link> links, Map<String, String> idMap,
                                                List<Highlight> highlights) {
        Map<String, Comparison> byId = new LinkedHashMap<>();
        Map<String, Role> roles = new java.util.HashMap<>();
        highlights.forEach(h -> roles.put(h.id(), h.role()));
        project.highlights().forEach(h -> roles.putIfAbsent(h.id(), h.role()));
        Set<String> existing = new HashSet<>();
        project.comparisons().forEach(c -> existing.add(c.id()));
        for (W3cAnnotations.Link link : links) {
            if (link.comparisonId().isBlank() || existing.contains(link.comparisonId())) {
                continue;
            }
            String claim = idMap.getOrDefault(link.claimId(), link.claimId());
            String rebuttal = idMap.getOrDefault(link.rebuttalId(), link.rebuttalId());
            if (roles.get(claim) != Role.CLAIM || roles.get(rebuttal) != Role.REBUTTAL) {
                continue;
            }
            Comparison c = byId.computeIfAbsent(link.comparisonId(), id -> new Comparison(id, link.comparisonTitle(), List.of(), List.of(),
                    verdict(link.verdict()), "", "", 0));
            c = c.withLinked(Comparison.Side.CLAIMS, claim, -1).withLinked(Comparison.Side.REBUTTALS, rebuttal, -1);
            byId.put(c.id(), c);
        }
        return new ArrayList<>(byId.values());
    }

    private static Verdict verdict(String id) {
        try {
            return Verdict.fromId(id);
        } catch (IllegalArgumentException e) {
            return Verdict.UNDETERMINED;
        }
    }

    /** A code point offset as UTF-16, or null when it lies beyond the text. */
    private static Integer safeUtf16(CodePoints.Index text, int codePoints) {
        try {
            return text.toUtf16Offset(codePoints);
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The document a target names: by the digest of its source bytes first, then by its web address, then by file name. */
    public static Optional<SourceDocument> documentFor(Project project, String source, String fileName) {
        if (source != null && source.startsWith("urn:sha256:")) {
            String sha = source.substring("urn:sha256:".length()).toLowerCase(java.util.Locale.ROOT);
            Optional<SourceDocument> bySha = project.documents().stream().filter(d -> d.sha256().equals(sha)).findFirst();
            if (bySha.isPresent()) {
                return bySha;
            }
        }
        Optional<SourceDocument> byUrl = SourceMatch.byUrl(project, source);
        if (byUrl.isPresent()) {
            return byUrl;
        }
        List<String> names = new ArrayList<>();
        if (fileName != null && !fileName.isBlank()) {
            names.add(fileName);
        }
        if (source != null && !source.isBlank() && !source.startsWith("urn:")) {
            String s = source.replace('\\', '/');
            names.add(s.substring(s.lastIndexOf('/') + 1));
        }
        for (String name : names) {
            Optional<SourceDocument> byName = project.documents().stream()
                    .filter(d -> d.origin().fileName().equalsIgnoreCase(name) || d.id().equals(name)).findFirst();
            if (byName.isPresent()) {
                return byName;
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ XFDF

    /**
     * Places XFDF annotations in a document through its glyph boxes: each text markup covers the
     * characters whose glyph centres lie in its quads; a square or note becomes an area highlight.
     */
    public static Report fromXfdf(Project project, PagedDocument paged, List<Xfdf.Annotation> annotations, Instant now) {
        SourceDocument doc = paged.document();
        List<Highlight> highlights = new ArrayList<>();
        List<String> approximate = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        project.highlights().forEach(h -> usedIds.add(h.id()));
        for (Xfdf.Annotation a : annotations) {
            String baseName = a.name().contains("#") ? a.name().substring(0, a.name().indexOf('#')) : a.name();
            if (a.name().contains("#") && highlights.stream().anyMatch(h -> h.id().equals(baseName))) {
                // the continuation of a quote onto a later page: the first part already carries the whole quote
                continue;
            }
            AnnotationText.Parsed parsed = AnnotationText.parse(a.contents());
            Role role = parsed.role() != null ? parsed.role() : roleFromSubject(a.subject());
            String label = a.name().isBlank() ? a.kind() + " on page " + a.pageNumber() : a.name();
            String id = !baseName.isBlank() && usedIds.add(baseName) ? baseName : Ids.highlight();
            Instant when = a.modified() == null ? now : a.modified();
            String color = a.color() != null && a.color().matches("#[0-9a-fA-F]{6}") ? a.color().toLowerCase(java.util.Locale.ROOT) : "";
            if (color.equalsIgnoreCase(role.defaultColor())) {
                color = "";
            }
            List<String> tags = parsed.tags();
            Provenance provenance = parsed.provenance();
            String annotator = a.title() == null ? "" : a.title();
            if (a.kind().equals("square") || a.kind().equals("text") || a.quads().isEmpty()) {
                float[] r = a.rect();
                if (r == null || r[2] <= r[0] || r[3] <= r[1] || a.pageNumber() > doc.pageCount()) {
                    skipped.add(label + " (it has no usable rectangle on a page of “" + doc.title() + "”)");
                    continue;
                }
                highlights.add(new Highlight(id, doc.id(), role, tags, null, new PageArea(a.pageNumber(), r[0], r[1], r[2] - r[0], r[3] - r[1]),
                        color, parsed.note(), provenance, annotator, when, when, null));
                continue;
            }
            Optional<int[]> range = rangeUnder(paged, a);
            TextAnchor anchor;
            AnchorStatus status = AnchorStatus.OK;
            if (range.isPresent()) {
                anchor = Anchors.create(doc.text(), range.get()[0], range.get()[1]);
            } else {
                anchor = new TextAnchor(0, 0, "", "", "");
                status = AnchorStatus.FLAGGED;
                flagged.add(label + " (no text of “" + doc.title() + "” lies under it)");
            }
            highlights.add(new Highlight(id, doc.id(), role, tags, anchor, null, color, parsed.note(), provenance, annotator, when, when, status));
        }
        return new Report(highlights, List.of(), approximate, flagged, skipped);
    }

    private static Role roleFromSubject(String subject) {
        try {
            return subject == null || subject.isBlank() ? Role.CONTEXT : Role.fromId(subject);
        } catch (IllegalArgumentException e) {
            return Role.CONTEXT;
        }
    }

    /** The document text covered by an annotation's quads (on its page, and on following pages for named continuations). */
    private static Optional<int[]> rangeUnder(PagedDocument paged, Xfdf.Annotation a) {
        GlyphLayout layout = paged.layout();
        int first = -1;
        int last = -1;
        for (int i = 0; i < layout.length(); i++) {
            if (!layout.hasBox(i) || layout.page(i) != a.pageNumber()) {
                continue;
            }
            float cx = (layout.x0(i) + layout.x1(i)) / 2;
            float cy = (layout.y0(i) + layout.y1(i)) / 2;
            for (float[] q : a.quads()) {
                float qx0 = Math.min(Math.min(q[0], q[2]), Math.min(q[4], q[6]));
                float qx1 = Math.max(Math.max(q[0], q[2]), Math.max(q[4], q[6]));
                float qy0 = Math.min(Math.min(q[1], q[3]), Math.min(q[5], q[7]));
                float qy1 = Math.max(Math.max(q[1], q[3]), Math.max(q[5], q[7]));
                if (cx >= qx0 - 0.5f && cx <= qx1 + 0.5f && cy >= qy0 - 0.5f && cy <= qy1 + 0.5f) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                    break;
                }
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        int start = first;
        int end = last + 1;
        if (paged.text().equals(paged.document().text())) {
            return Optional.of(new int[] {start, end});
        }
        String quote = paged.text().substring(start, end);
        return QuoteSearch.find(paged.document().text(), quote, "", "", start).map(f -> new int[] {f.start(), f.end()});
    }
}
