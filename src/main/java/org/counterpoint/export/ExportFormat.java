package org.counterpoint.export;

import java.util.Locale;

/** Everything Counterpoint exports, with the name the command line uses for it. */
public enum ExportFormat {
    ANNOTATED_PDF("annotated-pdf", "pdf", "Annotated PDF", true),
    REPORT("report", "pdf", "Comparison report (PDF)", false),
    XFDF("xfdf", "xfdf", "XFDF annotations (Acrobat)", true),
    W3C("w3c", "jsonld", "W3C Web Annotations (JSON-LD)", false),
    CLAIMREVIEW("claimreview", "jsonld", "ClaimReview (schema.org JSON-LD)", false),
    CSV("csv", "csv", "CSV spreadsheet", false),
    MARKDOWN("markdown", "md", "Markdown report", false),
    SLIDES("slides", "pdf", "Slide deck (PDF, 16:9)", false),
    PPTX("pptx", "pptx", "PowerPoint slides", false);

    private final String id;
    private final String extension;
    private final String label;
    private final boolean perDocument;

    ExportFormat(String id, String extension, String label, boolean perDocument) {
        this.id = id;
        this.extension = extension;
        this.label = label;
        this.perDocument = perDocument;
    }

    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** True for formats written once per document (a PDF's annotations), false for one file per project. */
    public boolean perDocument() {
        return perDocument;
    }

    public static ExportFormat fromId(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not an export format; use annotated-pdf, report, xfdf, w3c, claimreview, csv, markdown, slides or pptx");
    }
}
