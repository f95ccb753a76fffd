package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.NewsItem;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.NewsPageView;
import java.util.List;

/** Every news item, newest first; no page at all when there is no news. */
record NewsSection(Site site, PageContext context, PageRenderer renderer) implements SinglePageSection<NewsSection.Inputs> {

    record Inputs(PageContext context, String owner, List<NewsItem> news) {}

    @Override
    public String name() {
        return "the news page (news.yaml)";
    }

    @Override
    public String path() {
        return Routes.NEWS;
    }

    @Override
    public boolean hasContent() {
        return !site.news().isEmpty();
    }

    @Override
    public Inputs inputs() {
        return new Inputs(context, site.profile().name(), site.news());
    }

    @Override
    public Page render(Inputs in) {
        Labels labels = in.context().labels();
        NewsPageView view = new NewsPageView(in.news().stream().map(n -> ProfileViews.news(n, in.context())).toList());
        var meta = Head.of(in.context(), Routes.NEWS, labels.get("news.title"), labels.format("news.description",
                in.owner()), "website").build();
        return renderer.page(PageTemplate.NEWS, meta, view);
    }
}
