package io.github.conglongli.site.content;

import io.github.conglongli.site.content.bibtex.BibEntry;
import io.github.conglongli.site.content.source.Problems;
import io.github.conglongli.site.content.source.Suggestions;
import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code publications.yaml} entry. With {@code bibtex: KEY} the entry takes the fields
 * it leaves out from that entry of {@code publications.bib}; fields written in the YAML always
 * win, so the YAML can add awards, links or a short venue label to a BibTeX entry.
 */
final class PublicationReader {

    private static final Pattern ARXIV_NEW = Pattern.compile("(\\d{2})(\\d{2})\\.\\d{4,5}(v\\d+)?");
    private static final Pattern ARXIV_OLD = Pattern.compile("[a-z-]+(\\.[A-Z]{2})?/(\\d{2})\\d{5}(v\\d+)?");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?");
    private static final Pattern BIBTEX_KEY = Pattern.compile("[A-Za-z0-9_:.\\-+/]+");

    private final Map<String, BibEntry> bib;
    private final String file;

    PublicationReader(Map<String, BibEntry> bib, String file) {
        this.bib = bib;
        this.file = file;
    }

    Publication read(FieldReader f) {
        Optional<BibEntry> b = bibEntry(f);
        Publication.Builder p = Publication.builder().source(new Source(file, f.line(), f.column()));
        String title = required(f, "title", f.optionalText("title").or(() -> b.flatMap(e -> e.field("title"))));
        p.title(title);
        List<Author> authors = f.items("authors", Author::named, PublicationReader::author);
        if (authors.isEmpty() && b.isPresent()) {
            authors = BibtexMapping.authors(b.get());
        }
        if (authors.isEmpty() && !f.has("authors")) {
            f.error("missing required field 'authors' (expected a list of text)");
        }
        p.authors(authors);
        p.etAl(f.has("et_al") ? f.flag("et_al", false) : b.map(BibEntry::authorsTruncated).orElse(false));
        Optional<Integer> authorCount = f.optionalInteger("author_count", 1, 100_000);
        if (authorCount.isPresent() && authorCount.get() < authors.size()) {
            f.error("author_count", "'author_count' (" + authorCount.get() + ") is smaller than the "
                    + authors.size() + " authors listed");
        }
        p.authorCount(authorCount);
        p.note(f.optionalText("note"));
        p.venueFull(f.optionalText("venue_full").or(() -> b.flatMap(BibtexMapping::venueFull)));
        p.venue(required(f, "venue", f.optionalText("venue").or(() -> b.flatMap(BibtexMapping::venueLabel))));
        p.type(type(f, b));
        p.awards(f.texts("awards"));
        p.volume(f.optionalText("volume").or(() -> b.flatMap(e -> e.field("volume"))));
        p.issue(f.optionalText("issue").or(() -> b.flatMap(e -> e.field("number"))));
        p.pages(f.optionalText("pages").or(() -> b.flatMap(e -> e.field("pages"))));
        p.publisher(f.optionalText("publisher").or(() -> b.flatMap(e -> e.field("publisher"))));
        Optional<String> arxiv = f.optionalText("arxiv").or(() -> b.flatMap(BibtexMapping::arxiv));
        Optional<Integer> arxivYear = arxiv.flatMap(PublicationReader::arxivYear);
        if (arxiv.isPresent() && arxivYear.isEmpty()) {
            f.error(f.has("arxiv") ? "arxiv" : "bibtex", "'arxiv' must be an arXiv identifier such as 2309.14327 "
                    + "or cs.DC/0701001, got '" + arxiv.get() + "'");
        }
        p.arxiv(arxiv);
        readDate(f, b, arxivYear, p);
        Optional<String> doi = f.optionalText("doi").or(() -> b.flatMap(BibtexMapping::doi));
        if (doi.isPresent() && !DOI.matcher(doi.get()).matches()) {
            f.error(f.has("doi") ? "doi" : "bibtex", "'doi' must be a DOI such as 10.1145/3318464.3380600 "
                    + "(without https://doi.org/), got '" + doi.get() + "'");
        }
        p.doi(doi);
        p.selected(f.has("selected") ? f.flag("selected", false)
                : b.flatMap(e -> e.field("selected")).map(v -> v.equalsIgnoreCase("true")).orElse(false));
        p.abstractText(f.optionalText("abstract").or(() -> b.flatMap(e -> e.field("abstract"))));
        List<Publication.PublicationLink> links = new ArrayList<>(f.mapping("links", PublicationReader::links));
        if (b.isPresent()) {
            // the entry's al-folio links fill in the kinds the YAML does not give; a bad one is reported
            // where the entry is read on its own, so here it is only left out
            BibtexMapping.links(b.get(), new Problems(file)).stream()
                    .filter(l -> links.stream().noneMatch(own -> own.kind() == l.kind()))
                    .forEach(links::add);
            links.sort(Comparator.comparing(Publication.PublicationLink::kind));
        }
        p.links(links);
        p.badge(b.flatMap(e -> e.field("abbr")));
        p.preview(b.flatMap(e -> e.field("preview")).map(v -> BibtexMapping.local(v, BibtexMapping.PREVIEW_FOLDER)));
        p.additionalInfo(b.flatMap(e -> e.field("additional_info")));
        p.bibtexEntry(b);
        Optional<String> bibtexKey = f.optionalText("bibtex_key").or(() -> b.map(BibEntry::key));
        if (bibtexKey.isPresent() && !BIBTEX_KEY.matcher(bibtexKey.get()).matches()) {
            f.error("bibtex_key", "'bibtex_key' may contain letters, digits and _:.-+/ only, got '"
                    + bibtexKey.get() + "'");
        }
        p.bibtexKey(bibtexKey);
        Optional<String> slug = f.optionalText("slug");
        if (slug.isPresent() && !SLUG.matcher(slug.get()).matches()) {
            f.error("slug", "'slug' may contain only lower-case letters, digits and single dashes, got '"
                    + slug.get() + "'");
        } else if (slug.isPresent() && YEAR_ONLY.matcher(slug.get()).matches()) {
            f.error("slug", "'slug' must not be a year alone: /publications/" + slug.get()
                    + " lists that year's papers");
        }
        Publication read = p.build();
        return slug.isPresent() ? p.slug(slug.get()).build()
                : p.slug(Publication.deriveSlug(read.year(), title)).build();
    }

