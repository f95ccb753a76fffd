package io.github.conglongli.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.CommandRun;
import io.github.conglongli.site.testing.SiteFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} writes every page of the owner's own kinds (Markdown pages, the blog's lists,
 * posts and tags, talks, teaching, projects) as {@code index.html} in its folder, each byte for
 * byte what the server sends for that address, and nothing of a draft.
 */
@Timeout(120)
class ExportPagesAndPostsTest {

    @TempDir
    Path dir;

    static SiteFixture adasSite() {
        SiteFixture fixture = SiteFixture.minimal()
                .staticFile("engine.png", "not really a png")
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal")
                        .year(1843).slug("1843-notes"))
                .news(n -> n.date("2024-03-01").text("The blog is open."))
                .file("talks.yaml", "talks:\n  - title: Engines\n    event: Royal Society\n    date: 2024-01-15\n")
                .file("teaching.yaml", "teaching:\n  - title: Engines\n    institution: University of London\n"
                        + "    role: instructor\n    terms: [Autumn 1843]\n")
                .file("projects.yaml", "projects:\n  - name: Analytical Engine\n    summary: A machine.\n"
                        + "    publications: [1843-notes]\n")
                .file("pages/about.md", "---\ntitle: About\nnav: 2\ntoc: true\n---\nAbout Ada [@1843-notes].[^1]\n\n"
                        + "## Code\n\n```python {linenos=true}\nprint('engine')\n```\n\n- [x] notes\n\n"
                        + "![Engine](/engine.png \"The engine\")\n\n[^1]: A note.\n")
                .file("pages/group/join.md", "---\ntitle: Join us\n---\n| Role | When |\n|---|---|\n| PhD | Now |\n")
                .file("posts/2024-04-02-equations.md", "---\ntitle: The $k$-means step\n---\nCost $O(n^2 d)$.\n\n"
                        + "$$\n\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}\n$$\n")
                .file("posts/2024-04-01-secret-plans.md", "---\ntitle: Secret plans\ntags: [Secret]\ndraft: true\n---\n"
                        + "Not yet.\n");
        for (int i = 1; i <= 11; i++) {
            fixture.file(String.format("posts/2024-03-%02d-post-%d.md", i, i), "---\ntitle: Post " + i + "\ntags: ["
                    + (i % 2 == 0 ? "Machine Learning" : "machine-learning") + ", Engines]\n---\nText " + i + ".\n");
        }
        return fixture;
    }

    @Test
    void everyNewKindOfPageIsExportedByteForByteAsServedAndDraftsAreLeftOut() throws Exception {
        Path site = adasSite().writeTo(dir.resolve("site"));
        String[] dirs = {"--content", site.resolve("content").toString(), "--static", site.resolve("static").toString()};
        Path out = dir.resolve("public");
        CommandRun run = MainTest.run(MainTest.export(out, dirs));
        assertEquals(0, run.code(), run.err());

        for (String file : List.of("about/index.html", "group/join/index.html", "talks/index.html",
                "teaching/index.html", "projects/index.html", "blog/index.html", "blog/page/2/index.html",
                "blog/post-1/index.html", "blog/equations/index.html", "blog/post-11/index.html", "blog/tags/machine-learning/index.html",
                "blog/tags/engines/index.html", "news/index.html", "feed.xml", "sitemap.xml")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        for (String absent : List.of("blog/page/1", "blog/page/3", "blog/secret-plans", "blog/tags/secret", "pages",
                "posts")) {
            assertFalse(Files.exists(out.resolve(absent)), absent + " is not exported");
        }
        List<Path> files = files(out);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("secret-plans") || text.contains("Secret plans"), file + " mentions the draft");
        }

        List<String> serve = new ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--port", "0",
                "--access-log=false"));
        serve.addAll(List.of(dirs));
        int compared = 0;
        try (App app = App.start(Settings.parse(serve, Map.of()))) {
            HttpClient client = HttpClient.newHttpClient();
            for (Path file : files) {
                String path = addressOf(out.relativize(file).toString().replace('\\', '/'));
                if (path.equals("/publications")) {
                    continue; // exported for a static host, without searches and filters (MainTest checks it)
                }
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(path.equals("/no-such-page") ? 404 : 200, response.statusCode(), path);
                assertArrayEquals(MainTest.withoutSearchBox(response.body()), Files.readAllBytes(file), path);
                compared++;
            }
        }
        assertTrue(compared > 30, "compared " + compared + " files");
    }

    /** The address a static host serves {@code file} at: folders' index.html at the folder, 404.html for anything missing. */
    private static String addressOf(String file) {
        if (file.equals("404.html")) {
            return "/no-such-page";
        }
        if (file.equals("index.html")) {
            return "/";
        }
        return "/" + (file.endsWith("/index.html") ? file.substring(0, file.length() - "/index.html".length()) : file);
    }

    /** The files exported, but export's own marker (a dotfile no host serves). */
    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        }
    }
}
