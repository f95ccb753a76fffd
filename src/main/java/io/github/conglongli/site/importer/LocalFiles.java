package io.github.conglongli.site.importer;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of the old site, made to work in the new one: a file the old site served (a PDF, a
 * photo) is copied to {@code static/} at the same path, so {@code /assets/pdf/paper.pdf} keeps its
 * address; the old site's own address becomes a path; a section page ({@code /publications/})
 * becomes this engine's; a link to a file the checkout lacks points at the old site, or is
 * dropped when its address is unknown. Every change that loses something is in the report.
 */
final class LocalFiles {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("(!?\\[[^\\]\\n]*]\\()\\s*<?([^)\\s>]+)>?((?:\\s+\"[^\"]*\")?\\))");
    private static final Pattern HTML_LINK = Pattern.compile("((?:src|href)\\s*=\\s*)([\"'])([^\"']*)\\2",
            Pattern.CASE_INSENSITIVE);
    /** The old sites' section pages, and this engine's address for each. */
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("", "/"), Map.entry("publications", "/publications"), Map.entry("publication", "/publications"),
            Map.entry("talks", "/talks"), Map.entry("event", "/talks"), Map.entry("events", "/talks"),
            Map.entry("teaching", "/teaching"), Map.entry("projects", "/projects"), Map.entry("project", "/projects"),
            Map.entry("blog", "/blog"), Map.entry("posts", "/blog"), Map.entry("post", "/blog"),
            Map.entry("year-archive", "/blog"), Map.entry("cv", "/cv"), Map.entry("news", "/news"));

    private final Path root;
    private final Optional<String> oldAddress;
    private final Set<String> pagePaths;
    private final NewContent out;
    private final ImportReport report;

    /**
     * @param oldAddress the old site's address with its base path ({@code https://user.github.io}), when known
     * @param pagePaths  paths the new site has pages at (so links to them are kept)
     */
    LocalFiles(Path root, Optional<String> oldAddress, Set<String> pagePaths, NewContent out, ImportReport report) {
        this.root = root;
        this.oldAddress = oldAddress.map(a -> a.endsWith("/") ? a.substring(0, a.length() - 1) : a);
        this.pagePaths = pagePaths;
        this.out = out;
        this.report = report;
    }

    /** Every link and image of a Markdown text, as {@link #link} makes it; {@code bundle} resolves relative ones. */
    String rewrite(String markdown, String where, Optional<Bundle> bundle) {
        String s = MARKDOWN_LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + link(m.group(2), where, bundle).orElse("#") + m.group(3)));
        return HTML_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + link(m.group(3), where, bundle).orElse("#") + m.group(2)));
    }

    /** A folder whose files a page refers to by relative name (a Hugo page bundle), and where they go in static/. */
    record Bundle(Path dir, String target) {}

    /** The link as the new site writes it; empty when it had to be dropped. */
    Optional<String> link(String raw, String where, Optional<Bundle> bundle) {
        String url = raw.strip();
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("mailto:")) {
            return Optional.of(url);
        }
        String lower = url.toLowerCase(Locale.ROOT);
        String given = url;
        Optional<String> onOldSite = oldAddress.flatMap(a -> pathOnSite(given, a));
        if (onOldSite.isPresent()) {
            url = onOldSite.get();
        } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return Optional.of(url);
        } else if (lower.matches("[a-z][a-z0-9+.-]*:.*")) {
            report.dropped(where, "link " + raw + ": only http(s), mailto and paths on the site are kept");
            return Optional.empty();
        } else if (lower.matches("(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+/.*") && !Files.exists(root.resolve(url))) {
            // an address written without its scheme, e.g. user.github.io/files/paper.pdf
            String withScheme = "https://" + url;
            if (oldAddress.isPresent() && withScheme.toLowerCase(Locale.ROOT).startsWith(
                    oldAddress.get().replaceFirst("^http://", "https://").toLowerCase(Locale.ROOT) + "/")) {
                return link(oldAddress.get() + withScheme.substring(oldAddress.get().replaceFirst("^http://",
                        "https://").length()), where, bundle);
            }
            report.guess(where, "link " + raw + " has no scheme: written https://" + url);
            return Optional.of(withScheme);
        }
        if (!url.startsWith("/")) {
            if (bundle.isPresent()) {
                return bundled(url, where, bundle.get());
            }
            url = "/" + url;
        }
        return onSite(url, where);
    }

    private Optional<String> bundled(String url, String where, Bundle bundle) {
        Path file = bundle.dir().resolve(decoded(pathOf(url))).normalize();
        if (file.startsWith(bundle.dir()) && Files.isRegularFile(file)) {
            String target = bundle.target() + "/" + bundle.dir().relativize(file).toString().replace('\\', '/');
            out.copy(target, file);
            return Optional.of(target + suffixOf(url));
        }
        return onSite("/" + url, where);
    }

    private Optional<String> onSite(String url, String where) {
        String path = pathOf(url);
        Path file = root.resolve(decoded(path).substring(1)).normalize();
        if (file.startsWith(root) && Files.isRegularFile(file) && !isSourceFile(file)) {
            out.copy(decoded(path), file);
            return Optional.of(url);
        }
        String trimmed = path.replaceAll("^/+|/+$", "");
        if (SECTIONS.containsKey(trimmed)) {
            return Optional.of(SECTIONS.get(trimmed) + suffixOf(url));
        }
        if (pagePaths.contains("/" + trimmed)) {
            return Optional.of("/" + trimmed + suffixOf(url));
        }
        if (oldAddress.isPresent()) {
            report.guess(where, "link " + url + ": no such file in the old site's checkout, linked to the old site "
                    + "instead (" + oldAddress.get() + url + ")");
            return Optional.of(oldAddress.get() + url);
        }
        report.dropped(where, "link " + url + ": no such file in the old site's checkout, and its address is unknown");
        return Optional.empty();
    }

    /** The path of {@code url} when it is an address on the old site (http or https, with or without www.). */
    private static Optional<String> pathOnSite(String url, String address) {
        String bare = url.replaceFirst("(?i)^https?://(www\\.)?", "");
        String site = address.replaceFirst("(?i)^https?://(www\\.)?", "");
        if (bare.toLowerCase(Locale.ROOT).startsWith(site.toLowerCase(Locale.ROOT))) {
            String rest = bare.substring(site.length());
            if (rest.isEmpty() || rest.startsWith("/") || rest.startsWith("?") || rest.startsWith("#")) {
                return Optional.of("/" + rest.replaceFirst("^/+", ""));
            }
        }
        return Optional.empty();
    }

    /** A file the old site built from (Markdown, Liquid, config), which the new site must not serve. */
    private static boolean isSourceFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".yml") || name.endsWith(".html") || name.endsWith(".liquid")
                || name.startsWith("_") || name.startsWith(".");
    }

    private static String pathOf(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return url.substring(0, cut);
    }

    private static String suffixOf(String url) {
        return url.substring(pathOf(url).length());
    }

    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** The old site's address from Jekyll's {@code url} and {@code baseurl}, when {@code url} is an address. */
    static Optional<String> address(Object url, Object baseUrl) {
        if (url == null || url.toString().isBlank()) {
            return Optional.empty();
        }
        String u = url.toString().strip().replaceAll("/+$", "");
        if (!u.matches("https?://.*")) {
            u = "https://" + u;
        }
        try {
            URI uri = new URI(u);
            if (uri.getHost() == null) {
                return Optional.empty();
            }
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        String base = baseUrl == null ? "" : baseUrl.toString().strip().replaceAll("^/*", "/").replaceAll("/+$", "");
        return Optional.of(u + (base.equals("/") ? "" : base));
    }
}
