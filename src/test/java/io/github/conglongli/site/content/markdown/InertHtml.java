package io.github.conglongli.site.content.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Checks sanitized HTML the way a browser will read it: parsed by jsoup's HTML5 parser. */
final class InertHtml {

    /** The embed host the tests' renderers list. */
    static final String EMBED_HOST = "www.youtube-nocookie.com";

    private static final Set<String> EXECUTABLE_ELEMENTS = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
            "button", "textarea", "select", "base", "meta", "link", "svg", "noscript", "template", "mglyph", "maction");

    private InertHtml() {}

    /** Whether {@code src} loads over https from {@link #EMBED_HOST}, whatever the case of its host. */
    private static boolean isEmbed(String src) {
        try {
            URI uri = new URI(src);
            return "https".equalsIgnoreCase(uri.getScheme()) && EMBED_HOST.equalsIgnoreCase(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Fails if {@code html} holds anything that could run a script or restyle the page; the one
     * iframe allowed loads over https from {@link #EMBED_HOST}.
     */
    static void assertInert(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            boolean allowedEmbed = element.normalName().equals("iframe") && isEmbed(element.attr("src"));
            assertFalse(EXECUTABLE_ELEMENTS.contains(element.normalName()) && !allowedEmbed,
                    "<" + element.normalName() + "> in " + html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), name + " in " + html);
                assertFalse(name.equals("style") || name.equals("srcdoc") || name.equals("formaction"),
                        name + " in " + html);
                if (name.equals("href") || name.equals("src") || name.endsWith(":href") || name.equals("action")) {
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertFalse(value.matches("(?s)[a-z0-9+.\\-\\s]*:.*") && !value.matches("(?s)(https?|mailto):.*"),
                            name + "=" + value + " in " + html);
                }
            }
        }
    }
}
