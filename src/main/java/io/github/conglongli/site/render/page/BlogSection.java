package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Post;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.math.TexToText;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.BlogView;
import io.github.conglongli.site.render.view.Markup;
import io.github.conglongli.site.render.view.MetaTag;
import io.github.conglongli.site.render.view.NavLink;
import io.github.conglongli.site.render.view.PostView;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The blog: the posts newest first, ten to a page ({@code /blog}, {@code /blog/page/2}, ...), a
 * page per post with links to the older and newer ones, and a page per tag. No blog at all
 * while there is no post to show.
 */
final class BlogSection implements Section {

    static final int POSTS_PER_PAGE = 10;
    private static final Pattern LIST_PAGE = Pattern.compile("/blog/page/([1-9][0-9]{0,5})");
    private static final String POST_PREFIX = Routes.BLOG + "/";
    private static final String TAG_PREFIX = Routes.BLOG + "/tags/";

    private record ListInputs(PageContext context, int page, int pages, List<Post> posts, Map<String, String> tags) {}

    private record TagInputs(PageContext context, String slug, String tag, List<Post> posts,
            Map<String, String> tags) {}

    private record PostInputs(PageContext context, Post post, Optional<Post> older, Optional<Post> newer,
            List<Publication> cited) {}

    private final List<Post> posts;
    private final PageContext context;
    private final PageRenderer renderer;
    private final Map<String, Integer> indexBySlug = new HashMap<>();
    private final Map<String, Publication> papers;
    /** Each tag by its slug, as first written, in the order first used by the newest posts. */
    private final Map<String, String> tags = new LinkedHashMap<>();

    /** @param site the site as shown: its posts newest first, drafts left out unless in dev mode */
    BlogSection(Site site, PageContext context, PageRenderer renderer) {
        this.posts = site.posts();
        this.context = context;
        this.renderer = renderer;
        this.papers = References.bySlug(site);
        for (int i = 0; i < posts.size(); i++) {
            indexBySlug.put(posts.get(i).slug(), i);
            posts.get(i).tags().forEach(tag -> tags.putIfAbsent(PostViews.tagSlug(tag), tag));
        }
    }