    /** An author given in parts, where the name's split matters to citations. */
    private static Author author(FieldReader f) {
        return Author.split(f.optionalText("given").orElse(""), f.text("family"));
    }

    private Optional<BibEntry> bibEntry(FieldReader f) {
        Optional<String> ref = f.optionalText("bibtex");
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<BibEntry> entry = Optional.ofNullable(bib.get(ref.get()));
        if (entry.isEmpty()) {
            f.error("bibtex", "no entry '" + ref.get() + "' in " + ContentLoader.BIBTEX
                    + Suggestions.didYouMean(ref.get(), bib.keySet()));
        }
        return entry;
    }

    private static PublicationType type(FieldReader f, Optional<BibEntry> b) {
        Optional<String> key = f.optionalChoice("type", PublicationType.keys());
        if (key.isEmpty() && !f.has("type") && b.isEmpty()) {
            f.error("missing required field 'type' (expected one of " + String.join(", ", PublicationType.keys())
                    + ")");
        }
        return key.map(PublicationType::fromKey)
                .orElseGet(() -> b.map(BibtexMapping::type).orElse(PublicationType.CONFERENCE));
    }

    /** The year (written, from BibTeX, from the date or from the arXiv id) and the optional date. */
    private static void readDate(FieldReader f, Optional<BibEntry> b, Optional<Integer> arxivYear,
            Publication.Builder p) {
        Optional<Integer> year = f.optionalInteger("year", 1000, 2999).or(() -> b.flatMap(BibtexMapping::year));
        Optional<String> date = f.optionalText("date");
        if (date.isPresent()) {
            Matcher m = DATE.matcher(date.get());
            if (!m.matches()) {
                f.error("date", "'date' must be YYYY-MM or YYYY-MM-DD, got '" + date.get() + "'");
                date = Optional.empty();
            } else if (year.isPresent() && Integer.parseInt(m.group(1)) != year.get()) {
                f.error("date", "'date' (" + date.get() + ") is not in 'year' (" + year.get() + ")");
            } else if (year.isEmpty()) {
                year = Optional.of(Integer.parseInt(m.group(1)));
            }
        } else {
            date = b.flatMap(BibtexMapping::date);
        }
        if (year.isEmpty() && arxivYear.isEmpty() && !f.has("year") && !f.has("date")) {
            f.error("missing required field 'year' (expected a year such as 2022; it may be left out only when "
                    + "'arxiv' is given)");
        }
        p.year(year.or(() -> arxivYear).orElse(0)).date(date);
    }

    private static String required(FieldReader f, String key, Optional<String> value) {
        if (value.isEmpty() && !f.has(key)) {
            f.error("missing required field '" + key + "' (expected text)");
        }
        return value.orElse("");
    }

    private static List<Publication.PublicationLink> links(FieldReader f) {
        List<Publication.PublicationLink> links = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            f.optionalUrl(kind.key()).ifPresent(url -> links.add(new Publication.PublicationLink(kind, url)));
        }
        return List.copyOf(links);
    }

    /** The year an arXiv identifier was assigned (its first digits are YYMM). */
    static Optional<Integer> arxivYear(String id) {
        Matcher m = ARXIV_NEW.matcher(id);
        if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            return Optional.of(2000 + Integer.parseInt(m.group(1)));
        }
        m = ARXIV_OLD.matcher(id);
        if (m.matches()) {
            int yy = Integer.parseInt(m.group(2));
            return Optional.of(yy >= 91 ? 1900 + yy : 2000 + yy);
        }
        return Optional.empty();
    }
}
