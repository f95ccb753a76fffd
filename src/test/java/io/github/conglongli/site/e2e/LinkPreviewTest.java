package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.Await;
import io.github.conglongli.site.testing.SiteFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What chats, social networks and browsers show of the site: icons drawn from the owner's
 * initials (an owner's own file wins), and a 1200x630 card for every paper, post and the site,
 * named by OpenGraph and Twitter tags with their alt text, size and the site's locale.
 */
@Timeout(120)
class LinkPreviewTest {

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.onDemand();

    static SiteFixture site() {
        return SiteFixture.minimal()
                .site(s -> s.set("accent", "#8a1538"))
                .profile(p -> p.role("Analyst").set("twitter", "@ada").set("mastodon", "@ada@mathstodon.xyz"))
                .publication(p -> p.title("Notes on the Analytical Engine").authors("Ada Lovelace", "Charles Babbage")
                        .venue("Memoirs 1843").type("journal").year(1843).award("Best Paper").slug("notes"))
                .publication(p -> p.title("解析機関についての覚え書き").authors("Ada Lovelace").venue("Memoirs 1842")
                        .type("journal").year(1842).slug("oboegaki"));
    }

    static BufferedImage image(HttpResponse<byte[]> response) throws IOException {
        assertEquals(200, response.statusCode());
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    @Test
    void iconsAreDrawnFromTheOwnersInitialsInTheAccentColour() throws Exception {
        TestSite site = serving.start(site());
        String svg = site.http.text("/favicon.svg");
        assertTrue(svg.contains(">AL<") && svg.contains("#8a1538"), svg);
        assertEquals(180, image(site.http.get("/apple-touch-icon.png")).getWidth());
        assertEquals(192, image(site.http.get("/icon-192.png")).getWidth());
        assertEquals(512, image(site.http.get("/icon-512.png")).getHeight());
        ByteBuffer ico = ByteBuffer.wrap(site.http.get("/favicon.ico").body()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0), "ICONDIR reserved");
        assertEquals(1, ico.getShort(2), "an icon");
        assertTrue(ico.getShort(4) >= 1, "with images");
        String manifest = site.http.text("/manifest.webmanifest");
        assertTrue(manifest.contains("\"theme_color\" : \"#8a1538\""), manifest);
        Document home = Jsoup.parse(site.http.text("/"));
        assertTrue(home.select("link[rel=icon]").attr("href").startsWith("/favicon.svg"));
    }

    @Test
    void anOwnersOwnIconWinsOverTheGeneratedOne() throws Exception {
        String own = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>mine</title></svg>";
        TestSite site = serving.start(site().staticFile("favicon.svg", own));
        assertEquals(own, site.http.text("/favicon.svg"));
        assertTrue(site.http.text("/apple-touch-icon.png").length() > 0, "the others are still drawn");
    }

    @Test
    void everyPaperPageNamesItsOwnCardWithAltTextSizeAndLocale() throws Exception {
        TestSite site = serving.start(site().site(s -> s.language("ja")));
        Document paper = Jsoup.parse(site.http.text("/publications/notes"));
        String card = paper.select("meta[property=og:image]").attr("content");
        assertEquals("https://ada.example.org/cards/publications/notes.png", card);
        assertEquals(card, paper.select("meta[name=twitter:image]").attr("content"));
        assertEquals("summary_large_image", paper.select("meta[name=twitter:card]").attr("content"));
        assertTrue(paper.select("meta[property=og:image:alt]").attr("content").startsWith("Notes on the Analytical"));
        assertFalse(paper.select("meta[name=twitter:image:alt]").attr("content").isEmpty());
        assertEquals("1200", paper.select("meta[property=og:image:width]").attr("content"));
        assertEquals("630", paper.select("meta[property=og:image:height]").attr("content"));
        assertEquals("ja_JP", paper.select("meta[property=og:locale]").attr("content"));
        assertEquals("@ada", paper.select("meta[name=twitter:site]").attr("content"));
        assertEquals("https://mathstodon.xyz/@ada", paper.select("link[rel=me]").first().attr("href"));

        BufferedImage image = image(site.http.get("/cards/publications/notes.png"));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        Document home = Jsoup.parse(site.http.text("/"));
        assertEquals("https://ada.example.org/cards/site.png", home.select("meta[property=og:image]").attr("content"),
                "other pages show the site's card");
        assertEquals(1200, image(site.http.get("/cards/site.png")).getWidth());
    }

    @Test
    void aCardChangesWhenItsTitleDoesAndKeepsItsBytesOtherwise() throws Exception {
        TestSite site = serving.start(site());
        byte[] before = site.http.get("/cards/publications/notes.png").body();
        assertArrayEquals(before, site.http.get("/cards/publications/notes.png").body(), "drawn once, the same bytes");
        site.replace("publications.yaml", "Notes on the Analytical Engine", "Sketch of the Analytical Engine");
        Await.until(Duration.ofSeconds(10), "the edited card",
                () -> !Arrays.equals(before, site.http.get("/cards/publications/notes.png").body()));
        assertEquals(630, image(site.http.get("/cards/publications/notes.png")).getHeight());
    }

    @Test
    void aTitleTheBundledFontCannotDrawGetsTheSiteCardNeverBoxes() throws Exception {
        TestSite site = serving.start(site());
        assertArrayEquals(site.http.get("/cards/site.png").body(), site.http.get("/cards/publications/oboegaki.png").body());
        assertEquals(404, site.http.get("/cards/publications/nothing.png").statusCode());
        assertTrue(new String(site.http.get("/cards/site.png").body(), 0, 8, StandardCharsets.ISO_8859_1)
                .endsWith("PNG\r\n\u001a\n"), "a PNG");
    }
}
