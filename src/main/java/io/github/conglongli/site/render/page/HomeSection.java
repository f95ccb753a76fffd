package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.NewsItem;
import io.github.conglongli.site.content.Position;
import io.github.conglongli.site.content.Post;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.HomeView;
import java.util.List;
import java.util.stream.Stream;

/** The home page: who the owner is, latest news, selected (or recent) papers, recent positions. */
record HomeSection(Site site, PageContext context, PageRenderer renderer) implements SinglePageSection<HomeSection.Inputs> {

    record Inputs(PageContext context, StructuredData.PersonInputs person, String description,
            List<Publication> publications, boolean selected, List<Position> positions, List<NewsItem> news,
            boolean moreNews, List<Post> posts) {}

    @Override
    public String name() {
        return "the home page";
    }

    @Override
    public String path() {
        return Routes.HOME;
    }

    @Override
    public Stream<String> pinned() {
        return paths();
    }

    @Override
    public Inputs inputs() {
        var home = site.config().home();
        List<Publication> selected = site.publications().stream().filter(Publication::selected).toList();
        boolean anySelected = !selected.isEmpty();
        List<Publication> shown = (anySelected ? selected : site.publications()).stream()
                .sorted(PublicationViews.NEWEST_FIRST)
                .limit(home.selectedPublications())
                .toList();
        return new Inputs(context,
                new StructuredData.PersonInputs(site.profile(), site.experience().education(),
                        site.config().description()),
                site.config().description().orElse(site.profile().name()),
                shown, anySelected,
                site.experience().positions().stream().limit(home.recentPositions()).toList(),
                site.news().stream().limit(home.news()).toList(),
                site.news().size() > home.news(),
                site.posts().stream().limit(home.posts()).toList());
    }

    @Override
    public Page render(Inputs in) {
        Routes routes = in.context().routes();
        Labels labels = in.context().labels();
        PublicationViews publications = new PublicationViews(in.context());
        HomeView view = new HomeView(
                ProfileViews.profile(in.person().profile(), routes, labels),
                in.news().stream().map(n -> ProfileViews.news(n, in.context())).toList(),
                in.moreNews(),
                routes.href(Routes.NEWS),
                labels.get(in.selected() ? "home.selected" : "home.recent"),
                in.publications().stream().map(publications::of).toList(),
                routes.href(Routes.PUBLICATIONS),
                in.positions().stream().map(p -> ProfileViews.position(p, in.context())).toList(),
                routes.href(Routes.EXPERIENCE),
                in.posts().stream().map(p -> PostViews.summary(p, in.context(), "")).toList(),
                routes.href(Routes.BLOG));
        var meta = Head.of(in.context(), Routes.HOME, null, in.description(), "profile")
                .jsonLd(StructuredData.person(in.person(), routes))
                .build();
        return renderer.page(PageTemplate.HOME, meta, view);
    }
}
