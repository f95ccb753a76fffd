package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.e2e.Browser.Scheme;
import io.github.conglongli.site.e2e.Browser.Viewport;
import io.github.conglongli.site.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Formulas in a real browser: Chromium lays the MathML out (fractions have height, scripts sit
 * lower than their base), the math font is fetched from the site, a wide equation scrolls inside
 * its own box at phone width, and axe finds nothing at WCAG 2.1 AA in either color scheme.
 */
@Timeout(180)
class MathBrowserTest {

    private static final String POST = "/blog/equations";
    private static final String LABELLED = "/blog/labelled";

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(SiteFixture.minimal()
            .publication(p -> p.title("Fast $k$-means in $O(n^2 d)$ time").authors("Ada Lovelace")
                    .venue("Memoirs 1843").type("journal").year(1843).slug("1843-kmeans"))
            .file("posts/2024-05-01-equations.md", """
                    ---
                    title: Equations
                    ---
                    Attention over $n$ tokens costs $O(n^2 d)$.

                    $$
                    \\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V
                    + \\sum_{i=1}^{n} \\lambda_i \\lVert w_i \\rVert_2^2 + \\mathbb{E}_{x \\sim p}\\left[\\log p(x)\\right]
                    $$

                    \\begin{aligned}
                    m_t &= \\beta_1 m_{t-1} + (1 - \\beta_1) g_t \\\\
                    v_t &= \\beta_2 v_{t-1} + (1 - \\beta_2) g_t^2
                    \\end{aligned}
                    """)
            .file("posts/2024-05-02-labelled.md", """
                    ---
                    title: Labelled equations
                    ---
                    A boxed $\\boxed{x^2}$, a coloured $\\textcolor{#1f77b4}{y}$
                    and $A \\xrightarrow[n \\to \\infty]{f} B$; $\\overline{x + y}$, $\\bar{x}$ and $\\acute{a}$.

                    $$
                    E = mc^2 \\tag{1.3}
                    $$

                    \\begin{align}
                    m_t &= \\beta_1 m_{t-1} + (1 - \\beta_1) g_t \\tag{2} \\\\
                    v_t &= \\beta_2 v_{t-1} \\tag*{(2b)}
                    \\end{align}
                    """)).withBrowser();


    @Test
    void theBrowserDrawsTheMathMlWithTheSitesMathFont(Browser browser) {
        browser.open(POST);
        Object fraction = browser.js("return document.querySelector('mfrac').getBoundingClientRect().height");
        Object line = browser.js("return document.querySelector('p').getBoundingClientRect().height / 2");
        assertTrue(((Number) fraction).doubleValue() > ((Number) line).doubleValue() * 0.5,
                "a fraction is laid out as a fraction: " + fraction);
        Object loaded = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "document.fonts.load('16px \"Latin Modern Math Subset\"', '∑').then(f => done(f.length));");
        assertEquals(1L, loaded, "the math font is served by the site and loads");
        browser.open("/publications/1843-kmeans");
        assertEquals(2L, browser.js("return document.querySelectorAll('h1 math').length"));
    }

    @Test
    void aWideEquationScrollsInsideItsBoxNotThePage(Browser browser) {
        browser.resize(new Viewport(390, 800));
        browser.open(POST);
        assertEquals(Boolean.FALSE, browser.js(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
        browser.resize(Viewport.LAPTOP);
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void thePostWithMathHasNoWcag21AaViolations(Scheme scheme, Browser browser) {
        browser.scheme(scheme);
        browser.open(POST);
        Axe.assertNoWcag21AaViolations(browser, POST + " (" + scheme + ")");
        browser.screenshot("math-post-" + scheme);
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void tagsSitAtTheRightEdgeAndBoxesAndArrowsAreDrawnAtPhoneAndLaptopWidth(Scheme scheme, Browser browser) {
        browser.scheme(scheme);
        try {
            for (Viewport viewport : new Viewport[] {new Viewport(390, 800), Viewport.LAPTOP}) {
                browser.resize(viewport);
                browser.open(LABELLED);
                assertLabelledEquationsAreLaidOut(browser);
                Axe.assertNoWcag21AaViolations(browser, LABELLED + " (" + scheme + ", " + viewport + ")");
                browser.screenshot("math-labelled-" + viewport.width() + "-" + scheme);
            }
        } finally {
            browser.resize(Viewport.LAPTOP);
        }
    }

    private static void assertLabelledEquationsAreLaidOut(Browser browser) {
        assertEquals(Boolean.FALSE, browser.js(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
        assertEquals("(1.3)", browser.js("return document.querySelector('mtd.math-tag').textContent"));
        String box = "document.querySelector('math[display=block]').getBoundingClientRect()";
        Number gap = (Number) browser.js("return " + box + ".right"
                + " - document.querySelector('mtd.math-tag mtext').getBoundingClientRect().right");
        assertTrue(gap.doubleValue() < 20, "the label ends at the right edge of the formula's box: " + gap);
        Number indent = (Number) browser.js("return document.querySelector('mtable.math-tagged mtd:nth-child(2)')"
                + ".getBoundingClientRect().left - " + box + ".left");
        assertTrue(indent.doubleValue() > 40, "the equation is centred, not at the left: " + indent);
        assertEquals(3L, browser.js("return document.querySelectorAll('mtd.math-tag mtext').length"));
        Number misaligned = (Number) browser.js("const [, two, twoB] = [...document.querySelectorAll("
                + "'mtd.math-tag mtext')].map(t => t.getBoundingClientRect().right); return Math.abs(two - twoB);");
        assertTrue(misaligned.doubleValue() < 1, "the labels of align's lines end at one edge: " + misaligned);
        assertEquals("solid", browser.js("return getComputedStyle(document.querySelector('menclose')).borderTopStyle"));
        // the DOM reports a stretched operator's unstretched box, so this checks the padding the
        // arrow stretches to; the screenshots show the arrow itself under n → ∞
        Number padding = (Number) browser.js("const label = document.querySelector('munderover > mpadded');"
                + "return label.getBoundingClientRect().width"
                + " - label.firstElementChild.getBoundingClientRect().width;");
        assertTrue(padding.doubleValue() > 5, "an arrow's label is padded 0.3em (of its script size) a side: "
                + padding);
    }
}
