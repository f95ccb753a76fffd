package io.github.conglongli.site.content.markdown;

/**
 * A paper a page or post may cite with {@code [@key]}.
 *
 * @param slug the paper's slug, which identifies it on the site
 * @param path the address of the paper's own page, which a citation links to
 * @param title the paper's title, shown when a reader points at the citation
 */
public record CitedWork(String slug, String path, String title) {}
