package org.counterpoint.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The shape of a {@code *.counterpoint.json} file, format 1.x, field for field as documented in
 * docs/project-format.md. Kept apart from the model so the file format changes only on purpose.
 * Optional fields are nullable here; {@link ProjectReader} supplies their defaults.
 */
final class ProjectJson {
    private ProjectJson() {
    }

    @JsonPropertyOrder({"format", "formatVersion", "title", "description", "author", "reviewUrlBase", "created", "modified",
            "documents", "highlights", "comparisons"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileJson(
            @JsonProperty(required = true) String format,
            @JsonProperty(required = true) String formatVersion,
            String title,
            String description,
            String author,
            String reviewUrlBase,
            @JsonProperty(required = true) String created,
            String modified,
            @JsonProperty(required = true) List<DocumentJson> documents,
            @JsonProperty(required = true) List<HighlightJson> highlights,
            @JsonProperty(required = true) List<ComparisonJson> comparisons) {
    }

    @JsonPropertyOrder({"id", "title", "kind", "origin", "sha256", "metadata", "imported", "pageStarts", "textLines"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DocumentJson(
            @JsonProperty(required = true) String id,
            String title,
            @JsonProperty(required = true) String kind,
            OriginJson origin,
            String sha256,
            MetadataJson metadata,
            String imported,
            List<Integer> pageStarts,
            @JsonProperty(required = true) List<String> textLines) {
    }

    @JsonPropertyOrder({"path", "fileName"})
    record OriginJson(String path, String fileName) {
    }

    @JsonPropertyOrder({"author", "publisher", "published", "url"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MetadataJson(String author, String publisher, String published, String url) {
    }

    @JsonPropertyOrder({"id", "documentId", "role", "tags", "anchor", "area", "color", "note", "provenance",
            "annotator", "externalId", "created", "modified"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HighlightJson(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String documentId,
            @JsonProperty(required = true) String role,
            List<String> tags,
            AnchorJson anchor,
            AreaJson area,
            String color,
            String note,
            ProvenanceJson provenance,
            String annotator,
            String externalId,
            @JsonProperty(required = true) String created,
            String modified) {
    }

    @JsonPropertyOrder({"start", "end", "exact", "prefix", "suffix"})
    record AnchorJson(
            @JsonProperty(required = true) Integer start,
            @JsonProperty(required = true) Integer end,
            @JsonProperty(required = true) String exact,
            String prefix,
            String suffix) {
    }

    @JsonPropertyOrder({"page", "x", "y", "width", "height"})
    record AreaJson(
            @JsonProperty(required = true) Integer page,
            @JsonProperty(required = true) Double x,
            @JsonProperty(required = true) Double y,
            @JsonProperty(required = true) Double width,
            @JsonProperty(required = true) Double height) {
    }

    @JsonPropertyOrder({"speaker", "affiliation", "statedOn", "citation"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProvenanceJson(String speaker, String affiliation, String statedOn, String citation) {
    }

    @JsonPropertyOrder({"id", "title", "order", "claimIds", "rebuttalIds", "verdict", "verdictText", "note"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ComparisonJson(
            @JsonProperty(required = true) String id,
            String title,
            Integer order,
            @JsonProperty(required = true) List<String> claimIds,
            @JsonProperty(required = true) List<String> rebuttalIds,
            String verdict,
            String verdictText,
            String note) {
    }
}
