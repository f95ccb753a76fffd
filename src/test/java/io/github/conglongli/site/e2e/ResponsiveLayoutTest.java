package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.e2e.Browser.Scheme;
import io.github.conglongli.site.e2e.Browser.Viewport;
import io.github.conglongli.site.testing.ExampleSite;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * At a phone's and a laptop's size every page fits the width, shows its navigation, and has
 * targets a finger can hit. Screenshots of each page, light and dark, land in target/screenshots
 * for people to look at.
 */
@Timeout(180)
class ResponsiveLayoutTest {

    static final List<Viewport> VIEWPORTS = List.of(Viewport.PHONE, Viewport.LAPTOP);
    /** The navigation of a site with every section and a page that asks for a place: as long as it gets. */
    static final List<String> NAV = List.of("Home", "Publications", "Experience", "Talks", "Teaching", "Projects",
            "Join the group", "Blog", "CV");

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(ExampleSite.fixture()).withBrowser();
    static Stream<Arguments> pagesAtBothSizes() {
        return VIEWPORTS.stream().flatMap(viewport -> VisitorPage.ALL.stream().map(page -> Arguments.of(page, viewport)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("pagesAtBothSizes")
    void everyPageFitsTheWidthShowsTheNavigationAndHasLargeEnoughTargets(VisitorPage page, Viewport viewport,
            Browser browser) {
        browser.resize(viewport);
        browser.open(page.path());
        for (Scheme scheme : Scheme.values()) {
            browser.scheme(scheme);
            browser.screenshot(viewport + "/" + page.name() + "-" + scheme.cssValue());
        }
        browser.scheme(Scheme.LIGHT);
        assertAll(
                () -> assertNoHorizontalScrolling(browser),
                () -> assertNavigationVisibleAndOnTop(browser),
                () -> assertTargetsLargeOrSpacedEnough(browser));
    }

    @Test
    void theNavigationLinksWorkWhenClickedAtPhoneSize(Browser browser) {
        browser.resize(Viewport.PHONE);
        for (String title : NAV) {
            browser.open("/no-such-page");
            WebElement link = browser.driver.findElement(By.linkText(title));
            String href = link.getAttribute("href");
            link.click();
            assertEquals(URI.create(href).getPath(), URI.create(browser.driver.getCurrentUrl()).getPath(), title);
        }
    }

    private static void assertNoHorizontalScrolling(Browser browser) {
        @SuppressWarnings("unchecked")
        Map<String, Object> width = (Map<String, Object>) browser.js("""
                const doc = document.documentElement;
                const wide = [...document.querySelectorAll('body *')]
                    .filter(el => el.getBoundingClientRect().right > doc.clientWidth + 0.5)
                    .slice(0, 5)
                    .map(el => el.tagName.toLowerCase() + '.' + el.className + ' right=' + el.getBoundingClientRect().right);
                return {scroll: doc.scrollWidth, viewport: doc.clientWidth, wide: wide};
                """);
        long scroll = (Long) width.get("scroll");
        long viewport = (Long) width.get("viewport");
        assertTrue(scroll <= viewport, () -> "the page scrolls sideways: scrollWidth " + scroll + " > " + viewport
                + "; too wide: " + width.get("wide"));
    }

    private static void assertNavigationVisibleAndOnTop(Browser browser) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> links = (List<Map<String, Object>>) browser.js("""
                return [...document.querySelectorAll('header nav a')].map(a => {
                  const r = a.getBoundingClientRect();
                  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                  return {text: a.textContent.trim(), onScreen: r.left >= 0 && r.top >= 0
                      && r.right <= document.documentElement.clientWidth && r.bottom <= window.innerHeight,
                      onTop: a.contains(hit)};
                });
                """);
        assertEquals(NAV, links.stream().map(l -> l.get("text")).toList(), "the navigation links");
        for (Map<String, Object> link : links) {
            assertEquals(Boolean.TRUE, link.get("onScreen"), () -> link.get("text") + " is on the first screen");
            assertEquals(Boolean.TRUE, link.get("onTop"), () -> link.get("text") + " is not covered by anything");
        }
    }

    /**
     * WCAG 2.2 SC 2.5.8 (Target Size, Minimum): a target is at least 24 by 24 CSS pixels, or a
     * 24-pixel circle on its center touches no other target nor another small target's circle.
     * Links inside a sentence are exempt; here that is a link directly in a paragraph that has
     * words of its own besides its links.
     */
    private static void assertTargetsLargeOrSpacedEnough(Browser browser) {
        @SuppressWarnings("unchecked")
        List<String> offenders = (List<String>) browser.js("""
                const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')];
                const targets = all.filter(el => {
                  const r = el.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') return false;
                  return r.bottom + scrollY > 0 && r.right + scrollX > 0; // not parked off the page, like an unfocused skip link
                });
                const inSentence = el => {
                  const p = el.parentElement;
                  if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline' || p.tagName !== 'P') return false;
                  const ownWords = [...p.childNodes]
                      .filter(n => n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && !n.matches('a, button')))
                      .map(n => n.textContent).join(' ');
                  return (ownWords.match(/\\p{L}{2,}/gu) || []).length >= 2;
                };
                const box = el => el.getBoundingClientRect();
                const center = r => ({x: r.left + r.width / 2, y: r.top + r.height / 2});
                const small = targets.filter(el => !inSentence(el) && (box(el).width < 24 || box(el).height < 24));
                const name = el => JSON.stringify((el.textContent || el.value || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40));
                const offenders = [];
                for (const el of small) {
                  const c = center(box(el));
                  for (const other of targets) {
                    if (other === el || other.contains(el) || el.contains(other)) continue;
                    const r = box(other);
                    const dx = Math.max(r.left - c.x, 0, c.x - r.right);
                    const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
                    const touchesTarget = Math.hypot(dx, dy) < 12 - 0.01;
                    const oc = center(r);
                    const touchesCircle = small.includes(other) && Math.hypot(oc.x - c.x, oc.y - c.y) < 24 - 0.01;
                    if (touchesTarget || touchesCircle) {
                      offenders.push(name(el) + ' (' + Math.round(box(el).width) + 'x' + Math.round(box(el).height)
                          + ') is too close to ' + name(other));
                      break;
                    }
                  }
                }
                return offenders;
                """);
        assertTrue(offenders.isEmpty(), () -> offenders.size() + " targets smaller than 24x24 CSS px without room around them:\n  "
                + String.join("\n  ", offenders));
    }
}
