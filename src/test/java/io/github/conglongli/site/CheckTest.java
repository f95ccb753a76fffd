package io.github.conglongli.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} catches what would break the live site, each at its file, line and column: a
 * link to a file that is not in static/ or to a page that does not exist, a list written as one
 * line, a label that does not exist; and {@code --strict} turns warnings into failures.
 */
@Timeout(60)
class CheckTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run check(SiteFixture fixture, String... extra) {
        Path site = fixture.writeTo(dir.resolve("site"));
        List<String> args = new ArrayList<>(List.of("check", "--content", site.resolve("content").toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8).replace(site.resolve("content") + "/", ""));
    }

    static SiteFixture withProfile(String profileYaml) {
        return SiteFixture.minimal().file("profile.yaml", profileYaml);
    }

    @Test
    void aPhotoThatIsNotInStaticIsAnErrorAtItsPlace() {
        Run run = check(withProfile("""
                name: Ada Lovelace
                role: Analyst
                location: London
                photo: /me.jpg
                """));
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().lines().anyMatch("profile.yaml:4:8: photo '/me.jpg' is not in static/"::equals), run.err());
    }

    @Test
    void aLinkedFileFoundInStaticPassesAndStaticIsFoundNextToTheContent() throws Exception {
        SiteFixture fixture = withProfile("name: Ada Lovelace\nphoto: /me.jpg\n").staticFile("me.jpg", "not a real jpeg");
        Run run = check(fixture);
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void aPdfLinkToAMissingFileIsAnErrorWithASuggestion() {
        Run run = check(SiteFixture.minimal()
                .staticFile("papers/notes.pdf", "%PDF")
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal")
                        .year(1843).link("pdf", "/papers/note.pdf")));
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("publications.yaml:") && run.err().contains(
                "pdf '/papers/note.pdf' is not in static/ (did you mean '/papers/notes.pdf'?)"), run.err());
    }

    @Test
    void aNavEntryToAPageThatDoesNotExistIsAnError() {
        Run run = check(SiteFixture.minimal().site(s -> s.nav("Home", "/", "Publicatons", "/publicatons")));
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("site.yaml:") && run.err().contains("url '/publicatons' is not a page of this site"),
                run.err());
    }

    @Test
    void anAuthorListWrittenAsOneLineIsAnErrorThatShowsTheFix() {
        Run run = check(SiteFixture.minimal().file("publications.yaml", """
                publications:
                  - title: Notes
                    authors: Alice Zhang, Ada Lovelace and Bob Kumar
                    venue: Memoirs 1843
                    type: journal
                    year: 1843
                """));
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().lines().anyMatch(line -> line.startsWith("publications.yaml:3:14: 'authors' must be a list, "
                + "one item per line: - Alice Zhang / - Ada Lovelace / - Bob Kumar")), run.err());
    }

    @Test
    void anAuthorMayBeGivenInPartsWhereTheSplitMatters() {
        Run run = check(SiteFixture.minimal().file("publications.yaml", """
                publications:
                  - title: BLOOM
                    authors: [{given: Teven, family: Le Scao}, Ada Lovelace]
                    venue: arXiv preprint
                    type: preprint
                    arxiv: "2211.05100"
                """));
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void anOverrideOfALabelThatDoesNotExistIsAnErrorWithASuggestion() {
        Run run = check(SiteFixture.minimal().file("site.yaml", """
                title: Ada Lovelace
                base_url: https://ada.example.org
                owner: Ada Lovelace
                labels:
                  nav.hom: Start
                """));
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().lines().anyMatch(("site.yaml:5:3: no interface text is called 'labels.nav.hom' "
                + "(did you mean 'nav.home'?)")::equals), run.err());
    }

    @Test
    void aLanguageWithoutInterfaceTextIsAWarningAndStrictFailsOnIt() throws Exception {
        SiteFixture italian = SiteFixture.minimal().site(s -> s.language("it"));
        Run lenient = check(italian);
        assertEquals(0, lenient.code(), lenient.err());
        assertTrue(lenient.err().contains("warning: there is no interface text in language 'it'"), lenient.err());

        SiteFixture.deleteTree(dir.resolve("site"));
        Run strict = check(italian, "--strict");
        assertEquals(1, strict.code());
        assertTrue(strict.err().contains("1 warning in") && strict.err().contains("--strict"), strict.err());
        assertTrue(Files.notExists(dir.resolve("site/public")), "check writes nothing");
    }
}
