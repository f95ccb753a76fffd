package io.github.conglongli.site.render;

import io.github.conglongli.site.content.Education;
import io.github.conglongli.site.content.LinkKind;
import io.github.conglongli.site.content.NewsItem;
import io.github.conglongli.site.content.Period;
import io.github.conglongli.site.content.Position;
import io.github.conglongli.site.content.Profile;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.PublicationType;
import io.github.conglongli.site.content.Service;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.view.AuthorName;
import io.github.conglongli.site.render.view.CvView;
import io.github.conglongli.site.render.view.DatePart;
import io.github.conglongli.site.render.view.EducationView;
import io.github.conglongli.site.render.view.ExperienceView;
import io.github.conglongli.site.render.view.FiltersView;
import io.github.conglongli.site.render.view.HomeView;
import io.github.conglongli.site.render.view.LinkView;
import io.github.conglongli.site.render.view.Markdown;
import io.github.conglongli.site.render.view.NavLink;
import io.github.conglongli.site.render.view.NewsPageView;
import io.github.conglongli.site.render.view.NewsView;
import io.github.conglongli.site.render.view.PeriodView;
import io.github.conglongli.site.render.view.PositionView;
import io.github.conglongli.site.render.view.ProfileView;
import io.github.conglongli.site.render.view.PublicationPageView;
import io.github.conglongli.site.render.view.PublicationView;
import io.github.conglongli.site.render.view.PublicationsView;
import io.github.conglongli.site.render.view.ServiceView;
import io.github.conglongli.site.render.view.YearGroup;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a {@link Site} into the view records the templates print. Every decision about what
 * to show (highlighting, ordering, grouping, wording) is made here, where it can be tested,
 * so templates stay markup.
 */
public final class SiteViews {

    private static final Comparator<Publication> NEWEST_FIRST =
            Comparator.comparingInt(Publication::year).reversed();

    private final Site site;
    private final Set<String> ownerNames;

    public SiteViews(Site site) {
        this.site = site;
        this.ownerNames = Stream.concat(Stream.of(site.config().owner()), site.config().ownerAliases().stream())
                .map(SiteViews::normalizeName)
                .collect(Collectors.toUnmodifiableSet());
    }

    public HomeView home() {
        int count = site.config().home().selectedPublications();
        List<Publication> selected = site.publications().stream().filter(Publication::selected).toList();
        boolean anySelected = !selected.isEmpty();
        List<PublicationView> publications = (anySelected ? selected : site.publications()).stream()
                .sorted(NEWEST_FIRST)
                .limit(count)
                .map(this::publication)
                .toList();
        List<PositionView> positions = site.experience().positions().stream()
                .limit(site.config().home().recentPositions())
                .map(SiteViews::position)
                .toList();
        int newsCount = site.config().home().news();
        List<NewsView> news = site.news().stream().limit(newsCount).map(SiteViews::news).toList();
        return new HomeView(profile(site.profile()), news, site.news().size() > newsCount,
                anySelected ? "Selected publications" : "Recent publications", publications, positions);
    }

    public NewsPageView newsPage() {
        return new NewsPageView(site.news().stream().map(SiteViews::news).toList());
    }

    public PublicationsView publications() {
        return publications(PublicationQuery.NONE);
    }

