package io.github.conglongli.site.content;

import io.github.conglongli.site.content.bibtex.BibEntry;
import io.github.conglongli.site.content.source.Suggestions;
import io.github.conglongli.site.content.yaml.FieldReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One paper. {@code venue} is the short label shown first ("HiPC 2022"); {@code venueFull} the
 * full name. {@code year} may be left out for arXiv preprints: it is read from the identifier.
 * {@code etAl} and {@code authorCount} describe author lists that are not written out in full.
 * {@code date} ({@code YYYY-MM} or {@code YYYY-MM-DD}) is optional and only refines the year
 * for feeds and citation metadata. {@code bibtexKey} is the citation key used in BibTeX output.
 */
public record Publication(
        String slug,
        String title,
        List<String> authors,
        boolean etAl,
        Optional<Integer> authorCount,
        Optional<String> note,
        String venue,
        Optional<String> venueFull,
        int year,
        Optional<String> date,
        PublicationType type,
        List<String> awards,
        Optional<String> volume,
        Optional<String> issue,
        Optional<String> pages,
        Optional<String> publisher,
        Optional<String> arxiv,
        Optional<String> doi,
        boolean selected,
        Optional<String> abstractText,
        List<PublicationLink> links,
        Optional<String> bibtexKey,
        Source source) {

    /** A typed link such as the PDF or the code repository. */
    public record PublicationLink(LinkKind kind, String url) {}

    /** Where the publication was written: its file, line and column, for error messages. */
    public record Source(String file, int line, int column) {}

    private static final Pattern ARXIV_NEW = Pattern.compile("(\\d{2})(\\d{2})\\.\\d{4,5}(v\\d+)?");
    private static final Pattern ARXIV_OLD = Pattern.compile("[a-z-]+(\\.[A-Z]{2})?/(\\d{2})\\d{5}(v\\d+)?");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?");
    private static final Pattern BIBTEX_KEY = Pattern.compile("[A-Za-z0-9_:.\\-+/]+");
    private static final int SLUG_WORDS = 6;

    /**
     * Reads one {@code publications.yaml} entry. With {@code bibtex: KEY} the entry takes the
     * fields it leaves out from that entry of {@code publications.bib}; fields written in the
     * YAML always win, so the YAML can add awards, links or a short venue label to a BibTeX entry.
     */
    static Publication read(FieldReader f, Map<String, BibEntry> bib, String file) {
        Optional<BibEntry> entry = Optional.empty();
        Optional<String> ref = f.optionalText("bibtex");
        if (ref.isPresent()) {
            entry = Optional.ofNullable(bib.get(ref.get()));
            if (entry.isEmpty()) {
                String hint = Suggestions.didYouMean(ref.get(), bib.keySet());
                f.error("bibtex", "no entry '" + ref.get() + "' in " + ContentLoader.BIBTEX
                        + (hint.isEmpty() ? "" : hint));
            }
        }
        Optional<BibEntry> b = entry;
        String title = required(f, "title", f.optionalText("title").or(() -> b.flatMap(e -> e.field("title"))), "text");
        List<String> authors = f.texts("authors");
        if (authors.isEmpty() && b.isPresent()) {
            authors = b.get().authors();
        }
        if (authors.isEmpty() && !f.has("authors")) {
            f.error("missing required field 'authors' (expected a list of text)");
        }
        boolean etAl = f.has("et_al") ? f.flag("et_al", false) : b.map(BibEntry::authorsTruncated).orElse(false);
        Optional<Integer> authorCount = f.optionalInteger("author_count", 1, 100_000);
        if (authorCount.isPresent() && authorCount.get() < authors.size()) {
            f.error("author_count", "'author_count' (" + authorCount.get() + ") is smaller than the "
                    + authors.size() + " authors listed");
        }
        Optional<String> note = f.optionalText("note");
        Optional<String> venueFull = f.optionalText("venue_full").or(() -> b.flatMap(BibtexMapping::venueFull));
        String venue = required(f, "venue", f.optionalText("venue").or(() -> b.flatMap(BibtexMapping::venueLabel)),
                "text");
        Optional<String> typeKey = f.optionalChoice("type", PublicationType.keys());
        if (typeKey.isEmpty() && !f.has("type") && b.isEmpty()) {
            f.error("missing required field 'type' (expected one of " + String.join(", ", PublicationType.keys()) + ")");
        }
        PublicationType type = typeKey.map(PublicationType::fromKey)
                .orElseGet(() -> b.map(BibtexMapping::type).orElse(PublicationType.CONFERENCE));
        List<String> awards = f.texts("awards");
        Optional<String> volume = f.optionalText("volume").or(() -> b.flatMap(e -> e.field("volume")));
        Optional<String> issue = f.optionalText("issue").or(() -> b.flatMap(e -> e.field("number")));
        Optional<String> pages = f.optionalText("pages").or(() -> b.flatMap(e -> e.field("pages")));
        Optional<String> publisher = f.optionalText("publisher").or(() -> b.flatMap(e -> e.field("publisher")));
        Optional<String> arxiv = f.optionalText("arxiv").or(() -> b.flatMap(BibtexMapping::arxiv));
        Optional<Integer> arxivYear = arxiv.flatMap(Publication::arxivYear);
        if (arxiv.isPresent() && arxivYear.isEmpty()) {
            f.error(f.has("arxiv") ? "arxiv" : "bibtex", "'arxiv' must be an arXiv identifier such as 2309.14327 "
                    + "or cs.DC/0701001, got '" + arxiv.get() + "'");
        }
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
            f.error("missing required field 'year' (expected a year such as 2022; it may be left out only when 'arxiv' is given)");
        }
        Optional<String> doi = f.optionalText("doi").or(() -> b.flatMap(BibtexMapping::doi));
        if (doi.isPresent() && !DOI.matcher(doi.get()).matches()) {
            f.error(f.has("doi") ? "doi" : "bibtex", "'doi' must be a DOI such as 10.1145/3318464.3380600 "
                    + "(without https://doi.org/), got '" + doi.get() + "'");
        }
        boolean selected = f.flag("selected", false);
        Optional<String> abstractText = f.optionalText("abstract").or(() -> b.flatMap(e -> e.field("abstract")));
        List<PublicationLink> links = f.mapping("links", Publication::readLinks);
        int resolvedYear = year.or(() -> arxivYear).orElse(0);
        Optional<String> bibtexKey = f.optionalText("bibtex_key").or(() -> b.map(BibEntry::key));
        if (bibtexKey.isPresent() && !BIBTEX_KEY.matcher(bibtexKey.get()).matches()) {
            f.error("bibtex_key", "'bibtex_key' may contain letters, digits and _:.-+/ only, got '"
                    + bibtexKey.get() + "'");
        }
        Optional<String> slug = f.optionalText("slug");
        if (slug.isPresent() && !SLUG.matcher(slug.get()).matches()) {
            f.error("slug", "'slug' may contain only lower-case letters, digits and single dashes, got '"
                    + slug.get() + "'");
        }
        return new Publication(slug.orElseGet(() -> deriveSlug(resolvedYear, title)), title, authors, etAl,
                authorCount, note, venue, venueFull, resolvedYear, date, type, awards, volume, issue, pages, publisher,
                arxiv, doi, selected, abstractText, links, bibtexKey, new Source(file, f.line(), f.column()));
    }

    private static String required(FieldReader f, String key, Optional<String> value, String expected) {
        if (value.isEmpty() && !f.has(key)) {
            f.error("missing required field '" + key + "' (expected " + expected + ")");
        }
        return value.orElse("");
    }

    private static List<PublicationLink> readLinks(FieldReader f) {
        List<PublicationLink> links = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            f.optionalUrl(kind.key()).ifPresent(url -> links.add(new PublicationLink(kind, url)));
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

    /**
     * A readable, stable slug: the year and the words of the title before its colon (or its
     * first words when it has none), e.g. {@code 2022-1-bit-lamb}.
     */
    static String deriveSlug(int year, String title) {
        String head = title.contains(":") ? title.substring(0, title.indexOf(':')) : title;
        String ascii = Normalizer.normalize(head, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "");
        String[] words = Arrays.stream(ascii.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        String joined = String.join("-", Arrays.copyOf(words, Math.min(words.length, SLUG_WORDS)));
        return joined.isEmpty() ? String.valueOf(year) : year + "-" + joined;
    }
}
