package org.counterpoint.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterpoint.io.Digests;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Ids;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.edit.CompositeEdit;
import org.counterpoint.model.edit.Edit;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.pdf.PdfExtraction;
import org.counterpoint.pdf.PdfOpenException;
import org.counterpoint.pdf.PdfTextExtractor;
import org.counterpoint.task.Progress;
import org.counterpoint.typeset.SourceAccess;

/**
 * Brings the annotations of a Zotero library onto the project's PDFs: every PDF attachment whose
 * file has the same SHA-256 as a document of the project. A highlight or underline is placed by its
 * quote on its page, the rectangles choosing between repeats; a quote not on its page is looked for
 * in the whole document; one found nowhere is kept, flagged. Notes, image areas and drawings become
 * area highlights. The colour gives the role through {@link ZoteroColors}. An annotation already
 * brought in (the same Zotero key) is left alone.
 */
public final class ZoteroImport {
    /** How a highlight remembers the Zotero annotation it came from. */
    public static final String ID_PREFIX = "zotero:";

    private ZoteroImport() {
    }

    /**
     * What an import brings in.
     *
     * @param notInProject the PDFs with annotations that are not documents of the project; import them to bring theirs in
     * @param notes        what the user should know beyond the report: quotes found on another page, files missing
     */
    public record Outcome(Edit edit, InterchangeImport.Report report, List<Path> notInProject, List<String> notes) {
        public String summary() {
            return report.summary() + (notes.isEmpty() ? "" : " " + String.join(" ", notes));
        }
    }

    /** Reads the library and brings its annotations in: what the app's File › Import Annotations › From Zotero… and the command line call. */
    public static Outcome fromLibrary(Project project, Path zoteroDir, String collection, ZoteroColors colors, SourceAccess access, Instant now,
                                      Progress progress) throws InterchangeException {
        ZoteroLibrary.Contents contents = ZoteroLibrary.read(zoteroDir, collection);
        return place(project, contents, colors, access, now, progress);
    }

