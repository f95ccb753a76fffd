package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.e2e.Browser.Scheme;
import io.github.conglongli.site.e2e.Browser.Viewport;
import io.github.conglongli.site.testing.Await;
import io.github.conglongli.site.testing.SiteFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;

/** In dev mode an open tab follows the content files by itself, errors included. */
@Timeout(120)
class LiveReloadBrowserTest {

    static final Duration BUDGET = Duration.ofSeconds(2);

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(SiteFixture.minimal()
            .profile(p -> p.role("Analyst"))
            .position(p -> p.title("Core member").organization("Difference Club").start(2023).end("present")),
            "--dev", "--templates", "src/main/jte").withBrowser();
    static TestSite site;
    static Browser browser;

    @BeforeAll
    static void start() {
        site = serving.site();
        browser = serving.browser();
        // Lets the test know when a page's live-reload connection is up (the server has said
        // announced its version), so that the test knows the tab listens. Runs in every new page.
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                const NativeEventSource = window.EventSource;
                window.EventSource = function (url, init) {
                  const source = new NativeEventSource(url, init);
                  source.addEventListener('version', () => { window.__listening = true; });
                  return source;
                };
                """));
    }

    @Test
    void editingAYamlFileRefreshesTheOpenTabWithinTwoSeconds() throws Exception {
        browser.resize(Viewport.LAPTOP);
        browser.open("/experience");
        markThisPage();
        long written = System.nanoTime();
        site.replace("experience.yaml", "title: Core member", "title: Core member and mentor");
        awaitInBrowser(BUDGET, "a reload showing the edit",
                "return window.__marker === undefined && document.body.innerText.includes('Core member and mentor')");
        long millis = (System.nanoTime() - written) / 1_000_000;
        System.out.println("live reload: edit visible in the open tab " + millis + " ms after the write");
    }

    @Test
    void aBrokenFileShowsTheBannerInTheOpenTabAndFixingItClearsIt() throws Exception {
        browser.resize(Viewport.LAPTOP);
        browser.open("/");
        String good = site.read("profile.yaml");

        markThisPage();
        site.replace("profile.yaml", "role: Analyst", "role: [Analyst");
        awaitInBrowser(Duration.ofSeconds(5), "a reload showing the banner",
                "return window.__marker === undefined && document.querySelector('.dev-errors') !== null");
        String banner = browser.driver.findElement(By.cssSelector(".dev-errors")).getText();
        assertTrue(banner.contains(site.content.resolve("profile.yaml") + ":"), banner);
        assertEquals("Ada Lovelace", browser.driver.findElement(By.tagName("h1")).getText(), "the last good content stays");

        for (Scheme scheme : Scheme.values()) {
            browser.scheme(scheme);
            Axe.assertNoWcag21AaViolations(browser, "the dev error banner (" + scheme + ")");
            for (Viewport viewport : new Viewport[] {Viewport.PHONE, Viewport.LAPTOP}) {
                browser.resize(viewport);
                browser.screenshot(viewport + "/dev-error-banner-" + scheme.cssValue());
            }
        }
        browser.scheme(Scheme.LIGHT);
        markThisPage();
        site.write("profile.yaml", good);
        awaitInBrowser(Duration.ofSeconds(5), "a reload without the banner",
                "return window.__marker === undefined && document.readyState === 'complete'"
                        + " && document.querySelector('.dev-errors') === null");
    }

    /** Waits until this page listens for reloads, then marks it: a reload makes a new page without the mark. */
    private static void markThisPage() {
        awaitInBrowser(Duration.ofSeconds(5), "the live-reload connection", "return window.__listening === true");
        browser.js("window.__marker = 1");
    }

    private static void awaitInBrowser(Duration timeout, String what, String condition) {
        Await.until(timeout, what, () -> {
            try {
                return Boolean.TRUE.equals(browser.js(condition));
            } catch (WebDriverException reloading) {
                return false; // the page is being replaced
            }
        });
    }
}
