package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Author;
import io.github.conglongli.site.content.LinkKind;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.PublicationType;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.cite.CitationText;
import io.github.conglongli.site.render.view.AuthorName;
import io.github.conglongli.site.render.view.LinkView;
import io.github.conglongli.site.render.view.Markdown;
import io.github.conglongli.site.render.view.MathTitle;
import io.github.conglongli.site.render.view.PublicationView;
import io.github.conglongli.site.render.view.YearGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Publications as pages show them: one entry, a list grouped by year, a count by type. */
final class PublicationViews {

    static final Comparator<Publication> NEWEST_FIRST = Comparator.comparingInt(Publication::year).reversed();
    private static final Pattern YEAR_WORD = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SCHOLAR_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");

    private final Routes routes;
    private final Set<String> ownerNames;
    private final Labels labels;
    private final Optional<String> scholarUser;

    PublicationViews(PageContext context) {
        this.routes = context.routes();
        this.ownerNames = context.ownerNames();
        this.labels = context.labels();
        this.scholarUser = context.scholarUser();
    }

    PublicationView of(Publication p) {
        List<AuthorName> authors = new ArrayList<>(p.authors().size());
        for (int i = 0; i < p.authors().size(); i++) {
            Author author = p.authors().get(i);
            String after = i < p.authors().size() - 1 ? ", " : "";
            boolean owner = ownerNames.contains(normalizeName(author.name()))
                    || ownerNames.contains(normalizeName(author.nameWithHomonym()));
            authors.add(new AuthorName(author.name(), owner, author.marks(), after));
        }
        String type = typeLabel(p.type(), labels);
        return new PublicationView(p.slug(), routes.href(Routes.publication(p.slug())), p.title(), MathTitle.of(p.title()), List.copyOf(authors),
                CitationText.authorsNote(p, labels), marksLegend(p), p.venue().isBlank() ? type : p.venue(),
                CitationText.venueLine(p, labels),
                p.additionalInfo().map(info -> Markdown.inline(info, routes.basePath())), p.badge(),
                p.badge().map(abbr -> "badge abbr " + VenueStyles.className(abbr)).orElse(""), p.badgeUrl().map(routes::link),
                p.preview().map(routes::link), p.awards(), type, p.year(), links(p));
    }

    /** "* Equal contribution · † Corresponding author", for the marks this paper's authors carry. */
    private Optional<String> marksLegend(Publication p) {
        String marks = p.authors().stream().map(Author::marks).collect(Collectors.joining());
        List<String> legend = new ArrayList<>();
        if (marks.contains("*")) {
            legend.add(labels.get("publications.markEqual"));
        }
        if (marks.contains("\u2020")) {
            legend.add(labels.get("publications.markCorresponding"));
        }
        return legend.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", legend));
    }

    /** Newest year first; within a year, the order of the file. */
    List<YearGroup> byYear(List<Publication> publications) {
        Map<Integer, List<PublicationView>> byYear = new LinkedHashMap<>();
        publications.stream()
                .sorted(NEWEST_FIRST)
                .forEach(p -> byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(of(p)));
        return byYear.entrySet().stream()
                .map(e -> new YearGroup(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    private List<LinkView> links(Publication p) {
        List<LinkView> links = new ArrayList<>();
        p.links().stream().filter(l -> l.kind() == LinkKind.PDF)
                .forEach(l -> links.add(new LinkView(labels.get("link." + l.kind().key()), routes.link(l.url()))));
        p.arxiv().ifPresent(id -> links.add(new LinkView("arXiv", "https://arxiv.org/abs/" + id)));
        p.doi().ifPresent(doi -> links.add(new LinkView("DOI", "https://doi.org/" + doi)));
        p.links().stream().filter(l -> l.kind() != LinkKind.PDF)
                .forEach(l -> links.add(new LinkView(labels.get("link." + l.kind().key()), routes.link(l.url()))));
        scholarLink(p).ifPresent(url -> links.add(new LinkView(labels.get("link.scholar"), url)));
        return List.copyOf(links);
    }

    /**
     * al-folio's {@code google_scholar_id}: the paper on Google Scholar, which Scholar addresses by the
     * owner's user id and the paper's id together; without the owner's Scholar link there is none.
     */
    Optional<String> scholarLink(Publication p) {
        Optional<String> paper = p.bibtexEntry().flatMap(e -> e.field("google_scholar_id"))
                .filter(id -> SCHOLAR_ID.matcher(id).matches());
        return scholarUser.flatMap(user -> paper.map(id -> "https://scholar.google.com/citations?view_op=view_citation"
                + "&user=" + user + "&citation_for_view=" + user + ":" + id));
    }

    /** "20 publications: 15 conference papers, 1 journal article, 1 workshop paper, 3 preprints". */
    static String summary(List<Publication> publications, Labels labels) {
        Map<PublicationType, Long> counts = new EnumMap<>(PublicationType.class);
        publications.forEach(p -> counts.merge(p.type(), 1L, Long::sum));
        if (counts.isEmpty()) {
            return labels.get("publications.none");
        }
        String parts = counts.entrySet().stream()
                .map(e -> labels.format(countKey(e.getKey()), e.getValue()))
                .collect(Collectors.joining(labels.get("publications.listSeparator")));
        return labels.format("publications.summary", labels.format("publications.count", publications.size()), parts);
    }

    /** "15 conference papers". */
    static String typeCount(PublicationType type, long count, Labels labels) {
        return labels.format(countKey(type), count);
    }

    /** "publications.countConference", "publications.countBook", ... */
    private static String countKey(PublicationType type) {
        String key = type.key();
        return "publications.count" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    static String typeLabel(PublicationType type, Labels labels) {
        return labels.get("type." + type.key());
    }

    /** The venue without its year: "NeurIPS 2023 AI for Science Workshop" is in the series "NeurIPS". */
    static String venueSeries(String venue) {
        List<String> kept = new ArrayList<>();
        for (String word : venue.split(" ")) {
            if (YEAR_WORD.matcher(word).matches()) {
                break;
            }
            kept.add(word);
        }
        return kept.isEmpty() ? venue : String.join(" ", kept);
    }

    static String normalizeName(String name) {
        return WHITESPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
