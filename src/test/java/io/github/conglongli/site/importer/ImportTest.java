package io.github.conglongli.site.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.LinkKind;
import io.github.conglongli.site.content.LoadResult;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.Talk;
import io.github.conglongli.site.testing.CommandRun;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code import PATH DIR}: trimmed copies of each template's files (src/test/resources/import/)
 * imported through the command line, checked as {@code check} checks, and read back.
 */
@Timeout(120)
class ImportTest {

    static final Path FIXTURES = Path.of("src/test/resources/import");

    @TempDir
    Path dir;

    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Site imported(String template) {
        Path site = dir.resolve(template);
        CommandRun run = run("import", FIXTURES.resolve(template).toString(), site.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        LoadResult result = new ContentLoader(site.resolve("content")).load();
        assertTrue(result instanceof LoadResult.Loaded, () -> result.toString());
        return ((LoadResult.Loaded) result).site();
    }

    private String file(String template, String path) throws IOException {
        return Files.readString(dir.resolve(template).resolve(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"al-folio", "academicpages", "hugo-blox"})
    void eachTemplateBecomesASiteThatPassesCheckWithItsReportBesideIt(String template) throws IOException {
        Path site = dir.resolve(template);

        CommandRun imported = run("import", FIXTURES.resolve(template).toString(), site.toString());

        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertTrue(imported.out().contains("Imported from " + template.replace("al-folio", "al-folio")), imported.out());
        CommandRun check = run("check", "--content", site.resolve("content").toString());
        assertEquals(0, check.code(), check.err());
        String report = Files.readString(site.resolve("IMPORT.md"));
        for (String section : List.of("## Mapped", "## Dropped", "## Guesses", "## Template code kept as text",
                "## Check")) {
            assertTrue(report.contains(section), section);
        }
        assertTrue(report.contains("is valid"), report);
    }

    @Test
    void alFolioKeepsItsBibtexAndMapsNewsPostsProjectsCvAndLinkedFiles() throws IOException {
        Site site = imported("al-folio");

        assertEquals("Marie Curie", site.config().owner());
        assertEquals("Marie Curie", site.config().title());
        assertEquals("https://marie.example.org", site.config().baseUrl());
        assertEquals(List.of("M. Curie"), site.config().ownerAliases());
        assertTrue(file("al-folio", "content/publications.bib").strip().startsWith("@string"),
                "the Jekyll front matter is taken off the BibTeX file");
        Publication polonium = site.publications().stream().filter(p -> p.year() == 1898).findFirst().orElseThrow();
        assertEquals("On a New Radioactive Substance: \"Polonium\"", polonium.title());
        assertEquals(2, site.publications().size());
        assertTrue(file("al-folio", "broken-entries.bib").contains("@article{broken1900"),
                "an entry the parser cannot read is taken out and kept beside the site");
        assertTrue(file("al-folio", "content/publications.bib").contains(
                "pdf = {https://marie.example.org/assets/pdf/missing.pdf}"), "a PDF the checkout lacks points at the old site");
        assertEquals(List.of("2016-01-15", "2015-11-07", "2015-10-22"), site.news().stream().map(n -> n.date()).toList());
        assertEquals("A simple inline announcement: with a colon, and \"quotes\".", site.news().get(2).text());
        assertEquals(Optional.of("/blog/announcement-2"), site.news().get(1).url());
        var post = site.posts().stream().filter(p -> p.slug().equals("formatting-and-links")).findFirst().orElseThrow();
        assertEquals("a post with formatting and links: the 'basics'", post.title());
        assertEquals("2015-03-15", post.date());
        assertEquals(List.of("formatting", "links", "sample-posts"), post.tags());
        String body = file("al-folio", "content/posts/2015-03-15-formatting-and-links.md");
        assertTrue(body.contains("![The lab](/assets/img/lab.png)"), body);
        assertTrue(body.contains("\ntoc: true\n"), "al-folio's toc: {beginning: true} asks for contents: " + body);
        assertTrue(body.contains("<div><a href=\"https://example.org/data\" target=\"_blank\">the data</a></div>"), body);
        assertTrue(body.contains("<div class=\"row\">kept, as code</div>"), "code stays as written: " + body);
        assertTrue(body.contains("`<span class=\"x\">`"), body);
        assertTrue(file("al-folio", "IMPORT.md").contains("2 styling attributes (class, style, align, frameborder) of raw HTML"));
        assertEquals(List.of("Results"), post.body().contents().stream().map(e -> e.text()).toList());
        assertTrue(body.contains("https://www.youtube-nocookie.com/embed/jNQXAC9IVRw"), body);
        assertTrue(site.config().embeds().contains("www.youtube-nocookie.com"));
        assertEquals(List.of("Polonium", "Project: Radium"), site.projects().stream().map(p -> p.name()).toList(),
                "ordered by al-folio's importance");
        assertTrue(Files.isRegularFile(dir.resolve("al-folio/static/assets/img/lab.png")));
        assertTrue(Files.isRegularFile(dir.resolve("al-folio/static/assets/pdf/polonium.pdf")));
        assertEquals(Optional.of("/assets/img/prof_pic.jpg"), site.profile().photo());
        assertTrue(site.profile().bio().orElseThrow().contains("[@curie1898]"), "{% cite %} becomes [@key]");
        assertEquals("Professor", site.experience().positions().get(0).title());
        assertEquals("PhD", site.experience().education().get(0).degree());
        assertTrue(file("al-folio", "content/pages/cv-more.md").contains("Nobel Prize in Chemistry"));
        String report = file("al-folio", "IMPORT.md");
        assertTrue(report.contains("repository/repo.liquid"), "unknown includes are listed as kept text");
        assertTrue(report.contains("_data/coauthors.yml"), "dropped files are listed with a reason");
        assertTrue(report.contains("broken-entries.bib"), report);
        assertEquals(List.of("Fall 1910"), site.teaching().get(0).terms());
        assertTrue(file("al-folio", "content/venues.yaml").contains("color: \"#00369f\""), "venue badges keep their colours");
        assertTrue(report.contains("'Nature' colour red"), "a colour this engine cannot read is listed");
        assertEquals("Sorbonne", site.teaching().get(0).institution());
        assertTrue(report.contains("`_books/`: a collection this import does not read"), report);
        assertTrue(report.contains("date '2015/11/07' read as 2015-11-07"), "guessed dates are listed");
    }

    @Test
    void academicpagesPublicationsTalksTeachingAndPostsKeepTitlesDatesAndLinks() throws IOException {
        Site site = imported("academicpages");

        assertEquals("Ada Lovelace", site.profile().name());
        assertEquals("Ada's Pages: an Academic Site", site.config().title());
        Publication first = site.publications().stream().filter(p -> p.year() == 2009).findFirst().orElseThrow();
        assertEquals("Paper Title Number 1: Notes on \"the Engine\"", first.title());
        assertEquals(List.of("A. Lovelace", "C. Babbage"), first.authors().stream().map(a -> a.name()).toList());
        assertEquals(Map.of(LinkKind.PDF, "/files/paper1.pdf", LinkKind.SLIDES, "/files/slides1.pdf"),
                first.links().stream().collect(java.util.stream.Collectors.toMap(l -> l.kind(), l -> l.url())));
        assertEquals(Optional.of("This paper is about the number 1."), first.abstractText(),
                "the generator's download link and citation lines are left out");
        assertTrue(Files.isRegularFile(dir.resolve("academicpages/static/files/paper1.pdf")));
        Publication third = site.publications().stream().filter(p -> p.year() == 2015).findFirst().orElseThrow();
        assertEquals("workshop", third.type().name().toLowerCase());
        assertTrue(third.etAl());
        assertEquals(Optional.empty(), third.date(), "January 1 is the generator's year-only date");
        List<Talk> talks = site.talks();
        assertEquals(List.of("2013-06-12", "2012-03-01"), talks.stream().map(Talk::date).toList(),
                "'June 12, 2013' is read as a date");
        assertEquals(Optional.of(Talk.Kind.TUTORIAL), talks.get(1).kind());
        assertEquals(List.of("Spring 2014"), site.teaching().get(0).terms());
        assertEquals("University 1, Department", site.teaching().get(0).institution());
        var future = site.posts().stream().filter(p -> p.slug().equals("future-post")).findFirst().orElseThrow();
        assertTrue(future.draft(), "published: false stays unpublished");
        assertEquals("2199-01-01", future.date());
        assertEquals("Blog Post number 1: \"quoted\"", site.posts().stream()
                .filter(p -> p.slug().equals("blog-post-1")).findFirst().orElseThrow().title());
        assertTrue(file("academicpages", "content/posts/2012-08-14-blog-post-1.md").contains("{{ kept }}"),
                "what {% raw %} protected stays as text");
        assertEquals(Optional.of("/images/profile.png"), site.profile().photo());
        assertTrue(site.profile().bio().orElseThrow().contains("[papers](/publications)"), site.profile().bio().get());
        String report = file("academicpages", "IMPORT.md");
        assertTrue(report.contains("authors read from the citation: A. Lovelace, C. Babbage"), report);
        assertEquals(List.of("Publications"), site.config().nav().stream().map(n -> n.title()).toList(),
                "the old menu, less what the new site has no page for");
        assertEquals("/publications", site.config().nav().get(0).url());
        assertTrue(report.contains("menu entry 'Guide' (/markdown/)"), report);
    }

    @Test
    void hugoBloxProfilePublicationsEventsProjectsAndPostBundles() throws IOException {
        Site site = imported("hugo-blox");

        assertEquals("Grace Hopper", site.profile().name());
        assertEquals(List.of("grace@example.org"), site.profile().emails());
        assertEquals("Grace's Lab: Compilers", site.config().title());
        assertEquals("https://grace.example.org", site.config().baseUrl());
        Publication nets = site.publications().stream().filter(p -> p.year() == 2013).findFirst().orElseThrow();
        assertEquals("An example conference paper: \"nets\"", nets.title());
        assertEquals("Grace Hopper", nets.authors().get(0).name(), "the admin author is the owner");
        assertEquals("ICW", nets.venue());
        assertEquals(Optional.of("Hugo Conference"), nets.venueFull());
        assertEquals("conference", nets.type().name().toLowerCase());
        assertTrue(nets.selected(), "featured papers are selected");
        assertTrue(nets.links().contains(new Publication.PublicationLink(LinkKind.PDF, "/papers/deep-nets/paper.pdf")));
        assertTrue(Files.isRegularFile(dir.resolve("hugo-blox/static/papers/deep-nets/paper.pdf")));
        Publication old = site.publications().stream().filter(p -> p.year() == 1952).findFirst().orElseThrow();
        assertEquals("journal", old.type().name().toLowerCase(), "the old numeric type 2 is a journal article");
        assertEquals(Optional.of("1952-05"), old.date());
        assertEquals(Optional.of("10.1000/xyz123"), old.doi());
        assertEquals("Hugo Summit", site.talks().get(0).event());
        assertEquals("2030-06-01", site.talks().get(0).date());
        assertEquals(List.of("deep-nets"), site.projects().get(0).papers().isEmpty()
                ? site.projects().get(0).publications().stream().map(r -> r.key()).toList()
                : site.projects().get(0).papers());
        assertTrue(Files.isRegularFile(dir.resolve("hugo-blox/static/projects-files/robots/featured.png")));
        String post = file("hugo-blox", "content/posts/2020-12-13-first-post.md");
        assertTrue(post.contains("![A plot](/blog-files/first-post/plot.png)"), post);
        assertTrue(post.contains("`{{< youtube ID >}}`"), "an escaped shortcode is shown as written");
        assertTrue(Files.isRegularFile(dir.resolve("hugo-blox/static/blog-files/first-post/plot.png")));
        assertTrue(file("hugo-blox", "IMPORT.md").contains("{{&lt; unknown thing >}}"));
        assertEquals("Yale University", site.experience().education().get(0).institution());
        var toml = site.posts().stream().filter(p -> p.slug().equals("toml-post")).findFirst().orElseThrow();
        assertEquals("Old style: TOML front matter", toml.title(), "TOML front matter (+++) is read");
        assertEquals("2018-05-04", toml.date());
        String tomlPost = file("hugo-blox", "content/posts/2018-05-04-toml-post.md");
        assertTrue(tomlPost.contains("\ntoc: true\n") && !tomlPost.contains("{{<"),
                "{{< toc >}} in the text asks for the contents list: " + tomlPost);
        assertFalse(toml.body().contents().isEmpty(), "the imported post shows its contents");
    }

    @Test
    void aDirectoryThatAlreadyHasContentIsRefusedAndNothingIsWritten() throws IOException {
        Path site = dir.resolve("taken");
        Files.createDirectories(site.resolve("content"));

        CommandRun run = run("import", FIXTURES.resolve("academicpages").toString(), site.toString());

        assertEquals(2, run.code());
        assertTrue(run.err().contains("already exists"), run.err());
        assertFalse(Files.exists(site.resolve("IMPORT.md")));
        try (Stream<Path> files = Files.list(site.resolve("content"))) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void helpNamesTheCommandAndAMissingDirectoryIsAUsageError() {
        CommandRun help = run("--help");
        CommandRun missing = run("import", FIXTURES.resolve("academicpages").toString());

        assertTrue(help.out().contains("import PATH DIR"), help.out());
        assertTrue(help.out().contains("--from FORMAT"), help.out());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("import PATH DIR"), missing.err());
    }

    @Test
    void brokenAndOddFilesAreListedAndTheRestIsImported() throws IOException {
        Path old = dir.resolve("odd");
        Files.createDirectories(old.resolve("_publications"));
        Files.createDirectories(old.resolve("_talks"));
        Files.createDirectories(old.resolve("_posts"));
        Files.writeString(old.resolve("_config.yml"), "title: Odd\nauthor:\n  name: Pat\n");
        Files.writeString(old.resolve("_publications/good.md"), "---\ntitle: Good\ndate: 2020-05-01\nvenue: J\n---\n");
        Files.writeString(old.resolve("_publications/bad-yaml.md"), "---\ntitle: \"unclosed\ndate: 2020\n---\n");
        Files.writeString(old.resolve("_publications/a-list.md"), "---\n- title: x\n---\n");
        Files.write(old.resolve("_publications/binary.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Files.writeString(old.resolve("_talks/no-date.md"), "---\ntitle: Undated\nvenue: Somewhere\n---\n");
        Files.writeString(old.resolve("_posts/odd-date.md"), "---\ntitle: Odd date\ndate: [2020]\n---\nText.\n");
        Files.writeString(old.resolve("_posts/2021-02-03-liquid.md"),
                "---\ntitle: \"{{ page.title }}: more\"\ntags: [a]\n---\n{% for x in y %}{{ x }}{% endfor %}\n");

        CommandRun run = run("import", old.toString(), dir.resolve("new").toString());

        assertEquals(0, run.code(), run.out() + run.err());
        String report = file("new", "IMPORT.md");
        for (String listed : List.of("_publications/bad-yaml.md", "_publications/a-list.md", "_publications/binary.md",
                "_talks/no-date.md", "_posts/odd-date.md", "{% for x in y %}")) {
            assertTrue(report.contains(listed), listed + " in " + report);
        }
        Site site = new ContentLoader(dir.resolve("new/content")).load() instanceof LoadResult.Loaded l ? l.site() : null;
        assertEquals(List.of("Good"), site.publications().stream().map(Publication::title).toList());
        assertEquals(List.of("{{ page.title }}: more"), site.posts().stream().map(p -> p.title()).toList());
    }

    @Test
    void theOldSiteIsNeverChanged() throws Exception {
        Path old = dir.resolve("old");
        SiteFixture.copyTree(FIXTURES.resolve("hugo-blox"), old);
        Map<String, String> before = hashes(old);

        assertEquals(0, run("import", old.toString(), dir.resolve("new").toString()).code());

        assertEquals(before, hashes(old));
    }

    @Test
    void aFolderOfNoKnownTemplateIsRefusedUnlessItsTemplateIsNamed() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("_config.yml"), "title: Plain\nauthor:\n  name: Pat\n");

        CommandRun guessed = run("import", plain.toString(), dir.resolve("a").toString());
        CommandRun named = run("import", plain.toString(), dir.resolve("b").toString(), "--from", "academicpages");
        CommandRun wrong = run("import", plain.toString(), dir.resolve("c").toString(), "--from", "wordpress");

        assertEquals(2, guessed.code());
        assertTrue(guessed.err().contains("--from"), guessed.err());
        assertEquals(0, named.code(), named.err());
        assertEquals(2, wrong.code());
    }

    @Test
    void threeHundredPapersImportAndPassCheck() throws IOException {
        Path old = dir.resolve("big");
        Files.createDirectories(old.resolve("_publications"));
        Files.writeString(old.resolve("_config.yml"), "title: Big\nurl: https://big.example.org\nauthor:\n  name: Ada\n");
        for (int i = 0; i < 300; i++) {
            int year = 2000 + i % 25;
            Files.writeString(old.resolve("_publications/" + year + "-03-0" + (1 + i % 9) + "-paper-" + i + ".md"), """
                    ---
                    title: "Paper %d: on "quotes" and colons"
                    date: %d-03-0%d
                    venue: 'Journal of Things'
                    paperurl: 'https://example.org/p%d.pdf'
                    citation: 'Lovelace, A., &amp; Babbage, C. (%d). Paper.'
                    ---
                    Abstract %d.
                    """.formatted(i, year, 1 + i % 9, i, year, i).replace("\"quotes\"", "\\\"quotes\\\""));
        }
        // how fast is measured by bench/import, not here: this machine's timings are noise
        SiteImporter.Outcome outcome = SiteImporter.importInto(old, dir.resolve("new"), Optional.empty());

        assertEquals(300, ((SiteImporter.Outcome.Imported) outcome).report().count("publication"));
        CommandRun check = run("check", "--content", dir.resolve("new/content").toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("300 publications"), check.out());
    }


    static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(p).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return hashes;
    }
}
