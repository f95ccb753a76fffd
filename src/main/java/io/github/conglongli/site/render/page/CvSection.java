package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Course;
import io.github.conglongli.site.content.Experience;
import io.github.conglongli.site.content.Profile;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.Talk;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.CvView;
import java.util.List;

/** The whole CV on one page, made for printing. Complete at any size, so rendered on demand. */
record CvSection(Site site, PageContext context, PageRenderer renderer) implements SinglePageSection<CvSection.Inputs> {

    record Inputs(PageContext context, Profile profile, Experience experience,
            List<Publication> publications, List<Talk> talks, List<Course> teaching) {}

    @Override
    public String name() {
        return "the CV";
    }

    @Override
    public String path() {
        return Routes.CV;
    }

    @Override
    public Inputs inputs() {
        return new Inputs(context, site.profile(), site.experience(), site.publications(), site.talks(),
                site.teaching());
    }

    @Override
    public Page render(Inputs in) {
        Routes routes = in.context().routes();
        Labels labels = in.context().labels();
        Experience e = in.experience();
        PublicationViews publications = new PublicationViews(in.context());
        CvView view = new CvView(ProfileViews.profile(in.profile(), routes, labels),
                e.education().stream().map(edu -> ProfileViews.education(edu, labels)).toList(),
                e.positions().stream().map(p -> ProfileViews.position(p, in.context())).toList(),
                e.skills(),
                in.publications().stream().sorted(PublicationViews.NEWEST_FIRST).map(publications::of).toList(),
                in.talks().stream().map(t -> TalksSection.view(t, in.context())).toList(),
                in.teaching().stream().map(c -> TeachingSection.view(c, in.context())).toList(),
                e.service().stream().map(s -> ProfileViews.service(s, labels)).toList());
        var meta = Head.of(in.context(), Routes.CV, labels.get("cv.title"),
                labels.format("cv.description", in.profile().name()), "profile").build();
        return renderer.page(PageTemplate.CV, meta, view);
    }
}
