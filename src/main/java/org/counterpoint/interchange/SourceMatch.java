package org.counterpoint.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterpoint.io.Digests;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.PdfFiles;
import org.counterpoint.pdf.PdfOpenException;
import org.counterpoint.typeset.SourceAccess;

/**
 * Finds the document that a web annotation's target names by URL: a saved web page by the address
 * it keeps in its metadata, a PDF by its {@code urn:x-pdf:} fingerprint (the first half of the
 * PDF's /ID, as PDF.js and Hypothesis name a PDF that has no address).
 *
 * <p>Two addresses are the same page when they differ only in their fragment, their
 * {@code utm_} tracking parameters, {@code http} against {@code https}, the case of the host, a
 * default port, or a trailing slash.
 */
public final class SourceMatch {
    static final String PDF_URN = "urn:x-pdf:";

    private final Project project;
    private final SourceAccess access;
    private Map<String, SourceDocument> byFingerprint;

    /**
     * @param access where the project's PDFs are, to read their /ID; null when they cannot be read
     */
    public SourceMatch(Project project, SourceAccess access) {
        this.project = project;
        this.access = access;
    }

    /** The document (or stand-in) the target's source names, by address or PDF fingerprint. */
    public Optional<SourceDocument> find(String source) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        if (isPdfUrn(source)) {
            Optional<SourceDocument> found = Optional.ofNullable(fingerprints().get(source.substring(PDF_URN.length()).toLowerCase(Locale.ROOT)));
            // or a stand-in already waiting for that PDF
            return found.or(() -> project.documents().stream().filter(d -> d.isStandIn() && d.metadata().url().equalsIgnoreCase(source)).findFirst());
        }
        return byUrl(project, source);
    }

    /** The document whose recorded address is the same page as {@code url}; stand-ins count too. */
    public static Optional<SourceDocument> byUrl(Project project, String url) {
        String key = normalize(url);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return project.documents().stream().filter(d -> key.equals(normalize(d.metadata().url()))).findFirst();
    }

    static boolean isPdfUrn(String source) {
        return source != null && source.regionMatches(true, 0, PDF_URN, 0, PDF_URN.length());
    }

    /**
     * Whether a stand-in that waits for the PDF with this {@code urn:x-pdf:} fingerprint waits for
     * {@code source}, a PDF just imported: read from where it was imported, with the bytes it was
     * imported from.
     */
    static boolean isPdfWaitedFor(String urn, SourceDocument source) {
        if (!isPdfUrn(urn) || source.kind() != DocumentKind.PDF || source.origin().path().isBlank()) {
            return false;
        }
        try {
            byte[] bytes = Files.readAllBytes(Path.of(source.origin().path()));
            if (!source.sha256().isEmpty() && !Digests.sha256(bytes).equals(source.sha256())) {
                return false;
            }
            return fingerprint(bytes, null).map(f -> f.equalsIgnoreCase(urn.substring(PDF_URN.length()))).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether two addresses name the same page; false when either is not a web address. */
    public static boolean samePage(String a, String b) {
        String na = normalize(a);
        return !na.isEmpty() && na.equals(normalize(b));
    }

    /**
     * A web address reduced to what names the page, or "" for anything that is not an http(s)
     * address.
     */
    public static String normalize(String url) {
        if (url == null) {
            return "";
        }
        String s = url.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("https://")) {
            rest = s.substring(8);
        } else if (lower.startsWith("http://")) {
            rest = s.substring(7);
        } else {
            return "";
        }
        int q = rest.indexOf('?');
        String query = q >= 0 ? rest.substring(q + 1) : "";
        String beforeQuery = q >= 0 ? rest.substring(0, q) : rest;
        int slash = beforeQuery.indexOf('/');
        String host = (slash >= 0 ? beforeQuery.substring(0, slash) : beforeQuery).toLowerCase(Locale.ROOT);
        String path = slash >= 0 ? beforeQuery.substring(slash) : "/";
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        if (host.endsWith(":80") || host.endsWith(":443")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        List<String> kept = new ArrayList<>();
        for (String p : query.split("&")) {
            if (!p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                kept.add(p);
            }
        }
        return host + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private Map<String, SourceDocument> fingerprints() {
        if (byFingerprint == null) {
            byFingerprint = new HashMap<>();
            for (SourceDocument d : project.documents()) {
                if (d.kind() == DocumentKind.PDF && !d.isStandIn() && access != null) {
                    fingerprint(d).ifPresent(f -> byFingerprint.putIfAbsent(f, d));
                }
            }
        }
        return byFingerprint;
    }

    /** The PDF.js fingerprint of a document's source, when its file is at hand with the bytes it was imported from. */
    private Optional<String> fingerprint(SourceDocument d) {
        Optional<Path> file = access.sourceFile(d);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file.get());
            if (!d.sha256().isEmpty() && !Digests.sha256(bytes).equals(d.sha256())) {
                return Optional.empty();
            }
            return fingerprint(bytes, access.password(d));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The first element of the PDF's /ID in lower-case hex, or empty when it has none (or cannot be opened). */
    public static Optional<String> fingerprint(byte[] pdf, String password) {
        try (PDDocument doc = PdfFiles.open(pdf, password)) {
            COSArray id = doc.getDocument().getDocumentID();
            if (id == null || id.size() == 0) {
                return Optional.empty();
            }
            COSBase first = id.getObject(0);
            if (!(first instanceof COSString s) || s.getBytes().length == 0) {
                return Optional.empty();
            }
            byte[] bytes = s.getBytes();
            boolean allZero = true;
            for (byte b : bytes) {
                allZero &= b == 0;
            }
            return allZero ? Optional.empty() : Optional.of(HexFormat.of().formatHex(bytes));
        } catch (PdfOpenException | IOException e) {
            return Optional.empty();
        }
    }
}
