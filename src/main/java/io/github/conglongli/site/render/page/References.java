package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.MarkdownPage;
import io.github.conglongli.site.content.Post;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.markdown.CitedWork;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.cite.CitationText;
import io.github.conglongli.site.render.view.LinkView;
import io.github.conglongli.site.render.view.ReferenceView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Citations between the owner's writing and their papers, both ways: the papers a page or post
 * cites (its "References", numbered as its text cites them), and for each paper the pages and
 * posts that cite it.
 */
final class References {

    /** A page or post that cites a paper: its title and its path on the site. */
    record CitingPage(String title, String path) {}

    private References() {}

    /** The papers a body cites, in the order of their numbers; the loader has checked every key. */
    static List<Publication> cited(List<CitedWork> works, Map<String, Publication> bySlug) {
        List<Publication> cited = new ArrayList<>();
        for (CitedWork work : works) {
            Publication p = bySlug.get(work.slug());
            if (p != null) {
                cited.add(p);
            }
        }
        return cited;
    }

    static List<ReferenceView> views(List<Publication> cited, Routes routes) {
        List<ReferenceView> views = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            Publication p = cited.get(i);
            views.add(new ReferenceView(i + 1, CitationText.plain(p), routes.href(Routes.publication(p.slug()))));
        }
        return views;
    }

    static Map<String, Publication> bySlug(Site site) {
        Map<String, Publication> bySlug = new HashMap<>();
        site.publications().forEach(p -> bySlug.put(p.slug(), p));
        return bySlug;
    }

    /** For each cited paper's slug, the posts (newest first) and then the pages that cite it. */
    static Map<String, List<CitingPage>> citingPages(Site site) {
        Map<String, List<CitingPage>> citing = new LinkedHashMap<>();
        for (Post post : site.posts()) {
            post.body().citations().forEach(work -> citing.computeIfAbsent(work.slug(), s -> new ArrayList<>())
                    .add(new CitingPage(post.title(), Routes.post(post.slug()))));
        }
        for (MarkdownPage page : site.pages()) {
            page.body().citations().forEach(work -> citing.computeIfAbsent(work.slug(), s -> new ArrayList<>())
                    .add(new CitingPage(page.title(), Routes.page(page.path()))));
        }
        citing.replaceAll((slug, pages) -> List.copyOf(pages));
        return citing;
    }

    static List<LinkView> links(List<CitingPage> pages, Routes routes) {
        return pages.stream().map(page -> new LinkView(page.title(), routes.href(page.path()))).toList();
    }
}
