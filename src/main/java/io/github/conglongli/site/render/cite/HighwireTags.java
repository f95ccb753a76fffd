package io.github.conglongli.site.render.cite;

import io.github.conglongli.site.content.LinkKind;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.math.TexToText;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.MetaTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's Highwire Press {@code citation_*} tags, which Google Scholar indexes and Zotero and
 * other reference managers import.
 */
public final class HighwireTags {

    private static final Pattern PAGE_RANGE = Pattern.compile("\\s*(--|–|-)\\s*");
    /** "10(4)" is volume 10, issue 4. */
    private static final Pattern VOLUME_ISSUE = Pattern.compile("\\s*(\\w+)\\s*\\((\\w+)\\)\\s*");

    private HighwireTags() {}

    /** @param pageUrl the paper page's absolute address; {@code routes} makes the PDF's absolute */
    public static List<MetaTag> of(Publication p, Routes routes, String pageUrl) {
        List<MetaTag> tags = new ArrayList<>();
        tags.add(new MetaTag("citation_title", TexToText.of(p.title())));
        p.authors().forEach(a -> tags.add(new MetaTag("citation_author", PersonNames.familyFirst(a))));
        tags.add(new MetaTag("citation_publication_date", p.date().map(d -> d.replace('-', '/'))
                .orElse(String.valueOf(p.year()))));
        String venue = p.venueFull().orElse(p.venue());
        if (!venue.isBlank()) {
            switch (p.type()) {
                case JOURNAL -> tags.add(new MetaTag("citation_journal_title", venue));
                case CONFERENCE, WORKSHOP -> tags.add(new MetaTag("citation_conference_title", venue));
                case CHAPTER -> tags.add(new MetaTag("citation_inbook_title", venue));
                case THESIS -> tags.add(new MetaTag("citation_dissertation_institution", venue));
                case REPORT -> tags.add(new MetaTag("citation_technical_report_institution", venue));
                case PREPRINT -> {
                    if (p.arxiv().isEmpty()) {
                        tags.add(new MetaTag("citation_technical_report_institution", venue));
                    }
                }
                case BOOK, PATENT, SOFTWARE, DATASET, TALK, POSTER, OTHER -> {
                    // Highwire has no venue tag for these; the publisher tag below names who published them
                }
            }
        }
        p.bibtexEntry().flatMap(e -> e.field("isbn")).ifPresent(isbn -> tags.add(new MetaTag("citation_isbn", isbn)));
        volume(p).ifPresent(v -> tags.add(new MetaTag("citation_volume", v)));
        issue(p).ifPresent(i -> tags.add(new MetaTag("citation_issue", i)));
        p.pages().ifPresent(pages -> {
            String[] range = PAGE_RANGE.split(pages, 2);
            tags.add(new MetaTag("citation_firstpage", range[0]));
            if (range.length > 1) {
                tags.add(new MetaTag("citation_lastpage", range[1]));
            }
        });
        p.publisher().ifPresent(pub -> tags.add(new MetaTag("citation_publisher", pub)));
        p.doi().ifPresent(doi -> tags.add(new MetaTag("citation_doi", doi)));
        p.arxiv().ifPresent(id -> tags.add(new MetaTag("citation_arxiv_id", id)));
        pdfUrl(p, routes).ifPresent(url -> tags.add(new MetaTag("citation_pdf_url", url)));
        tags.add(new MetaTag("citation_abstract_html_url", pageUrl));
        return List.copyOf(tags);
    }

    static Optional<String> volume(Publication p) {
        return p.volume().map(v -> {
            Matcher m = VOLUME_ISSUE.matcher(v);
            return m.matches() ? m.group(1) : v;
        });
    }

    static Optional<String> issue(Publication p) {
        return p.issue().or(() -> p.volume().flatMap(v -> {
            Matcher m = VOLUME_ISSUE.matcher(v);
            return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
        }));
    }

    /** The PDF as an absolute URL: the owner's PDF link, or arXiv's PDF for arXiv papers. */
    static Optional<String> pdfUrl(Publication p, Routes routes) {
        Optional<String> own = p.links().stream().filter(l -> l.kind() == LinkKind.PDF).map(l -> l.url()).findFirst()
                .map(routes::absoluteLink);
        return own.or(() -> p.arxiv().map(id -> "https://arxiv.org/pdf/" + id));
    }
}
