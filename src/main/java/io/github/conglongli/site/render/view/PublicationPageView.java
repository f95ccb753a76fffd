package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/**
 * One publication's own page: the entry, its abstract, how to cite it, the projects it belongs
 * to, the owner's pages and posts that cite it, and where to go next.
 */
public record PublicationPageView(
        PublicationView pub,
        Optional<Markup> abstractHtml,
        String citation,
        String bibtex,
        String bibtexUrl,
        String allBibtexUrl,
        String publicationsUrl,
        List<LinkView> projects,
        List<LinkView> citedBy) {

    public PublicationPageView {
        projects = List.copyOf(projects);
        citedBy = List.copyOf(citedBy);
    }
}
