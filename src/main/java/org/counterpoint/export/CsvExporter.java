package org.counterpoint.export;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;

/**
 * One row per highlight, with every field, for spreadsheets. UTF-8 with a byte order mark, which
 * Excel needs to read non-ASCII text correctly; other programs ignore it.
 */
public final class CsvExporter {
    static final List<String> COLUMNS = List.of("highlight_id", "document_id", "document_title", "document_file", "role", "quote",
            "start", "end", "prefix", "suffix", "page", "area", "speaker", "affiliation", "stated_on", "citation", "tags", "note", "color",
            "annotator", "created", "modified", "anchor_status", "comparison_ids", "comparison_titles");

    private CsvExporter() {
    }

    public static byte[] export(Project project, Predicate<Highlight> include) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, String>> rows = new ArrayList<>();
        java.util.function.Function<Highlight, String> reading = org.counterpoint.model.ReadingText.quotesOf(project);
        for (Highlight h : project.highlights()) {
            if (!include.test(h)) {
                continue;
            }
            SourceDocument d = project.document(h.documentId()).orElseThrow();
            List<Comparison> linked = project.comparisonsLinking(h.id());
            Map<String, String> row = new LinkedHashMap<>();
            row.put("highlight_id", h.id());
            row.put("document_id", d.id());
            row.put("document_title", d.title());
            row.put("document_file", d.origin().fileName());
            row.put("role", h.role().id());
            row.put("quote", reading.apply(h));
            row.put("start", h.anchor() == null ? "" : Integer.toString(h.anchor().start()));
            row.put("end", h.anchor() == null ? "" : Integer.toString(h.anchor().end()));
            row.put("prefix", h.anchor() == null ? "" : h.anchor().prefix());
            row.put("suffix", h.anchor() == null ? "" : h.anchor().suffix());
            row.put("page", Integer.toString(h.isArea() ? h.area().pageNumber() : d.pageNumberAt(h.anchor().start())));
            row.put("area", h.isArea() ? String.format(java.util.Locale.ROOT, "%.2f %.2f %.2f %.2f", h.area().x(), h.area().y(),
                    h.area().width(), h.area().height()) : "");
            row.put("speaker", h.provenance().speaker());
            row.put("affiliation", h.provenance().affiliation());
            row.put("stated_on", h.provenance().statedOn() == null ? "" : h.provenance().statedOn().toString());
            row.put("citation", h.provenance().citation());
            row.put("tags", String.join("; ", h.tags()));
            row.put("note", h.note());
            row.put("color", h.color());
            row.put("annotator", h.annotator());
            row.put("created", h.created().toString());
            row.put("modified", h.modified().toString());
            row.put("anchor_status", h.status().name().toLowerCase(java.util.Locale.ROOT));
            row.put("comparison_ids", String.join("; ", linked.stream().map(Comparison::id).toList()));
            row.put("comparison_titles", String.join("; ", linked.stream().map(Comparison::title).toList()));
            rows.add(row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        new CsvMapper().writer(schema.build().withLineSeparator("\r\n")).writeValues(out).writeAll(rows).close();
        return out.toByteArray();
    }

    /** The CSV as text without the byte order mark, for tests and previews. */
    static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
