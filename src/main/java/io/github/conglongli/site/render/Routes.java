package io.github.conglongli.site.render;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The site's one URL scheme. Each page has a path such as {@code /publications/2022-1-bit-lamb}:
 * the key it is cached, served and exported under. Pages link to {@link #href} of a path, which
 * carries the base path of a site published below a domain's root
 * ({@code https://user.github.io/homepage} serves {@code /publications} at
 * {@code /homepage/publications}); feeds, sitemaps and canonical links use {@link #absolute}.
 */
public record Routes(String baseUrl, String basePath) {

    public static final String HOME = "/";
    public static final String PUBLICATIONS = "/publications";
    public static final String PUBLICATIONS_BIB = "/publications.bib";
    public static final String EXPERIENCE = "/experience";
    public static final String CV = "/cv";
    public static final String NEWS = "/news";
    public static final String FEED = "/feed.xml";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    public static final String MANIFEST = "/manifest.webmanifest";
    /** The colours of venues.yaml's badges; there only when venues.yaml gives colours. */
    public static final String VENUE_STYLES = "/venues.css";
    public static final String NOT_FOUND = "/404";
    /** Answered by the server itself (see web/SiteServer), never by a page. */
    public static final String HEALTH = "/healthz";
    public static final String BLOG = "/blog";
    public static final String TALKS = "/talks";
    public static final String TEACHING = "/teaching";
    public static final String PROJECTS = "/projects";
    /** Answered from the search index (see search/), never exported, never in the sitemap. */
    public static final String SEARCH = "/search";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** {@code baseUrl} without a trailing slash, e.g. {@code https://example.org/~ada}. */
    public static Routes of(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String path = "";
        try {
            String rawPath = URI.create(base).getRawPath();
            path = rawPath == null ? "" : rawPath;
        } catch (IllegalArgumentException e) {
            // validated when site.yaml is read; an unparsable address simply has no base path
        }
        return new Routes(base, path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    public static String publication(String slug) {
        return PUBLICATIONS + "/" + slug;
    }

    public static String publicationBibtex(String slug) {
        return publication(slug) + ".bib";
    }

    public static String publicationsOfYear(int year) {
        return PUBLICATIONS + "/" + year;
    }

    /** A page of the owner's own, by its path below content/pages without ".md": "group/join". */
    public static String page(String path) {
        return "/" + path;
    }

    public static String post(String slug) {
        return BLOG + "/" + slug;
    }

    /** Page {@code number} of the blog's list; the first page is the blog itself. */
    public static String blogPage(int number) {
        return number <= 1 ? BLOG : BLOG + "/page/" + number;
    }

    /** The posts with a tag, by the tag's slug ("Machine Learning" is "machine-learning"). */
    public static String tag(String tagSlug) {
        return BLOG + "/tags/" + tagSlug;
    }

    /** A file under static/, e.g. "style.css". */
    public static String file(String name) {
        return "/" + name;
    }

    /** The address a page links to for {@code path}: the path below the site's base path. */
    public String href(String path) {
        return basePath + path;
    }

    /**
     * The full address of {@code path}, for feeds, sitemaps and canonical links: letters beyond
     * ASCII (a tag or title in Chinese) percent-encoded, as sitemaps and some crawlers require.
     */
    public String absolute(String path) {
        return baseUrl + asciiOnly(path);
    }

    private static String asciiOnly(String path) {
        if (path.chars().allMatch(c -> c < 0x80)) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length() * 3);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * A link target as written in the content: a path on this site gets the base path (the
     * owner writes {@code /papers/x.pdf}, not {@code /homepage/papers/x.pdf}); other URLs stay.
     */
    public String link(String url) {
        return url.startsWith("/") && !url.startsWith("//") ? href(url) : url;
    }

    /** Like {@link #link}, but absolute. */
    public String absoluteLink(String url) {
        return url.startsWith("/") && !url.startsWith("//") ? absolute(url) : url;
    }
}
