package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Post;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.MathTitle;
import io.github.conglongli.site.render.view.NavLink;
import io.github.conglongli.site.render.view.PostSummaryView;
import java.util.List;

/** Posts as lists and pages show them, and the addresses of their tags. */
final class PostViews {

    private PostViews() {}

    static PostSummaryView summary(Post p, PageContext context, String currentTag) {
        Routes routes = context.routes();
        List<NavLink> tags = p.tags().stream()
                .map(tag -> new NavLink(tag, routes.href(Routes.tag(tagSlug(tag))), tagSlug(tag).equals(currentTag)))
                .toList();
        return new PostSummaryView(p.title(), MathTitle.of(p.title()), routes.href(Routes.post(p.slug())), Dates.of(p.date(), context.labels()),
                p.description().or(p.body()::firstParagraph), tags,
                context.labels().format("blog.minutes", Math.max(1, p.body().words().readingMinutes())), p.draft());
    }

    /** "Machine Learning" and "machine-learning" are one tag, at /blog/tags/machine-learning. */
    static String tagSlug(String tag) {
        return Slugs.of(tag);
    }
}
