package org.counterpoint.io;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.counterpoint.io.ProjectJson.AnchorJson;
import org.counterpoint.io.ProjectJson.AreaJson;
import org.counterpoint.io.ProjectJson.ComparisonJson;
import org.counterpoint.io.ProjectJson.DocumentJson;
import org.counterpoint.io.ProjectJson.FileJson;
import org.counterpoint.io.ProjectJson.HighlightJson;
import org.counterpoint.io.ProjectJson.MetadataJson;
import org.counterpoint.io.ProjectJson.OriginJson;
import org.counterpoint.io.ProjectJson.ProvenanceJson;
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
import org.counterpoint.model.TextAnchor;
import org.counterpoint.model.Verdict;

/**
 * Converts between the file shape and the model. Going in, it checks everything the JSON parser
 * cannot: ids that are missing, repeated or dangling, ranges outside the text, values outside
 * their lists. Every problem is recorded; none is repaired silently.
 */
final class ProjectMapping {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s/?#]+\\S*");

    private final Problems problems;
    private final java.nio.file.Path baseDir;

    /**
     * @param baseDir the project file's folder, against which relative source paths are resolved; null if unknown
     */
    ProjectMapping(Problems problems, java.nio.file.Path baseDir) {
        this.problems = problems;
        this.baseDir = baseDir;
    }

    // ---------------------------------------------------------------- model to file

    static FileJson toJson(Project p, java.nio.file.Path baseDir) {
        // a file without the review address is a valid 1.0 file, and stays byte for byte what earlier versions wrote
        return new FileJson(ProjectFormat.NAME, ProjectFormat.versionOf(p), p.title(), p.description(),
                p.author(), p.reviewUrlBase().isEmpty() ? null : p.reviewUrlBase(), stamp(p.created()), stamp(p.modified()),
                p.documents().stream().map(d -> toJson(d, baseDir)).toList(),
                p.highlights().stream().map(ProjectMapping::toJson).toList(),
                p.comparisons().stream().map(ProjectMapping::toJson).toList());
    }

    private static DocumentJson toJson(SourceDocument d, java.nio.file.Path baseDir) {
        DocumentMetadata m = d.metadata();
        return new DocumentJson(d.id(), d.title(), d.kind().id(),
                new OriginJson(OriginPaths.toFile(d.origin().path(), baseDir), d.origin().fileName()), d.sha256(),
                new MetadataJson(m.author(), m.publisher(), m.published() == null ? null : m.published().toString(), m.url()),
                stamp(d.imported()), d.pageStarts(), List.of(d.text().split("\n", -1)));
    }

    private static HighlightJson toJson(Highlight h) {
        TextAnchor a = h.anchor();
        PageArea area = h.area();
        Provenance pr = h.provenance();
        return new HighlightJson(h.id(), h.documentId(), h.role().id(), h.tags(),
                a == null ? null : new AnchorJson(a.start(), a.end(), a.exact(), a.prefix(), a.suffix()),
                area == null ? null : new AreaJson(area.pageNumber(), area.x(), area.y(), area.width(), area.height()),
                h.color(), h.note(),
                new ProvenanceJson(pr.speaker(), pr.affiliation(), pr.statedOn() == null ? null : pr.statedOn().toString(), pr.citation()),
                h.annotator(), h.externalId().isEmpty() ? null : h.externalId(), stamp(h.created()), stamp(h.modified()));
    }

    private static ComparisonJson toJson(Comparison c) {
        return new ComparisonJson(c.id(), c.title(), c.order(), c.claimIds(), c.rebuttalIds(), c.verdict().id(), c.verdictText(), c.note());
    }

    static String stamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    // ---------------------------------------------------------------- file to model

