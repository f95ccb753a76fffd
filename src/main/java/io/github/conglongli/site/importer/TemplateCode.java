package io.github.conglongli.site.importer;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the template code in an old site's Markdown into what this engine reads: Jekyll's Liquid
 * ({@code {{ site.baseurl }}}, {@code {% raw %}}, {@code {% cite key %}}, al-folio's figure
 * include) and Hugo's shortcodes ({@code figure}, {@code youtube}, {@code vimeo},
 * {@code callout}). What has no equivalent stays as text and is listed in the report.
 */
final class TemplateCode {

    /** The host this engine's pages may embed videos from, once a page has one (see site.yaml's {@code embeds}). */
    static final String YOUTUBE = "www.youtube-nocookie.com";
    static final String VIMEO = "player.vimeo.com";

    private static final Pattern SITE_URL = Pattern.compile(
            "\\{\\{-?\\s*(?:site\\.url\\s*\\}\\}\\s*\\{\\{-?\\s*)?(?:site\\.(?:baseurl|url)|base_path)\\s*-?\\}\\}");
    private static final Pattern URL_FILTER = Pattern.compile(
            "\\{\\{-?\\s*['\"]([^'\"]*)['\"]\\s*\\|\\s*(?:relative_url|absolute_url|prepend:\\s*site\\.baseurl"
                    + "(?:\\s*\\|\\s*prepend:\\s*site\\.url)?)\\s*-?\\}\\}");
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%\\}(.*?)\\{%-?\\s*endraw\\s*-?%\\}",
            Pattern.DOTALL);
    private static final Pattern CITE = Pattern.compile("\\{%-?\\s*cite\\s+([^%]+?)\\s*-?%\\}");
    private static final Pattern INCLUDE_FIGURE = Pattern.compile(
            "\\{%-?\\s*include\\s+figure\\.(?:liquid|html)\\s+([^%]*?)\\s*-?%\\}");
    private static final Pattern INCLUDE_VIDEO = Pattern.compile(
            "\\{%-?\\s*include\\s+video\\.(?:liquid|html)\\s+([^%]*?)\\s*-?%\\}");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern HUGO_FIGURE = Pattern.compile("\\{\\{<\\s*figure\\s+(.*?)\\s*/?>\\}\\}");
    private static final Pattern HUGO_VIDEO = Pattern.compile(
            "\\{\\{<\\s*(youtube|vimeo)\\s+(?:(?:id\\s*=\\s*)?[\"']?([A-Za-z0-9_-]+)[\"']?)[^>]*>\\}\\}");
    private static final Pattern CALLOUT = Pattern.compile(
            "\\{\\{[%<]\\s*callout\\s*([a-z]*)\\s*[%>]\\}\\}(.*?)\\{\\{[%<]\\s*/callout\\s*[%>]\\}\\}", Pattern.DOTALL);
    private static final Pattern LEFT = Pattern.compile("\\{%.*?%\\}|\\{\\{[<%].*?[%>]\\}\\}|\\{\\{.*?\\}\\}",
            Pattern.DOTALL);
    private static final Pattern HUGO_ESCAPED = Pattern.compile("\\{\\{([<%])/\\*(.*?)\\*/([>%])\\}\\}", Pattern.DOTALL);
    private static final Pattern HUGO_CITE = Pattern.compile(
            "\\{\\{<\\s*cite\\s+page=[\"']?/?(?:[\\w-]+/)*([\\w-]+)/?[\"']?[^>]*>\\}\\}");
    /** Goldmark's attribute lines ({@code {style="text-align: justify;"}}, {@code {.lead}}), which style only. */
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("(?m)^\\{\\s*(?:[.#][\\w-]+|[\\w-]+=[^}\\n]*)"
            + "(?:\\s+(?:[.#][\\w-]+|[\\w-]+=[^}\\n]*))*\\s*\\}[ \\t]*$");
    private static final Pattern TOC = Pattern.compile("\\{\\{<\\s*toc\\b[^>]*>\\}\\}");
    private static final Pattern BUTTON = Pattern.compile(
            "\\{\\{<\\s*button\\s+([^>]*?)\\s*>\\}\\}(.*?)\\{\\{<\\s*/button\\s*>\\}\\}", Pattern.DOTALL);
    private static final Pattern SPOILER = Pattern.compile(
            "\\{\\{[<%]\\s*spoiler\\s+text=\"([^\"]*)\"\\s*[%>]\\}\\}(.*?)\\{\\{[<%]\\s*/spoiler\\s*[%>]\\}\\}",
            Pattern.DOTALL);
    private static final Pattern RAW_IFRAME = Pattern.compile(
            "(<iframe[^>]*\\ssrc=[\"'])https?://(?:www\\.)?youtube\\.com/embed/", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIMEO_IFRAME = Pattern.compile("<iframe[^>]*\\ssrc=[\"']https?://player\\.vimeo\\.com/",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YOUTUBE_URL = Pattern.compile(
            "https?://(?:www\\.)?(?:youtube\\.com/(?:watch\\?v=|embed/)|youtu\\.be/)([A-Za-z0-9_-]+)");

    /** The converted text, and whether it now embeds videos from these hosts. */
    record Converted(String text, java.util.Set<String> embeds) {}

    private TemplateCode() {}

    /** Whether the text places Hugo's table of contents ({@code {{< toc >}}}): here a page asks with {@code toc: true}. */
    static boolean asksForContents(String text) {
        return TOC.matcher(text).find();
    }

    static Converted convert(String text, String where, ImportReport report) {
        java.util.Set<String> embeds = new java.util.TreeSet<>();
        // Hugo's {{</* x */>}} shows a shortcode as text (in documentation): set aside, restored as written
        java.util.List<String> escaped = new java.util.ArrayList<>();
        String s = HUGO_ESCAPED.matcher(text).replaceAll(m -> {
            escaped.add("{{" + m.group(1) + m.group(2) + m.group(3) + "}}");
            return "\u0000" + (escaped.size() - 1) + "\u0000";
        });
        s = URL_FILTER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(slashed(m.group(1))));
        s = SITE_URL.matcher(s).replaceAll("");
        // {% raw %} shows Liquid as text: set aside like Hugo's escapes, restored without the tags
        s = RAW.matcher(s).replaceAll(m -> {
            escaped.add(m.group(1));
            return "\u0000" + (escaped.size() - 1) + "\u0000";
        });
        s = CITE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(citation(m.group(1))));
        s = INCLUDE_FIGURE.matcher(s).replaceAll(m -> {
            Map<String, String> a = attributes(m.group(1));
            String path = a.getOrDefault("path", a.getOrDefault("url", ""));
            String alt = a.getOrDefault("alt", a.getOrDefault("title", a.getOrDefault("caption", "Figure")));
            String figure = "![" + alt.replace("]", "") + "](" + slashed(path) + ")";
            String caption = a.get("caption");
            return Matcher.quoteReplacement(caption == null ? figure : figure + "\n\n*" + caption + "*");
        });
        s = INCLUDE_VIDEO.matcher(s).replaceAll(m -> {
            String path = attributes(m.group(1)).getOrDefault("path", "");
            Matcher youtube = YOUTUBE_URL.matcher(path);
            if (youtube.find()) {
                embeds.add(YOUTUBE);
                return Matcher.quoteReplacement(iframe("https://" + YOUTUBE + "/embed/" + youtube.group(1)));
            }
            return Matcher.quoteReplacement("[Video](" + slashed(path) + ")");
        });
        s = HUGO_FIGURE.matcher(s).replaceAll(m -> {
            Map<String, String> a = attributes(m.group(1));
            String src = a.getOrDefault("src", "");
            String caption = a.get("caption");
            String alt = a.getOrDefault("alt", caption == null ? "Figure" : plain(caption));
            String figure = "![" + alt.replace("]", "") + "](" + src + ")";
            return Matcher.quoteReplacement(caption == null ? figure : figure + "\n\n*" + plain(caption) + "*");
        });
        s = HUGO_VIDEO.matcher(s).replaceAll(m -> {
            boolean youtube = m.group(1).equals("youtube");
            String host = youtube ? YOUTUBE : VIMEO;
            embeds.add(host);
            return Matcher.quoteReplacement(iframe("https://" + host + (youtube ? "/embed/" : "/video/") + m.group(2)));
        });
        s = BUTTON.matcher(s).replaceAll(m -> {
            String url = attributes(m.group(1)).getOrDefault("url", "");
            return Matcher.quoteReplacement(url.isEmpty() ? m.group(2) : "[" + m.group(2).strip() + "](" + url + ")");
        });
        if (ATTRIBUTE_LINE.matcher(s).find()) {
            report.dropped(where, "attribute lines such as {style=\"...\"}: pages here take their style from the theme");
            s = ATTRIBUTE_LINE.matcher(s).replaceAll("");
        }
        // the page or post asks for its contents in its front matter instead (see asksForContents)
        s = TOC.matcher(s).replaceAll("");
        s = HUGO_CITE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("[@" + m.group(1) + "]"));
        s = SPOILER.matcher(s).replaceAll(m -> Matcher.quoteReplacement("<details>\n<summary>" + m.group(1)
                + "</summary>\n\n" + m.group(2).strip() + "\n\n</details>"));
        if (RAW_IFRAME.matcher(s).find()) {
            embeds.add(YOUTUBE);
            s = RAW_IFRAME.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "https://" + YOUTUBE
                    + "/embed/"));
        }
        if (VIMEO_IFRAME.matcher(s).find()) {
            embeds.add(VIMEO);
        }
        s = CALLOUT.matcher(s).replaceAll(m -> {
            String kind = m.group(1).isEmpty() ? "note" : m.group(1);
            report.guess(where, "a Hugo callout (" + kind + ") became a quoted paragraph");
            StringBuilder quote = new StringBuilder("> **" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1)
                    + ":**");
            for (String line : m.group(2).strip().split("\n")) {
                quote.append("\n> ").append(line);
            }
            return Matcher.quoteReplacement(quote.toString().replace("> \n", ">\n"));
        });
        Map<String, Integer> left = new TreeMap<>();
        Matcher rest = LEFT.matcher(s);
        while (rest.find()) {
            String code = rest.group().replaceAll("\\s+", " ");
            left.merge(code.length() > 80 ? code.substring(0, 77) + "..." : code, 1, Integer::sum);
        }
        left.forEach((code, n) -> report.keptAsText(where, code + (n > 1 ? " (" + n + " times)" : "")));
        for (int i = 0; i < escaped.size(); i++) {
            s = s.replace("\u0000" + i + "\u0000", escaped.get(i));
        }
        return new Converted(s, embeds);
    }

    private static String iframe(String src) {
        return "<iframe src=\"" + src + "\" title=\"Video\" width=\"560\" height=\"315\" allowfullscreen></iframe>";
    }

    /** {@code {% cite a b %}} as this engine's citation: {@code [@a; @b]}. */
    private static String citation(String keys) {
        StringBuilder s = new StringBuilder("[");
        for (String key : keys.strip().split("\\s+")) {
            if (key.startsWith("--")) {
                break; // jekyll-scholar options such as --file
            }
            s.append(s.length() > 1 ? "; " : "").append('@').append(key.replaceAll("[\"']", ""));
        }
        return s.append(']').toString();
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> a = new TreeMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            a.put(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
        }
        return a;
    }

    private static String slashed(String path) {
        return path.isEmpty() || path.startsWith("/") || path.matches("[a-z]+:.*") ? path : "/" + path;
    }

    /** Text of a caption without Markdown emphasis or links, for alternative text. */
    static String plain(String markdown) {
        return markdown.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("[*_`]", "").strip();
    }

    static Optional<String> youtubeId(String url) {
        Matcher m = YOUTUBE_URL.matcher(url);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
