package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Education;
import io.github.conglongli.site.content.NewsItem;
import io.github.conglongli.site.content.Position;
import io.github.conglongli.site.content.Profile;
import io.github.conglongli.site.content.Service;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.EducationView;
import io.github.conglongli.site.render.view.LinkView;
import io.github.conglongli.site.render.view.Markdown;
import io.github.conglongli.site.render.view.NewsView;
import io.github.conglongli.site.render.view.PositionView;
import io.github.conglongli.site.render.view.ProfileView;
import io.github.conglongli.site.render.view.ServiceView;
import java.util.Optional;

/** The owner and their experience as pages show them: profile, positions, degrees, service, news. */
final class ProfileViews {

    private ProfileViews() {}

    static ProfileView profile(Profile p, Routes routes, Labels labels) {
        Optional<String> organization = p.affiliation().map(a -> a + p.team().map(t -> " " + t).orElse(""))
                .or(p::team);
        Optional<String> headline = p.role()
                .map(role -> organization.map(o -> labels.format("home.headline", role, o)).orElse(role))
                .or(() -> organization);
        Optional<LinkView> photo = p.photo()
                .map(url -> new LinkView(p.photoAlt().orElse(labels.format("home.photoAlt", p.name())),
                        routes.link(url)));
        return new ProfileView(
                p.name(),
                headline,
                p.location(),
                photo,
                p.emails().stream().map(e -> new LinkView(e, "mailto:" + e)).toList(),
                p.links().stream().map(l -> new LinkView(l.display(), routes.link(l.url()))).toList(),
                p.bio().map(text -> Markdown.block(text, routes.basePath())),
                p.researchInterests().map(text -> Markdown.block(text, routes.basePath())));
    }

    static PositionView position(Position p, PageContext context) {
        return new PositionView(p.title(), p.organization(), p.url().map(context.routes()::link), p.location(),
                Dates.period(p.period(), context.labels()),
                p.description().map(text -> Markdown.block(text, context.routes().basePath())));
    }

    static EducationView education(Education e, Labels labels) {
        return new EducationView(e.degree(), e.institution(), e.location(), Dates.period(e.period(), labels),
                e.advisor().map(a -> labels.format("experience.advisor", a)), e.thesis(), e.honors(), e.notes());
    }

    static ServiceView service(Service s, Labels labels) {
        return new ServiceView(s.category(), labels.format("experience.serviceRole", s.role()),
                String.join(", ", s.venues()));
    }

    static NewsView news(NewsItem n, PageContext context) {
        return new NewsView(Dates.of(n.date(), context.labels()), Markdown.inline(n.text(), context.routes().basePath()),
                n.url().map(context.routes()::link));
    }
}
