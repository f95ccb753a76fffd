package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.NewsItem;
import io.github.conglongli.site.content.Post;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.cite.CitationText;
import io.github.conglongli.site.render.feed.Feeds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The files for machines: the Atom feed, the sitemap, robots.txt, the web app manifest, and the venues' colours. */
final class DataFilesSection implements Section {

    /** Feed readers want what is new, not the whole list: a 10,000-paper feed would be megabytes. */
    static final int FEED_ENTRIES = 50;
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("[*_`]");
    private static final Pattern ARXIV_NEW_STYLE = Pattern.compile("\\d{4}\\..*");

    private record FeedInputs(Feeds.FeedInfo info, List<Feeds.Entry> entries) {}

    private final Site site;
    private final Routes routes;
    private final Labels labels;
    private final UnaryOperator<String> assetUrl;
    private final Supplier<Stream<String>> htmlPaths;
    private final Optional<String> venueStyles;

    /** @param htmlPaths every HTML page of the site, for the sitemap */
    DataFilesSection(Site site, PageContext context, UnaryOperator<String> assetUrl,
            Supplier<Stream<String>> htmlPaths) {
        this.site = site;
        this.routes = context.routes();
        this.labels = context.labels();
        this.assetUrl = assetUrl;
        this.htmlPaths = htmlPaths;
        this.venueStyles = VenueStyles.css(site.venues());
    }

    @Override
    public String name() {
        return "the feed, sitemap and other files for machines";
    }

    @Override
    public Stream<String> paths() {
        return Stream.concat(Stream.of(Routes.SITEMAP, Routes.FEED, Routes.ROBOTS, Routes.MANIFEST),
                venueStyles.map(css -> Routes.VENUE_STYLES).stream());
    }

    @Override
    public Stream<String> pinned() {
        return Stream.of(Routes.FEED, Routes.ROBOTS, Routes.MANIFEST);
    }

    @Override
    public Optional<Route> route(String path) {
        return switch (path) {
            case Routes.SITEMAP -> data(path, "application/xml; charset=utf-8",
                    htmlPaths.get().map(routes::absolute).toList(), Feeds::sitemap);
            case Routes.FEED -> data(path, "application/atom+xml; charset=utf-8", feed(),
                    in -> Feeds.atom(in.info(), in.entries()));
            case Routes.ROBOTS -> data(path, "text/plain; charset=utf-8", routes.absolute(Routes.SITEMAP),
                    Feeds::robots);
            case Routes.MANIFEST -> data(path, "application/manifest+json", manifest(), Feeds::manifest);
            case Routes.VENUE_STYLES -> venueStyles.flatMap(css -> data(path,
                    "text/css; charset=utf-8", css, text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            default -> Optional.empty();
        };
    }

    private static <I> Optional<Route> data(String path, String contentType, I inputs,
            java.util.function.Function<I, byte[]> write) {
        return Optional.of(new Route(path, inputs, () -> Page.of(200, contentType, write.apply(inputs))));
    }

    private FeedInputs feed() {
        List<Feeds.Entry> entries = new ArrayList<>();
        for (Publication p : site.publications()) {
            String url = routes.absolute(Routes.publication(p.slug()));
            entries.add(new Feeds.Entry(url, p.title(), url, publicationDate(p), CitationText.summary(p, labels)));
        }
        int i = 0;
        for (NewsItem n : site.news()) {
            String plain = MARKDOWN_EMPHASIS.matcher(MARKDOWN_LINK.matcher(n.text()).replaceAll("$1")).replaceAll("");
            String url = n.url().map(routes::absoluteLink).orElse(routes.absolute(Routes.NEWS));
            entries.add(new Feeds.Entry(routes.absolute(Routes.NEWS) + "#" + n.date() + "-" + (i++), plain, url,
                    n.date(), plain));
        }
        for (Post p : site.posts()) {
            String url = routes.absolute(Routes.post(p.slug()));
            entries.add(new Feeds.Entry(url, p.title(), url, p.date(),
                    p.description().or(p.body()::firstParagraph).orElse(p.title())));
        }
        entries.sort(Comparator.comparing(Feeds.Entry::date).reversed());
        Feeds.FeedInfo info = new Feeds.FeedInfo(routes.absolute(Routes.FEED),
                labels.format("layout.feed", site.config().title()), routes.absolute(Routes.HOME),
                site.profile().name());
        return new FeedInputs(info, List.copyOf(entries.subList(0, Math.min(FEED_ENTRIES, entries.size()))));
    }

    /** The most precise date known: the owner's date, the arXiv id's month, or the year. */
    static String publicationDate(Publication p) {
        if (p.date().isPresent()) {
            return p.date().get();
        }
        if (p.arxiv().isPresent() && ARXIV_NEW_STYLE.matcher(p.arxiv().get()).matches()) {
            return p.year() + "-" + p.arxiv().get().substring(2, 4);
        }
        return String.valueOf(p.year());
    }

    private Feeds.ManifestInfo manifest() {
        return new Feeds.ManifestInfo(site.config().title(), site.profile().name(),
                site.config().description().orElse(site.profile().name()), site.config().language(),
                routes.href(Routes.HOME), site.config().accent(), routes.href(assetUrl.apply("icon-192.png")),
                routes.href(assetUrl.apply("icon-512.png")), routes.href(assetUrl.apply("favicon.svg")));
    }
}
