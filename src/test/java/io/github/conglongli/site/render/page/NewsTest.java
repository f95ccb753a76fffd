package io.github.conglongli.site.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.InProcessSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An optional news.yaml adds a dated list: on the home page, on /news, and in the feed. Built in
 * process, edited and rebuilt (the watcher's part is tested in e2e/HotReloadTest).
 */
@Timeout(60)
class NewsTest {

    @TempDir
    Path dir;

    @Test
    void newsAppearsOnHomeOnItsOwnPageAndInTheFeedNewestFirst() {
        InProcessSite site = InProcessSite.of(SiteFixture.minimal(), dir); // no news.yaml
        assertTrue(site.build().outcome().ok());
        assertTrue(site.page("/news").isEmpty(), "no news.yaml, no news page");
        StringBuilder yaml = new StringBuilder("news:\n");
        for (int day = 1; day <= 7; day++) {
            yaml.append("  - date: 2024-01-0").append(day).append('\n')
                    .append("    text: Item ").append(day).append(" with a [link](https://example.org/").append(day).append(")\n");
        }

        InProcessSite.Build build = site.write("news.yaml", yaml.toString()).build();

        assertTrue(build.outcome().ok(), build::errorText);
        Document home = Jsoup.parse(site.html("/"));
        assertEquals(5, home.select("#home-news ~ ul.news li").size(), "the latest five");
        assertTrue(home.select("#home-news ~ ul.news li").first().text().startsWith("7 Jan 2024 Item 7"));
        assertEquals("2024-01-07", home.select("ul.news time").first().attr("datetime"));
        assertEquals("https://example.org/7", home.select("ul.news a").first().attr("href"));
        assertEquals("/news", home.select("a:contains(All news)").attr("href"));

        Document news = Jsoup.parse(site.html("/news"));
        assertEquals(7, news.select("ul.news li").size());
        String feed = site.html("/feed.xml");
        assertTrue(feed.contains("<title>Item 7 with a link</title>"), feed);
        assertTrue(feed.contains("<updated>2024-01-07T00:00:00Z</updated>"));
        assertTrue(site.html("/sitemap.xml").contains("https://ada.example.org/news"));
    }
}
