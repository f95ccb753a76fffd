package io.github.conglongli.site.content;

import io.github.conglongli.site.content.bibtex.BibEntry;
import io.github.conglongli.site.content.source.Accents;
import java.util.List;
import java.util.Optional;

/**
 * One paper. {@code venue} is the short label shown first ("HiPC 2022"); {@code venueFull} the
 * full name. {@code year} may be left out for arXiv preprints: it is read from the identifier.
 * {@code etAl} and {@code authorCount} describe author lists that are not written out in full.
 * {@code date} ({@code YYYY-MM} or {@code YYYY-MM-DD}) is optional and only refines the year
 * for feeds and citation metadata. {@code bibtexKey} is the citation key used in BibTeX output.
 * {@code badge} is a short venue label shown as a badge (al-folio's {@code abbr}), linking to
 * {@code badgeUrl} when venues.yaml gives one; {@code preview}
 * a thumbnail image; {@code additionalInfo} text shown after the venue. {@code bibtexEntry} is the
 * entry of {@code publications.bib} the paper was read from, so its {@code .bib} download keeps
 * every field as written. Built by name with {@link #builder()}.
 */
public record Publication(
        String slug,
        String title,
        List<Author> authors,
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
        Optional<String> badge,
        Optional<String> badgeUrl,
        Optional<String> preview,
        Optional<String> additionalInfo,
        Optional<BibEntry> bibtexEntry,
        Source source) {

    /** A typed link such as the PDF or the code repository. */
    public record PublicationLink(LinkKind kind, String url) {}

    private static final int SLUG_WORDS = 6;
    private static final int SLUG_RUN = 16;

    public Publication {
        authors = List.copyOf(authors);
        awards = List.copyOf(awards);
        links = List.copyOf(links);
    }

    /** This paper with its badge linking to {@code url}. */
    public Publication withBadgeUrl(Optional<String> url) {
        return new Publication(slug, title, authors, etAl, authorCount, note, venue, venueFull, year, date, type,
                awards, volume, issue, pages, publisher, arxiv, doi, selected, abstractText, links, bibtexKey,
                badge, url, preview, additionalInfo, bibtexEntry, source);
    }

    /** The authors' names as shown, in order. */
    public List<String> authorNames() {
        return authors.stream().map(Author::name).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A readable, stable slug: the year and the words of the title before its colon (or its
     * first words when it has none), e.g. {@code 2022-1-bit-lamb}. Accents are dropped; letters
     * of other scripts stay, a run of them (a Chinese or Japanese title has no spaces) cut at
     * {@value #SLUG_RUN} characters, so two such papers of one year do not share "untitled".
     */
    public static String deriveSlug(int year, String title) {
        String plain = Accents.strip(title);
        String head = plain.contains(":") ? plain.substring(0, plain.indexOf(':')) : plain;
        StringBuilder slug = new StringBuilder(year + "-");
        int words = 0;
        int run = 0;
        boolean inWord = false;
        for (int i = 0; i < head.length() && (words < SLUG_WORDS || inWord); i++) {
            char c = Character.toLowerCase(head.charAt(i));
            if (c == '\'') {
                continue; // "LAMB's" is "lambs"
            }
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean letterOrDigit = ascii || (c >= 0x80 && Character.isLetterOrDigit(c));
            if (letterOrDigit && !inWord) {
                if (words == SLUG_WORDS) {
                    break;
                }
                slug.append(words > 0 ? "-" : "");
                words++;
                run = 0;
            }
            if (letterOrDigit && (ascii || run < SLUG_RUN)) {
                slug.append(c);
                run = ascii ? run : run + 1;
            }
            inWord = letterOrDigit;
        }
        return words == 0 ? year + "-untitled" : slug.toString();
    }

    /** Sets each field by name; what is not set is empty (lists, optionals) or blank. */
    public static final class Builder {
        private String slug = "";
        private String title = "";
        private List<Author> authors = List.of();
        private boolean etAl;
        private Optional<Integer> authorCount = Optional.empty();
        private Optional<String> note = Optional.empty();
        private String venue = "";
        private Optional<String> venueFull = Optional.empty();
        private int year;
        private Optional<String> date = Optional.empty();
        private PublicationType type = PublicationType.CONFERENCE;
        private List<String> awards = List.of();
        private Optional<String> volume = Optional.empty();
        private Optional<String> issue = Optional.empty();
        private Optional<String> pages = Optional.empty();
        private Optional<String> publisher = Optional.empty();
        private Optional<String> arxiv = Optional.empty();
        private Optional<String> doi = Optional.empty();
        private boolean selected;
        private Optional<String> abstractText = Optional.empty();
        private List<PublicationLink> links = List.of();
        private Optional<String> bibtexKey = Optional.empty();
        private Optional<String> badge = Optional.empty();
        private Optional<String> badgeUrl = Optional.empty();
        private Optional<String> preview = Optional.empty();
        private Optional<String> additionalInfo = Optional.empty();
        private Optional<BibEntry> bibtexEntry = Optional.empty();
        private Source source = new Source("", 0, 0);

        private Builder() {}

        public Builder slug(String v) { slug = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder authors(List<Author> v) { authors = v; return this; }
        public Builder etAl(boolean v) { etAl = v; return this; }
        public Builder authorCount(Optional<Integer> v) { authorCount = v; return this; }
        public Builder note(Optional<String> v) { note = v; return this; }
        public Builder venue(String v) { venue = v; return this; }
        public Builder venueFull(Optional<String> v) { venueFull = v; return this; }
        public Builder year(int v) { year = v; return this; }
        public Builder date(Optional<String> v) { date = v; return this; }
        public Builder type(PublicationType v) { type = v; return this; }
        public Builder awards(List<String> v) { awards = v; return this; }
        public Builder volume(Optional<String> v) { volume = v; return this; }
        public Builder issue(Optional<String> v) { issue = v; return this; }
        public Builder pages(Optional<String> v) { pages = v; return this; }
        public Builder publisher(Optional<String> v) { publisher = v; return this; }
        public Builder arxiv(Optional<String> v) { arxiv = v; return this; }
        public Builder doi(Optional<String> v) { doi = v; return this; }
        public Builder selected(boolean v) { selected = v; return this; }
        public Builder abstractText(Optional<String> v) { abstractText = v; return this; }
        public Builder links(List<PublicationLink> v) { links = v; return this; }
        public Builder bibtexKey(Optional<String> v) { bibtexKey = v; return this; }
        public Builder badge(Optional<String> v) { badge = v; return this; }
        public Builder badgeUrl(Optional<String> v) { badgeUrl = v; return this; }
        public Builder preview(Optional<String> v) { preview = v; return this; }
        public Builder additionalInfo(Optional<String> v) { additionalInfo = v; return this; }
        public Builder bibtexEntry(Optional<BibEntry> v) { bibtexEntry = v; return this; }
        public Builder source(Source v) { source = v; return this; }

        public Publication build() {
            return new Publication(slug, title, authors, etAl, authorCount, note, venue, venueFull, year, date, type,
                    awards, volume, issue, pages, publisher, arxiv, doi, selected, abstractText, links, bibtexKey,
                    badge, badgeUrl, preview, additionalInfo, bibtexEntry, source);
        }
    }
}
