package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.HostileMarkdown;
import io.github.conglongli.site.testing.InProcessSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page that broke the parser (issue 17) is refused at its file, line and column before
 * the parser sees it; the last good site stays served, and the next valid edit is published.
 * In process, through the pipeline; {@code ShippedFlagsTest} does the same in a JVM with the
 * production flags.
 */
@Timeout(60)
class HostileContentTest {

    @TempDir
    Path dir;

    static List<HostileMarkdown.Case> cases() {
        return HostileMarkdown.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostilePageIsRefusedAtItsPlaceAndTheLastGoodSiteStays(HostileMarkdown.Case hostile) {
        InProcessSite site = InProcessSite.of(SiteFixture.minimal()
                .file("pages/notes.md", HostileMarkdown.valid("The good notes.")), dir);
        assertTrue(site.build().outcome().ok());

        InProcessSite.Build refused = site.write("pages/notes.md", hostile.file()).build();

        assertFalse(refused.outcome().ok(), "published: " + hostile);
        assertTrue(refused.errorText().startsWith("content/pages/notes.md:" + hostile.refusedAt())
                || refused.errorText().startsWith("content/pages/notes.md: " + hostile.refusedAt()),
                refused::errorText);
        assertTrue(site.html("/notes").contains("The good notes."), "the last good page is served");

        InProcessSite.Build fixed = site.write("pages/notes.md", HostileMarkdown.valid("Better notes.")).build();
        assertTrue(fixed.outcome().ok(), fixed::errorText);
        assertTrue(site.html("/notes").contains("Better notes."));
    }

    @Test
    void deeplyNestedHtmlIsServedWithoutBreakingThePage() {
        InProcessSite site = InProcessSite.of(SiteFixture.minimal()
                .file("pages/notes.md", HostileMarkdown.valid("<div>".repeat(1_500) + "deep" + "</div>".repeat(1_500))),
                dir);

        InProcessSite.Build build = site.build();

        // the sanitizer stops nesting at its own depth (it does not recurse): the page is served
        assertTrue(build.outcome().ok(), build::errorText);
        assertTrue(site.html("/notes").contains("<h1>Fine</h1>"), () -> site.html("/notes"));
    }

    @Test
    void aRuleOfManyStarsIsARuleNotARun() {
        InProcessSite site = InProcessSite.of(SiteFixture.minimal()
                .file("pages/notes.md", HostileMarkdown.valid("above\n\n" + "*".repeat(80) + "\n\nbelow")), dir);

        InProcessSite.Build build = site.build();

        assertTrue(build.outcome().ok(), build::errorText);
        assertTrue(site.html("/notes").contains("<hr"));
    }

    @Test
    void anEditReRendersItsPageAndTakesOverTheOthers() {
        InProcessSite site = InProcessSite.of(SiteFixture.minimal()
                .file("pages/notes.md", HostileMarkdown.valid("Notes."))
                .file("pages/letters.md", HostileMarkdown.valid("Letters.")), dir);
        site.build();
        site.html("/notes");
        site.html("/letters");

        InProcessSite.Build edited = site.write("pages/notes.md", HostileMarkdown.valid("New notes.")).build();
        assertTrue(edited.outcome().ok(), edited::errorText);
        site.html("/letters");
        site.html("/notes");

        List<String> rendered = site.renderedSinceBuild();
        assertEquals(1, rendered.stream().filter("/notes"::equals).count(), rendered::toString);
        assertFalse(rendered.contains("/letters"), "the unchanged page is taken over: " + rendered);
    }
}
