package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.NewsItem;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.NewsPageView;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every news item, newest first; no page at all when there is no news. */
record NewsSection(Site site, PageContext context, PageRenderer renderer) implements Section {

    private record Inputs(PageContext context, String owner, List<NewsItem> news) {}

    @Override
    public String name() {
        return "the news page (news.yaml)";
    }

    @Override
    public Stream<String> paths() {
        return site.news().isEmpty() ? Stream.empty() : Stream.of(Routes.NEWS);
    }

    @Override
    public Optional<Route> route(String path) {
        if (site.news().isEmpty()) {
            return Optional.empty();
        }
        return Section.single(path, Routes.NEWS, () -> new Inputs(context, site.profile().name(), site.news()),
                this::render);
    }

    private Page render(Inputs in) {
        Labels labels = in.context().labels();
        NewsPageView view = new NewsPageView(in.news().stream().map(n -> ProfileViews.news(n, in.context())).toList());
        var meta = Head.of(in.context(), Routes.NEWS, labels.get("news.title"), labels.format("news.description",
                in.owner()), "website").build();
        return renderer.page(PageTemplate.NEWS, meta, view);
    }
}
