package org.counterpoint.pdf;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;

/**
 * An open PDF for showing its pages. Not thread-safe: PDFBox documents must be used from one
 * thread at a time, so callers render from a single worker thread.
 */
public final class PdfPageSource implements Closeable {
    private final PDDocument document;
    private final PDFRenderer renderer;
    private final List<PageGeometry> pages;

    private PdfPageSource(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        // annotations are drawn by Counterpoint itself, over the page
        this.renderer.setAnnotationsFilter(a -> false);
        List<PageGeometry> list = new ArrayList<>();
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            PDRectangle crop = page.getCropBox();
            list.add(new PageGeometry(n, crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight(), page.getRotation()));
        }
        this.pages = List.copyOf(list);
    }

    /** Opens a PDF file without reading it all into memory. */
    public static PdfPageSource open(Path file, String password) throws PdfOpenException, IOException {
        byte[] head = new byte[1024];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (!PdfFiles.hasPdfHeader(java.util.Arrays.copyOf(head, n))) {
                throw new PdfOpenException(PdfOpenException.Kind.NOT_A_PDF, "it is not a PDF.", null);
            }
        }
        try {
            PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), password == null ? "" : password,
                    null, null, IOUtils.createTempFileOnlyStreamCache());
            try {
                PageTreeCheck.check(doc, Files.size(file));
            } catch (PdfOpenException | RuntimeException e) {
                doc.close();
                throw e;
            }
            return new PdfPageSource(doc);
        } catch (InvalidPasswordException e) {
            boolean given = password != null && !password.isEmpty();
            throw new PdfOpenException(given ? PdfOpenException.Kind.WRONG_PASSWORD : PdfOpenException.Kind.PASSWORD_REQUIRED,
                    given ? "the password is not correct." : "it is protected by a password.", e);
        } catch (PdfOpenException e) {
            throw e;
        } catch (IOException | RuntimeException | LinkageError e) {
            if (PdfFiles.certificateEncrypted(null, e)) {
                throw PdfFiles.certificateEncrypted(e);
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw new PdfOpenException(PdfOpenException.Kind.DAMAGED, "it cannot be read (" + PdfFiles.shortReason(e) + ").", e);
        }
    }

    public int pageCount() {
        return pages.size();
    }

    /** Geometry of a 1-based page. */
    public PageGeometry page(int number) {
        return pages.get(number - 1);
    }

    public List<PageGeometry> pages() {
        return pages;
    }

    /**
     * Renders a 1-based page at {@code scale} pixels per point, as ARGB with a transparent background
     * (the view puts white paper under it), so its pixels can be handed on without conversion.
     */
    public BufferedImage render(int number, float scale) throws IOException {
        return renderer.renderImage(number - 1, scale, ImageType.ARGB, RenderDestination.VIEW);
    }

    /**
     * Renders only a part of a 1-based page, on white paper: the rectangle at ({@code x}, {@code y}) of
     * {@code width} by {@code height} pixels in the displayed page at {@code scale} pixels per point.
     * Drawing a zoomed-in region costs what its pixels cost, not what the whole page would at that scale.
     */
    public BufferedImage renderRegion(int number, float scale, int x, int y, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setBackground(java.awt.Color.WHITE);
            g.clearRect(0, 0, image.getWidth(), image.getHeight());
            g.translate(-x, -y);
            g.clip(new java.awt.Rectangle(x, y, image.getWidth(), image.getHeight()));
            renderer.renderPageToGraphics(number - 1, g, scale, scale, RenderDestination.VIEW);
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
