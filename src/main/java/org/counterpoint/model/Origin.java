package org.counterpoint.model;

/**
 * Where a source document came from.
 *
 * @param path     the source file's path, relative to the project file's folder once the project is saved
 *                 (written with forward slashes)
 * @param fileName the file's original name, kept even if the file is later moved
 */
public record Origin(String path, String fileName) {
    public Origin {
        path = Text.orEmpty(path);
        fileName = Text.orEmpty(fileName);
    }
}
