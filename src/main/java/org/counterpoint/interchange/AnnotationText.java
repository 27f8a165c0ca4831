package org.counterpoint.interchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;

/**
 * The text a highlight carries into other programs' annotation notes (PDF /Contents, XFDF
 * contents): the analyst's note, then who said it, when and where, one labelled line each. People
 * read it in Acrobat or Okular; Counterpoint reads it back when importing XFDF.
 */
public final class AnnotationText {
    /** How opaque a highlight is drawn, in PDF annotations and in XFDF alike. */
    public static final float HIGHLIGHT_OPACITY = 0.45f;

    static final String SPEAKER = "Speaker";
    static final String AFFILIATION = "Affiliation";
    static final String STATED = "Stated";
    static final String SOURCE = "Source";
    static final String ROLE = "Role";
    static final String TAGS = "Tags";

    private AnnotationText() {
    }

    public static String compose(Highlight h) {
        StringBuilder sb = new StringBuilder();
        if (!h.note().isBlank()) {
            sb.append(h.note().strip()).append("\n\n");
        }
        Provenance p = h.provenance();
        sb.append(ROLE).append(": ").append(h.role().label()).append('\n');
        line(sb, SPEAKER, p.speaker());
        line(sb, AFFILIATION, p.affiliation());
        line(sb, STATED, p.statedOn() == null ? "" : p.statedOn().toString());
        line(sb, SOURCE, p.citation());
        line(sb, TAGS, String.join(", ", h.tags()));
        return sb.toString().strip();
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (!value.isBlank()) {
            sb.append(label).append(": ").append(value.replace('\n', ' ').strip()).append('\n');
        }
    }

    /** What {@link #compose} wrote, read back: the note and the labelled fields. */
    public record Parsed(String note, Role role, Provenance provenance, List<String> tags) {
    }

    public static Parsed parse(String contents) {
        String text = contents == null ? "" : contents.replace("\r\n", "\n").replace('\r', '\n').strip();
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        Map<String, String> fields = new LinkedHashMap<>();
        while (!lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            int colon = last.indexOf(": ");
            String label = colon < 0 ? "" : last.substring(0, colon);
            if (!List.of(SPEAKER, AFFILIATION, STATED, SOURCE, ROLE, TAGS).contains(label)) {
                break;
            }
            fields.put(label, last.substring(colon + 2).strip());
            lines.remove(lines.size() - 1);
        }
        String note = String.join("\n", lines).strip();
        Role role = null;
        if (fields.containsKey(ROLE)) {
            try {
                role = Role.fromId(fields.get(ROLE));
            } catch (IllegalArgumentException ignored) {
                // an unknown role reads as none
            }
        }
        PartialDate stated = null;
        if (fields.containsKey(STATED)) {
            try {
                stated = PartialDate.parse(fields.get(STATED));
            } catch (IllegalArgumentException ignored) {
                // a date in another form is kept in the note instead
                note = (note + "\n" + STATED + ": " + fields.get(STATED)).strip();
            }
        }
        List<String> tags = fields.containsKey(TAGS)
                ? Arrays.stream(fields.get(TAGS).split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList() : List.of();
        Provenance provenance = new Provenance(fields.getOrDefault(SPEAKER, ""), fields.getOrDefault(AFFILIATION, ""), stated,
                fields.getOrDefault(SOURCE, ""));
        return new Parsed(note, role, provenance, tags);
    }
}
