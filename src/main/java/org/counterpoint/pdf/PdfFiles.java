package org.counterpoint.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Opens PDFs with PDFBox's lenient parser and turns its failures into plain reasons. */
public final class PdfFiles {
    private PdfFiles() {
    }

    /** True when the bytes begin (within the first kilobyte, as readers allow) with the PDF header. */
    public static boolean hasPdfHeader(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /**
     * Opens a PDF held in memory. Owner-password restrictions (no printing, no copying) do not stop
     * it opening: they describe what a viewer should allow, and reading for analysis is allowed.
     *
     * @param password the user password, or null or "" for none
     */
    public static PDDocument open(byte[] bytes, String password) throws PdfOpenException {
        if (!hasPdfHeader(bytes)) {
            throw new PdfOpenException(PdfOpenException.Kind.NOT_A_PDF, "it is not a PDF (it does not start with %PDF-).", null);
        }
        try {
            // temp-file stream cache keeps large decoded streams off the heap
            PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(bytes), password == null ? "" : password, null, null,
                    IOUtils.createTempFileOnlyStreamCache());
            try {
                PageTreeCheck.check(doc, bytes.length);
            } catch (PdfOpenException | RuntimeException | StackOverflowError e) {
                doc.close();
                throw e;
            }
            return doc;
        } catch (InvalidPasswordException e) {
            boolean given = password != null && !password.isEmpty();
            throw new PdfOpenException(given ? PdfOpenException.Kind.WRONG_PASSWORD : PdfOpenException.Kind.PASSWORD_REQUIRED,
                    given ? "the password is not correct." : "it is protected by a password.", e);
        } catch (PdfOpenException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new PdfOpenException(PdfOpenException.Kind.DAMAGED, "its objects are nested deeper than any real document.", null);
        } catch (IOException | RuntimeException | LinkageError e) {
            throw refusal(bytes, e);
        }
    }

    /** Why a PDF that failed to load cannot be opened: encrypted for certificates, or damaged. */
    static PdfOpenException refusal(byte[] head, Throwable e) {
        if (certificateEncrypted(head, e)) {
            return certificateEncrypted(e);
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new PdfOpenException(PdfOpenException.Kind.DAMAGED,
                "it is damaged beyond what the PDF reader can repair (" + shortReason(e) + ").", e);
    }

    static PdfOpenException certificateEncrypted(Throwable cause) {
        return new PdfOpenException(PdfOpenException.Kind.CERTIFICATE_ENCRYPTED,
                "it is encrypted for specific recipients' certificates, so it cannot be opened without their key.", cause);
    }

    /**
     * True when a load failed on public-key (certificate) encryption: PDFBox needs Bouncy Castle
     * for the {@code Adobe.PubSec} security handler, which Counterpoint does not ship, and without
     * the recipient's private key such a file cannot be decrypted anyway.
     */
    static boolean certificateEncrypted(byte[] bytes, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("bouncycastle") || m.contains("Adobe.PubSec") || m.contains("PublicKeySecurityHandler")) {
                return true;
            }
        }
        return (e instanceof LinkageError || e instanceof IOException) && bytes != null
                && new String(bytes, StandardCharsets.ISO_8859_1).contains("/Adobe.PubSec");
    }

    static String shortReason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.lines().findFirst().orElse(m);
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }
}
