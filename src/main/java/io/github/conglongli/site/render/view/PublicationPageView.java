package io.github.conglongli.site.render.view;

import java.util.Optional;

/** One publication's own page: the entry, its abstract, and how to cite it. */
public record PublicationPageView(
        PublicationView pub,
        Optional<Markup> abstractHtml,
        String citation,
        String bibtex,
        String bibtexUrl) {}
