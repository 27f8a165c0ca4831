package org.counterpoint.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds where in a JSON text a value stands, so a problem found after parsing (a dangling id,
 * a range outside the text) can still be reported with its line and column.
 */
final class JsonLocator {
    private final byte[] json;

    JsonLocator(byte[] json) {
        this.json = json;
    }

    /** The location of the value at {@code pointer} (e.g. {@code /highlights/2/documentId}). */
    Optional<JsonLocation> locate(String pointer) {
        JsonPointer target = JsonPointer.compile(pointer);
        try (JsonParser parser = Json.mapper().getFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonPointer here = token.isStructStart()
                        ? parser.getParsingContext().getParent().pathAsPointer()
                        : parser.getParsingContext().pathAsPointer();
                if (here.equals(target)) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