    Project toModel(FileJson f) {
        Instant created = instant("/created", f.created(), true);
        Instant modified = f.modified() == null ? created : instant("/modified", f.modified(), false);
        Map<String, SourceDocument> docs = new HashMap<>();
        List<SourceDocument> documents = new ArrayList<>();
        List<DocumentJson> docList = listOf(f.documents(), "/documents");
        for (int i = 0; i < docList.size(); i++) {
            SourceDocument d = document(docList.get(i), "/documents/" + i, created);
            if (d != null) {
                if (docs.putIfAbsent(d.id(), d) != null) {
                    problems.add("/documents/" + i + "/id", "the document id \"" + d.id() + "\" is used twice.");
                }
                documents.add(d);
            }
        }
        Map<String, Highlight> byId = new HashMap<>();
        List<Highlight> highlights = new ArrayList<>();
        List<HighlightJson> hlList = listOf(f.highlights(), "/highlights");
        for (int i = 0; i < hlList.size(); i++) {
            Highlight h = highlight(hlList.get(i), "/highlights/" + i, docs);
            if (h != null) {
                if (byId.putIfAbsent(h.id(), h) != null) {
                    problems.add("/highlights/" + i + "/id", "the highlight id \"" + h.id() + "\" is used twice.");
                }
                highlights.add(h);
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        Set<String> comparisonIds = new HashSet<>();
        List<ComparisonJson> cmpList = listOf(f.comparisons(), "/comparisons");
        for (int i = 0; i < cmpList.size(); i++) {
            Comparison c = comparison(cmpList.get(i), "/comparisons/" + i, i, byId);
            if (c != null) {
                if (!comparisonIds.add(c.id())) {
                    problems.add("/comparisons/" + i + "/id", "the comparison id \"" + c.id() + "\" is used twice.");
                }
                comparisons.add(c);
            }
        }
        if (f.reviewUrlBase() != null && !f.reviewUrlBase().isEmpty() && !WEB_ADDRESS.matcher(f.reviewUrlBase()).matches()) {
            problems.add("/reviewUrlBase", "\"" + f.reviewUrlBase() + "\" is not a web address; it should start with https:// or http://.");
        }
        if (!problems.isEmpty() || created == null) {
            return null;
        }
        return new Project(f.title(), f.description(), f.author(), documents, highlights, comparisons, created, modified, f.reviewUrlBase());
    }

    private SourceDocument document(DocumentJson d, String at, Instant fallbackTime) {
        if (d == null) {
            problems.add(at, "a document is null.");
            return null;
        }
        String id = id(d.id(), at + "/id");
        DocumentKind kind = null;
        try {
            kind = DocumentKind.valueOf(d.kind().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(at + "/kind", "\"" + d.kind() + "\" is not a document kind; use pdf, text or html.");
        }
        List<String> lines = d.textLines();
        if (lines == null || hasNull(lines)) {
            problems.add(at + "/textLines", "the text must be a list of lines, none of them null.");
            return null;
        }
        String text = String.join("\n", lines);
        List<Integer> starts = d.pageStarts() == null ? List.of(0) : d.pageStarts();
        if (!checkPageStarts(starts, text.length(), at + "/pageStarts")) {
            starts = List.of(0);
        }
        String sha = d.sha256() == null ? "" : d.sha256();
        if (!sha.isEmpty() && !SHA256.matcher(sha).matches()) {
            problems.add(at + "/sha256", "\"" + sha + "\" is not a SHA-256 digest (64 lower-case hex digits).");
        } else if (sha.isEmpty() && kind == DocumentKind.PDF && !text.isEmpty()) {
            // a PDF is named by its digest, and nothing is read from a file that does not match it
            problems.add(at + "/sha256", "a PDF document must carry the SHA-256 digest of its file (64 lower-case hex digits).");
        }
        Instant imported = d.imported() == null ? fallbackTime : instant(at + "/imported", d.imported(), false);
        MetadataJson m = d.metadata();
        DocumentMetadata metadata = m == null ? DocumentMetadata.EMPTY
                : new DocumentMetadata(m.author(), m.publisher(), partialDate(at + "/metadata/published", m.published()), m.url());
        OriginJson o = d.origin();
        Origin origin = o == null ? new Origin("", "") : new Origin(OriginPaths.fromFile(o.path() == null ? "" : o.path(), baseDir), o.fileName());
        if (id == null || kind == null || imported == null) {
            return null;
        }
        return new SourceDocument(id, d.title(), kind, origin, sha, text, starts, metadata, imported);
    }

    /** Whether the page starts can be used; each problem with them is added. */
    private boolean checkPageStarts(List<Integer> starts, int textLength, String at) {
        if (starts.isEmpty() || hasNull(starts)) {
            problems.add(at, "page starts must be a non-empty list of whole numbers.");
            return false;
        }
        boolean ok = true;
        if (starts.get(0) != 0) {
            problems.add(at + "/0", "the first page must start at offset 0.");
            ok = false;
        }
        for (int i = 1; i < starts.size(); i++) {
            if (starts.get(i) < starts.get(i - 1)) {
                problems.add(at + "/" + i, "page " + (i + 1) + " starts before page " + i + ".");
                ok = false;
            }
            if (starts.get(i) > textLength) {
                problems.add(at + "/" + i, "page " + (i + 1) + " starts at " + starts.get(i) + ", after the end of the text (" + textLength + " characters).");
                ok = false;
            }
        }
        return ok;
    }

    /** Null-safe for every kind of list: {@code List.of(...).contains(null)} throws instead of answering. */
    private static boolean hasNull(List<?> list) {
        return list.stream().anyMatch(java.util.Objects::isNull);
    }

    private Highlight highlight(HighlightJson h, String at, Map<String, SourceDocument> docs) {
        if (h == null) {
            problems.add(at, "a highlight is null.");
            return null;
        }
        String id = id(h.id(), at + "/id");
        SourceDocument doc = null;
        if (h.documentId() == null || h.documentId().isBlank()) {
            problems.add(at + "/documentId", "the document id is empty.");
        } else {
            doc = docs.get(h.documentId());
            if (doc == null) {
                problems.add(at + "/documentId", "there is no document with id \"" + h.documentId() + "\".");
            }
        }
        Role role = null;
        try {
            role = Role.fromId(h.role());
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(at + "/role", "\"" + h.role() + "\" is not a role; use claim, rebuttal or context.");
        }
        if ((h.anchor() == null) == (h.area() == null)) {
            problems.add(at, "a highlight needs either an \"anchor\" (for text) or an \"area\" (for a page region), and not both.");
            return null;
        }
        TextAnchor anchor = h.anchor() == null ? null : anchor(h.anchor(), at + "/anchor", doc);
        PageArea area = h.area() == null ? null : area(h.area(), at + "/area", doc);
        String color = h.color() == null ? "" : h.color();
        if (!color.isEmpty() && !COLOR.matcher(color).matches()) {
            problems.add(at + "/color", "\"" + color + "\" is not a colour; write it as #rrggbb, or leave it empty for the role's colour.");
        }
        List<String> tags = h.tags() == null ? List.of() : h.tags();
        if (hasNull(tags)) {
            problems.add(at + "/tags", "a tag is null.");
            tags = List.of();
        }
        ProvenanceJson pj = h.provenance();
        Provenance provenance = pj == null ? Provenance.UNKNOWN
                : new Provenance(pj.speaker(), pj.affiliation(), partialDate(at + "/provenance/statedOn", pj.statedOn()), pj.citation());
        Instant created = instant(at + "/created", h.created(), true);
        Instant modified = h.modified() == null ? created : instant(at + "/modified", h.modified(), false);
        if (id == null || doc == null || role == null || (anchor == null && area == null) || created == null) {
            return null;
        }
        return new Highlight(id, doc.id(), role, tags, anchor, area, color, h.note(), provenance, h.annotator(), created, modified, null,
                h.externalId());
    }

    private TextAnchor anchor(AnchorJson a, String at, SourceDocument doc) {
        if (a.exact() == null) {
            problems.add(at + "/exact", "the quoted text is missing.");
            return null;
        }
        if (a.start() == null || a.end() == null) {
            problems.add(at, "the anchor needs a start and an end.");
            return null;
        }
        if (a.start() < 0 || a.end() < a.start()) {
            problems.add(at, "[" + a.start() + ", " + a.end() + ") is not a range: start must be at least 0 and end at least start.");
            return null;
        }
        if (doc != null && a.end() > doc.text().length()) {
            problems.add(at + "/end", "the range [" + a.start() + ", " + a.end() + ") runs past the end of the document's text ("
                    + doc.text().length() + " characters).");
            return null;
        }
        return new TextAnchor(a.start(), a.end(), a.exact(), a.prefix(), a.suffix());
    }

    private PageArea area(AreaJson a, String at, SourceDocument doc) {
        if (a.page() == null || a.x() == null || a.y() == null || a.width() == null || a.height() == null) {
            problems.add(at, "an area needs a page, x, y, width and height.");
            return null;
        }
        if (doc != null && (a.page() < 1 || a.page() > doc.pageCount())) {
            problems.add(at + "/page", "page " + a.page() + " is not in the document, which has " + doc.pageCount() + " pages.");
            return null;
        }
        if (a.width() <= 0 || a.height() <= 0) {
            problems.add(at, "an area needs a positive width and height.");
            return null;
        }
        return new PageArea(a.page(), a.x(), a.y(), a.width(), a.height());
    }

    private Comparison comparison(ComparisonJson c, String at, int index, Map<String, Highlight> highlights) {
        if (c == null) {
            problems.add(at, "a comparison is null.");
            return null;
        }
        String id = id(c.id(), at + "/id");
        Verdict verdict = Verdict.UNDETERMINED;
        if (c.verdict() != null) {
            try {
                verdict = Verdict.fromId(c.verdict());
            } catch (IllegalArgumentException e) {
                problems.add(at + "/verdict", "\"" + c.verdict() + "\" is not a verdict; use one of false, misleading, unsupported, accurate, undetermined.");
            }
        }
        checkLinks(c.claimIds(), Role.CLAIM, at + "/claimIds", highlights);
        checkLinks(c.rebuttalIds(), Role.REBUTTAL, at + "/rebuttalIds", highlights);
        if (id == null) {
            return null;
        }
        if (c.claimIds() == null || c.rebuttalIds() == null || hasNull(c.claimIds()) || hasNull(c.rebuttalIds())) {
            return null;
        }
        return new Comparison(id, c.title(), c.claimIds(), c.rebuttalIds(), verdict, c.verdictText(), c.note(),
                c.order() == null ? index : c.order());
    }

    private void checkLinks(List<String> ids, Role role, String at, Map<String, Highlight> highlights) {
        if (ids == null) {
            problems.add(at, "the list is null; write [ ] for none.");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Highlight h = id == null ? null : highlights.get(id);
            if (h == null) {
                problems.add(at + "/" + i, "there is no highlight with id \"" + id + "\".");
            } else if (h.role() != role) {
                problems.add(at + "/" + i, "highlight \"" + id + "\" is a " + h.role().id() + ", not a " + role.id() + ".");
            } else if (!seen.add(id)) {
                problems.add(at + "/" + i, "highlight \"" + id + "\" is listed twice.");
            }
        }
    }

    private String id(String id, String at) {
        if (id == null || id.isBlank()) {
            problems.add(at, "the id is empty.");
            return null;
        }
        return id;
    }

    private <T> List<T> listOf(List<T> list, String at) {
        if (list == null) {
            problems.add(at, "the list is null; write [ ] for none.");
            return List.of();
        }
        return list;
    }

    private Instant instant(String at, String value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(at, "the time is missing.");
            }
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(at, "\"" + value + "\" is not a UTC time such as 2023-10-26T12:49:00Z.");
            return null;
        }
    }

    private PartialDate partialDate(String at, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage() + ".");
            return null;
        }
    }
}
