package io.github.conglongli.site;

import io.github.conglongli.site.testing.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} on a publications.bib: BibTeX's warnings as warnings, a syntax error as an error, each at file:line:col. */
@Timeout(120)
class BibtexCheckTest {

    @TempDir
    Path dir;

    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    static final String WARNED = """
            @inproceedings{lovelace2020a,
              title = {Notes}, author = {Lovelace, Ada}, year = {2020},
              booktitle = {Proc. } # icml,
              selected = true,
              crossref = {DBLP:conf/icml/2020},
            }

            @misc{lovelace2020a, title = {Again}, author = {Lovelace, Ada}, year = {2020}}
            """;

    @Test
    void whatBibtexOnlyWarnsAboutPassesCheckAndFailsStrict() {
        Path content = SiteFixture.minimal().file("publications.bib", WARNED).writeContentTo(dir.resolve("content"));
        CommandRun run = run("check", "--content", content.toString());
        assertEquals(0, run.code(), run.err());
        String bib = content + "/publications.bib";
        assertEquals(List.of(
                bib + ":3:26: warning: BibTeX entry 'lovelace2020a': 'booktitle' uses the undefined macro 'icml', read as"
                        + " empty as BibTeX does; define it with @string or put the value in braces",
                bib + ":4:14: warning: BibTeX entry 'lovelace2020a': 'selected = true' is read as {true}; BibTeX itself"
                        + " would read an undefined macro, so write selected = {true}",
                bib + ":5:3: warning: BibTeX entry 'lovelace2020a': crossref 'DBLP:conf/icml/2020' is not in this file;"
                        + " the entry is shown with its own fields only",
                bib + ":8:1: warning: repeated BibTeX key 'lovelace2020a' (already used at line 1); this entry is"
                        + " ignored, as BibTeX does"),
                run.err().lines().filter(l -> l.startsWith(bib)).toList());
        assertEquals(1, run("check", "--strict", "--content", content.toString()).code());
    }

    @Test
    void aScholarIdWithoutTheOwnersScholarProfileIsOneWarningAtTheFirstPaper() {
        String bib = """
                @article{a, title = {A}, author = {Lovelace, Ada}, journal = {J}, year = {2020}}

                @article{b, title = {B}, author = {Lovelace, Ada}, journal = {J}, year = {2021},
                  google_scholar_id = {u5HHmVD_uO8C}}
                @article{c, title = {C}, author = {Lovelace, Ada}, journal = {J}, year = {2022},
                  google_scholar_id = {qyhmnyLat1gC}}
                """;
        Path content = SiteFixture.minimal().file("publications.bib", bib).writeContentTo(dir.resolve("content"));
        CommandRun run = run("check", "--content", content.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(content + "/publications.bib:3:1: warning: 2 papers have a 'google_scholar_id', but no link"
                + " to a Google Scholar profile in profile.yaml's 'links' (https://scholar.google.com/citations?user=...),"
                + " so no paper links to Scholar"), run.err().lines().filter(l -> l.contains("google_scholar_id")).toList());

        Path linked = SiteFixture.minimal().file("publications.bib", bib)
                .profile(p -> p.link("Google Scholar", "https://scholar.google.de/citations?user=AbCdEfGhIjkC&hl=de",
                        "Scholar"))
                .writeContentTo(dir.resolve("linked"));
        CommandRun strict = run("check", "--strict", "--content", linked.toString());
        assertEquals(0, strict.code(), strict.err());
    }

    @Test
    void anUnbalancedBraceIsAnErrorAtItsLineWithTheEntryKey() {
        Path content = SiteFixture.minimal().file("publications.bib", """
                @article{good, title = {Good}, author = {Lovelace, Ada}, journal = {J}, year = {2020}}

                @article{broken,
                  title = {Broken}, author = {Lovelace, Ada},
                  journal = {J}, year = {2021}

                @article{after, title = {After}, author = {Lovelace, Ada}, journal = {J}, year = {2022}}
                """).writeContentTo(dir.resolve("content"));
        CommandRun run = run("check", "--content", content.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().lines().toList().contains(content + "/publications.bib:3:1: invalid BibTeX: entry 'broken'"
                + " is not closed before the next entry at line 7 (a '}' is missing)"), run.err());
        assertTrue(run.err().lines().toList().contains("1 error in " + content), run.err());
    }
}
