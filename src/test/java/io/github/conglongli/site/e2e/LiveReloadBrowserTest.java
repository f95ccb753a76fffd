package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.e2e.Browser.Scheme;
import io.github.conglongli.site.e2e.Browser.Viewport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;

/** In dev mode an open tab follows the content files by itself, errors included. */
class LiveReloadBrowserTest {

    static final Duration BUDGET = Duration.ofSeconds(2);

    @TempDir
    static Path dir;
    static BrowserSite session;
    static TestSite site;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        session = BrowserSite.start(dir, "--dev", "--templates", "src/main/jte");
        site = session.site();
        browser = session.browser();
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

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void editingAYamlFileRefreshesTheOpenTabWithinTwoSeconds() throws Exception {
        browser.resize(Viewport.LAPTOP);
        browser.open("/experience");
        markThisPage();
        long written = System.nanoTime();
        site.write("experience.yaml", site.read("experience.yaml").replace("Core member\n", "Core member and mentor\n"));
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
        site.write("profile.yaml", good.replace("role: Senior Researcher", "role: [Senior Researcher"));
        awaitInBrowser(Duration.ofSeconds(5), "a reload showing the banner",
                "return window.__marker === undefined && document.querySelector('.dev-errors') !== null");
        String banner = browser.driver.findElement(By.cssSelector(".dev-errors")).getText();
        assertTrue(banner.contains(site.content.resolve("profile.yaml") + ":"), banner);
        assertEquals("Conglong Li", browser.driver.findElement(By.tagName("h1")).getText(), "the last good content stays");

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
    private static void markThisPage() throws InterruptedException {
        awaitInBrowser(Duration.ofSeconds(5), "the live-reload connection", "return window.__listening === true");
        browser.js("window.__marker = 1");
    }

    private static void awaitInBrowser(Duration timeout, String what, String condition) throws InterruptedException {
        TestSite.await(timeout, what, () -> {
            try {
                return Boolean.TRUE.equals(browser.js(condition));
            } catch (WebDriverException reloading) {
                return false; // the page is being replaced
            }
        });
    }
}
