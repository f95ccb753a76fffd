package io.github.conglongli.site.e2e;

import io.github.conglongli.site.testing.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.conglongli.site.Main;
import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.LoadResult;
import io.github.conglongli.site.content.Site;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code init DIR}: a new owner's site from nothing, run through the command line and served.
 * It must load cleanly, show the owner's name, and carry nothing of the first owner's site.
 */
@Timeout(120)
class InitTest {

    @RegisterExtension
    static final SiteExtension sites = SiteExtension.onDemand();

    /** The engine's first owner: the templates, theme and bundles must not carry his name into anyone's site. */
    private static final String FIRST_OWNER = "conglong";

    @TempDir
    Path dir;

    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void aNewSiteChecksCleanServesTheOwnersNameAndNothingOfTheFirstOwner() throws Exception {
        Path root = dir.resolve("ada");

        CommandRun init = run("init", root.toString(), "--name", "Ada Lovelace");

        assertEquals(0, init.code(), init.err());
        assertEquals("", init.err());
        for (String file : List.of("site.yaml", "profile.yaml", "publications.yaml", "experience.yaml", "news.yaml",
                "talks.yaml", "teaching.yaml", "projects.yaml", "posts/" + LocalDate.now() + "-hello-world.md")) {
            assertTrue(Files.isRegularFile(root.resolve("content").resolve(file)), file);
            assertTrue(init.out().contains(root.resolve("content").resolve(file).toString()), init.out());
        }
        assertFalse(Files.exists(root.resolve("content/publications.bib")), "BibTeX is only mentioned");
        assertFalse(Files.exists(root.resolve("content/pages")), "pages have no draft flag: none is written");
        assertEquals(List.of("style.css"), list(root.resolve("static")), "no icons: the server draws them");
        String content = root.resolve("content").toString();
        String statics = root.resolve("static").toString();
        assertTrue(init.out().contains(" --dev --content " + content + " --static " + statics), init.out());
        assertTrue(init.out().contains(" check --content " + content), init.out());

        CommandRun check = run("check", "--strict", "--content", content);
        assertEquals(0, check.code(), check.err());
        assertEquals("", check.err(), "no warnings");

        TestSite site = sites.startIn(root);
        Map<String, HttpResponse<byte[]>> crawled = crawl(site.http, "https://example.org");
        String paper = "/publications/" + LocalDate.now().getYear() + "-your-first-paper";
        for (String path : List.of("/", "/publications", "/experience", "/cv", paper, paper + ".bib", "/feed.xml",
                "/manifest.webmanifest", "/404", "/robots.txt", "/style.css")) {
            assertTrue(crawled.containsKey(path), path + " was not reached: " + crawled.keySet());
        }
        crawled.forEach((path, response) -> {
            assertEquals(path.equals("/404") ? 404 : 200, response.statusCode(), path);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertFalse(body.toLowerCase(Locale.ROOT).contains(FIRST_OWNER), path + " names the first owner");
            response.headers().map().forEach((name, values) -> assertFalse(
                    values.toString().toLowerCase(Locale.ROOT).contains(FIRST_OWNER), path + ": header " + name));
            if (isHtml(response) || path.equals("/feed.xml") || path.equals("/manifest.webmanifest")) {
                assertTrue(body.contains("Ada Lovelace"), path + " does not show the owner's name");
            }
        });
        for (String section : List.of("/news", "/talks", "/teaching", "/projects", "/blog")) {
            assertEquals(404, site.http.get(section).statusCode(), section + ": its file is all comments");
        }
        assertTrue(site.http.text("/").contains("Your First Paper"), "the placeholder paper is on the home page");

        Path export = dir.resolve("public");
        CommandRun exported = run("export", export.toString(), "--content", content, "--static", statics);
        assertEquals(0, exported.code(), exported.err());
        assertEquals(List.of(), filesMentioning(FIRST_OWNER, root), "the site's own files");
        assertEquals(List.of(), filesMentioning(FIRST_OWNER, export), "the exported site");
    }

