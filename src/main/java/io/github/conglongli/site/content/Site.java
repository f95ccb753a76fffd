package io.github.conglongli.site.content;

import java.util.List;

/**
 * One immutable, validated snapshot of everything under {@code content/}. {@code version}
 * identifies the exact bytes it was built from (a hash), so two loads of unchanged files
 * produce the same version.
 */
public record Site(
        SiteConfig config,
        Profile profile,
        List<Publication> publications,
        Experience experience,
        List<NewsItem> news,
        String version) {}
