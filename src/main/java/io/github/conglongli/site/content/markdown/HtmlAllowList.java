package io.github.conglongli.site.content.markdown;

import static java.util.stream.Collectors.toUnmodifiableSet;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a page may contain, as one table of elements and their attributes, turned into an
 * OWASP sanitizer policy. Anything not listed is removed: scripts, styles, forms, plugins, event
 * handlers. Links and image sources may only be http(s), mailto or paths (OWASP's own URL check);
 * an {@code <iframe>} only when it loads over https from a host the owner listed as an embed.
 */
final class HtmlAllowList {

    private static final Set<String> NONE = Set.of();
    private static final Set<String> HEADING = Set.of("id");
    private static final Set<String> CELL = Set.of("align", "colspan", "rowspan");

    /** Each allowed element with the attributes it may carry; every element may also carry {@code lang}. */
    static final Map<String, Set<String>> ELEMENTS = Map.ofEntries(
            Map.entry("p", NONE), Map.entry("br", NONE), Map.entry("hr", NONE),
            Map.entry("h1", HEADING), Map.entry("h2", HEADING), Map.entry("h3", HEADING),
            Map.entry("h4", HEADING), Map.entry("h5", HEADING), Map.entry("h6", HEADING),
            Map.entry("a", Set.of("href", "title", "id", "rel", "target")),
            Map.entry("img", Set.of("src", "alt", "title", "width", "height", "loading")),
            Map.entry("ul", NONE), Map.entry("ol", Set.of("start", "reversed")), Map.entry("li", NONE),
            Map.entry("dl", NONE), Map.entry("dt", NONE), Map.entry("dd", NONE),
            Map.entry("table", NONE), Map.entry("caption", NONE), Map.entry("thead", NONE),
            Map.entry("tbody", NONE), Map.entry("tfoot", NONE), Map.entry("tr", NONE),
            Map.entry("th", CELL), Map.entry("td", CELL),
            Map.entry("blockquote", NONE), Map.entry("pre", NONE), Map.entry("code", Set.of("class")),
            Map.entry("em", NONE), Map.entry("strong", NONE), Map.entry("b", NONE), Map.entry("i", NONE),
            Map.entry("del", NONE), Map.entry("s", NONE), Map.entry("sup", NONE), Map.entry("sub", NONE),
            Map.entry("kbd", NONE), Map.entry("mark", NONE), Map.entry("abbr", Set.of("title")),
            Map.entry("cite", NONE), Map.entry("q", NONE), Map.entry("small", NONE),
            Map.entry("details", Set.of("open")), Map.entry("summary", NONE),
            Map.entry("figure", NONE), Map.entry("figcaption", NONE),
            Map.entry("span", NONE), Map.entry("div", NONE), Map.entry("section", NONE),
            Map.entry("iframe", Set.of("src", "title", "width", "height", "allow", "allowfullscreen", "loading",
                    "referrerpolicy")),
            // MathML Core, exactly as content.math.TexToMathMl writes it: no style, no href
            Map.entry("math", Set.of("display")), Map.entry("semantics", NONE),
            Map.entry("annotation", Set.of("encoding")), Map.entry("mrow", NONE),
            Map.entry("mi", Set.of("mathvariant")), Map.entry("mn", NONE), Map.entry("mtext", NONE),
            Map.entry("mo", Set.of("mathvariant", "stretchy", "fence", "separator", "lspace", "rspace", "minsize",
                    "maxsize")),
            Map.entry("mspace", Set.of("width")), Map.entry("msub", NONE), Map.entry("msup", NONE),
            Map.entry("msubsup", NONE), Map.entry("munder", Set.of("accentunder")),
            Map.entry("mover", Set.of("accent")), Map.entry("munderover", NONE),
            Map.entry("mfrac", Set.of("linethickness")), Map.entry("msqrt", NONE), Map.entry("mroot", NONE),
            Map.entry("mstyle", Set.of("scriptlevel", "displaystyle", "mathcolor")), Map.entry("mtable", Set.of("class")),
            Map.entry("menclose", Set.of("notation")), Map.entry("mpadded", Set.of("class")),
            Map.entry("mtr", NONE), Map.entry("mtd", Set.of("class")));

    /** Attributes holding an address, which OWASP allows only with http, https, mailto or none. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");

    /**
     * What each attribute's value must look like; an attribute listed without a pattern takes any
     * value. OWASP itself checks the scheme of {@code href} and {@code src}.
     */
    private static final Map<String, Pattern> VALUES = Map.ofEntries(
            Map.entry("lang", Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")),
            Map.entry("id", Pattern.compile("\\S+")),
            Map.entry("rel", Pattern.compile("[A-Za-z -]{1,100}")),
            // OWASP adds rel="noopener noreferrer" to links that open a new window
            Map.entry("target", Pattern.compile("_blank")),
            Map.entry("width", Pattern.compile("[0-9]{1,5}")),
            // an element-specific rule ("element attribute") wins over the attribute's own
            Map.entry("mspace width", Pattern.compile("[0-9.]{1,8}em")),
            Map.entry("mtable class", Pattern.compile("math-(aligned|gathered|cases|matrix|tagged)( math-tagged)?")),
            Map.entry("mtd class", Pattern.compile("math-(left|right|tag|tag-glue)")),
            Map.entry("mpadded class", Pattern.compile("math-arrow-label")),
            // what content.math.TexColors accepts: a CSS color name or a hex value
            Map.entry("mathcolor", Pattern.compile("#[0-9A-Fa-f]{3,8}|[A-Za-z]{3,20}")),
            Map.entry("notation", Pattern.compile("box")),
            Map.entry("height", Pattern.compile("[0-9]{1,5}")),
            Map.entry("loading", Pattern.compile("lazy|eager")),
            Map.entry("start", Pattern.compile("-?[0-9]{1,9}")),
            Map.entry("align", Pattern.compile("left|center|right")),
            Map.entry("colspan", Pattern.compile("[1-9][0-9]{0,2}")),
            Map.entry("rowspan", Pattern.compile("[1-9][0-9]{0,2}")),
            Map.entry("class", Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}")),
            Map.entry("display", Pattern.compile("block|inline")),
            Map.entry("encoding", Pattern.compile("application/x-tex")),
            Map.entry("mathvariant", Pattern.compile("normal")),
            Map.entry("stretchy", Pattern.compile("true|false")),
            Map.entry("fence", Pattern.compile("true|false")),
            Map.entry("separator", Pattern.compile("true|false")),
            Map.entry("accent", Pattern.compile("true|false")),
            Map.entry("accentunder", Pattern.compile("true|false")),
            Map.entry("displaystyle", Pattern.compile("true|false")),
            Map.entry("scriptlevel", Pattern.compile("[0-9]")),
            Map.entry("lspace", Pattern.compile("-?[0-9.]{1,8}(em|px)")),
            Map.entry("rspace", Pattern.compile("-?[0-9.]{1,8}(em|px)")),
            Map.entry("minsize", Pattern.compile("[0-9.]{1,8}(em|px)")),
            Map.entry("maxsize", Pattern.compile("[0-9.]{1,8}(em|px)")),
            Map.entry("linethickness", Pattern.compile("[0-9.]{1,8}(em|px)")),
            Map.entry("referrerpolicy", Pattern.compile("[a-z-]{1,40}")));

    private final Set<String> embedHosts;
    private final PolicyFactory policy;

    /** @param embedHosts hosts an {@code <iframe>} may load from, such as www.youtube-nocookie.com */
    HtmlAllowList(Set<String> embedHosts) {
        this.embedHosts = embedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).collect(toUnmodifiableSet());
        this.policy = build();
    }

    PolicyFactory policy() {
        return policy;
    }

    boolean allowsElement(String element) {
        return ELEMENTS.containsKey(element);
    }

    boolean allowsAttribute(String element, String attribute) {
        return attribute.equals("lang") || ELEMENTS.getOrDefault(element, NONE).contains(attribute)
                || GeneratedMarkup.allows(element, attribute);
    }

    private PolicyFactory build() {
        HtmlPolicyBuilder builder = new HtmlPolicyBuilder()
                .allowStandardUrlProtocols()
                .allowAttributes("lang").matching(VALUES.get("lang")).globally()
                // an image without a source shows nothing and is invalid HTML
                .allowElements((element, attrs) -> valueOf("src", attrs).isEmpty() ? null : element, "img")
                .allowElements((element, attrs) -> isAllowedEmbed(valueOf("src", attrs)) ? element : null,
                        "iframe");
        // in a fixed order, though the resulting policy does not depend on it
        new TreeMap<>(ELEMENTS).forEach((element, attributes) -> {
            if (!element.equals("img") && !element.equals("iframe")) {
                builder.allowElements(element);
            }
            for (String attribute : attributes) {
                Pattern value = VALUES.getOrDefault(element + " " + attribute, VALUES.get(attribute));
                HtmlPolicyBuilder.AttributeBuilder allowed = builder.allowAttributes(attribute);
                if (value != null) {
                    allowed.matching(value);
                }
                allowed.onElements(element);
            }
        });
        GeneratedMarkup.allow(builder);
        return builder.toFactory();
    }

    /** Whether an iframe may load {@code src}: https, from a listed host. */
    private boolean isAllowedEmbed(String src) {
        return embedHost(src).filter(embedHosts::contains).isPresent();
    }

    /** The lower-case host of an https URL, or empty when {@code src} is not one. */
    static Optional<String> embedHost(String src) {
        try {
            URI uri = new URI(src.strip());
            if (uri.getScheme() == null || !uri.getScheme().equalsIgnoreCase("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a link or image address passes, by the same rule as OWASP's check on {@code href}
     * and {@code src}: no scheme (a path, a fragment, a relative address), or http, https, mailto.
     */
    static boolean isAllowedUrl(String url) {
        String u = url.strip();
        for (int i = 0; i < u.length(); i++) {
            switch (u.charAt(i)) {
                case '/', '#', '?':
                    return true;
                case ':':
                    String scheme = u.substring(0, i).toLowerCase(Locale.ROOT);
                    return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
                default:
                    break;
            }
        }
        return true;
    }

    private static String valueOf(String attribute, List<String> attrs) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equals(attribute)) {
                return attrs.get(i + 1);
            }
        }
        return "";
    }
}
