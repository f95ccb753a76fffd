package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.Talk;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.LinkView;
import io.github.conglongli.site.render.view.Markdown;
import io.github.conglongli.site.render.view.TalkView;
import io.github.conglongli.site.render.view.TalksView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The talks, grouped by year, newest first; no page while there is none. */
record TalksSection(Site site, PageContext context, PageRenderer renderer) implements SinglePageSection<TalksSection.Inputs> {

    record Inputs(PageContext context, List<Talk> talks) {}

    @Override
    public String name() {
        return "the talks (talks.yaml)";
    }

    @Override
    public String path() {
        return Routes.TALKS;
    }

    @Override
    public boolean hasContent() {
        return !site.talks().isEmpty();
    }

    @Override
    public Inputs inputs() {
        return new Inputs(context, site.talks());
    }

    static TalkView view(Talk t, PageContext context) {
        Labels labels = context.labels();
        List<LinkView> links = t.links().stream().map(l -> new LinkView(labels.get("link." + l.type().key()),
                context.routes().link(l.url()))).toList();
        return new TalkView(t.title(), t.event(), t.location(), Dates.of(t.date(), labels),
                t.kind().map(kind -> labels.get("talk." + kind.key())), links, t.abstractText().map(text -> Markdown.block(text, context.routes().basePath())));
    }

    @Override
    public Page render(Inputs in) {
        Labels labels = in.context().labels();
        Map<Integer, List<TalkView>> byYear = new LinkedHashMap<>();
        for (Talk t : in.talks()) {
            byYear.computeIfAbsent(Integer.parseInt(t.date().substring(0, 4)), y -> new ArrayList<>())
                    .add(view(t, in.context()));
        }
        TalksView view = new TalksView(byYear.entrySet().stream()
                .map(e -> new TalksView.Year(e.getKey(), List.copyOf(e.getValue()))).toList());
        var meta = Head.of(in.context(), Routes.TALKS, labels.get("talks.title"),
                labels.format("talks.description", in.context().owner()), "website").build();
        return renderer.page(PageTemplate.TALKS, meta, view);
    }
}