    /** The publications page for a query: the matching papers, still grouped by year. */
    public PublicationsView publications(PublicationQuery query) {
        List<Publication> matching = site.publications().stream().filter(query::matches).toList();
        Map<Integer, List<PublicationView>> byYear = new LinkedHashMap<>();
        matching.stream()
                .sorted(NEWEST_FIRST)
                .forEach(p -> byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(publication(p)));
        List<YearGroup> years = byYear.entrySet().stream()
                .map(e -> new YearGroup(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        return new PublicationsView(summary(site.publications()), filters(query, matching.size()), years);
    }

    private FiltersView filters(PublicationQuery query, int matching) {
        List<NavLink> years = site.publications().stream().map(Publication::year).distinct()
                .sorted(Comparator.reverseOrder())
                .map(y -> toggle(String.valueOf(y), String.valueOf(y), query.year(), query::withYear))
                .toList();
        List<NavLink> types = site.publications().stream().map(Publication::type).distinct().sorted()
                .map(t -> toggle(t.label(), t.key(), query.type(), query::withType))
                .toList();
        LinkedHashSet<String> series = new LinkedHashSet<>();
        site.publications().forEach(p -> series.add(venueSeries(p.venue())));
        List<NavLink> venues = series.stream().sorted(String.CASE_INSENSITIVE_ORDER)
                .map(v -> toggle(v, v, query.venue(), query::withVenue))
                .toList();
        NavLink awards = new NavLink("With an award", query.withAward(!query.award()).url(), query.award());
        NavLink expanded = new NavLink("Expanded", query.withCompact(false).url(), !query.compact());
        NavLink compact = new NavLink("Compact", query.withCompact(true).url(), query.compact());
        Optional<String> result = query.filtersNothing() ? Optional.empty()
                : Optional.of(describe(query, matching, site.publications().size()));
        return new FiltersView(query.q().orElse(""), query.year().orElse(""), query.type().orElse(""),
                query.award(), query.compact(), years, types, venues, query.venue().isPresent(), awards, expanded, compact, result,
                PublicationQuery.NONE.withCompact(query.compact()).url());
    }

    /** A filter link that turns its value on, or off again when it is the current one. */
    private static NavLink toggle(String text, String value, Optional<String> current,
            Function<Optional<String>, PublicationQuery> with) {
        boolean on = current.map(c -> c.equalsIgnoreCase(value)).orElse(false);
        return new NavLink(text, with.apply(on ? Optional.empty() : Optional.of(value)).url(), on);
    }

    /** "3 of 20 publications match “adam”, year 2021." or "No publications match ...". */
    static String describe(PublicationQuery query, int matching, int total) {
        List<String> what = new ArrayList<>();
        query.q().ifPresent(q -> what.add("“" + q + "”"));
        query.year().ifPresent(y -> what.add("year " + y));
        query.type().ifPresent(t -> what.add("type " + t));
        query.venue().ifPresent(v -> what.add("venue " + v));
        if (query.award()) {
            what.add("with an award");
        }
        String filters = String.join(", ", what);
        if (matching == 0) {
            return "No publications match " + filters + ".";
        }
        return matching + " of " + total + " publications match " + filters + ".";
    }

    /** The venue without its year: "NeurIPS 2023 AI for Science Workshop" is in the series "NeurIPS". */
    static String venueSeries(String venue) {
        List<String> kept = new ArrayList<>();
        for (String word : venue.split(" ")) {
            if (word.matches("(19|20)\\d{2}")) {
                break;
            }
            kept.add(word);
        }
        return kept.isEmpty() ? venue : String.join(" ", kept);
    }

    public PublicationPageView publicationPage(Publication p, String bibtex, String bibtexUrl) {
        return new PublicationPageView(publication(p), p.abstractText().map(Markdown::block), Citations.plain(p),
                bibtex, bibtexUrl);
    }

    public CvView cv() {
        return new CvView(profile(site.profile()),
                site.experience().education().stream().map(SiteViews::education).toList(),
                site.experience().positions().stream().map(SiteViews::position).toList(),
                site.experience().skills(),
                site.publications().stream().sorted(NEWEST_FIRST).map(this::publication).toList(),
                site.experience().service().stream().map(SiteViews::service).toList());
    }

    static NewsView news(NewsItem n) {
        return new NewsView(date(n.date()), Markdown.inline(n.text()), n.url());
    }

    public ExperienceView experience() {
        return new ExperienceView(
                site.experience().positions().stream().map(SiteViews::position).toList(),
                site.experience().education().stream().map(SiteViews::education).toList(),
                site.experience().skills(),
                site.experience().service().stream().map(SiteViews::service).toList());
    }

    /** "20 publications: 15 conference papers, 1 journal article, 1 workshop paper, 3 preprints". */
    static String summary(List<Publication> publications) {
        Map<PublicationType, Long> counts = new EnumMap<>(PublicationType.class);
        publications.forEach(p -> counts.merge(p.type(), 1L, Long::sum));
        String total = plural(publications.size(), "publication", "publications");
        if (counts.isEmpty()) {
            return "No publications yet.";
        }
        String parts = counts.entrySet().stream()
                .map(e -> plural(e.getValue(), typeNoun(e.getKey()), typeNoun(e.getKey()) + "s"))
                .collect(Collectors.joining(", "));
        return total + ": " + parts;
    }

    private static String typeNoun(PublicationType type) {
        return switch (type) {
            case CONFERENCE -> "conference paper";
            case JOURNAL -> "journal article";
            case WORKSHOP -> "workshop paper";
            case PREPRINT -> "preprint";
        };
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    PublicationView publication(Publication p) {
        List<AuthorName> authors = new ArrayList<>();
        for (int i = 0; i < p.authors().size(); i++) {
            String name = p.authors().get(i);
            String after = i < p.authors().size() - 1 ? ", " : "";
            authors.add(new AuthorName(name, ownerNames.contains(normalizeName(name)), after));
        }
        return new PublicationView(p.slug(), p.title(), List.copyOf(authors), authorsNote(p), p.venue(),
                venueLine(p), p.awards(), p.type().label(), p.year(), links(p));
    }

    /** What follows the names: " et al." and a parenthetical with the author count and note. */
    static String authorsNote(Publication p) {
        StringBuilder s = new StringBuilder();
        if (p.etAl()) {
            s.append(" et al.");
        }
        Optional<String> count = p.authorCount().map(n -> n + " authors");
        if (count.isPresent() && p.note().isPresent()) {
            s.append(" (").append(count.get()).append(". ").append(p.note().get()).append(')');
        } else if (count.isPresent() || p.note().isPresent()) {
            s.append(" (").append(count.or(p::note).orElseThrow()).append(')');
        }
        return s.toString();
    }

    /** The full venue as a sentence: "In <venue>, Vol. 10(4)", or the arXiv reference. */
    static Optional<String> venueLine(Publication p) {
        Optional<String> volume = p.volume().map(v -> ", Vol. " + v);
        if (p.venueFull().isPresent()) {
            String prefix = p.type() == PublicationType.PREPRINT ? "" : "In ";
            return Optional.of(prefix + p.venueFull().get() + volume.orElse(""));
        }
        if (p.arxiv().isPresent()) {
            return Optional.of("arXiv preprint arXiv:" + p.arxiv().get());
        }
        return volume.map(v -> v.substring(2));
    }

    static List<LinkView> links(Publication p) {
        List<LinkView> links = new ArrayList<>();
        p.links().stream().filter(l -> l.kind() == LinkKind.PDF)
                .forEach(l -> links.add(new LinkView(l.kind().label(), l.url())));
        p.arxiv().ifPresent(id -> links.add(new LinkView("arXiv", "https://arxiv.org/abs/" + id)));
        p.doi().ifPresent(doi -> links.add(new LinkView("DOI", "https://doi.org/" + doi)));
        p.links().stream().filter(l -> l.kind() != LinkKind.PDF)
                .forEach(l -> links.add(new LinkView(l.kind().label(), l.url())));
        return List.copyOf(links);
    }

    static ProfileView profile(Profile p) {
        Optional<String> organization = p.affiliation().map(a -> a + p.team().map(t -> " " + t).orElse(""))
                .or(p::team);
        Optional<String> headline = p.role()
                .map(role -> organization.map(o -> role + " at " + o).orElse(role))
                .or(() -> organization);
        Optional<LinkView> photo = p.photo().map(url -> new LinkView(p.photoAlt().orElse("Photo of " + p.name()), url));
        return new ProfileView(
                p.name(),
                headline,
                p.location(),
                photo,
                p.emails().stream().map(e -> new LinkView(e, "mailto:" + e)).toList(),
                p.links().stream().map(l -> new LinkView(l.display(), l.url())).toList(),
                p.bio().map(Markdown::block),
                p.researchInterests().map(Markdown::block));
    }

    static PositionView position(Position p) {
        return new PositionView(p.title(), p.organization(), p.url(), p.location(), period(p.period()),
                p.description().map(Markdown::block));
    }

    static EducationView education(Education e) {
        return new EducationView(e.degree(), e.institution(), e.location(), period(e.period()), e.advisor(),
                e.thesis(), e.honors(), e.notes());
    }

    static ServiceView service(Service s) {
        return new ServiceView(s.category(), s.role() + " for", String.join(", ", s.venues()));
    }

    static PeriodView period(Period p) {
        return new PeriodView(p.term(), date(p.start()), p.end().map(SiteViews::date), p.ongoing());
    }

    /** "2021" stays "2021"; "2021-07" prints as "Jul 2021"; "2021-07-04" as "4 Jul 2021". */
    static DatePart date(String isoDate) {
        if (isoDate.length() == 10) {
            String month = Month.of(Integer.parseInt(isoDate.substring(5, 7))).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            return new DatePart(isoDate, Integer.parseInt(isoDate.substring(8)) + " " + month + " " + isoDate.substring(0, 4));
        }
        if (isoDate.length() == 7) {
            String month = Month.of(Integer.parseInt(isoDate.substring(5))).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            return new DatePart(isoDate, month + " " + isoDate.substring(0, 4));
        }
        return new DatePart(isoDate, isoDate);
    }

    static String normalizeName(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
