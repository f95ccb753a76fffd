package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The blog, from {@code content/posts/YYYY-MM-DD-<slug>.md}: a list ten to a page, a page per
 * post and per tag, drafts only in dev mode, and posts in the feed, the sitemap and on the home
 * page. Ada's blog has eleven posts, one a day from 1 to 11 March 2024, and a draft.
 */
@Timeout(60)
class BlogTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String BASE = "https://ada.example.org";

    /** A post file: front matter with {@code title} and any {@code more} lines, then {@code body}. */
    static String post(String title, String body, String... more) {
        return "---\ntitle: " + title + "\n" + String.join("\n", more) + (more.length > 0 ? "\n" : "") + "---\n"
                + body + "\n";
    }

    /** {@code count} posts "Post 1" ... at /blog/post-1 ..., one a day from 1 March 2024, tagged Notes. */
    static SiteFixture withPosts(SiteFixture fixture, int count) {
        for (int i = 1; i <= count; i++) {
            fixture.file(String.format("posts/2024-03-%02d-post-%d.md", i, i),
                    post("Post " + i, "The text of post " + i + ".", "tags: [Notes]"));
        }
        return fixture;
    }

    static SiteFixture adasBlog() {
        SiteFixture fixture = withPosts(SiteFixture.minimal(), 11)
                // post 6 is long (450 words: 3 minutes), has a description and two tags
                .file("posts/2024-03-06-post-6.md", post("Post 6", ("word ".repeat(15) + "\n").repeat(30),
                        "description: The sixth post, about engines.", "tags: [Machine Learning, Engines]"))
                .file("posts/2024-03-07-post-7.md", post("Post 7", "Seventh.", "tags: [machine-learning]"))
                .file("posts/2024-04-01-secret-plans.md", post("Secret plans", "Not yet.", "tags: [Secret]",
                        "draft: true"));
        // 30 papers and 20 news items: with the posts, more than the feed's 50 entries
        for (int i = 0; i < 30; i++) {
            int year = 1990 + i;
            fixture.publication(p -> p.title("Paper of " + year).authors("Ada Lovelace").venue("Memoirs " + year)
                    .type("journal").year(year));
        }
        for (int month = 1; month <= 12; month++) {
            String date = String.format("2023-%02d-15", month);
            fixture.news(n -> n.date(date).text("News of " + date));
        }
        for (int month = 1; month <= 8; month++) {
            String date = String.format("2022-%02d-15", month);
            fixture.news(n -> n.date(date).text("News of " + date));
        }
        return fixture;
    }

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(adasBlog());

    static List<String> postTitles(Document doc) {
        return doc.select("main ol.posts > li .post-title").eachText();
    }

    @Test
    void theBlogListsTheNewestTenPostsFirstAndLinksToTheOlderOnes(Http http) {
        Document blog = http.page("/blog");
        assertEquals("Blog", blog.select("main h1").text());
        assertEquals(IntStream.iterate(11, i -> i - 1).limit(10).mapToObj(i -> "Post " + i).toList(), postTitles(blog));
        assertEquals(10, blog.select("main ol.posts h2.post-title").size(), "right under the h1, posts are h2");
        assertEquals("Page 1 of 2", blog.select("main .summary").text());
        assertEquals("/blog/post-11", blog.select("main ol.posts .post-title a").first().attr("href"));
        assertEquals("2024-03-11", blog.select("main ol.posts time").first().attr("datetime"));
        assertEquals("/blog/page/2", blog.select("nav.pager a[rel=next]").attr("href"));
        assertTrue(blog.select("nav.pager a[rel=prev]").isEmpty(), "nothing newer than the first page");
        assertEquals(1, blog.select("a[aria-current=page]:contains(Blog)").size(), "Blog is the current section");
    }

    @Test
    void theSecondPageHoldsTheRestAndLinksBackToTheFirst(Http http) {
        Document second = http.page("/blog/page/2");
        assertEquals(List.of("Post 1"), postTitles(second));
        assertEquals("Page 2 of 2", second.select("main .summary").text());
        assertTrue(second.title().startsWith("Blog, page 2"), second.title());
        assertEquals(BASE + "/blog/page/2", second.select("link[rel=canonical]").attr("href"));
        assertEquals("/blog", second.select("nav.pager a[rel=prev]").attr("href"), "the first page is /blog itself");
        assertTrue(second.select("nav.pager a[rel=next]").isEmpty(), "nothing older than the last page");
    }

    @Test
    void pagesOutsideTheListAreNotFound(Http http) {
        for (String path : List.of("/blog/page/1", "/blog/page/3", "/blog/page/0", "/blog/page/01", "/blog/page/two",
                "/blog/page", "/blog/page/99999999999")) {
            assertEquals(404, http.get(path).statusCode(), path);
        }
    }

    @Test
    void aPostHasItsTitleDateTagsReadingTimeAndLinksToTheNewerAndOlderPost(Http http) {
        Document doc = http.page("/blog/post-6");
        assertEquals(1, doc.select("h1").size());
        assertEquals("Post 6", doc.select("main article h1").text());
        assertEquals("2024-03-06", doc.select("main .post-meta time").attr("datetime"));
        assertEquals("6 Mar 2024", doc.select("main .post-meta time").text());
        assertTrue(doc.select("main .post-meta").text().contains("3 min read"), doc.select("main .post-meta").text());
        assertEquals(List.of("Machine Learning", "Engines"), doc.select("main .post-meta a[rel=tag]").eachText());
        assertEquals(List.of("/blog/tags/machine-learning", "/blog/tags/engines"),
                doc.select("main .post-meta a[rel=tag]").eachAttr("href"));
        assertEquals("/blog/post-7", doc.select("nav.pager a[rel=prev]").attr("href"));
        assertEquals("← Newer: Post 7", doc.select("nav.pager a[rel=prev]").text());
        assertEquals("/blog/post-5", doc.select("nav.pager a[rel=next]").attr("href"));
        assertEquals("Older: Post 5 →", doc.select("nav.pager a[rel=next]").text());
        assertEquals("/blog", doc.select("main a:contains(All posts)").attr("href"));
        assertEquals("The sixth post, about engines.", doc.select("meta[name=description]").attr("content"));
    }

    @Test
    void theNewestAndTheOldestPostLinkOneWayOnly(Http http) {
        Document newest = http.page("/blog/post-11");
        assertTrue(newest.select("nav.pager a[rel=prev]").isEmpty(), "no newer post: the draft is not shown");
        assertEquals("/blog/post-10", newest.select("nav.pager a[rel=next]").attr("href"));
        Document oldest = http.page("/blog/post-1");
        assertEquals("/blog/post-2", oldest.select("nav.pager a[rel=prev]").attr("href"));
        assertTrue(oldest.select("nav.pager a[rel=next]").isEmpty());
        assertTrue(oldest.select("main .post-meta").text().contains("1 min read"), "never less than a minute");
    }

    @Test
    void aPostDescribesItselfAsABlogPostingAndAnArticle(Http http) throws Exception {
        Document doc = http.page("/blog/post-6");
        assertEquals("article", doc.select("meta[property=og:type]").attr("content"));
        assertEquals(BASE + "/blog/post-6", doc.select("meta[property=og:url]").attr("content"));
        assertEquals("2024-03-06", doc.select("meta[property=article:published_time]").attr("content"));
        JsonNode json = new ObjectMapper().readTree(doc.select("script[type=application/ld+json]").html());
        assertEquals("https://schema.org", json.path("@context").asText());
        assertEquals("BlogPosting", json.path("@type").asText());
        assertEquals("Post 6", json.path("headline").asText());
        assertEquals("2024-03-06", json.path("datePublished").asText());
        assertEquals(BASE + "/blog/post-6", json.path("url").asText());
        assertEquals("The sixth post, about engines.", json.path("description").asText());
        assertEquals("Machine Learning, Engines", json.path("keywords").asText());
        assertEquals(450, json.path("wordCount").asInt());
        assertEquals("Person", json.path("author").path("@type").asText());
        assertEquals("Ada Lovelace", json.path("author").path("name").asText());
    }

    @Test
    void tagsWrittenDifferentlyShareOnePageAndUnknownTagsAreNotFound(Http http) {
        Document tag = http.page("/blog/tags/machine-learning");
        assertEquals("Posts tagged “machine-learning”", tag.select("main h1").text(),
                "named as the newest post writes it");
        assertEquals(List.of("Post 7", "Post 6"), postTitles(tag));
        assertEquals(List.of("Post 11", "Post 10", "Post 9", "Post 8", "Post 5", "Post 4", "Post 3", "Post 2", "Post 1"),
                postTitles(http.page("/blog/tags/notes")));
        assertEquals(List.of("/blog/tags/notes", "/blog/tags/machine-learning", "/blog/tags/engines"),
                tag.select("main .tag-list a").eachAttr("href"), "every tag, in the order the newest posts use them");
        assertEquals("/blog/tags/machine-learning", tag.select("main .tag-list a[aria-current=page]").attr("href"));
        for (String path : List.of("/blog/tags/no-such-tag", "/blog/tags/Machine%20Learning", "/blog/tags",
                "/blog/tags/secret")) {
            assertEquals(404, http.get(path).statusCode(), path);
        }
    }

    @Test
    void theHomePageListsTheLatestThreePostsByDefault(Http http) throws Exception {
        Document home = http.page("/");
        assertEquals("Latest posts", home.select("#home-posts").text());
        assertEquals(List.of("Post 11", "Post 10", "Post 9"), home.select("main ol.posts h3.post-title").eachText(),
                "under the h2 'Latest posts', posts are h3");
        assertEquals("/blog", home.select("main a:contains(All posts)").attr("href"));

        TestSite one = serving.start(withPosts(SiteFixture.minimal().site(s -> s.postsOnHome(1)), 2));
        assertEquals(List.of("Post 2"), Jsoup.parse(one.http.text("/")).select("main ol.posts .post-title").eachText());
        TestSite none = serving.start(withPosts(SiteFixture.minimal().site(s -> s.postsOnHome(0)), 2));
        Document withoutPosts = Jsoup.parse(none.http.text("/"));
        assertTrue(withoutPosts.select("#home-posts").isEmpty(), "home: posts: 0 lists none");
        assertEquals(200, none.http.get("/blog").statusCode(), "the blog is still there");
    }

    @Test
    void aDraftIsNotServedListedTaggedFedOrMappedOutsideDevMode(Http http) {
        assertEquals(404, http.get("/blog/secret-plans").statusCode());
        assertEquals(404, http.get("/blog/tags/secret").statusCode(), "a tag only the draft uses has no page");
        assertFalse(http.text("/blog").contains("Secret plans"));
        assertFalse(http.text("/").contains("Secret plans"));
        assertFalse(http.text("/feed.xml").contains("secret-plans"));
        assertFalse(http.text("/sitemap.xml").contains("secret"));
    }

    @Test
    void aDraftIsShownInDevModeMarkedAsADraft() throws Exception {
        TestSite dev = serving.start(adasBlog(), "--dev", "--templates", "src/main/jte");
        Document draft = Jsoup.parse(dev.http.text("/blog/secret-plans"));
        assertEquals(200, dev.http.get("/blog/secret-plans").statusCode());
        assertEquals("Secret plans", draft.select("main h1").text());
        assertEquals("Draft", draft.select("main .post-meta .badge").text());
        Document blog = Jsoup.parse(dev.http.text("/blog"));
        assertEquals("Secret plans", postTitles(blog).get(0), "newest first, drafts included");
        assertEquals(200, dev.http.get("/blog/tags/secret").statusCode());
        assertTrue(dev.http.text("/feed.xml").contains(BASE + "/blog/secret-plans"),
                "dev mode previews the whole site as it would be with the draft published");
    }

    @Test
    void theSitemapListsTheBlogItsPagesPostsAndTags(Http http) throws Exception {
        List<String> urls = texts(xml(http.get("/sitemap.xml").body()).getElementsByTagNameNS("*", "loc"));
        for (String path : List.of("/blog", "/blog/page/2", "/blog/post-1", "/blog/post-11", "/blog/tags/notes",
                "/blog/tags/machine-learning", "/blog/tags/engines")) {
            assertTrue(urls.contains(BASE + path), path + " in " + urls);
        }
        assertEquals(11, urls.stream().filter(u -> u.matches(".*/blog/post-\\d+")).count());
        assertFalse(urls.contains(BASE + "/blog/page/1"), "the first page is listed once, as /blog");
    }

    @Test
    void theFeedIsAtomNewestFirstWithThePostsAndAtMostFiftyEntriesEachOfWhichResolves(Http http) throws Exception {
        HttpResponse<byte[]> response = http.get("/feed.xml");
        assertEquals("application/atom+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        org.w3c.dom.Document feed = xml(response.body());
        assertEquals(ATOM, feed.getDocumentElement().getNamespaceURI());
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(50, entries.getLength(), "11 posts, 20 news items and 30 papers, cut to the latest 50");
        List<String> updated = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            updated.add(entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent());
            links.add(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
        }
        assertEquals(updated.stream().sorted(Comparator.reverseOrder()).toList(), updated, "newest first");
        assertEquals(updated.get(0), texts(feed.getDocumentElement().getElementsByTagNameNS(ATOM, "updated")).get(0),
                "the feed was updated when its newest entry was");
        assertEquals(IntStream.iterate(11, i -> i - 1).limit(11).mapToObj(i -> BASE + "/blog/post-" + i).toList(),
                links.subList(0, 11), "the posts, the newest entries");
        assertEquals("2024-03-11T00:00:00Z", updated.get(0));
        assertTrue(links.contains(BASE + "/publications/2019-paper-of-2019"), "the newest papers are in");
        assertFalse(links.contains(BASE + "/publications/1990-paper-of-1990"), "the oldest fell off the end");
        for (String link : links) {
            assertTrue(link.startsWith(BASE + "/"), link);
            String path = link.substring(BASE.length()).replaceFirst("#.*", "");
            assertEquals(200, http.get(path).statusCode(), link);
        }
    }

    @Test
    void exactlyTenPostsMakeOnePageAndNoSecond() throws Exception {
        TestSite ten = serving.start(withPosts(SiteFixture.minimal(), 10));
        Document blog = Jsoup.parse(ten.http.text("/blog"));
        assertEquals(10, postTitles(blog).size());
        assertTrue(blog.select("nav.pager").isEmpty(), "no other page to link to");
        assertTrue(blog.select("main .summary").isEmpty(), "no 'Page 1 of 1'");
        assertEquals(404, ten.http.get("/blog/page/2").statusCode());
        assertFalse(ten.http.text("/sitemap.xml").contains("/blog/page/"));
    }

    @Test
    void noPostsMeansNoBlogNoNavigationEntryAndNoSitemapEntry() throws Exception {
        TestSite none = serving.start(SiteFixture.minimal().file("posts/2024-01-05-draft.md",
                post("Only a draft", "Not yet.", "draft: true")));
        assertEquals(404, none.http.get("/blog").statusCode());
        assertEquals(404, none.http.get("/blog/draft").statusCode());
        Document home = Jsoup.parse(none.http.text("/"));
        assertTrue(home.select("header nav a[href=/blog]").isEmpty(), "no Blog in the navigation");
        assertTrue(home.select("#home-posts").isEmpty());
        assertFalse(none.http.text("/sitemap.xml").contains("/blog"));
        assertFalse(none.http.text("/feed.xml").contains("/blog"));
    }

    @Test
    void aDateInTheFrontMatterWinsOverTheFileName() throws Exception {
        TestSite site = serving.start(withPosts(SiteFixture.minimal(), 2)
                .file("posts/2024-03-05-late-review.md", post("Late review", "Written long ago.", "date: 2024-02-01")));
        Document blog = Jsoup.parse(site.http.text("/blog"));
        assertEquals(List.of("Post 2", "Post 1", "Late review"), postTitles(blog), "sorted by its own date");
        assertEquals("2024-02-01", Jsoup.parse(site.http.text("/blog/late-review")).select("main .post-meta time")
                .attr("datetime"), "the address keeps the file's slug, the date is the front matter's");
    }

    static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
