package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/**
 * A publication ready to print. {@code url} is its page; {@code authorsNote} holds what follows
 * the names, such as "et al." and "(391 authors. ...)"; {@code marksLegend} explains the marks
 * after names ("* Equal contribution"); {@code venueLine} is the full venue sentence;
 * {@code venue} is never blank (the kind of work when the paper names no venue); {@code badge}
 * is the owner's short venue badge (its classes in {@code badgeClass}, which venues.yaml's colours
 * address), linking to {@code badgeUrl} when venues.yaml gives one, and
 * {@code preview} a thumbnail's address. {@code titleHtml} is the title with its formulas ($k$-means)
 * as MathML; {@code additionalInfo} the owner's note after the venue (al-folio's
 * {@code additional_info}), its Markdown rendered.
 */
public record PublicationView(
        String slug,
        String url,
        String title,
        Markup titleHtml,
        List<AuthorName> authors,
        String authorsNote,
        Optional<String> marksLegend,
        String venue,
        Optional<String> venueLine,
        Optional<Markup> additionalInfo,
        Optional<String> badge,
        String badgeClass,
        Optional<String> badgeUrl,
        Optional<String> preview,
        List<String> awards,
        String type,
        int year,
        List<LinkView> links) {}