    @Test
    void theStylesheetIsTheBuiltInThemeWithAWayBackToIt() throws Exception {
        Path root = dir.resolve("site");
        assertEquals(0, run("init", root.toString()).code());

        String css = Files.readString(root.resolve("static/style.css"));

        assertTrue(css.startsWith("/*"), css.substring(0, 80));
        String firstComment = css.substring(0, css.indexOf("*/"));
        assertTrue(firstComment.contains("Delete this file to return to the built-in theme, which improves with every "
                + "release"), firstComment);
        String theme;
        try (var in = Main.class.getResourceAsStream("/theme/style.css")) {
            theme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(css.endsWith(theme), "the rest is the built-in theme as it is");
    }

    @Test
    void withoutANameTheSiteIsYourNamesToReplace() throws Exception {
        Path root = dir.resolve("site");

        assertEquals(0, run("init", root.toString()).code());

        Site site = load(root);
        assertEquals("Your Name", site.profile().name());
        assertEquals("Your Name", site.config().owner());
        assertEquals("https://example.org", site.config().baseUrl());
        assertEquals("en", site.config().language());
        assertEquals(List.of("Your Name", "A. Coauthor"), site.publications().get(0).authorNames());
        assertTrue(Files.readString(root.resolve("content/site.yaml")).contains("# Change it to yours"),
                "the placeholder address says it is one");
    }

    /** Names YAML would misread unquoted, or read as something else than text. */
    @ParameterizedTest
    @ValueSource(strings = {"Ada \"Countess\" Lovelace: #1", "Lovelace, Ada", "Ada #1", "O'Brien", "李聪龙",
            "Émilie du Châtelet", "yes", "No", "null", "1843", "- Ada", "[Ada]", "{Ada}", "Ada:", "back\\slash",
            "@ada", "& Ada", "* Ada", "! Ada", "% Ada", "'Ada'", "Ada {{year}}", "{{name}}"})
    void theNameIsWrittenSoThatYamlReadsItBackExactly(String name) throws Exception {
        Path root = dir.resolve("site");

        CommandRun init = run("init", root.toString(), "--name", name);

        assertEquals(0, init.code(), init.err());
        Site site = load(root);
        assertEquals(name, site.profile().name());
        assertEquals(name, site.config().title());
        assertEquals(name, site.config().owner());
        assertEquals(name, site.publications().get(0).authors().get(0).name());
        assertEquals(2, site.publications().get(0).authors().size(), "the name stays one author in a flow list");
    }

    @Test
    void theLanguageAndAddressReachSiteYamlAndEveryPage() throws Exception {
        Path root = dir.resolve("site");

        CommandRun init = run("init", root.toString(), "--name", "Ada Lovelace", "--language", "de",
                "--base-url", "https://ada.example.org/");

        assertEquals(0, init.code(), init.err());
        String siteYaml = Files.readString(root.resolve("content/site.yaml"));
        assertTrue(siteYaml.contains("\nlanguage: de\n"), siteYaml);
        assertTrue(siteYaml.contains("\nbase_url: https://ada.example.org\n"), siteYaml);
        assertFalse(init.out().contains("set base_url"), "an address was given: no reminder to set one");
        TestSite site = sites.startIn(root);
        for (String path : List.of("/", "/publications", "/experience")) {
            Document page = Jsoup.parse(site.http.text(path));
            assertEquals("de", page.selectFirst("html").attr("lang"), path);
            assertEquals("https://ada.example.org" + path, page.selectFirst("link[rel=canonical]").attr("href"), path);
        }
    }

    @Test
    void aLanguageYamlWouldReadAsABooleanStaysALanguage() throws Exception {
        Path root = dir.resolve("site");

        assertEquals(0, run("init", root.toString(), "--language", "no").code());

        assertEquals("no", load(root).config().language(), "Norwegian, not false");
    }

    @Test
    void aProjectSiteAddressIsKeptWithItsPath() throws Exception {
        Path root = dir.resolve("site");

        assertEquals(0, run("init", root.toString(), "--base-url", "https://ada.github.io/homepage").code());

        assertEquals("https://ada.github.io/homepage", load(root).config().baseUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--language=english", "--language=en_US", "--language=", "--language=e",
            "--base-url=ada.example.org", "--base-url=ftp://ada.example.org", "--base-url=https://",
            "--base-url=https://ada.example.org/?x=1", "--base-url=https://ada.example.org/#top",
            "--base-url=https://ada example.org", "--name=", "--name= ", "--name=Ada\nLovelace",
            "--port=8080", "--content=content"})
    void aBadValueIsAUsageErrorAndWritesNothing(String option) {
        Path root = dir.resolve("site");

        CommandRun init = run("init", root.toString(), option);

        assertEquals(2, init.code(), init.out());
        assertTrue(init.err().startsWith("error: "), init.err());
        assertFalse(Files.exists(root), "nothing written");
    }

    @Test
    void initNeedsExactlyOneDirectory() {
        CommandRun none = run("init", "--name", "Ada Lovelace");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("init needs a directory for the new site: init DIR"), none.err());

        CommandRun two = run("init", dir.resolve("a").toString(), dir.resolve("b").toString());
        assertEquals(2, two.code());
        assertFalse(Files.exists(dir.resolve("a")));
        assertFalse(Files.exists(dir.resolve("b")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"an empty content directory", "a content directory with a file", "a file named content",
            "a file named static", "a file where the site's directory should be"})
    void initRefusesToWriteOverWhatIsThereAndWritesNothing(String existing) throws Exception {
        Path root = dir.resolve("site");
        Files.createDirectories(root);
        Files.writeString(root.resolve("README.md"), "my notes\n");
        Path target = root;
        switch (existing) {
            case "an empty content directory" -> Files.createDirectory(root.resolve("content"));
            case "a content directory with a file" -> {
                Files.createDirectory(root.resolve("content"));
                Files.writeString(root.resolve("content/site.yaml"), "title: Mine\n");
            }
            case "a file named content" -> Files.writeString(root.resolve("content"), "not a folder\n");
            case "a file named static" -> Files.writeString(root.resolve("static"), "not a folder\n");
            default -> target = root.resolve("README.md");
        }
        Map<String, String> before = tree(root);

        CommandRun init = run("init", target.toString());

        assertEquals(2, init.code(), init.out());
        assertEquals(before, tree(root), "nothing written or changed");
        if (existing.contains("content")) {
            assertEquals("error: " + root.resolve("content")
                    + " already exists; init writes a new site into an empty or new directory\n", init.err());
        } else {
            assertTrue(init.err().contains("is not a directory; init writes a new site into an empty or new "
                    + "directory"), init.err());
        }
    }

    @Test
    void aDirectoryWithOtherFilesGetsTheSiteBesideThem() throws Exception {
        Path root = withFiles(dir.resolve("homepage"), "README.md", "# My homepage\n", ".git/HEAD", "ref: refs/heads/main\n");

        CommandRun init = run("init", root.toString());

        assertEquals(0, init.code(), init.err());
        assertEquals("# My homepage\n", Files.readString(root.resolve("README.md")));
        assertEquals("ref: refs/heads/main\n", Files.readString(root.resolve(".git/HEAD")));
        assertEquals(List.of(".git", "README.md", "content", "static"), list(root), "no staging directory left behind");
    }

    /** A regression: content/ was made private (rwx------) like the temporary directory it is written in. */
    @Test
    void theContentDirectoryIsMadeAsAnyOtherDirectory() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path root = dir.resolve("site");

        assertEquals(0, run("init", root.toString()).code());

        assertEquals(Files.getPosixFilePermissions(root.resolve("static")),
                Files.getPosixFilePermissions(root.resolve("content")));
        assertEquals(Files.getPosixFilePermissions(root.resolve("content/posts")),
                Files.getPosixFilePermissions(root.resolve("content")));
    }

