package io.github.conglongli.site.content;

import io.github.conglongli.site.content.bibtex.BibEntry;
import io.github.conglongli.site.content.source.Urls;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link BibEntry} as the site's publication fields, so that {@code publications.bib}
 * can stand on its own or supply what a {@code publications.yaml} entry leaves out.
 */
final class BibtexMapping {

    private static final Pattern ARXIV_IN_TEXT = Pattern.compile("arXiv:\\s*([\\w./-]+?)(v\\d+)?(\\s|$|[.,;])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARXIV_URL = Pattern.compile("https?://arxiv\\.org/(abs|pdf)/([\\w./-]+?)(v\\d+)?(\\.pdf)?$");
    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("january", "01"), Map.entry("february", "02"), Map.entry("march", "03"),
            Map.entry("april", "04"), Map.entry("may", "05"), Map.entry("june", "06"), Map.entry("july", "07"),
            Map.entry("august", "08"), Map.entry("september", "09"), Map.entry("october", "10"),
            Map.entry("november", "11"), Map.entry("december", "12"));
    private static final Pattern DOI_RESOLVER = Pattern.compile("^https?://(dx\\.)?doi\\.org/");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern ARXIV_PREFIX = Pattern.compile("(?i)^arxiv:");
    private static final Pattern ARXIV_VERSION = Pattern.compile("v\\d+$");
    static final List<String> SUPPORTED_TYPES = List.of("article", "inproceedings", "conference", "incollection",
            "proceedings", "misc", "unpublished", "techreport", "online", "preprint", "manual");

    private BibtexMapping() {}

    static boolean isSupported(BibEntry e) {
        return SUPPORTED_TYPES.contains(e.type());
    }

    static Optional<String> arxiv(BibEntry e) {
        String prefix = e.field("archiveprefix").or(() -> e.field("eprinttype")).orElse("").toLowerCase(Locale.ROOT);
        if (e.field("eprint").isPresent() && prefix.equals("arxiv")) {
            return e.field("eprint").map(id -> ARXIV_VERSION.matcher(ARXIV_PREFIX.matcher(id).replaceFirst("")).replaceFirst(""));
        }
        for (String field : List.of("journal", "howpublished", "note", "booktitle")) {
            Optional<String> text = e.field(field);
            if (text.isPresent()) {
                Matcher m = ARXIV_IN_TEXT.matcher(text.get() + " ");
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return e.field("url").flatMap(url -> {
            Matcher m = ARXIV_URL.matcher(url);
            return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
        });
    }

    static PublicationType type(BibEntry e) {
        String venue = venueFull(e).orElse("").toLowerCase(Locale.ROOT);
        return switch (e.type()) {
            case "article" -> arxiv(e).isPresent() && venue.contains("arxiv") ? PublicationType.PREPRINT
                    : PublicationType.JOURNAL;
            case "inproceedings", "conference", "incollection", "proceedings" ->
                    venue.contains("workshop") ? PublicationType.WORKSHOP : PublicationType.CONFERENCE;
            default -> PublicationType.PREPRINT;
        };
    }

    static Optional<String> venueFull(BibEntry e) {
        return e.field("booktitle").or(() -> e.field("journal")).or(() -> e.field("howpublished"))
                .or(() -> e.field("institution"));
    }

    /** The short label: the owner's {@code series} ("SIGMOD '20"), arXiv, or the full venue. */
    static Optional<String> venueLabel(BibEntry e) {
        if (e.field("series").isPresent()) {
            return e.field("series");
        }
        if (type(e) == PublicationType.PREPRINT && arxiv(e).isPresent()) {
            return Optional.of("arXiv preprint");
        }
        return venueFull(e);
    }

    static Optional<Integer> year(BibEntry e) {
        return e.field("year").filter(y -> FOUR_DIGITS.matcher(y).matches()).map(Integer::parseInt);
    }

    /** YYYY-MM when the entry has a month. */
    static Optional<String> date(BibEntry e) {
        Optional<String> month = e.field("month").map(m -> m.strip().toLowerCase(Locale.ROOT)).flatMap(m -> {
            if (MONTH_NUMBER.matcher(m).matches() && Integer.parseInt(m) >= 1 && Integer.parseInt(m) <= 12) {
                return Optional.of(String.format("%02d", Integer.parseInt(m)));
            }
            return MONTHS.entrySet().stream().filter(en -> m.length() >= 3 && en.getKey().startsWith(m))
                    .map(Map.Entry::getValue).findFirst();
        });
        return year(e).flatMap(y -> month.map(m -> y + "-" + m));
    }

    static Optional<String> doi(BibEntry e) {
        return e.field("doi").map(d -> DOI_RESOLVER.matcher(d).replaceFirst(""));
    }

    /** The entry's authors, each with the split BibTeX gives when written "Last, First". */
    static List<Author> authors(BibEntry e) {
        return e.names().stream().map(n -> new Author(n.display(), n.given(), n.family())).toList();
    }

    /** A publication made from a BibTeX entry alone (no publications.yaml entry refers to it). */
    static Publication standalone(BibEntry e, String file) {
        int year = year(e).orElse(0);
        String title = e.field("title").orElse("");
        List<Publication.PublicationLink> links = e.field("url").filter(Urls::isAllowed)
                .filter(url -> !ARXIV_URL.matcher(url).matches())
                .map(url -> List.of(new Publication.PublicationLink(LinkKind.WEBSITE, url))).orElse(List.of());
        PublicationType type = type(e);
        return Publication.builder()
                .slug(Publication.deriveSlug(year, title))
                .title(title)
                .authors(authors(e))
                .etAl(e.authorsTruncated())
                .venue(venueLabel(e).orElse(type.label()))
                .venueFull(venueFull(e))
                .year(year)
                .date(date(e))
                .type(type)
                .volume(e.field("volume"))
                .issue(e.field("number"))
                .pages(e.field("pages"))
                .publisher(e.field("publisher"))
                .arxiv(arxiv(e))
                .doi(doi(e))
                .abstractText(e.field("abstract"))
                .links(links)
                .bibtexKey(Optional.of(e.key()))
                .source(new Source(file, e.line(), e.column()))
                .build();
    }
}
