package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The contents of {@code site.yaml}: site-wide settings. {@code nav} is the navigation as
 * written; empty means the default, which follows what the site has (see render's navigation).
 * {@code embeds} are the hosts pages may show in an {@code <iframe>}; {@code accent} the colour of
 * the icons and link-preview cards generated for the site.
 */
public record SiteConfig(
        String title,
        String baseUrl,
        String language,
        Optional<String> description,
        String owner,
        List<String> ownerAliases,
        List<NavItem> nav,
        HomeSettings home,
        PublicationSettings publications,
        List<String> embeds,
        List<LabelOverride> labels,
        String accent) {

    /** One interface string the owner replaces ({@code labels:} in site.yaml), and where. */
    public record LabelOverride(String key, String value, Source source) {}

    /** One entry of the main navigation. */
    public record NavItem(String title, String url) {
        static NavItem read(FieldReader f) {
            return new NavItem(f.text("title"), f.url("url"));
        }
    }

    /** How much the home page shows. */
    public record HomeSettings(int selectedPublications, int recentPositions, int news, int posts) {
        static HomeSettings read(FieldReader f) {
            return new HomeSettings(
                    f.optionalInteger("selected_publications", 0, 100).orElse(5),
                    f.optionalInteger("recent_positions", 0, 100).orElse(3),
                    f.optionalInteger("news", 0, 100).orElse(5),
                    f.optionalInteger("posts", 0, 100).orElse(3));
        }
    }

    /** How the publications list is laid out. */
    public record PublicationSettings(int maxOnOnePage) {
        /** Above this many papers the list shows the latest years, and every year has a page of its own. */
        static final int MAX_ON_ONE_PAGE = 200;

        static PublicationSettings read(FieldReader f) {
            return new PublicationSettings(f.optionalInteger("max_on_one_page", 10, 100_000).orElse(MAX_ON_ONE_PAGE));
        }
    }

    /** The theme's blue: icons, link-preview cards and the web app manifest use the accent colour. */
    public static final String DEFAULT_ACCENT = "#1f5fbf";
    private static final Pattern ACCENT = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?";
    private static final Pattern HOST = Pattern.compile(LABEL + "(\\." + LABEL + ")+");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    static SiteConfig read(FieldReader f, String file) {
        String title = f.text("title");
        String baseUrl = f.url("base_url");
        if (!baseUrl.isEmpty() && !baseUrl.startsWith("http")) {
            f.error("base_url", "'base_url' must be an absolute http(s) URL such as https://example.org");
        }
        String language = f.optionalText("language").orElse("en");
        if (!isLanguageTag(language)) {
            f.error("language", "'language' must be a language tag such as en or en-US, got '" + language + "'");
        }
        Optional<String> description = f.optionalText("description");
        String owner = f.text("owner");
        List<String> aliases = f.texts("owner_aliases");
        List<NavItem> nav = f.list("nav", NavItem::read);
        HomeSettings home = f.mapping("home", HomeSettings::read);
        PublicationSettings publications = f.mapping("publications", PublicationSettings::read);
        List<String> embeds = f.texts("embeds");
        for (String host : embeds) {
            if (!HOST.matcher(host).matches()) {
                f.error("embeds", "each of 'embeds' must be a host name such as www.youtube-nocookie.com, got '"
                        + host + "'");
            }
        }
        List<LabelOverride> labels = f.textEntries("labels").stream()
                .map(e -> new LabelOverride(e.key(), e.value(), new Source(file, e.line(), e.column()))).toList();
        String accent = f.optionalText("accent").orElse(DEFAULT_ACCENT);
        if (!ACCENT.matcher(accent).matches()) {
            f.error("accent", "'accent' must be a colour written #rrggbb, such as " + DEFAULT_ACCENT + ", got '"
                    + accent + "'");
            accent = DEFAULT_ACCENT;
        }
        return new SiteConfig(title, stripTrailingSlash(baseUrl), language, description, owner, aliases, nav, home,
                publications, embeds, labels, accent.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code tag} is a language tag as {@code language} takes it: en, en-US, zh-Hans. */
    public static boolean isLanguageTag(String tag) {
        return LANGUAGE_TAG.matcher(tag).matches();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
