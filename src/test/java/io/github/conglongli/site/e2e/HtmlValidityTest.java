package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.export.SiteExporter;
import io.github.conglongli.site.render.DevErrorPage;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PublicationQuery;
import io.github.conglongli.site.search.SiteQuery;
import io.github.conglongli.site.testing.Await;
import io.github.conglongli.site.testing.ExampleSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nu HTML Checker (the W3C's validator) finds no error in any page: every exported page, every
 * publications filter the site links to, the dev-mode error banner and the template-error page.
 * The checker runs in its own JVM from target/vnu, which the build fills (see pom.xml): it needs a
 * Jetty that cannot share a classpath with the server's.
 */
@Timeout(180)
class HtmlValidityTest {

    static final Path CHECKER = Path.of("target", "vnu");

    @RegisterExtension
    final SiteExtension sites = SiteExtension.onDemand();

    @TempDir
    Path dir;

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<Path> files = new ArrayList<>();
        TestSite site = sites.start(ExampleSite.fixture());
        Path export = dir.resolve("export");
        SiteExporter.export(site.app.snapshot(), export);
        try (Stream<Path> walk = Files.walk(export)) {
            walk.filter(file -> file.toString().endsWith(".html")).forEach(files::add);
        }
        // the filtered views are not exported (a static host ignores the query) but are served
        Path filtered = Files.createDirectories(dir.resolve("filtered"));
        PublicationQuery none = PublicationQuery.NONE;
        for (PublicationQuery query : List.of(none.withCompact(true), none.withAward(true),
                none.withYear(Optional.of("2022")), none.withType(Optional.of("journal")),
                none.withVenue(Optional.of("NeurIPS")), none.withQ(Optional.of("learning")))) {
            files.add(write(filtered, query.url(), site.app.snapshot().search(query).body()));
        }
        files.add(write(filtered, "/publications?q=nothing-matches",
                site.app.snapshot().search(PublicationQuery.NONE.withVenue(Optional.of("nothing"))).body()));

        // the search page: results with marks and pages, no results with a suggestion, a refused query, none asked
        for (String typed : List.of("engine", "engien", "year:abc", "")) {
            SiteQuery query = SiteQuery.parse(typed, 1);
            files.add(write(filtered, "search-" + typed, site.app.snapshot().find(query, Duration.ofSeconds(30)).body()));
        }

        TestSite dev = sites.start(SiteFixture.minimal().profile(p -> p.role("Analyst")), "--dev", "--templates", "src/main/jte");
        dev.replace("profile.yaml", "role: Analyst", "role: [Analyst <b>&");
        Await.until(Duration.ofSeconds(5), "the banner", () -> dev.http.text("/").contains("dev-errors"));
        files.add(write(dir, "dev-error-banner", dev.http.get("/").body()));
        Page templateError = DevErrorPage.render(List.of("pages/home.jte:3: <no such field> & \"quotes\""), "/style.css", "run-1");
        files.add(write(dir, "template-error", templateError.body()));

        int papers = site.app.snapshot().site().publications().size();
        assertTrue(files.size() > papers + 6, "a page for each paper, the other pages and the filters: " + files.size());
        assertTrue(files.stream().anyMatch(f -> f.endsWith("404.html")), "the 404 page is checked");
        Checked checked = validate(files);
        assertEquals(0, checked.exitCode(), () -> "the Nu HTML Checker found errors:\n" + checked.output());
        assertTrue(checked.output().isBlank(), checked::output);
        System.out.println("Nu HTML Checker: no errors in " + files.size() + " pages");
    }

    record Checked(int exitCode, String output) {}

    /** Runs the checker in a separate JVM; it prints one line per error and exits with 1 if there are any. */
    static Checked validate(List<Path> files) throws IOException, InterruptedException {
        assertTrue(Files.isDirectory(CHECKER), CHECKER + " is missing: run the tests through Maven (./mvnw test), "
                + "which copies the Nu HTML Checker there before the tests run");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", CHECKER.resolve("*").toString(),
                "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--no-langdetect"));
        files.forEach(file -> command.add(file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the checker finished");
        return new Checked(process.exitValue(), output);
    }

    private static Path write(Path dir, String name, byte[] html) throws IOException {
        String safe = name.replaceAll("[^A-Za-z0-9.-]+", "_");
        return Files.write(dir.resolve(safe + ".html"), html);
    }
}
