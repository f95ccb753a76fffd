package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.e2e.Browser.Scheme;
import io.github.conglongli.site.testing.ExampleSite;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** axe-core, run in a real browser on every kind of page in both color schemes, finds nothing at WCAG 2.1 AA. */
@Timeout(180)
class AccessibilityTest {

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(ExampleSite.fixture()).withBrowser();
    static Stream<Arguments> pagesInBothSchemes() {
        return VisitorPage.ALL.stream()
                .flatMap(page -> Stream.of(Scheme.values()).map(scheme -> Arguments.of(page, scheme)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pagesInBothSchemes")
    void everyPageHasNoWcag21AaViolations(VisitorPage page, Scheme scheme, Browser browser) {
        browser.scheme(scheme);
        browser.open(page.path());
        assertEquals(scheme == Scheme.DARK, browser.js("return matchMedia('(prefers-color-scheme: dark)').matches"),
                "the emulated color scheme is in effect");
        Axe.assertNoWcag21AaViolations(browser, page + " (" + scheme + ")");
    }

    @Test
    void theDarkSchemeReallyChangesTheColors(Browser browser) {
        browser.open("/");
        browser.scheme(Scheme.LIGHT);
        double light = luminance(browser.js("return getComputedStyle(document.body).backgroundColor"));
        browser.scheme(Scheme.DARK);
        double dark = luminance(browser.js("return getComputedStyle(document.body).backgroundColor"));
        assertTrue(light > 0.8 && dark < 0.1, "body background luminance: light " + light + ", dark " + dark);
    }

    /** WCAG relative luminance of a computed {@code rgb(r, g, b)} color: 0 is black, 1 is white. */
    private static double luminance(Object rgb) {
        String[] parts = rgb.toString().replaceAll("[^0-9,]", "").split(",");
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(parts[i]) / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
