package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pages of the owner's own, from {@code content/pages/*.md}: served at their file's path, with
 * CommonMark and its GitHub extensions, raw HTML sanitized, and iframes only from the hosts
 * {@code site.yaml} lists in {@code embeds} (which the Content-Security-Policy follows).
 */
@Timeout(60)
class MarkdownPagesTest {

    static final String EMBED = "www.youtube-nocookie.com";

    /** Each classic attack in a paragraph of its own, between honest paragraphs. */
    static final List<String> ATTACKS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">a script link</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">mixed case</a>",
            "<a href=\"&#106;avascript:alert(1)\">an entity</a>",
            "<a href=\"/ok\" onmouseover=\"alert(1)\">a handler</a>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe src=\"https://" + EMBED + "/embed/x\" srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<svg onload=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<style>body { display: none }</style>",
            "<div style=\"background:url(javascript:alert(1))\">styled</div>",
            "<form action=\"https://evil.example/steal\"><input name=password></form>",
            "<object data=\"evil.swf\"></object>",
            "<embed src=\"evil.swf\">",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
            "[click me](javascript:alert(1))",
            "![pic](javascript:alert(1))",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<p onclick=\"alert(1)\">unclosed paragraph");

    static final String ABOUT = """
            ---
            title: About the lab
            description: Who we are and how to reach us.
            updated: 2025-09-01
            ---
            We build **engines** and ~~gears~~ programs. Mail <ada@example.org> or see https://engines.example.

            [Skip to the table](#who-does-what)

            ## Who does what

            | Person | Role |
            |:--|--:|
            | Ada | Programs |
            | Charles | Gears |

            ## Who does what

            The same heading twice gets an id of its own.

            <iframe src="https://%s/embed/talk" title="The talk" width="560" height="315"></iframe>

            <iframe src="https://videos.evil.example/embed/talk" title="Elsewhere"></iframe>
            """.formatted(EMBED);

    static SiteFixture pagesSite() {
        return SiteFixture.minimal()
                .site(s -> s.embeds(EMBED))
                .file("pages/about.md", ABOUT)
                .file("pages/group/join.md", """
                        ---
                        title: Join the group
                        ---
                        We are hiring.
                        """)
                .file("pages/attacks.md", "---\ntitle: Attacks\n---\nAn honest paragraph.\n\n"
                        + String.join("\n\nBetween attacks.\n\n", ATTACKS) + "\n\nThe honest end.\n");
    }

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(pagesSite());

    @Test
    void aPageIsServedAtItsFileNameWithItsTitleDescriptionAndUpdatedDate(Http http) {
        Document doc = http.page("/about");
        assertEquals("About the lab", doc.select("main h1").text());
        assertEquals(1, doc.select("h1").size());
        assertTrue(doc.title().startsWith("About the lab"), doc.title());
        assertEquals("Who we are and how to reach us.", doc.select("meta[name=description]").attr("content"));
        assertEquals("https://ada.example.org/about", doc.select("link[rel=canonical]").attr("href"));
        assertEquals("2025-09-01", doc.select("main .updated time").attr("datetime"));
        assertEquals("1 Sep 2025", doc.select("main .updated time").text());
    }

    @Test
    void nestedFoldersAreNestedAddressesAndTheFolderAloneIsNoPage(Http http) {
        Document doc = http.page("/group/join");
        assertEquals("Join the group", doc.select("main h1").text());
        assertEquals("We are hiring.", doc.select("main article p").first().text());
        assertEquals(404, http.get("/group").statusCode());
        assertEquals(404, http.get("/group/join.md").statusCode());
        assertEquals(404, http.get("/pages/group/join").statusCode());
    }

    @Test
    void markdownGetsCommonMarkAndTheGithubExtensions(Http http) {
        Element body = http.page("/about").selectFirst("main article");
        assertEquals("engines", body.select("p strong").text());
        assertEquals("gears", body.select("p del").text(), "strikethrough");
        assertEquals("mailto:ada@example.org", body.select("a:contains(ada@example.org)").attr("href"), "autolinked e-mail");
        assertEquals("https://engines.example", body.select("a:contains(engines.example)").attr("href"), "autolinked URL");
    }

    @Test
    void aMarkdownTableIsAnHtmlTableWithItsAlignment(Http http) {
        Element table = http.page("/about").selectFirst("main article table");
        assertEquals(List.of("Person", "Role"), table.select("thead th").eachText());
        assertEquals(List.of("Ada Programs", "Charles Gears"), table.select("tbody tr").eachText());
        assertEquals("left", table.select("thead th").get(0).attr("align"));
        assertEquals("right", table.select("thead th").get(1).attr("align"));
    }

    @Test
    void headingsGetUniqueAnchorsThatInPageLinksReach(Http http) {
        Document doc = http.page("/about");
        assertEquals(List.of("who-does-what", "who-does-what-1"), doc.select("main article h2").eachAttr("id"));
        String target = doc.select("a:contains(Skip to the table)").attr("href");
        assertEquals("#who-does-what", target);
        assertEquals(1, doc.select(target).size(), "the link's target is on the page");
    }

    @Test
    void anIframeFromAnEmbedHostIsKeptAndOneFromAnyOtherHostRemoved(Http http) {
        Document doc = http.page("/about");
        assertEquals(List.of("https://" + EMBED + "/embed/talk"), doc.select("iframe").eachAttr("src"));
        assertEquals("The talk", doc.select("iframe").attr("title"));
        assertFalse(doc.html().contains("videos.evil.example"), "nothing of the other iframe is left");
    }

    @Test
    void theContentSecurityPolicyAllowsFramesFromTheEmbedHostsOnly(Http http) throws Exception {
        String csp = http.get("/about").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("; frame-src https://" + EMBED), csp);
        assertEquals(csp, http.get("/").headers().firstValue("Content-Security-Policy").orElseThrow(),
                "one policy for every page");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);

        TestSite noEmbeds = serving.start(SiteFixture.minimal().file("pages/about.md", ABOUT));
        String without = noEmbeds.http.get("/about").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(without.contains("frame-src"), without);
        assertTrue(without.startsWith("default-src 'none'"), "frames fall back to default-src 'none': " + without);
        Document page = Jsoup.parse(noEmbeds.http.text("/about"));
        assertTrue(page.select("iframe").isEmpty(), "no iframe at all without embeds");
    }

    @Test
    void aPageFullOfAttacksIsServedWithNothingThatRuns(Http http) {
        Document doc = http.page("/attacks");
        assertEquals("Attacks", doc.select("main h1").text());
        assertTrue(doc.select("script").isEmpty(), () -> "scripts: " + doc.select("script"));
        String running = "style, object, embed, form, input, base, svg, noscript, iframe:not([src^=https://" + EMBED + "/])";
        // the header's search box is the site's own form; what the page's author wrote is in main
        assertTrue(doc.select("main").select(running).isEmpty(), () -> "elements that run or restyle: " + doc.select("main").select(running));
        // MathML is allowed (formulas are drawn with it), but only MathML: no HTML smuggled inside it
        assertTrue(doc.select("math *").stream().allMatch(e -> e.normalName().startsWith("m")
                || e.normalName().equals("semantics") || e.normalName().equals("annotation")),
                () -> "inside math: " + doc.select("math"));
        assertTrue(doc.select("head meta[http-equiv]").isEmpty(), "no refresh");
        assertAll(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream().map(a -> () -> {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            assertFalse(name.startsWith("on"), () -> "handler " + a + " on <" + e.normalName() + ">");
            assertFalse(name.equals("style") || name.equals("srcdoc"), () -> a + " on <" + e.normalName() + ">");
            assertFalse(isScriptUrl(a), () -> "script URL " + a + " on <" + e.normalName() + ">");
        })));
        List<String> text = doc.select("main article p").eachText();
        assertEquals("An honest paragraph.", text.get(0));
        assertTrue(text.contains("The honest end."), "the page goes on after the attacks: " + text);
        assertTrue(doc.select("main article").text().contains("click me"), "a removed link keeps its text");
    }

    private static boolean isScriptUrl(Attribute a) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (!(name.equals("href") || name.equals("src") || name.equals("action") || name.endsWith(":href"))) {
            return false;
        }
        String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        return value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:");
    }
}
