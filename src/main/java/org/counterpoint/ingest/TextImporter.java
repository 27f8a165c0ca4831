package org.counterpoint.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Imports plain text: UTF-8 (or UTF-16 with a byte order mark), with line ends made uniform. */
public final class TextImporter {

    /** The decoded, normalised text and a title for it. */
    public record Result(String text, String title) {
    }

    public Result read(Path file, byte[] bytes) throws ImportException {
        String name = file.getFileName().toString();
        String text = decode(bytes, name);
        text = normalizeLineEnds(text);
        if (text.isBlank()) {
            throw new ImportException(ImportException.Reason.EMPTY, name + " holds only white space; there is nothing to import.");
        }
        return new Result(text, titleFrom(text, Sources.baseName(file)));
    }

    static String decode(byte[] bytes, String name) throws ImportException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (looksBinary(bytes)) {
            throw new ImportException(ImportException.Reason.NOT_TEXT,
                    name + " looks like a binary file, not text. Import PDFs as .pdf and web pages as .html.");
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (MalformedInputException e) {
            throw new ImportException(ImportException.Reason.NOT_TEXT,
                    name + " is not UTF-8 text (an invalid byte sequence was found). Save it as UTF-8 in your editor and import it again.", e);
        } catch (CharacterCodingException e) {
            throw new ImportException(ImportException.Reason.NOT_TEXT, name + " could not be decoded as text: " + e.getMessage(), e);
        }
    }

    /** NUL bytes do not occur in UTF-8 text. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** CRLF and lone CR become LF, so offsets do not depend on the system that wrote the file. */
    public static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The first line, when it is short enough to be a heading; otherwise the file's name. */
    static String titleFrom(String text, String fallback) {
        for (String line : text.split("\n", 20)) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t.length() <= 150 ? t : fallback;
            }
        }
        return fallback;
    }
}