    public static Outcome place(Project project, ZoteroLibrary.Contents contents, ZoteroColors colors, SourceAccess access, Instant now,
                                Progress progress) {
        Set<String> known = new HashSet<>();
        project.highlights().forEach(h -> known.add(h.externalId()));
        Map<String, SourceDocument> bySha = new HashMap<>();
        project.documents().stream().filter(d -> !d.isStandIn() && !d.sha256().isEmpty()).forEach(d -> bySha.putIfAbsent(d.sha256(), d));
        List<Highlight> highlights = new ArrayList<>();
        List<String> approximate = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        List<String> skipped = new ArrayList<>(contents.unreachable());
        List<Path> notInProject = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int unchanged = 0;
        int done = 0;
        for (ZoteroLibrary.Attachment attachment : contents.attachments()) {
            progress.update(done++, contents.attachments().size(), "Zotero: " + attachment.file().getFileName());
            if (progress.isCancelled()) {
                break;
            }
            List<ZoteroLibrary.Annotation> fresh = attachment.annotations().stream().filter(a -> !known.contains(ID_PREFIX + a.key())).toList();
            unchanged += attachment.annotations().size() - fresh.size();
            if (fresh.isEmpty()) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(attachment.file());
            } catch (IOException e) {
                skipped.add(fresh.size() + " of " + attachment.file().getFileName() + " (the file is not in Zotero's storage folder: "
                        + "let Zotero download it, then import again)");
                continue;
            }
            SourceDocument doc = bySha.get(Digests.sha256(bytes));
            if (doc == null) {
                notInProject.add(attachment.file());
                continue;
            }
            Anchoring anchoring = new Anchoring(doc, access, bytes);
            for (ZoteroLibrary.Annotation a : fresh) {
                known.add(ID_PREFIX + a.key());
                Highlight h = anchoring.highlight(a, colors.roleFor(a.color()), now);
                if (h == null) {
                    skipped.add(a.key() + " (a " + a.kind() + " on page " + (a.pageIndex() + 1) + ", which “" + doc.title() + "” does not have)");
                    continue;
                }
                highlights.add(h);
                if (h.isFlagged()) {
                    flagged.add(a.key() + " (its quote is not in “" + doc.title() + "”)");
                } else if (anchoring.lastApproximate) {
                    approximate.add(a.key());
                }
                if (anchoring.lastMovedFrom > 0) {
                    notes.add(a.key() + " is on page " + doc.pageNumberAt(h.anchor().start()) + " of “" + doc.title() + "”, not on page "
                            + anchoring.lastMovedFrom + " where Zotero has it.");
                }
            }
        }
        if (unchanged > 0) {
            skipped.add(unchanged + (unchanged == 1 ? " annotation is" : " annotations are") + " already in the project (the same Zotero key)");
        }
        List<Edit> edits = new ArrayList<>();
        highlights.forEach(h -> edits.add(Edits.addHighlight(h, now)));
        InterchangeImport.Report report = new InterchangeImport.Report(highlights, List.of(), approximate, flagged, skipped);
        return new Outcome(new CompositeEdit("Import Annotations from Zotero", edits), report, notInProject, notes);
    }

    /** Places one document's annotations, reading its glyph boxes only when a quote repeats on its page. */
    private static final class Anchoring {
        private final SourceDocument doc;
        private final SourceAccess access;
        private final byte[] pdf;
        private GlyphLayout layout;
        private boolean layoutTried;
        boolean lastApproximate;
        int lastMovedFrom;

        Anchoring(SourceDocument doc, SourceAccess access, byte[] pdf) {
            this.doc = doc;
            this.access = access;
            this.pdf = pdf;
        }

        Highlight highlight(ZoteroLibrary.Annotation a, Role role, Instant now) {
            lastApproximate = false;
            lastMovedFrom = 0;
            int page = a.pageIndex() + 1;
            Instant created = a.created() == null ? now : a.created();
            Instant modified = a.modified() == null ? created : a.modified();
            List<String> tags = new ArrayList<>(a.tags());
            if (!a.kind().equals("highlight")) {
                tags.add(a.kind());
            }
            boolean textMarkup = a.kind().equals("highlight") || a.kind().equals("underline");
            if (!textMarkup || a.text().isBlank()) {
                double[] r = bounds(a.rects());
                if (r == null || page > doc.pageCount()) {
                    return null;
                }
                PageArea area = new PageArea(page, r[0], r[1], Math.max(1, r[2] - r[0]), Math.max(1, r[3] - r[1]));
                return new Highlight(Ids.highlight(), doc.id(), role, tags, null, area, a.color(), a.comment(), Provenance.UNKNOWN, a.author(),
                        created, modified, null, ID_PREFIX + a.key());
            }
            QuotePlacement placed = QuotePlacement.unplaced(a.text(), "", "");
            if (page <= doc.pageCount()) {
                int[] range = doc.pageRange(page);
                placed = QuotePlacement.search(doc.text(), a.text(), "", "", near(a, range), range[0], range[1]);
            }
            if (placed.flagged()) {
                placed = QuotePlacement.search(doc.text(), a.text(), "", "", 0, 0, doc.text().length());
                if (!placed.flagged()) {
                    lastMovedFrom = page;
                }
            }
            lastApproximate = placed.approximate();
            return new Highlight(Ids.highlight(), doc.id(), role, tags, placed.anchor(), null, a.color(), a.comment(), Provenance.UNKNOWN,
                    a.author(), created, modified, placed.status(), ID_PREFIX + a.key());
        }

        /** Where on the page the quote should start: the first character whose glyph lies in the first rectangle, when it repeats there. */
        private int near(ZoteroLibrary.Annotation a, int[] range) {
            String pageText = doc.text().substring(range[0], range[1]);
            int first = pageText.indexOf(a.text());
            if (first < 0 || pageText.indexOf(a.text(), first + 1) < 0 || a.rects().isEmpty()) {
                return range[0];
            }
            GlyphLayout l = layout();
            if (l == null) {
                return range[0];
            }
            double[] r = a.rects().get(0);
            for (int i = range[0]; i < range[1] && i < l.length(); i++) {
                if (!l.hasBox(i)) {
                    continue;
                }
                float cx = (l.x0(i) + l.x1(i)) / 2;
                float cy = (l.y0(i) + l.y1(i)) / 2;
                if (cx >= r[0] - 0.5 && cx <= r[2] + 0.5 && cy >= r[1] - 0.5 && cy <= r[3] + 0.5) {
                    return i;
                }
            }
            return range[0];
        }

        private GlyphLayout layout() {
            if (!layoutTried) {
                layoutTried = true;
                Optional<GlyphLayout> known = access == null ? Optional.empty() : access.layout(doc);
                layout = known.filter(l -> l.length() == doc.text().length()).orElse(null);
                if (layout == null) {
                    try {
                        PdfExtraction e = PdfTextExtractor.extract(pdf, access == null ? null : access.password(doc), Progress.NONE);
                        layout = e.text().equals(doc.text()) ? e.layout() : null;
                    } catch (PdfOpenException | IOException e) {
                        layout = null;
                    }
                }
            }
            return layout;
        }
    }

    private static double[] bounds(List<double[]> rects) {
        if (rects.isEmpty()) {
            return null;
        }
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] r : rects) {
            b[0] = Math.min(b[0], r[0]);
            b[1] = Math.min(b[1], r[1]);
            b[2] = Math.max(b[2], r[2]);
            b[3] = Math.max(b[3], r[3]);
        }
        return b;
    }
}
