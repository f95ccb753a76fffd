package io.github.conglongli.site.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw HTML in the old site's Markdown, dressed for its theme: {@code class} and {@code style}
 * attributes, and the {@code align} and {@code frameborder} HTML dropped long ago (Bootstrap's {@code img-fluid}, Chroma's {@code highlight}, a coloured span). Pages here
 * take their look from this site's stylesheet, and its sanitizer would remove them on every load
 * with a warning each, so the import takes them out once and says so. Code (fenced blocks and
 * backtick spans) is left as written, and so is al-folio's {@code target="blank"}, corrected to
 * {@code _blank}, the only value a link's target may have here.
 */
final class ThemeAttributes {

    private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)(\\s[^<>]*)?>");
    /** Styling, and the presentational attributes HTML dropped ({@code align} stays on table cells, which take it). */
    private static final Pattern STYLING = Pattern.compile(
            "\\s+(?:class|style|frameborder|align)\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_STYLING = Pattern.compile(
            "\\s+(?:class|style|frameborder)\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TARGET_BLANK = Pattern.compile("(\\starget\\s*=\\s*[\"']?)blank(?=[\"'\\s>])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private ThemeAttributes() {}

    /** {@code markdown} without styling attributes in its HTML; what was removed goes into the report. */
    static String strip(String markdown, String where, ImportReport report) {
        StringBuilder out = new StringBuilder(markdown.length());
        int[] removed = {0};
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            Matcher opening = FENCE.matcher(line);
            if (fence == null && opening.find()) {
                fence = opening.group(1).substring(0, 3);
                out.append(line);
            } else if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
                out.append(line);
            } else {
                out.append(outsideCodeSpans(line, removed));
            }
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        if (removed[0] > 0) {
            report.dropped(where, removed[0] + (removed[0] == 1 ? " styling attribute" : " styling attributes")
                    + " (class, style, align, frameborder) of raw HTML: pages here take their look from the site's"
                    + " stylesheet (inline styles would also break its content security policy)");
        }
        return out.toString();
    }

    /** The line with its tags cleaned, except between backticks, where HTML is code shown as text. */
    private static String outsideCodeSpans(String line, int[] removed) {
        String[] parts = line.split("`", -1);
        for (int i = 0; i < parts.length; i += 2) {
            parts[i] = TAG.matcher(parts[i]).replaceAll(tag -> {
                String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
                Pattern styling = name.equals("td") || name.equals("th") ? CELL_STYLING : STYLING;
                String cleaned = styling.matcher(tag.group()).replaceAll("");
                removed[0] += (int) styling.matcher(tag.group()).results().count();
                return Matcher.quoteReplacement(TARGET_BLANK.matcher(cleaned).replaceAll("$1_blank"));
            });
        }
        return String.join("`", parts);
    }
}
