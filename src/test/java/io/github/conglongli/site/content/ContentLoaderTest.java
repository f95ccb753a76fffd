package io.github.conglongli.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading real YAML files from a temporary directory, good and broken. */
class ContentLoaderTest {

    static final String SITE = """
            title: Test Site
            base_url: https://example.org/
            owner: Ada Lovelace
            """;
    static final String PROFILE = """
            name: Ada Lovelace
            role: Analyst
            """;
    static final String PUBLICATIONS = """
            publications:
              - title: "Notes: On the Analytical Engine"
                authors: [Ada Lovelace, Charles Babbage]
                venue: Memoirs 1843
                year: 1843
                type: journal
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeValidContent() throws IOException {
        write("site.yaml", SITE);
        write("profile.yaml", PROFILE);
        write("publications.yaml", PUBLICATIONS);
    }

    void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    LoadResult load() {
        return new ContentLoader(dir, "my-content").load();
    }

    List<String> errors() {
        LoadResult result = load();
        assertInstanceOf(LoadResult.Failed.class, result, "expected the load to fail");
        return ((LoadResult.Failed) result).errors().stream().map(ContentError::toString).toList();
    }

    void assertFirstErrorStartsWith(String start) {
        String error = errors().get(0);
        assertTrue(error.startsWith(start), error);
    }

    Site site() {
        LoadResult result = load();
        if (result instanceof LoadResult.Failed failed) {
            throw new AssertionError(failed.errors().toString());
        }
        return ((LoadResult.Loaded) result).site();
    }

    @Test
    void aSiteWithEveryFileLoadsCompletely() {
        Site site = SiteFixture.minimal()
                .site(s -> s.baseUrl("https://ada.example.org"))
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal").year(1843))
                .publication(p -> p.title("COUNTESS: A 176-Gear Calculator").authors("Charles Babbage").etAl()
                        .authorCount(391).venue("arXiv preprint").type("preprint").arxiv("2211.05100"))
                .publication(p -> p.title("Notes, Again").authors("Ada Lovelace").venue("Memoirs 1843").type("journal")
                        .year(1843))
                .position(p -> p.title("Analyst").organization("Analytical Society").start(1842).end("present"))
                .position(p -> p.title("Translator").organization("Scientific Memoirs").start(1842).end(1843))
                .education(e -> e.degree("Tutoring in Mathematics").institution("University of London").start(1840))
                .skill("Programming", "Punched cards.")
                .skill("Speaking", "English, French.")
                .service("Journals", "Reviewer", "Scientific Memoirs")
                .news(n -> n.date("1843-09").text("The Notes are out."))
                .load();
        assertEquals(3, site.publications().size());
        assertEquals(2, site.experience().positions().size());
        assertEquals(1, site.experience().education().size());
        assertEquals(2, site.experience().skills().size());
        assertEquals(1, site.experience().service().size());
        assertEquals(1, site.news().size());
        assertEquals("https://ada.example.org", site.config().baseUrl());
        Publication countess = site.publications().stream().filter(p -> p.title().startsWith("COUNTESS")).findFirst()
                .orElseThrow();
        assertEquals(2022, countess.year(), "year read from the arXiv id 2211.05100");
        assertEquals(Optional.of(391), countess.authorCount());
        assertEquals(List.of("1843-notes", "2022-countess", "1843-notes-again"),
                site.publications().stream().map(Publication::slug).toList(), "each its own slug");
    }

    @Test
    void aValidSiteLoadsWithDefaultsFilledIn() {
        Site site = site();
        assertEquals("https://example.org", site.config().baseUrl(), "trailing slash dropped");
        assertEquals("en", site.config().language());
        assertEquals(List.of(), site.config().nav(), "none written: the navigation then follows the content");
        assertEquals(5, site.config().home().selectedPublications());
        assertEquals(Experience.EMPTY, site.experience(), "experience.yaml is optional");
        assertEquals("1843-notes", site.publications().get(0).slug());
        assertTrue(site.version().matches("[0-9a-f]{12}"));
    }

    @Test
    void theVersionChangesWithTheBytesAndOnlyThen() throws IOException {
        String first = site().version();
        assertEquals(first, site().version());
        write("profile.yaml", PROFILE + "location: London\n");
        assertTrue(!first.equals(site().version()));
    }

    @Test
    void unknownFieldSuggestsTheClosestKnownOne() throws IOException {
        write("publications.yaml", PUBLICATIONS.replace("    venue:", "    venu:"));
        assertEquals(List.of(
                "my-content/publications.yaml:2:5: missing required field 'venue' (expected text)",
                "my-content/publications.yaml:4:5: unknown field 'venu' (did you mean 'venue'?)"), errors());
    }

    @Test
    void unknownFieldWithNothingCloseListsTheExpectedFields() throws IOException {
        write("profile.yaml", PROFILE + "favourite_colour: blue\n");
        assertFirstErrorStartsWith("my-content/profile.yaml:3:1: unknown field 'favourite_colour'; expected one of: name, role,");
    }

    @Test
    void badIndentationNamesLineAndColumnInPlainWords() throws IOException {
        write("publications.yaml", """
                publications:
                  - title: A
                     authors: [X]
                """);
        List<String> errors = errors();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("my-content/publications.yaml:3:13: bad indentation"), errors.get(0));
    }

    @Test
    void aDedentedListItemIsReportedWhereItStarts() throws IOException {
        write("profile.yaml", """
                name: Ada
                emails:
                  - a@example.org
                 - b@example.org
                """);
        assertFirstErrorStartsWith("my-content/profile.yaml:4:2: bad indentation: expected this line to line up");
    }

    @Test
    void wrongTypesSayWhatWasExpectedAndWhatWasFound() throws IOException {
        write("publications.yaml", """
                publications:
                  - title: [A, B]
                    authors: Ada Lovelace
                    venue: V
                    year: next year
                    type: novel
                    selected: maybe
                """);
        assertEquals(List.of(
                "my-content/publications.yaml:2:12: 'title' must be text, got a list",
                "my-content/publications.yaml:5:11: 'year' must be a whole number, got 'next year'",
                "my-content/publications.yaml:6:11: 'type' must be one of conference, journal, workshop, preprint, book, chapter, thesis, report, patent, software, dataset, talk, poster, other, got 'novel'",
                "my-content/publications.yaml:7:15: 'selected' must be true or false, got text 'maybe'"), errors());
    }

    @Test
    void aMissingRequiredFieldIsReportedAtItsEntry() throws IOException {
        write("publications.yaml", """
                publications:
                  - title: A
                    venue: V
                    year: 2020
                    type: conference
                """);
        assertEquals(List.of("my-content/publications.yaml:2:5: missing required field 'authors' (expected a list of text)"),
                errors());
    }

    @Test
    void aDuplicateKeyNamesBothLines() throws IOException {
        write("profile.yaml", "name: Ada\nrole: A\nname: Augusta\n");
        assertEquals(List.of("my-content/profile.yaml:3:1: duplicate key 'name' (already defined at line 1); keep only one"),
                errors());
    }

    @Test
    void everyErrorInEveryFileIsReportedNotJustTheFirst() throws IOException {
        write("site.yaml", SITE.replace("owner:", "ownr:"));
        write("profile.yaml", PROFILE + "emails: [not-an-email]\n");
        write("experience.yaml", "positions:\n  - title: T\n    organization: O\n    start: 2020\n    end: 2019\n");
        List<String> errors = errors();
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("my-content/site.yaml:"));
        assertTrue(errors.get(2).startsWith("my-content/profile.yaml:3:9: 'not-an-email' does not look like an email"), errors.get(2));
        assertEquals("my-content/experience.yaml:5:10: 'end' (2019) is before 'start' (2020)", errors.get(3));
    }

    @Test
    void aMissingRequiredFileIsAnError() throws IOException {
        Files.delete(dir.resolve("profile.yaml"));
        assertEquals(List.of("my-content/profile.yaml: required file is missing"), errors());
    }

    @Test
    void aMisnamedContentFileIsCaughtWithASuggestion() throws IOException {
        write("publication.yaml", "publications: []\n");
        assertEquals(List.of("my-content/publication.yaml: unknown content file (did you mean 'publications.yaml'?)"), errors());
    }

    @Test
    void unsafeLinkSchemesAreRefused() throws IOException {
        write("profile.yaml", PROFILE + "links:\n  - label: x\n    url: javascript:alert(1)\n");
        assertTrue(errors().get(0).contains("'url' must be an http(s) URL or a path starting with '/'"));
    }

    @Test
    void yamlAliasesAreRefusedSoBillionLaughsCannotExpand() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        write("profile.yaml", bomb.toString());
        assertFirstErrorStartsWith("my-content/profile.yaml:2:8: YAML aliases (*a) are not supported");
    }

    @Test
    void invalidUtf8IsRefusedWithTheByteOffset() throws IOException {
        byte[] bytes = "name: Ad\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("profile.yaml"), bytes);
        assertEquals(List.of("my-content/profile.yaml:1:9: not valid UTF-8: byte 0xE9 at byte offset 8; save the file as UTF-8"),
                errors());
    }

    @Test
    void tabsAndSecondDocumentsAreExplained() throws IOException {
        write("profile.yaml", "name: Ada\n\trole: x\n");
        assertTrue(errors().get(0).contains("a tab is used for indentation; YAML expects spaces"), errors().get(0));
        write("profile.yaml", "name: Ada\n---\nname: Bob\n");
        assertTrue(errors().get(0).contains("a second YAML document starts here"), errors().get(0));
    }

    @Test
    void twoPublicationsWithTheSameSlugMustBeTold() throws IOException {
        write("publications.yaml", PUBLICATIONS + """
                  - title: "Notes: again"
                    authors: [Ada Lovelace]
                    venue: V
                    year: 1843
                    type: journal
                """);
        assertEquals(List.of("my-content/publications.yaml:7:5: slug '1843-notes' is already used by the publication at "
                + "line 2; give one of them its own 'slug:'"), errors());
    }

    @Test
    void yearMayBeLeftOutOnlyForArxivPreprints() throws IOException {
        write("publications.yaml", """
                publications:
                  - title: A
                    authors: [Ada]
                    venue: arXiv preprint
                    type: preprint
                    arxiv: "2309.14327"
                  - title: B
                    authors: [Ada]
                    venue: V
                    type: conference
                """);
        assertEquals(List.of("my-content/publications.yaml:7:5: missing required field 'year' (expected a year such as "
                + "2022; it may be left out only when 'arxiv' is given)"), errors());
    }

    @Test
    void anEmptyFileReportsTheRequiredFields() throws IOException {
        write("site.yaml", "");
        List<String> errors = errors();
        assertEquals(List.of(
                "my-content/site.yaml:1:1: missing required field 'title' (expected text)",
                "my-content/site.yaml:1:1: missing required field 'base_url' (expected a URL)",
                "my-content/site.yaml:1:1: missing required field 'owner' (expected text)"), errors);
    }

    @Test
    void arxivIdentifiersGiveTheirYearAndTitlesGiveReadableSlugs() {
        assertEquals(Optional.of(2023), PublicationReader.arxivYear("2309.14327"));
        assertEquals(Optional.of(2022), PublicationReader.arxivYear("2211.05100v2"));
        assertEquals(Optional.of(2007), PublicationReader.arxivYear("cs.DC/0701001"));
        assertEquals(Optional.of(1999), PublicationReader.arxivYear("hep-th/9901001"));
        assertEquals(Optional.empty(), PublicationReader.arxivYear("2313.00001"));
        assertEquals("2022-1-bit-lamb", Publication.deriveSlug(2022,
                "1-bit LAMB: Communication Efficient Large-Scale Large-Batch Training with LAMB's Convergence Speed"));
        assertEquals("2015-gd-wheel", Publication.deriveSlug(2015, "GD-Wheel: A Cost-Aware Replacement Policy"));
        assertEquals("2023-maximizing-communication-efficiency-for-large-scale",
                Publication.deriveSlug(2023, "Maximizing Communication Efficiency for Large-scale Training via 0/1 Adam"));
        assertEquals("2020-uber-die-zeit", Publication.deriveSlug(2020, "Über die Zeit"));
        assertEquals("2024-大規模言語モデルの効率的な学習", Publication.deriveSlug(2024, "大規模言語モデルの効率的な学習：通信の削減"));
        assertEquals("2024-gpt-4を用いた日本語の事前学習コーパス", Publication.deriveSlug(2024,
                "GPT-4を用いた日本語の事前学習コーパスの構築と評価に関する研究"), "a run of other scripts is cut at 16");
        assertEquals("2024-深度学习系统", Publication.deriveSlug(2024, "深度学习系统"));
        assertEquals("2024-untitled", Publication.deriveSlug(2024, "?!"));
    }
}
