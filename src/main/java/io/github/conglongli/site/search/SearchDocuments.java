package io.github.conglongli.site.search;

import io.github.conglongli.site.content.Course;
import io.github.conglongli.site.content.MarkdownPage;
import io.github.conglongli.site.content.NewsItem;
import io.github.conglongli.site.content.Post;
import io.github.conglongli.site.content.Project;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.math.TexToText;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.Talk;
import io.github.conglongli.site.content.markdown.RenderedMarkdown;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.cite.Bibtex;
import io.github.conglongli.site.render.page.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Everything a site lets a visitor find, as {@link SearchDocument}s; cheap enough to make on every reload. */
public final class SearchDocuments {

    private static final Pattern HEADING = Pattern.compile("<h[1-6][^>]*>(.*?)</h[1-6]>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("[*`]+|~~");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?.*");

    private SearchDocuments() {}

    /** @param drafts whether draft posts are found (dev mode shows them, so it finds them) */
    public static List<SearchDocument> of(Site site, boolean drafts) {
        List<SearchDocument> docs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> keys = site.publications().isEmpty() ? Map.of() : Bibtex.keys(site.publications());
        for (Publication p : site.publications()) {
            // the full venue often repeats the short one ("Lakeside Systems Lab" both): each once in the snippet
            String venue = Stream.concat(Stream.of(p.venue()), p.venueFull().stream()).filter(v -> !v.isBlank())
                    .distinct().collect(Collectors.joining(" "));
            String body = Stream.of(p.abstractText().map(SearchDocuments::plain).stream(), p.note().stream(),
                            p.awards().stream())
                    .flatMap(s -> s).collect(Collectors.joining("\n"));
            int date = p.date().map(SearchDocuments::date).orElse(p.year() * 10_000);
            add(docs, ids, new SearchDocument("paper:" + p.slug(), SearchKind.PAPER, Routes.publication(p.slug()),
                    TexToText.of(p.title()), "", String.join(", ", p.authorNames()), venue, "", keys.getOrDefault(p.slug(), ""),
                    body, Optional.of(p.year()), date, Optional.of(p.date().orElse(String.valueOf(p.year())))));
        }
        for (Post post : site.posts()) {
            if (post.draft() && !drafts) {
                continue;
            }
            String body = post.description().map(d -> d + "\n").orElse("") + post.body().plainText();
            add(docs, ids, new SearchDocument("post:" + post.slug(), SearchKind.POST, Routes.post(post.slug()),
                    TexToText.of(post.title()), headings(post.body()), "", "", String.join(", ", post.tags()), "", body,
                    year(post.date()), date(post.date()), Optional.of(post.date())));
        }
        for (MarkdownPage page : site.pages()) {
            add(docs, ids, new SearchDocument("page:" + page.path(), SearchKind.PAGE, Routes.page(page.path()),
                    page.title(), headings(page.body()), "", "", "", "",
                    page.description().map(d -> d + "\n").orElse("") + page.body().plainText(),
                    page.updated().flatMap(SearchDocuments::year), page.updated().map(SearchDocuments::date).orElse(0),
                    page.updated()));
        }
        for (Talk talk : site.talks()) {
            String body = Stream.of(Stream.of(talk.event()), talk.location().stream(),
                    talk.abstractText().map(SearchDocuments::plain).stream())
                    .flatMap(s -> s).collect(Collectors.joining("\n"));
            add(docs, ids, new SearchDocument("talk:" + talk.date() + ":" + talk.title(), SearchKind.TALK,
                    Routes.TALKS, talk.title(), "", "", talk.event(), "", "", body, year(talk.date()),
                    date(talk.date()), Optional.of(talk.date())));
        }
        for (Course course : site.teaching()) {
            String title = course.code().map(code -> code + " " + course.title()).orElse(course.title());
            String body = Stream.of(Stream.of(course.institution()), course.terms().stream(),
                    course.description().map(SearchDocuments::plain).stream()).flatMap(s -> s).collect(Collectors.joining("\n"));
            int newest = course.terms().stream().mapToInt(SearchDocuments::date).max().orElse(0);
            add(docs, ids, new SearchDocument("course:" + title + ":" + course.institution(), SearchKind.COURSE,
                    Routes.TEACHING, title, "", "", course.institution(), "", "", body, Optional.empty(), newest,
                    Optional.empty()));
        }
        for (Project project : site.projects()) {
            add(docs, ids, new SearchDocument("project:" + project.name(), SearchKind.PROJECT,
                    Routes.PROJECTS + "#" + Slugs.of(project.name()), project.name(), "", "", "", "", "",
                    plain(project.summary()), Optional.empty(), 0, Optional.empty()));
        }
        for (NewsItem item : site.news()) {
            String title = plain(TAG.matcher(item.text()).replaceAll(""));
            add(docs, ids, new SearchDocument("news:" + item.date() + ":" + item.text(), SearchKind.NEWS,
                    item.url().filter(u -> u.startsWith("/") && !u.startsWith("//")).orElse(Routes.NEWS), title, "",
                    "", "", "", "", "", year(item.date()), date(item.date()), Optional.of(item.date())));
        }
        return docs;
    }

    /** Adds {@code doc}, its id made unique: two talks may share a date and a title. */
    private static void add(List<SearchDocument> docs, Set<String> ids, SearchDocument doc) {
        String id = doc.id();
        for (int n = 2; !ids.add(id); n++) {
            id = doc.id() + "#" + n;
        }
        docs.add(id.equals(doc.id()) ? doc : new SearchDocument(id, doc.kind(), doc.url(), doc.title(),
                doc.headings(), doc.authors(), doc.venue(), doc.tags(), doc.key(), doc.body(), doc.year(), doc.date(),
                doc.when()));
    }

    /** The headings' text, one per line: a post's outline ranks above its paragraphs. */
    static String headings(RenderedMarkdown body) {
        StringBuilder out = new StringBuilder();
        Matcher m = HEADING.matcher(body.html());
        while (m.find()) {
            out.append(unescape(TAG.matcher(m.group(1)).replaceAll(""))).append('\n');
        }
        return out.toString();
    }

    /**
     * Short Markdown (an abstract, a summary, a news item) as the words a reader sees: links keep
     * their text, emphasis and code marks go. Rendering it would cost a parse per document per
     * reload, for marks a snippet does not show anyway.
     */
    static String plain(String markdown) {
        return EMPHASIS.matcher(LINK.matcher(markdown).replaceAll("$1")).replaceAll("");
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** "2024-01-07" is 20240107, "2022" is 20220000, anything else 0. */
    static int date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return 0;
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Integer.parseInt(m.group(1)) * 10_000 + month * 100 + day;
    }

    private static Optional<Integer> year(String text) {
        int date = date(text);
        return date == 0 ? Optional.empty() : Optional.of(date / 10_000);
    }
}
