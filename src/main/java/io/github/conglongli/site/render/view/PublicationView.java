package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/**
 * A publication ready to print. {@code url} is its page; {@code authorsNote} holds what follows
 * the names, such as "et al." and "(391 authors. ...)"; {@code venueLine} is the full venue
 * sentence. {@code titleHtml} is the title with its formulas ($k$-means) as MathML.
 */
public record PublicationView(
        String slug,
        String url,
        String title,
        Markup titleHtml,
        List<AuthorName> authors,
        String authorsNote,
        String venue,
        Optional<String> venueLine,
        List<String> awards,
        String type,
        int year,
        List<LinkView> links) {}