    /**
     * An existing static/ is the owner's (a photo, PDFs, perhaps their own stylesheet): init adds
     * only what is missing and never replaces a file.
     */
    @Test
    void anExistingStaticDirectoryKeepsEveryFileAndGetsOnlyWhatItLacks() throws Exception {
        Path mine = withFiles(dir.resolve("mine"), "static/style.css", "body { color: teal; }\n",
                "static/papers/notes.pdf", "%PDF-1.4\n");
        Path bare = withFiles(dir.resolve("bare"), "static/photo.jpg", "jpeg\n");

        CommandRun keeps = run("init", mine.toString());
        CommandRun adds = run("init", bare.toString());

        assertEquals(0, keeps.code(), keeps.err());
        assertEquals("body { color: teal; }\n", Files.readString(mine.resolve("static/style.css")));
        assertEquals("%PDF-1.4\n", Files.readString(mine.resolve("static/papers/notes.pdf")));
        assertTrue(keeps.out().lines().anyMatch(line -> line.strip().startsWith(mine.resolve("static/style.css") + " ")
                && line.endsWith("yours, kept: it replaces the built-in theme")), keeps.out());
        assertEquals(0, adds.code(), adds.err());
        assertEquals("jpeg\n", Files.readString(bare.resolve("static/photo.jpg")));
        assertTrue(Files.readString(bare.resolve("static/style.css")).contains("built-in theme"));
    }

    @Test
    void theDraftPostShowsInDevModeOnly() throws Exception {
        Path root = dir.resolve("site");
        assertEquals(0, run("init", root.toString(), "--name", "Ada Lovelace").code());

        TestSite served = sites.startIn(root);
        TestSite dev = sites.startIn(root, "--dev");

        assertEquals(404, served.http.get("/blog/hello-world").statusCode());
        assertFalse(served.http.text("/sitemap.xml").contains("/blog"));
        assertFalse(served.http.text("/feed.xml").contains("Hello, world"));
        assertEquals(200, dev.http.get("/blog/hello-world").statusCode());
        assertTrue(dev.http.text("/blog/hello-world").contains("Hello, world"));
        Path export = dir.resolve("public");
        assertEquals(0, run("export", export.toString(), "--content", root.resolve("content").toString(),
                "--static", root.resolve("static").toString()).code());
        assertFalse(Files.exists(export.resolve("blog")), "never exported");
    }

