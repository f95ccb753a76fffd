package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Post;
import io.github.conglongli.site.content.Profile;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.math.TexToText;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.image.AccentColor;
import io.github.conglongli.site.render.image.Byline;
import io.github.conglongli.site.render.image.CardImage;
import io.github.conglongli.site.render.image.PaperCard;
import io.github.conglongli.site.render.image.Photo;
import io.github.conglongli.site.render.image.SiteCard;
import io.github.conglongli.site.render.image.Typeface;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The pictures link previews show (chats, social networks, mailing lists): a 1200x630 card per
 * paper and per post (title, authors with the owner highlighted, venue or date, awards or tags,
 * the site's name and accent colour), and a card for the site (the owner's name, role and
 * photo) that every other page shows. A title the bundled font cannot draw gets the site card
 * rather than boxes. Drawn on first request, like any page made on demand.
 */
final class CardsSection implements Section {

    static final String PREFIX = "/cards";
    static final String SITE = PREFIX + "/site.png";
    private static final String PAPERS = PREFIX + "/publications/";
    private static final String POSTS = PREFIX + "/blog/";
    private static final int MAX_BADGES = 3;

    /** The site card: who, and the version of the photo (its bytes are read when drawn). */
    record SiteInputs(String name, String headline, String siteName, String accent, Optional<String> photo,
            Optional<String> photoVersion) {}

    private record CardInputs(PaperCard card, SiteInputs fallback) {}

    private final Map<String, Publication> papers = new HashMap<>();
    private final Map<String, Post> posts = new HashMap<>();
    private final Site site;
    private final PageContext context;
    private final Function<String, Optional<Page>> ownFile;

    /** @param ownFile the owner's file in static/ at a path (for the photo) */
    CardsSection(Site site, PageContext context, Function<String, Optional<Page>> ownFile) {
        this.site = site;
        this.context = context;
        this.ownFile = ownFile;
        site.publications().forEach(p -> papers.put(p.slug(), p));
        site.posts().forEach(p -> posts.put(p.slug(), p));
    }

    static String paper(String slug) {
        return PAPERS + slug + ".png";
    }

    static String post(String slug) {
        return POSTS + slug + ".png";
    }

    @Override
    public String name() {
        return "the link-preview cards";
    }

    @Override
    public Stream<String> paths() {
        return Stream.of(Stream.of(SITE), site.publications().stream().map(p -> paper(p.slug())),
                site.posts().stream().map(p -> post(p.slug()))).flatMap(s -> s);
    }

    @Override
    public Optional<Route> route(String path) {
        if (!path.startsWith(PREFIX + "/") || !path.endsWith(".png")) {
            return Optional.empty();
        }
        if (path.equals(SITE)) {
            SiteInputs inputs = siteInputs();
            return Optional.of(new Route(path, inputs, () -> drawSite(inputs)));
        }
        String slug = path.substring(path.lastIndexOf('/') + 1, path.length() - ".png".length());
        Optional<PaperCard> card = path.equals(paper(slug)) ? Optional.ofNullable(papers.get(slug)).map(this::card)
                : path.equals(post(slug)) ? Optional.ofNullable(posts.get(slug)).map(this::card) : Optional.empty();
        return card.map(c -> {
            CardInputs inputs = new CardInputs(c, siteInputs());
            return new Route(path, inputs, () -> draw(inputs));
        });
    }

    /** What the site card shows; also what page heads describe it with. */
    SiteInputs siteInputs() {
        Profile profile = site.profile();
        String headline = ProfileViews.profile(profile, context.routes(), context.labels()).headline().orElse("");
        Optional<String> version = profile.photo().filter(url -> url.startsWith("/")).flatMap(ownFile)
                .map(Page::etag);
        return new SiteInputs(profile.name(), headline, site.config().title(), site.config().accent(),
                version.isPresent() ? profile.photo() : Optional.empty(), version);
    }

    private PaperCard card(Publication p) {
        List<Byline> byline = p.authorNames().stream()
                .map(name -> context.ownerNames().contains(PublicationViews.normalizeName(name)) ? Byline.owner(name)
                        : Byline.author(name))
                .toList();
        // a card is an image: formulas in the title are drawn as Unicode text ($k$ as k, n^2 as n²)
        return PaperCard.of(TexToText.of(p.title()), site.config().title(), AccentColor.parse(site.config().accent()))
                .withEyebrow(p.venue()).withByline(byline)
                .withBadges(p.awards().stream().limit(MAX_BADGES).toList());
    }

    private PaperCard card(Post p) {
        return PaperCard.of(TexToText.of(p.title()), site.config().title(), AccentColor.parse(site.config().accent()))
                .withEyebrow(context.labels().date(p.date())).withByline(List.of(Byline.owner(site.profile().name())))
                .withBadges(p.tags().stream().limit(MAX_BADGES).toList());
    }

    private Page draw(CardInputs in) {
        CardImage cards = new CardImage(Typeface.bundled());
        return cards.paper(in.card()).map(CardsSection::png).orElseGet(() -> drawSite(in.fallback()));
    }

    private Page drawSite(SiteInputs in) {
        SiteCard card = SiteCard.of(in.name(), in.siteName(), AccentColor.parse(in.accent()))
                .withHeadline(in.headline());
        Optional<Photo> photo = in.photo().flatMap(ownFile).flatMap(page -> {
            try {
                return Optional.of(Photo.decode(page.body()));
            } catch (IOException e) {
                return Optional.empty(); // not a picture the JDK reads (an SVG, say): the card has none
            }
        });
        return png(new CardImage(Typeface.bundled()).site(photo.map(card::withPhoto).orElse(card)));
    }

    private static Page png(byte[] bytes) {
        return Page.of(200, CardImage.CONTENT_TYPE, bytes);
    }
}
