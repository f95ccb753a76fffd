package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Experience;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.ExperienceView;
import java.util.stream.Stream;

/** The experience page: work, education, skills, service. */
record ExperienceSection(Site site, PageContext context, PageRenderer renderer) implements SinglePageSection<ExperienceSection.Inputs> {

    record Inputs(PageContext context, String owner, Experience experience) {}

    @Override
    public String name() {
        return "the experience page (experience.yaml)";
    }

    /** Whether there is anything to show: no page at all for an empty experience. */
    static boolean hasContent(Experience e) {
        return !e.positions().isEmpty() || !e.education().isEmpty() || !e.skills().isEmpty() || !e.service().isEmpty();
    }

    @Override
    public String path() {
        return Routes.EXPERIENCE;
    }

    @Override
    public boolean hasContent() {
        return hasContent(site.experience());
    }

    @Override
    public Stream<String> pinned() {
        return paths();
    }

    @Override
    public Inputs inputs() {
        return new Inputs(context, site.profile().name(), site.experience());
    }

    @Override
    public Page render(Inputs in) {
        Labels labels = in.context().labels();
        Experience e = in.experience();
        ExperienceView view = new ExperienceView(
                e.positions().stream().map(p -> ProfileViews.position(p, in.context())).toList(),
                e.education().stream().map(edu -> ProfileViews.education(edu, labels)).toList(),
                e.skills(),
                e.service().stream().map(s -> ProfileViews.service(s, labels)).toList());
        var meta = Head.of(in.context(), Routes.EXPERIENCE, labels.get("experience.title"),
                labels.format("experience.description", in.owner()), "website").build();
        return renderer.page(PageTemplate.EXPERIENCE, meta, view);
    }
}
