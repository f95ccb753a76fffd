package io.github.conglongli.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.CommandRun;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fictional site in {@code examples/}, which README points new owners to for a complete
 * example of every content file: it passes {@code check --strict}, and every page it lists in
 * its sitemap answers 200, its draft post none.
 */
@Timeout(120)
class ExamplesTest {

    private static final String[] DIRS = {"--content", "examples/content", "--static", "examples/static"};
    private static final Pattern LOC = Pattern.compile("<loc>https?://[^/<]+([^<]*)</loc>");

    @Test
    void theExamplesPassTheStrictCheck() {
        List<String> args = new ArrayList<>(List.of("check", "--strict"));
        args.addAll(List.of(DIRS));
        CommandRun run = MainTest.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals("", run.err(), "no warnings");
    }

    @Test
    void everyPageOfTheExamplesAnswers() throws Exception {
        List<String> serve = new ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--port", "0",
                "--access-log=false"));
        serve.addAll(List.of(DIRS));
        try (App app = App.start(Settings.parse(serve, Map.of()))) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            String sitemap = client.send(HttpRequest.newBuilder(URI.create(base + "/sitemap.xml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            List<String> paths = new ArrayList<>();
            Matcher loc = LOC.matcher(sitemap);
            while (loc.find()) {
                paths.add(loc.group(1).isEmpty() ? "/" : loc.group(1));
            }
            assertTrue(paths.containsAll(List.of("/", "/publications", "/talks", "/teaching", "/projects", "/blog",
                    "/cv")), paths.toString());
            assertTrue(paths.stream().anyMatch(p -> p.startsWith("/blog/tags/")), paths.toString());
            for (String path : paths) {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertEquals(200, response.statusCode(), path);
            }
            assertEquals(404, client.send(HttpRequest.newBuilder(URI.create(base + "/blog/draft-ideas")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "the draft is not served");
        }
    }
}
