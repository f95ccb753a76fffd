package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.e2e.Browser.Scheme;
import io.github.conglongli.site.e2e.Browser.Viewport;
import io.github.conglongli.site.testing.ExampleSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Someone using only a keyboard can skip to the content, sees where focus is, and tabs in reading order. */
@Timeout(180)
class KeyboardTest {

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(ExampleSite.fixture()
            .site(s -> s.title("Ada Lovelace")
                    .nav("Home", "/", "Publications", "/publications", "Experience", "/experience", "CV", "/cv")))
            .withBrowser();
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = serving.browser();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", ExampleSite.PAPER})
    void theFirstTabShowsASkipLinkThatMovesFocusToTheContent(String path) {
        browser.resize(Viewport.LAPTOP);
        openAtTheTop(path);
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('.skip-link').getBoundingClientRect().bottom <= 0"),
                "the skip link is out of sight until focused");
        tab();
        Map<String, Object> skip = focused();
        assertEquals("Skip to content", skip.get("text"));
        assertEquals(Boolean.TRUE, skip.get("onScreen"), "the focused skip link is on screen: " + skip);
        assertEquals(Boolean.TRUE, skip.get("outlined"), "the focused skip link has a visible focus indicator: " + skip);

        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertEquals("main", focused().get("tag"), "Enter on the skip link focuses <main>");
        tab();
        assertEquals(Boolean.TRUE, focused().get("inMain"), "the next Tab goes on inside the content, past the navigation");
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void tabbingGoesThroughTheHeaderInVisualOrderWithAVisibleFocusIndicator(Scheme scheme) {
        for (Viewport viewport : List.of(Viewport.PHONE, Viewport.LAPTOP)) {
            browser.resize(viewport);
            browser.scheme(scheme);
            openAtTheTop("/publications");
            List<Map<String, Object>> stops = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                tab();
                stops.add(focused());
            }
            assertEquals(List.of("Skip to content", "Ada Lovelace", "Home", "Publications", "Experience", "CV"),
                    stops.stream().map(stop -> stop.get("text")).toList(), "tab order at " + viewport);
            for (int i = 0; i < stops.size(); i++) {
                Map<String, Object> stop = stops.get(i);
                assertEquals(Boolean.TRUE, stop.get("outlined"), () -> "visible focus on " + stop + " at " + viewport);
                assertEquals(Boolean.TRUE, stop.get("onScreen"), () -> "focused element on screen: " + stop);
                if (i >= 2) {
                    Map<String, Object> before = stops.get(i - 1);
                    assertTrue(readsAfter(stop, before), () -> stop.get("text") + " comes after " + before.get("text")
                            + " on screen at " + viewport + ": " + before + " then " + stop);
                }
            }
        }
    }

    /**
     * Opens {@code path} with the keyboard where a visitor's starts: before the first link. Set
     * explicitly, since Chrome may keep the previous page's place when the same address loads again.
     */
    private static void openAtTheTop(String path) {
        browser.open(path);
        browser.js("""
                const body = document.body;
                body.setAttribute('tabindex', '-1');
                body.focus();
                body.removeAttribute('tabindex');
                """);
    }

    private static void tab() {
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    }

    /** Right of the previous stop on the same line, or on a line below it. */
    private static boolean readsAfter(Map<String, Object> stop, Map<String, Object> before) {
        double top = ((Number) stop.get("top")).doubleValue();
        double left = ((Number) stop.get("left")).doubleValue();
        double beforeTop = ((Number) before.get("top")).doubleValue();
        double beforeBottom = ((Number) before.get("bottom")).doubleValue();
        double beforeRight = ((Number) before.get("right")).doubleValue();
        boolean sameLine = top < beforeBottom && top >= beforeTop - 4;
        return sameLine ? left >= beforeRight : top >= beforeBottom - 4;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> focused() {
        return (Map<String, Object>) browser.js("""
                const el = document.activeElement;
                const r = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                // an outline only: a box-shadow could be there without focus (the current nav link has one)
                const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
                return {tag: el.tagName.toLowerCase(), text: el.textContent.trim(), outlined: outlined,
                    outline: style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor,
                    onScreen: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
                        && r.bottom <= window.innerHeight && r.right <= document.documentElement.clientWidth,
                    inMain: el !== document.querySelector('main') && document.querySelector('main').contains(el),
                    top: r.top, left: r.left, bottom: r.bottom, right: r.right};
                """);
    }
}
