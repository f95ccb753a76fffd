package io.github.conglongli.site.render.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.InProcessSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What chats, social networks and browsers show of the site: icons drawn from the owner's
 * initials (an owner's own file wins), and a 1200x630 card for every paper, post and the site,
 * named by OpenGraph and Twitter tags with their alt text, size and the site's locale. Built in
 * process; a card is drawn again only when its paper's title changes.
 */
@Timeout(120)
class LinkPreviewTest {

    @TempDir
    Path dir;

    private InProcessSite built(SiteFixture fixture) {
        return InProcessSite.built(fixture, dir);
    }

    static byte[] bytes(InProcessSite site, String path) {
        return site.page(path).orElseThrow(() -> new AssertionError("no file at " + path)).body();
    }

    static SiteFixture site() {
        return SiteFixture.minimal()
                .site(s -> s.set("accent", "#8a1538"))
                .profile(p -> p.role("Analyst").set("twitter", "@ada").set("mastodon", "@ada@mathstodon.xyz"))
                .publication(p -> p.title("Notes on the Analytical Engine").authors("Ada Lovelace", "Charles Babbage")
                        .venue("Memoirs 1843").type("journal").year(1843).award("Best Paper").slug("notes"))
                .publication(p -> p.title("解析機関についての覚え書き").authors("Ada Lovelace").venue("Memoirs 1842")
                        .type("journal").year(1842).slug("oboegaki"));
    }

    static BufferedImage image(InProcessSite site, String path) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes(site, path)));
    }

    @Test
    void iconsAreDrawnFromTheOwnersInitialsInTheAccentColour() throws Exception {
        InProcessSite site = built(site());
        String svg = site.html("/favicon.svg");
        assertTrue(svg.contains(">AL<") && svg.contains("#8a1538"), svg);
        assertEquals(180, image(site, "/apple-touch-icon.png").getWidth());
        assertEquals(192, image(site, "/icon-192.png").getWidth());
        assertEquals(512, image(site, "/icon-512.png").getHeight());
        ByteBuffer ico = ByteBuffer.wrap(bytes(site, "/favicon.ico")).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0), "ICONDIR reserved");
        assertEquals(1, ico.getShort(2), "an icon");
        assertTrue(ico.getShort(4) >= 1, "with images");
        String manifest = site.html("/manifest.webmanifest");
        assertTrue(manifest.contains("\"theme_color\" : \"#8a1538\""), manifest);
        Document home = Jsoup.parse(site.html("/"));
        assertTrue(home.select("link[rel=icon]").attr("href").startsWith("/favicon.svg"));
    }

    @Test
    void anOwnersOwnIconWinsOverTheGeneratedOne() throws Exception {
        String own = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>mine</title></svg>";
        InProcessSite site = built(site().staticFile("favicon.svg", own));
        assertEquals(own, site.html("/favicon.svg"));
        assertTrue(site.html("/apple-touch-icon.png").length() > 0, "the others are still drawn");
    }

    @Test
    void everyPaperPageNamesItsOwnCardWithAltTextSizeAndLocale() throws Exception {
        InProcessSite site = built(site().site(s -> s.language("ja")));
        Document paper = Jsoup.parse(site.html("/publications/notes"));
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

        BufferedImage image = image(site, "/cards/publications/notes.png");
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        Document home = Jsoup.parse(site.html("/"));
        assertEquals("https://ada.example.org/cards/site.png", home.select("meta[property=og:image]").attr("content"),
                "other pages show the site's card");
        assertEquals(1200, image(site, "/cards/site.png").getWidth());
    }

    @Test
    void aCardChangesWhenItsTitleDoesAndKeepsItsBytesOtherwise() throws Exception {
        InProcessSite site = built(site());
        byte[] before = bytes(site, "/cards/publications/notes.png");
        assertArrayEquals(before, bytes(site, "/cards/publications/notes.png"), "drawn once, the same bytes");
        assertEquals(1, site.renderedSinceBuild().stream().filter("/cards/publications/notes.png"::equals).count(),
                () -> "drawn once: " + site.renderedSinceBuild());
        byte[] other = bytes(site, "/cards/publications/oboegaki.png");

        String publications = site.read("publications.yaml");
        assertTrue(publications.contains("Notes on the Analytical Engine"), publications);
        InProcessSite.Build edited = site.write("publications.yaml",
                publications.replace("Notes on the Analytical Engine", "Sketch of the Analytical Engine")).build();

        assertTrue(edited.outcome().ok(), edited::errorText);
        assertFalse(Arrays.equals(before, bytes(site, "/cards/publications/notes.png")), "the edited card");
        assertEquals(630, image(site, "/cards/publications/notes.png").getHeight());
        assertArrayEquals(other, bytes(site, "/cards/publications/oboegaki.png"), "the other paper's card");
        List<String> rendered = site.renderedSinceBuild();
        assertTrue(rendered.contains("/cards/publications/notes.png"), rendered::toString);
        assertFalse(rendered.contains("/cards/publications/oboegaki.png"), () -> "taken over: " + rendered);
    }

    @Test
    void aTitleTheBundledFontCannotDrawGetsTheSiteCardNeverBoxes() throws Exception {
        InProcessSite site = built(site());
        assertArrayEquals(bytes(site, "/cards/site.png"), bytes(site, "/cards/publications/oboegaki.png"));
        assertTrue(site.page("/cards/publications/nothing.png").isEmpty());
        assertTrue(new String(bytes(site, "/cards/site.png"), 0, 8, StandardCharsets.ISO_8859_1)
                .endsWith("PNG\r\n\u001a\n"), "a PNG");
    }
}
