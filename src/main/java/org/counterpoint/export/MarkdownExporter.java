package org.counterpoint.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.counterpoint.model.Attribution;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;

/** The comparisons as a side-by-side Markdown report, for wikis, issue trackers and e-mail. */
public final class MarkdownExporter {
    private MarkdownExporter() {
    }

    public static byte[] export(Project project, LocalDate date) {
        java.util.function.Function<Highlight, String> reading = org.counterpoint.model.ReadingText.quotesOf(project);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(project.title().isBlank() ? "Comparison report" : project.title())).append("\n\n");
        if (!project.description().isBlank()) {
            md.append(inline(project.description())).append("\n\n");
        }
        md.append("*Comparison report").append(project.author().isBlank() ? "" : " by " + inline(project.author())).append(", ")
                .append(date).append(".*\n\n");
        List<Comparison> comparisons = project.comparisonsInOrder();
        if (comparisons.isEmpty()) {
            md.append("This project has no comparisons yet.\n");
        }
        int n = 0;
        for (Comparison c : comparisons) {
            md.append("## ").append(++n).append(". ").append(inline(c.title().isBlank() ? "Untitled comparison" : c.title())).append("\n\n");
            md.append("**Verdict: ").append(c.verdict().label()).append("**");
            if (!c.verdictText().isBlank()) {
                md.append(" — ").append(inline(c.verdictText()));
            }
            md.append("\n\n");
            if (!c.note().isBlank()) {
                md.append(inline(c.note())).append("\n\n");
            }
            md.append("| Claims | Rebuttals |\n| --- | --- |\n");
            int rows = Math.max(c.claimIds().size(), c.rebuttalIds().size());
            for (int i = 0; i < rows; i++) {
                md.append("| ").append(i < c.claimIds().size() ? cell(project, reading, c.claimIds().get(i)) : "").append(" | ")
                        .append(i < c.rebuttalIds().size() ? cell(project, reading, c.rebuttalIds().get(i)) : "").append(" |\n");
            }
            md.append('\n');
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Project project, java.util.function.Function<Highlight, String> reading, String id) {
        Highlight h = project.highlight(id).orElse(null);
        if (h == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(h.isArea() ? "*[area on page " + h.area().pageNumber() + "]*" : "“" + inline(reading.apply(h)) + "”");
        String who = Attribution.who(h.provenance());
        sb.append("<br>— ").append(who.isBlank() ? Attribution.NO_SPEAKER.toLowerCase(java.util.Locale.ROOT) : inline(who));
        if (h.provenance().statedOn() != null) {
            sb.append(", ").append(h.provenance().statedOn().display());
        }
        SourceDocument d = project.document(h.documentId()).orElse(null);
        if (d != null) {
            sb.append("<br>*").append(inline(Attribution.source(d, h))).append("*");
            if (!d.metadata().url().isBlank()) {
                sb.append(" ([source](").append(d.metadata().url().replace(")", "%29").replace(" ", "%20")).append("))");
            }
        }
        if (h.isFlagged()) {
            sb.append(d != null && d.isStandIn() ? "<br>**Check:** its source was not in the project, so this quote is unverified."
                    : "<br>**Check:** this quote no longer matches its document.");
        }
        return sb.toString();
    }

    /** Text safe inside a Markdown table cell: one line, pipes and markup characters escaped. */
    static String inline(String s) {
        return Text.oneLine(s).replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("<", "&lt;").replace(">", "&gt;").replace("[", "\\[").replace("]", "\\]").replace("`", "\\`");
    }
}
