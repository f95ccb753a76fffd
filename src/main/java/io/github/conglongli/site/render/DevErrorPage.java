package io.github.conglongli.site.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The page shown in dev mode while the templates themselves are broken: built without
 * templates (they cannot be trusted), with every message escaped, and with the live-reload
 * script so that fixing the template brings the site back by itself.
 */
public final class DevErrorPage {

    private DevErrorPage() {}

    public static Page render(List<String> errors, String stylesheet, String version) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Template error</title>\n")
                .append("<meta name=\"site-version\" content=\"").append(escape(version)).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(escape(stylesheet)).append("\">\n")
                .append("<script src=\"/_dev/live-reload.js\" defer></script>\n</head>\n<body>\n")
                .append("<main id=\"main\" class=\"wrap\">\n<section class=\"dev-errors\" role=\"alert\">\n")
                .append("<h1>Template error</h1>\n<p>Fix the template and this page reloads by itself.</p>\n<ul>\n");
        for (String error : errors) {
            html.append("<li><pre>").append(escape(error)).append("</pre></li>\n");
        }
        html.append("</ul>\n</section>\n</main>\n</body>\n</html>\n");
        return Page.html(500, html.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
