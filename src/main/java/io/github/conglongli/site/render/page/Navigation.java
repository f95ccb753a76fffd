package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.MarkdownPage;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.SiteConfig.NavItem;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Routes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The main navigation: what {@code site.yaml} says, or by default each section that has
 * content, in a fixed order; then the owner's pages that ask for a place ({@code nav: 3}).
 */
final class Navigation {

    private Navigation() {}

    /** @param site the site as shown (drafts already left out when they are not shown) */
    static List<NavItem> of(Site site, Labels labels) {
        List<NavItem> nav = new ArrayList<>(site.config().nav().isEmpty() ? defaults(site, labels)
                : site.config().nav());
        List<MarkdownPage> placed = site.pages().stream().filter(p -> p.nav().isPresent())
                .sorted(Comparator.comparing((MarkdownPage p) -> p.nav().orElseThrow()).thenComparing(MarkdownPage::title))
                .toList();
        for (MarkdownPage page : placed) {
            int at = Math.min(page.nav().orElseThrow() - 1, nav.size());
            nav.add(at, new NavItem(page.title(), Routes.page(page.path())));
        }
        return List.copyOf(nav);
    }

    private static List<NavItem> defaults(Site site, Labels labels) {
        List<NavItem> nav = new ArrayList<>();
        nav.add(new NavItem(labels.get("nav.home"), Routes.HOME));
        if (!site.publications().isEmpty()) {
            nav.add(new NavItem(labels.get("nav.publications"), Routes.PUBLICATIONS));
        }
        if (ExperienceSection.hasContent(site.experience())) {
            nav.add(new NavItem(labels.get("nav.experience"), Routes.EXPERIENCE));
        }
        if (!site.talks().isEmpty()) {
            nav.add(new NavItem(labels.get("nav.talks"), Routes.TALKS));
        }
        if (!site.teaching().isEmpty()) {
            nav.add(new NavItem(labels.get("nav.teaching"), Routes.TEACHING));
        }
        if (!site.projects().isEmpty()) {
            nav.add(new NavItem(labels.get("nav.projects"), Routes.PROJECTS));
        }
        if (!site.posts().isEmpty()) {
            nav.add(new NavItem(labels.get("nav.blog"), Routes.BLOG));
        }
        nav.add(new NavItem(labels.get("nav.cv"), Routes.CV));
        return nav;
    }
}
