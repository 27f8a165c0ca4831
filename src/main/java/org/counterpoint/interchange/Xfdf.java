package org.counterpoint.interchange;

import org.counterpoint.interchange.AnnotationText;
import org.counterpoint.typeset.PagedDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * XFDF (ISO 19444-1), the XML form of PDF annotations that Acrobat and other PDF tools import: a
 * {@code <highlight>} with {@code coords} (the QuadPoints) for each text highlight and a
 * {@code <square>} for each area highlight. For text and web documents the coordinates are those of
 * the typeset PDF that the annotated-PDF export writes for them.
 */
public final class Xfdf {
    static final String NS = "http://ns.adobe.com/xfdf/";
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private Xfdf() {
    }

    /** One annotation read from an XFDF file. */
    public record Annotation(String kind, String name, int pageNumber, List<float[]> quads, float[] rect, String color, String title,
                             String subject, String contents, Instant modified) {
    }

    public static byte[] export(Project project, PagedDocument paged, Predicate<Highlight> include, String pdfName) throws IOException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("xfdf");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            w.writeCharacters("\n  ");
            w.writeEmptyElement("f");
            w.writeAttribute("href", pdfName);
            w.writeCharacters("\n  ");
            w.writeStartElement("annots");
            for (Highlight h : project.highlightsIn(paged.document().id())) {
                if (!include.test(h)) {
                    continue;
                }
                if (h.isArea()) {
                    var a = h.area();
                    writeAnnotation(w, "square", h, h.id(), a.pageNumber(), null, new float[] {(float) a.x(), (float) a.y(),
                            (float) (a.x() + a.width()), (float) (a.y() + a.height())});
                    continue;
                }
                Optional<int[]> range = paged.rangeOf(h);
                if (range.isEmpty()) {
                    continue;
                }
                Map<Integer, List<GlyphLayout.Box>> byPage = new LinkedHashMap<>();
                for (GlyphLayout.Box b : paged.layout().boxes(range.get()[0], range.get()[1])) {
                    byPage.computeIfAbsent(b.pageNumber(), k -> new ArrayList<>()).add(b);
                }
                int part = 0;
                for (var e : byPage.entrySet()) {
                    List<float[]> quads = new ArrayList<>();
                    float[] rect = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
                    for (GlyphLayout.Box b : e.getValue()) {
                        quads.add(new float[] {b.x0(), b.y1(), b.x1(), b.y1(), b.x0(), b.y0(), b.x1(), b.y0()});
                        rect[0] = Math.min(rect[0], b.x0());
                        rect[1] = Math.min(rect[1], b.y0());
                        rect[2] = Math.max(rect[2], b.x1());
                        rect[3] = Math.max(rect[3], b.y1());
                    }
                    // a quote running onto a later page continues there under a derived name
                    writeAnnotation(w, "highlight", h, part == 0 ? h.id() : h.id() + "#" + part, e.getKey(), quads, rect);
                    part++;
                }
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IOException("XFDF could not be written: " + e.getMessage(), e);
        }
    }

    private static void writeAnnotation(XMLStreamWriter w, String kind, Highlight h, String name, int pageNumber, List<float[]> quads,
                                        float[] rect) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeStartElement(kind);
        w.writeAttribute("page", Integer.toString(pageNumber - 1));
        w.writeAttribute("rect", join(rect));
        if (quads != null) {
            StringBuilder coords = new StringBuilder();
            for (float[] q : quads) {
                coords.append(coords.length() > 0 ? "," : "").append(join(q));
            }
            w.writeAttribute("coords", coords.toString());
        }
        String hex = h.color().isEmpty() ? h.role().defaultColor() : h.color();
        w.writeAttribute("color", hex.toUpperCase(java.util.Locale.ROOT));
        w.writeAttribute("opacity", Float.toString(AnnotationText.HIGHLIGHT_OPACITY));
        w.writeAttribute("name", name);
        w.writeAttribute("title", h.annotator().isBlank() ? "Counterpoint" : h.annotator());
        w.writeAttribute("subject", h.role().label());
        w.writeAttribute("date", PDF_DATE.format(h.modified()));
        w.writeAttribute("creationdate", PDF_DATE.format(h.created()));
        w.writeAttribute("flags", "print");
        w.writeCharacters("\n      ");
        w.writeStartElement("contents");
        w.writeCharacters(AnnotationText.compose(h));
        w.writeEndElement();
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    private static String join(float[] values) {
        StringBuilder sb = new StringBuilder();
        for (float v : values) {
            sb.append(sb.length() > 0 ? "," : "").append(String.format(java.util.Locale.ROOT, "%.3f", v));
        }
        return sb.toString();
    }

    /** An XFDF file: the PDF it belongs to, and its annotations. */
    public record File(String href, List<Annotation> annotations) {
    }

    /**
     * Reads the highlight, underline, strike-out, squiggly, square and text annotations of an XFDF
     * file; others are skipped. External entities are refused.
     */
    /** The deepest nesting of elements an XFDF file may have; real ones nest five or six levels. */
    static final int MAX_DEPTH = 256;

    public static File read(byte[] xml) throws InterchangeException {
        Document dom;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            // reading the DOM back recurses per level, so a file nested thousands deep is refused while parsing
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            dom = b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
                throw new InterchangeException("its elements are nested more than " + MAX_DEPTH
                        + " levels deep, which no real XFDF file needs, so it was not read.", e);
            }
            throw new InterchangeException("the file is not valid XFDF: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException | IllegalArgumentException e) {
            throw new InterchangeException("the file is not valid XFDF: " + e.getMessage(), e);
        }
        Element root = dom.getDocumentElement();
        if (!"xfdf".equals(root.getLocalName())) {
            throw new InterchangeException("the file is XML but not XFDF (its root element is <" + root.getLocalName() + ">).");
        }
        List<Annotation> result = new ArrayList<>();
        NodeList f = root.getElementsByTagNameNS("*", "f");
        String href = f.getLength() > 0 ? ((Element) f.item(0)).getAttribute("href") : "";
        NodeList annots = root.getElementsByTagNameNS("*", "annots");
        for (int i = 0; i < annots.getLength(); i++) {
            for (Node n = annots.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    Annotation a = annotation(e);
                    if (a != null) {
                        result.add(a);
                    }
                }
            }
        }
        return new File(href, result);
    }

    private static Annotation annotation(Element e) {
        String kind = e.getLocalName();
        if (!List.of("highlight", "underline", "strikeout", "squiggly", "square", "text").contains(kind)) {
            return null;
        }
        int page;
        try {
            page = Integer.parseInt(e.getAttribute("page").strip()) + 1;
        } catch (NumberFormatException ex) {
            return null;
        }
        float[] rect = floats(e.getAttribute("rect"));
        List<float[]> quads = new ArrayList<>();
        float[] coords = floats(e.getAttribute("coords"));
        for (int i = 0; i + 7 < coords.length; i += 8) {
            quads.add(java.util.Arrays.copyOfRange(coords, i, i + 8));
        }
        String contents = "";
        NodeList c = e.getElementsByTagNameNS("*", "contents");
        if (c.getLength() > 0) {
            contents = c.item(0).getTextContent();
        }
        return new Annotation(kind, e.getAttribute("name"), page, quads, rect.length == 4 ? rect : null, e.getAttribute("color"),
                e.getAttribute("title"), e.getAttribute("subject"), contents, date(e.getAttribute("date")));
    }

    private static float[] floats(String csv) {
        if (csv == null || csv.isBlank()) {
            return new float[0];
        }
        String[] parts = csv.split("[,\\s]+");
        float[] values = new float[parts.length];
        int n = 0;
        for (String p : parts) {
            try {
                values[n++] = Float.parseFloat(p);
            } catch (NumberFormatException ignored) {
                n--;
            }
        }
        return java.util.Arrays.copyOf(values, Math.max(0, n));
    }

    /** A PDF date such as D:20231026124900Z or D:20231026124900+01'00'. */
    static Instant date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        java.util.Calendar c = org.apache.pdfbox.util.DateConverter.toCalendar(value);
        return c == null ? null : c.toInstant();
    }
}
