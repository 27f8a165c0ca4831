package org.counterpoint.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Provenance;

/**
 * Who said a quote, when and where, as a body of a W3C annotation. The Web Annotation Data Model
 * (section 3.2) lets a body be only an external resource, an embedded textual body, a choice or set,
 * or a specific resource, so the provenance is an embedded textual body with purpose
 * {@code describing}: its {@code value} says it in a sentence for any annotation tool, and the same
 * body is also typed {@code schema:Quotation}, with the speaker, date and citation as schema.org
 * properties for programs that read them. Files written before this kept the provenance on a body
 * typed only {@code schema:Quotation}, without a value; those are still read.
 */
final class W3cProvenance {
    static final String QUOTATION = "schema:Quotation";

    private W3cProvenance() {
    }

    /** Adds the provenance body for a quote. */
    static void write(ArrayNode body, String quote, Provenance p) {
        ObjectNode b = body.addObject();
        ArrayNode type = b.putArray("type");
        type.add("TextualBody");
        type.add(QUOTATION);
        b.put("purpose", "describing");
        b.put("format", "text/plain");
        b.put("value", sentence(p));
        b.put("schema:text", quote);
        if (!p.speaker().isBlank() || !p.affiliation().isBlank()) {
            ObjectNode person = b.putObject("schema:spokenByCharacter");
            person.put("type", "schema:Person");
            person.put("schema:name", p.speaker());
            if (!p.affiliation().isBlank()) {
                person.put("schema:jobTitle", p.affiliation());
            }
        }
        if (p.statedOn() != null) {
            b.put("schema:dateCreated", p.statedOn().toString());
        }
        if (!p.citation().isBlank()) {
            b.put("schema:citation", p.citation());
        }
    }

    /** The provenance in words, e.g. "Said by Jo Bloggs (Minister) on 2023-10-26. Recorded in: Hansard." */
    static String sentence(Provenance p) {
        StringBuilder sb = new StringBuilder("Said");
        if (!p.speaker().isBlank()) {
            sb.append(" by ").append(p.speaker());
            if (!p.affiliation().isBlank()) {
                sb.append(" (").append(p.affiliation()).append(')');
            }
        } else if (!p.affiliation().isBlank()) {
            sb.append(" by the ").append(p.affiliation());
        }
        if (p.statedOn() != null) {
            sb.append(" on ").append(p.statedOn());
        }
        sb.append('.');
        if (!p.citation().isBlank()) {
            sb.append(" Recorded in: ").append(p.citation());
        }
        return sb.toString();
    }

    /** True for a provenance body, in the current shape or the old one. */
    static boolean isProvenance(JsonNode body) {
        JsonNode type = body.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (QUOTATION.equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return QUOTATION.equals(type.asText(""));
    }

    /** The provenance a body of either shape holds; a date that cannot be read is left out. */
    static Provenance read(JsonNode b) {
        JsonNode person = b.path("schema:spokenByCharacter");
        PartialDate stated = null;
        try {
            String d = b.path("schema:dateCreated").asText("");
            stated = d.isBlank() ? null : PartialDate.parse(d);
        } catch (IllegalArgumentException ignored) {
            // kept without a date
        }
        return new Provenance(person.path("schema:name").asText(""), person.path("schema:jobTitle").asText(""), stated,
                b.path("schema:citation").asText(""));
    }
}