    private int pages() {
        return (posts.size() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE;
    }

    @Override
    public String name() {
        return "the blog (posts/)";
    }

    @Override
    public Stream<String> paths() {
        if (posts.isEmpty()) {
            return Stream.empty();
        }
        return Stream.of(
                IntStream.rangeClosed(1, pages()).mapToObj(Routes::blogPage),
                posts.stream().map(p -> Routes.post(p.slug())),
                tags.keySet().stream().map(Routes::tag)).flatMap(s -> s);
    }

    @Override
    public Optional<Route> route(String path) {
        if (posts.isEmpty() || !(path.equals(Routes.BLOG) || path.startsWith(POST_PREFIX))) {
            return Optional.empty();
        }
        if (path.equals(Routes.BLOG)) {
            return listRoute(path, 1);
        }
        Matcher page = LIST_PAGE.matcher(path);
        if (page.matches()) {
            int number = Integer.parseInt(page.group(1));
            return number >= 2 ? listRoute(path, number) : Optional.empty();
        }
        if (path.startsWith(TAG_PREFIX)) {
            String slug = path.substring(TAG_PREFIX.length());
            String tag = tags.get(slug);
            if (tag == null) {
                return Optional.empty();
            }
            List<Post> tagged = posts.stream().filter(p -> p.tags().stream().anyMatch(t -> PostViews.tagSlug(t)
                    .equals(slug))).toList();
            TagInputs inputs = new TagInputs(context, slug, tag, tagged, tags);
            return Optional.of(new Route(path, inputs, () -> tag(inputs)));
        }
        Integer index = indexBySlug.get(path.substring(POST_PREFIX.length()));
        if (index == null) {
            return Optional.empty();
        }
        PostInputs inputs = new PostInputs(context, posts.get(index),
                index + 1 < posts.size() ? Optional.of(posts.get(index + 1)) : Optional.empty(),
                index > 0 ? Optional.of(posts.get(index - 1)) : Optional.empty(),
                References.cited(posts.get(index).body().citations(), papers));
        return Optional.of(new Route(path, inputs, () -> post(inputs)));
    }

    private Optional<Route> listRoute(String path, int number) {
        if (number > pages()) {
            return Optional.empty();
        }
        List<Post> onPage = posts.subList((number - 1) * POSTS_PER_PAGE, Math.min(posts.size(),
                number * POSTS_PER_PAGE));
        ListInputs inputs = new ListInputs(context, number, pages(), onPage, tags);
        return Optional.of(new Route(path, inputs, () -> list(inputs)));
    }

    private Page list(ListInputs in) {
        Routes routes = in.context().routes();
        Labels labels = in.context().labels();
        Optional<NavLink> newer = in.page() > 1
                ? Optional.of(NavLink.to(labels.get("blog.newer"), routes.href(Routes.blogPage(in.page() - 1))))
                : Optional.empty();
        Optional<NavLink> older = in.page() < in.pages()
                ? Optional.of(NavLink.to(labels.get("blog.older"), routes.href(Routes.blogPage(in.page() + 1))))
                : Optional.empty();
        Optional<String> label = in.pages() > 1 ? Optional.of(labels.format("blog.pageOf", in.page(), in.pages()))
                : Optional.empty();
        BlogView view = new BlogView(labels.get("blog.title"), label,
                in.posts().stream().map(p -> PostViews.summary(p, in.context(), "")).toList(), newer, older,
                tagLinks(routes, in.tags(), ""));
        String heading = in.page() == 1 ? labels.get("blog.title") : labels.format("blog.pageTitle", in.page());
        var meta = Head.of(in.context(), Routes.blogPage(in.page()), heading,
                labels.format("blog.description", in.context().owner()), "website").build();
        return renderer.page(PageTemplate.BLOG, meta, view);
    }

    private Page tag(TagInputs in) {
        Routes routes = in.context().routes();
        Labels labels = in.context().labels();
        String heading = labels.format("blog.tagTitle", in.tag());
        BlogView view = new BlogView(heading, Optional.empty(),
                in.posts().stream().map(p -> PostViews.summary(p, in.context(), in.slug())).toList(), Optional.empty(),
                Optional.empty(), tagLinks(routes, in.tags(), in.slug()));
        var meta = Head.of(in.context(), Routes.tag(in.slug()), heading,
                labels.format("blog.tagDescription", in.context().owner(), in.tag()), "website").build();
        return renderer.page(PageTemplate.BLOG, meta, view);
    }

    private Page post(PostInputs in) {
        Routes routes = in.context().routes();
        Post p = in.post();
        Labels labels = in.context().labels();
        PostView view = new PostView(PostViews.summary(p, in.context(), ""),
                Markup.of(p.body(), routes.basePath(), n -> labels.format("footnote.back", n)),
                in.older().map(o -> NavLink.to(TexToText.of(o.title()), routes.href(Routes.post(o.slug())))),
                in.newer().map(n -> NavLink.to(TexToText.of(n.title()), routes.href(Routes.post(n.slug())))),
                routes.href(Routes.BLOG), p.body().contents(), References.views(in.cited(), routes));
        String path = Routes.post(p.slug());
        String description = p.description().or(p.body()::firstParagraph).orElse(p.title());
        var meta = Head.of(in.context(), path, TexToText.of(p.title()), description, "article")
                .image(CardsSection.post(p.slug()), TexToText.of(p.title()))
                .properties(List.of(new MetaTag("article:published_time", p.date())))
                .jsonLd(StructuredData.blogPosting(p, in.context(), routes.absolute(path), description))
                .build();
        return renderer.page(PageTemplate.POST, meta, view);
    }

    private static List<NavLink> tagLinks(Routes routes, Map<String, String> tags, String current) {
        return tags.entrySet().stream()
                .map(e -> new NavLink(e.getValue(), routes.href(Routes.tag(e.getKey())), e.getKey().equals(current)))
                .toList();
    }
}
