package io.github.conglongli.site.render.view;

import java.util.Optional;

/** One publication's own page: the entry, its abstract, how to cite it, and where to go next. */
public record PublicationPageView(
        PublicationView pub,
        Optional<Markup> abstractHtml,
        String citation,
        String bibtex,
        String bibtexUrl,
        String allBibtexUrl,
        String publicationsUrl) {}
