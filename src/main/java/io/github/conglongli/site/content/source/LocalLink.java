package io.github.conglongli.site.content.source;

/**
 * A link the owner wrote to a path on this site ({@code photo: /me.jpg}, a PDF, a nav entry, a
 * link in a page), and where: whether the path is there can only be told once the whole site
 * and its static files are known, so the loader collects them for the check.
 */
public record LocalLink(String path, String field, String file, int line, int column) {

    /** An error at the link's place. */
    public ContentError error(String message) {
        return new ContentError(file, line, column, message);
    }
}
