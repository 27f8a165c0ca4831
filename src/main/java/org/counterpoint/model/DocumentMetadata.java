package org.counterpoint.model;

/**
 * What the source says about itself.
 *
 * @param author    the author, or "" if unknown
 * @param publisher the publisher or site, or "" if unknown
 * @param published the publication date, or null if unknown
 * @param url       where the source was published, or ""
 */
public record DocumentMetadata(String author, String publisher, PartialDate published, String url) {
    public static final DocumentMetadata EMPTY = new DocumentMetadata("", "", null, "");

    public DocumentMetadata {
        author = Text.orEmpty(author);
        publisher = Text.orEmpty(publisher);
        url = Text.orEmpty(url);
    }

    public DocumentMetadata withAuthor(String author) {
        return new DocumentMetadata(author, publisher, published, url);
    }

    public DocumentMetadata withPublisher(String publisher) {
        return new DocumentMetadata(author, publisher, published, url);
    }

    public DocumentMetadata withPublished(PartialDate published) {
        return new DocumentMetadata(author, publisher, published, url);
    }

    public DocumentMetadata withUrl(String url) {
        return new DocumentMetadata(author, publisher, published, url);
    }
}
