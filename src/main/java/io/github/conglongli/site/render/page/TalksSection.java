package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.Talk;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.LinkView;
import io.github.conglongli.site.render.view.Markdown;
import io.github.conglongli.site.render.view.TalkView;
import io.github.conglongli.site.render.view.TalksView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The talks, grouped by year, newest first; no page while there is none. */
record TalksSection(Site site, PageContext context, PageRenderer renderer) implements Section {

    private record Inputs(PageContext context, List<Talk> talks) {}

    @Override
    public String name() {
        return "the talks (talks.yaml)";
    }

    @Override
    public Stream<String> paths() {
        return site.talks().isEmpty() ? Stream.empty() : Stream.of(Routes.TALKS);
    }

    @Override
    public Optional<Route> route(String path) {
        if (site.talks().isEmpty()) {
            return Optional.empty();
        }
        return Section.single(path, Routes.TALKS, () -> new Inputs(context, site.talks()), this::render);
    }

    static TalkView view(Talk t, PageContext context) {
        Labels labels = context.labels();
        List<LinkView> links = t.links().stream().map(l -> new LinkView(labels.get("link." + l.type().key()),
                context.routes().link(l.url()))).toList();
        return new TalkView(t.title(), t.event(), t.location(), Dates.of(t.date(), labels),
                t.kind().map(kind -> labels.get("talk." + kind.key())), links, t.abstractText().map(text -> Markdown.block(text, context.routes().basePath())));
    }

    private Page render(Inputs in) {
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
