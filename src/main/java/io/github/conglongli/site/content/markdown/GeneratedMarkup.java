package io.github.conglongli.site.content.markdown;

import java.util.Map;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;

/**
 * The attributes the Markdown extensions write (coloured code, heading links, footnotes,
 * citations, task boxes), each allowed only on its element and only with the values they
 * write, so the sanitizer that stands in front of every page keeps them and nothing more.
 */
final class GeneratedMarkup {

    private static final Pattern ID = Pattern.compile("[^\\s\"'<>]{1,200}");

    /** Element, then attribute, then the values it may take. */
    static final Map<String, Map<String, Pattern>> ATTRIBUTES = Map.of(
            "pre", Map.of("class", Pattern.compile("code( numbered)?"), "tabindex", Pattern.compile("0")),
            "span", Map.of("class", Pattern.compile("tok-[a-z]{1,20}|line|line hl|task|task done")),
            "a", Map.of(
                    "class", Pattern.compile("anchor|cite-ref|footnote-backref"),
                    "aria-labelledby", ID,
                    // commonmark's words; the page's language replaces them when it is rendered
                    "aria-label", Pattern.compile("Back to reference [0-9]{1,5}(-[0-9]{1,5})?")),
            "sup", Map.of("class", Pattern.compile("footnote-ref")),
            "section", Map.of("class", Pattern.compile("footnotes")),
            "li", Map.of("id", ID));

    private GeneratedMarkup() {}

    static void allow(HtmlPolicyBuilder builder) {
        ATTRIBUTES.forEach((element, attributes) -> attributes.forEach(
                (attribute, value) -> builder.allowAttributes(attribute).matching(value).onElements(element)));
    }

    static boolean allows(String element, String attribute) {
        return ATTRIBUTES.getOrDefault(element, Map.of()).containsKey(attribute);
    }
}
