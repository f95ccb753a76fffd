package io.github.conglongli.site.content;

import io.github.conglongli.site.content.bibtex.BibEntry;
import io.github.conglongli.site.content.source.Problems;
import io.github.conglongli.site.content.source.Urls;
import java.util.ArrayList;
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

    private static final Pattern ARXIV_IN_TEXT = Pattern.compile(
            "arXiv[:\\s]\\s*(\\d{4}\\.\\d{4,5}|[a-z-]+(\\.[A-Z]{2})?/\\d{7})(v\\d+)?", Pattern.CASE_INSENSITIVE);
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
    /** The entry types of BibTeX and biblatex that researchers use; others are read as @misc. */
    static final List<String> KNOWN_TYPES = List.of("article", "inproceedings", "conference", "book", "inbook",
            "incollection", "booklet", "phdthesis", "mastersthesis", "thesis", "techreport", "report", "patent",
            "software", "dataset", "online", "electronic", "www", "misc", "unpublished", "proceedings", "manual",
            "preprint", "collection", "mvbook", "suppbook", "periodical", "presentation", "artifact", "codefragment");
    /** Files named without a folder, as al-folio writes them, live where al-folio keeps them. */
    private static final String PDF_FOLDER = "/assets/pdf/";
    static final String PREVIEW_FOLDER = "/assets/img/publication_preview/";
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:", Pattern.CASE_INSENSITIVE);
    /** A series short enough to be the paper's label ("SIGMOD '20"), not a book series such as LNCS. */
    private static final int SHORT_LABEL = 24;
    private static final Pattern BOOK_SERIES = Pattern.compile("(?i)lecture notes|lncs|lipics|ceur|series|proceedings");
    private static final Pattern PATENT_NOTE = Pattern.compile("(?i)^(\\w+\\s)?patent\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private BibtexMapping() {}

    static boolean isKnown(BibEntry e) {
        return KNOWN_TYPES.contains(e.type());
    }

    static Optional<String> arxiv(BibEntry e) {
        if (e.field("arxiv").isPresent()) {
            return e.field("arxiv").map(id -> ARXIV_VERSION.matcher(ARXIV_PREFIX.matcher(id).replaceFirst(""))
                    .replaceFirst(""));
        }
        String prefix = e.field("archiveprefix").or(() -> e.field("eprinttype")).orElse("").toLowerCase(Locale.ROOT);
        if (e.field("eprint").isPresent() && prefix.equals("arxiv")) {
            return e.field("eprint").map(id -> ARXIV_VERSION.matcher(ARXIV_PREFIX.matcher(id).replaceFirst("")).replaceFirst(""));
        }
        for (String field : List.of("journal", "howpublished", "note", "booktitle")) {
            Optional<String> text = e.field(field);
            if (text.isPresent()) {
                Matcher m = ARXIV_IN_TEXT.matcher(text.get());
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
        String kind = e.field("type").or(() -> e.field("howpublished")).orElse("").toLowerCase(Locale.ROOT);
        return switch (e.type()) {
            case "article", "periodical" -> arxiv(e).isPresent() && (venue.contains("arxiv") || venue.equals("corr"))
                    ? PublicationType.PREPRINT : PublicationType.JOURNAL;
            case "inproceedings", "conference" -> venue.contains("workshop") ? PublicationType.WORKSHOP
                    : PublicationType.CONFERENCE;
            case "book", "proceedings", "collection", "mvbook", "booklet" -> PublicationType.BOOK;
            case "inbook", "incollection", "suppbook" -> PublicationType.CHAPTER;
            case "phdthesis", "mastersthesis", "thesis" -> PublicationType.THESIS;
            case "techreport", "report", "manual" -> PublicationType.REPORT;
            case "patent" -> PublicationType.PATENT;
            case "software", "codefragment", "artifact" -> PublicationType.SOFTWARE;
            case "dataset" -> PublicationType.DATASET;
            case "presentation" -> kind.contains("poster") ? PublicationType.POSTER : PublicationType.TALK;
            case "unpublished", "preprint" -> kind.contains("poster") ? PublicationType.POSTER
                    : kind.contains("talk") || kind.contains("presentation") ? PublicationType.TALK
                    : PublicationType.PREPRINT;
            default -> scholarPatent(e) ? PublicationType.PATENT
                    : kind.contains("poster") ? PublicationType.POSTER
                    : kind.contains("talk") || kind.contains("presentation") ? PublicationType.TALK
                    : arxiv(e).isPresent() || e.field("eprint").isPresent() ? PublicationType.PREPRINT
                    : PublicationType.OTHER;
        };
    }

    /** Google Scholar exports a patent as {@code @misc} with {@code note = {US Patent 10,123,456}}. */
    private static boolean scholarPatent(BibEntry e) {
        return e.field("publisher").map(p -> p.equalsIgnoreCase("Google Patents")).orElse(false)
                || e.field("note").map(n -> PATENT_NOTE.matcher(n).find()).orElse(false);
    }

    /** The venue: where it appeared, else who published it (school, institution, publisher). */
    static Optional<String> venueFull(BibEntry e) {
        if (!e.type().equals("patent") && scholarPatent(e) && e.field("note").isPresent()) {
            return e.field("note");
        }
        return e.field("booktitle").or(() -> e.field("journal")).or(() -> e.field("journaltitle"))
                .or(() -> e.field("howpublished").filter(h -> !h.startsWith("\\url") && !SCHEME.matcher(h).find()))
                .or(() -> e.field("school")).or(() -> e.field("institution")).or(() -> e.field("organization"))
                .or(() -> e.type().equals("patent") ? patentNumber(e) : Optional.empty())
                .or(() -> e.field("publisher"));
    }

    private static Optional<String> patentNumber(BibEntry e) {
        return e.field("number").map(n -> e.field("location").or(() -> e.field("address")).map(l -> l + " ").orElse("")
                + n);
    }

    /** The short label: the owner's {@code series} ("SIGMOD '20"), arXiv, or the full venue. */
    static Optional<String> venueLabel(BibEntry e) {
        Optional<String> series = e.field("series").filter(s -> s.length() <= SHORT_LABEL && !BOOK_SERIES.matcher(s).find());
        if (series.isPresent()) {
            return series;
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
        return e.names().stream().map(n -> new Author(n.display(), n.given(), n.family(), n.marks(), n.homonym()))
                .toList();
    }

    /** A publication made from a BibTeX entry alone (no publications.yaml entry refers to it). */
    static Publication standalone(BibEntry e, String file, Problems problems) {
        int year = year(e).orElse(0);
        String title = e.field("title").orElse("");
        PublicationType type = type(e);
        Optional<String> arxiv = arxiv(e);
        Optional<String> preview = e.field("preview").map(p -> local(p, PREVIEW_FOLDER));
        preview.filter(p -> p.startsWith("/")).ifPresent(p -> problems.link(p, "preview", e.line(), e.column()));
        return Publication.builder()
                .slug(Publication.deriveSlug(year, title))
                .title(title)
                .authors(authors(e))
                .etAl(e.authorsTruncated())
                .note(e.field("annotation"))
                .venue(venueLabel(e).orElse(""))
                .venueFull(venueFull(e))
                .year(year)
                .date(date(e))
                .type(type)
                .awards(e.field("award_name").or(() -> e.field("award")).stream().toList())
                .volume(e.field("volume"))
                .issue(e.field("number").or(() -> e.field("issue")).filter(n -> !e.type().equals("patent")))
                .pages(e.field("pages"))
                .publisher(e.field("publisher"))
                .arxiv(arxiv.filter(id -> PublicationReader.arxivYear(id).isPresent()))
                .doi(doi(e))
                .selected(e.field("selected").map(s -> s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes"))
                        .orElse(false))
                .abstractText(e.field("abstract"))
                .links(links(e, problems))
                .bibtexKey(Optional.of(e.key()))
                .badge(e.field("abbr"))
                .preview(preview)
                .additionalInfo(e.field("additional_info"))
                .bibtexEntry(Optional.of(e))
                .source(new Source(file, e.line(), e.column()))
                .build();
    }

    /** The links al-folio's fields give, and the entry's own URL as the paper's website. */
    static List<Publication.PublicationLink> links(BibEntry e, Problems problems) {
        List<Publication.PublicationLink> links = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            Optional<String> value = switch (kind) {
                case PDF, SUPP, POSTER, SLIDES -> e.field(kind.key()).map(v -> local(v, PDF_FOLDER));
                case CODE, VIDEO, HTML, BLOG -> e.field(kind.key());
                case WEBSITE -> e.field("website").or(() -> e.field("url")
                        .filter(url -> !ARXIV_URL.matcher(url).matches()));
                case ALTMETRIC -> e.field("altmetric").flatMap(v -> altmetric(v, e));
                case DIMENSIONS -> e.field("dimensions").filter(v -> !v.equalsIgnoreCase("false"))
                        .flatMap(v -> doi(e)).map(doi -> "https://badge.dimensions.ai/details/doi/" + doi);
                case INSPIRE -> e.field("inspirehep_id").map(id -> "https://inspirehep.net/literature/" + id);
                case PROJECT -> Optional.empty();
            };
            if (value.isEmpty()) {
                continue;
            }
            String url = value.get();
            if (!Urls.isAllowed(url)) {
                problems.warn(e.line(), e.column(), "BibTeX entry '" + e.key() + "': '" + kind.key()
                        + "' must be an http(s) URL, a path starting with '/' or a file name, got '" + url
                        + "'; the link is left out");
                continue;
            }
            if (url.startsWith("/")) {
                problems.link(url, kind.key(), e.line(), e.column());
            }
            links.add(new Publication.PublicationLink(kind, url));
        }
        return List.copyOf(links);
    }

    /** al-folio's {@code altmetric}: an Altmetric id, or {@code true} to look the paper up by its DOI or arXiv id. */
    private static Optional<String> altmetric(String value, BibEntry e) {
        if (DIGITS.matcher(value).matches()) {
            return Optional.of("https://www.altmetric.com/details/" + value);
        }
        if (value.equalsIgnoreCase("false")) {
            return Optional.empty();
        }
        return doi(e).map(doi -> "https://www.altmetric.com/details/doi/" + doi)
                .or(() -> arxiv(e).map(id -> "https://www.altmetric.com/details/arxiv/" + id));
    }

    /** A file name alone ("paper.pdf") is in al-folio's folder for it; a URL or a site path stays. */
    static String local(String value, String folder) {
        return SCHEME.matcher(value).find() || value.startsWith("/") ? value : folder + value;
    }
}