    /** What an owner does next: uncomment an example. Each must then be valid as written. */
    @Test
    void everyCommentedExampleIsValidOnceUncommented() throws Exception {
        Path root = dir.resolve("site");
        assertEquals(0, run("init", root.toString(), "--name", "Ada Lovelace").code());
        for (String file : List.of("profile.yaml", "experience.yaml", "news.yaml", "talks.yaml", "teaching.yaml",
                "projects.yaml")) {
            Path path = root.resolve("content").resolve(file);
            Files.writeString(path, uncommentExamples(Files.readString(path)));
        }

        // the files the examples link to, which the owner would put in static/
        for (String file : List.of("photo.jpg", "talks/my-talk.pdf", "img/project.png")) {
            Path path = root.resolve("static").resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "placeholder");
        }

        CommandRun check = run("check", "--strict", "--content", root.resolve("content").toString(), "--static",
                root.resolve("static").toString());

        assertEquals(0, check.code(), check.err());
        Site site = load(root);
        assertEquals(1, site.news().size());
        assertEquals(1, site.talks().size());
        assertEquals(1, site.teaching().size());
        assertEquals(1, site.projects().size());
        assertEquals(1, site.experience().education().size());
        assertEquals(1, site.experience().skills().size());
        assertEquals(1, site.experience().service().size());
        assertEquals(List.of("me@example.org"), site.profile().emails());
        assertEquals(List.of(site.publications().get(0).slug()), site.projects().get(0).papers(),
                "the example project names the placeholder paper");
    }

    /**
     * The file with its examples uncommented: every comment from the first line of data (or the
     * first commented top-level key, in a file that is all comments) on, as an owner deleting
     * each "# " would.
     */
    private static String uncommentExamples(String yaml) {
        StringBuilder out = new StringBuilder();
        boolean examples = false;
        for (String line : yaml.split("\n", -1)) {
            examples |= !line.isBlank() && !line.startsWith("#") || line.matches("# [a-z_]+:");
            out.append(examples ? line.replaceFirst("^(\\s*)# ?", "$1") : line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * Every page of the site, as a visitor and a search engine find them: the sitemap's, the feed,
     * the manifest, robots.txt, the 404 page and the stylesheet, and each address of this site
     * that a page links to.
     */
    private static Map<String, HttpResponse<byte[]>> crawl(Http http, String baseUrl) {
        Deque<String> queue = new ArrayDeque<>(List.of("/sitemap.xml", "/feed.xml", "/manifest.webmanifest",
                "/robots.txt", "/404", "/style.css", "/"));
        Matcher loc = Pattern.compile("<loc>(.*?)</loc>").matcher(http.text("/sitemap.xml"));
        while (loc.find()) {
            queue.add(loc.group(1).substring(baseUrl.length()));
        }
        Map<String, HttpResponse<byte[]>> seen = new TreeMap<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (seen.containsKey(path)) {
                continue;
            }
            HttpResponse<byte[]> response = http.get(path);
            seen.put(path, response);
            if (isHtml(response)) {
                Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
                for (Element a : page.select("a[href]")) {
                    localPath(a.attr("href"), baseUrl).ifPresent(queue::add);
                }
            }
        }
        return seen;
    }

    private static Optional<String> localPath(String href, String baseUrl) {
        String ref = href.startsWith(baseUrl) ? href.substring(baseUrl.length()) : href;
        if (!ref.startsWith("/") || ref.startsWith("//")) {
            return Optional.empty();
        }
        URI uri = URI.create(ref);
        return Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private static boolean isHtml(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    private static Site load(Path root) {
        LoadResult result = new ContentLoader(root.resolve("content")).load();
        return assertInstanceOf(LoadResult.Loaded.class, result, result::toString).site();
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file and directory below {@code root}, with its content. */
    private static Map<String, String> tree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            Map<String, String> tree = new TreeMap<>();
            for (Path path : paths.toList()) {
                tree.put(root.relativize(path).toString(), Files.isDirectory(path) ? "/" : Files.readString(path));
            }
            return tree;
        }
    }

    private static List<String> filesMentioning(String word, Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            List<String> found = new ArrayList<>();
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (text.toLowerCase(Locale.ROOT).contains(word)) {
                    found.add(root.relativize(file).toString());
                }
            }
            return found;
        }
    }

    /** {@code root} with the files given as pairs of path and text, their folders made as needed. */
    private static Path withFiles(Path root, String... pathsAndTexts) throws IOException {
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path file = root.resolve(pathsAndTexts[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathsAndTexts[i + 1]);
        }
        return root;
    }
}
