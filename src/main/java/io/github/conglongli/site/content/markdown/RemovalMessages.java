package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.markdown.TagOutcome.Attribute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Says, in the owner's terms, what the sanitizer removed from a tag and why. */
final class RemovalMessages {

    private static final String ADDRESSES = "only http, https and mailto addresses and paths are allowed";
    private static final Set<String> FORMS = Set.of(
            "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset",
            "legend", "datalist", "output", "keygen");
    private static final Set<String> PLUGINS = Set.of("object", "embed", "applet", "param");
    private static final Set<String> DOCUMENT = Set.of("html", "head", "body", "base", "meta", "link", "title");

    private RemovalMessages() {}

    /** One message per thing removed from the tag; none when it lost nothing that mattered. */
    static List<String> of(TagOutcome tag, HtmlAllowList allowList) {
        String element = tag.element();
        if (!allowList.allowsElement(element)) {
            return List.of("removed <" + element + "> (" + whyNot(element) + ")");
        }
        if (element.equals("iframe") && tag.kept().isEmpty()) {
            return List.of(refusedEmbed(tag));
        }
        List<String> messages = new ArrayList<>();
        List<String> kept = new ArrayList<>(tag.kept().orElse(List.of()).stream().map(Attribute::name).toList());
        Set<String> matched = new HashSet<>();
        for (Attribute attribute : tag.written()) {
            if (kept.remove(attribute.name())) {
                matched.add(attribute.name());
            } else {
                messages.add(removedAttribute(element, attribute, matched.contains(attribute.name()), allowList));
            }
        }
        return messages;
    }

    /** For a Markdown link whose address is refused. */
    static String ofLink(String address) {
        return "removed link to " + quote(address) + " (" + ADDRESSES + "); its text is kept";
    }

    /** For a Markdown image whose address is refused. */
    static String ofImage(String address) {
        return "removed image " + quote(address) + " (" + ADDRESSES + ")";
    }

    private static String whyNot(String element) {
        if (element.equals("script") || element.equals("noscript")) {
            return "scripts are not allowed in pages";
        }
        if (element.equals("style")) {
            return "styles belong in the site's stylesheet, not in pages";
        }
        if (FORMS.contains(element)) {
            return "forms are not allowed in pages";
        }
        if (PLUGINS.contains(element)) {
            return "plugins are not allowed in pages";
        }
        if (element.equals("svg") || element.equals("math")) {
            return "inline SVG and MathML are not allowed in pages; save the picture under static/ and show it "
                    + "with <img>";
        }
        if (DOCUMENT.contains(element)) {
            return "the layout writes the page's head; pages may not";
        }
        if (element.equals("frame") || element.equals("frameset")) {
            return "frames are not allowed; an <iframe> from a host listed in 'embeds' in site.yaml is";
        }
        return "not an element pages may use";
    }

    private static String refusedEmbed(TagOutcome tag) {
        String src = tag.written().stream().filter(a -> a.name().equals("src")).map(Attribute::value)
                .findFirst().orElse("");
        if (src.isBlank()) {
            return "removed <iframe> without a src";
        }
        return HtmlAllowList.embedHost(src)
                .map(host -> "removed <iframe> from " + host
                        + ": add the host to 'embeds' in site.yaml to allow it")
                .orElse("removed <iframe> with src " + quote(src)
                        + ": embeds must load over https from a host listed in 'embeds' in site.yaml");
    }

    private static String removedAttribute(String element, Attribute attribute, boolean keptEarlier,
            HtmlAllowList allowList) {
        String name = attribute.name();
        String removed = "removed attribute '" + name + "' from <" + element + ">";
        if (name.startsWith("on")) {
            return removed + " (event handlers run scripts, which are not allowed in pages)";
        }
        if (name.equals("style")) {
            return removed + " (inline styles are not allowed; the site's stylesheet styles pages)";
        }
        if (!allowList.allowsAttribute(element, name)) {
            return removed + " (not allowed on <" + element + ">)";
        }
        if (keptEarlier) {
            return removed + " (it is written twice; the first one is kept)";
        }
        if (name.equals("href") || name.equals("src")) {
            return removed + ": " + quote(attribute.value()) + " is refused (" + ADDRESSES + ")";
        }
        return removed + ": " + quote(attribute.value()) + " is not an allowed value";
    }

    /** Quoted and cut short, since a data: URL can be megabytes long. */
    private static String quote(String value) {
        String oneLine = value.replaceAll("\\s+", " ");
        return "'" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "'";
    }
}
