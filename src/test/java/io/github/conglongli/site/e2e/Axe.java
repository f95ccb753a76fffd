package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;

/** axe-core, as bundled in Deque's jar (nothing is fetched), run on the page a {@link Browser} shows. */
final class Axe {

    /** axe's tags for the success criteria of WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {}

    /** Fails listing every violation, with the element it was found on and what to fix. */
    static void assertNoWcag21AaViolations(Browser browser, String what) {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations")); // node details only for violations: smaller results
        // Legacy mode runs axe.run() in the page itself. The default opens a second window to merge
        // results from cross-origin frames, which costs seconds per page; the site has no frames.
        Results results = new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(browser.driver);
        assertNull(results.getErrorMessage(), () -> "axe failed on " + what);
        List<String> checked = results.getPasses().stream().map(Rule::getId).toList();
        assertTrue(checked.contains("color-contrast") && checked.contains("document-title"),
                () -> "axe checked " + what + ", e.g. contrast and title: " + checked);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), () -> violations.size() + " axe violations on " + what + ":\n" + describe(violations));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(Axe::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      "
                + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
    }
}
