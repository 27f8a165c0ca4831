package org.counterpoint.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * The visible text of filled form fields (AcroForm widgets) lives in the widgets' appearance
 * streams, not in the page's content, so a text stripper never sees it. Flattening a copy of the
 * document that is open only for reading draws each visible widget's appearance into its page,
 * where its text is read with its geometry like any other text.
 */
final class FormFields {
    private FormFields() {
    }

    /** Flattens the form of a document opened only to read its text; a form that will not flatten is left as it is. */
    static void flattenForReading(PDDocument doc) {
        try {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form != null && !form.getFields().isEmpty()) {
                // a form that asks viewers to draw its fields has no appearances worth keeping: draw them first
                List<PDField> fields = new ArrayList<>();
                form.getFieldTree().forEach(fields::add);
                form.flatten(fields, form.getNeedAppearances());
            }
        } catch (IOException | RuntimeException e) {
            // a broken form loses only its fields' text; the pages' own text is still read
        }
    }
}
