package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.Await;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An optional news.yaml adds a dated list: on the home page, on /news, and in the feed. */
@Timeout(60)
class NewsTest {

    @RegisterExtension
    final SiteExtension serving = SiteExtension.serving(SiteFixture.minimal()); // no news.yaml

    @Test
    void newsAppearsOnHomeOnItsOwnPageAndInTheFeedNewestFirst(TestSite site) throws Exception {
        assertEquals(404, site.http.get("/news").statusCode(), "no news.yaml, no news page");
        StringBuilder yaml = new StringBuilder("news:\n");
        for (int day = 1; day <= 7; day++) {
            yaml.append("  - date: 2024-01-0").append(day).append('\n')
                    .append("    text: Item ").append(day).append(" with a [link](https://example.org/").append(day).append(")\n");
        }
        site.write("news.yaml", yaml.toString());
        Await.until(Duration.ofSeconds(5), "the news page", () -> site.http.get("/news").statusCode() == 200);

        Document home = Jsoup.parse(site.http.text("/"));
        assertEquals(5, home.select("#home-news ~ ul.news li").size(), "the latest five");
        assertTrue(home.select("#home-news ~ ul.news li").first().text().startsWith("7 Jan 2024 Item 7"));
        assertEquals("2024-01-07", home.select("ul.news time").first().attr("datetime"));
        assertEquals("https://example.org/7", home.select("ul.news a").first().attr("href"));
        assertEquals("/news", home.select("a:contains(All news)").attr("href"));

        Document news = Jsoup.parse(site.http.text("/news"));
        assertEquals(7, news.select("ul.news li").size());
        String feed = new String(site.http.get("/feed.xml").body(), StandardCharsets.UTF_8);
        assertTrue(feed.contains("<title>Item 7 with a link</title>"), feed);
        assertTrue(feed.contains("<updated>2024-01-07T00:00:00Z</updated>"));
        assertTrue(site.http.text("/sitemap.xml").contains("https://ada.example.org/news"));
    }
}
