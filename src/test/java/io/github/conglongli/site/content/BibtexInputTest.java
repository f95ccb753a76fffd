package io.github.conglongli.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.source.ContentError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/publications.bib as an input, merged with publications.yaml. */
class BibtexInputTest {

    static final String BIB = """
            @inproceedings{li2020ann,
              author = {Lovelace, Ada and Hopper, Grace and Turing, Alan M. and Babbage, Charles},
              title = {Improving Approximate Nearest Neighbor Search through Learned Adaptive Early Termination},
              booktitle = {Proceedings of the 2020 ACM SIGMOD International Conference on Management of Data},
              series = {SIGMOD '20},
              year = {2020},
              month = jun,
              pages = {2539--2554},
              publisher = {ACM},
              doi = {10.1145/3318464.3380600}
            }

            @article{jeon2013dram,
              author = {Babbage, Charles and Lovelace, Ada and Turing, Alan M. and Hopper, Grace},
              title = {Reducing {DRAM} Row Activations with Eager Read/Write Clustering},
              journal = {ACM Transactions on Architecture and Code Optimization},
              volume = {10},
              number = {4},
              year = {2013}
            }

            @misc{scao2022bloom,
              author = {Le Scao, Teven and others},
              title = {{BLOOM}: A 176B-Parameter Open-Access Multilingual Language Model},
              year = {2022},
              eprint = {2211.05100},
              archivePrefix = {arXiv}
            }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void write() throws IOException {
        Files.writeString(dir.resolve("site.yaml"), "title: T\nbase_url: https://example.org\nowner: Ada Lovelace\n");
        Files.writeString(dir.resolve("profile.yaml"), "name: Ada Lovelace\n");
        Files.writeString(dir.resolve("publications.bib"), BIB, StandardCharsets.UTF_8);
    }

    LoadResult load() {
        return new ContentLoader(dir, "my-content").load();
    }

    Site site() {
        LoadResult result = load();
        if (result instanceof LoadResult.Failed failed) {
            throw new AssertionError(failed.errors().toString());
        }
        return ((LoadResult.Loaded) result).site();
    }

    static Publication find(Site site, String titleStart) {
        return site.publications().stream().filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    @Test
    void aBibtexFileAloneGivesEveryEntryAsAPublication() {
        Site site = site();
        assertEquals(3, site.publications().size());
        Publication ann = find(site, "Improving");
        assertEquals(List.of("Ada Lovelace", "Grace Hopper", "Alan M. Turing", "Charles Babbage"), ann.authorNames());
        assertEquals("SIGMOD '20", ann.venue(), "the series is the short label");
        assertEquals(Optional.of("Proceedings of the 2020 ACM SIGMOD International Conference on Management of Data"),
                ann.venueFull());
        assertEquals(PublicationType.CONFERENCE, ann.type());
        assertEquals(Optional.of("2020-06"), ann.date());
        assertEquals(Optional.of("2539–2554"), ann.pages(), "-- typesets as an en dash");
        assertEquals(Optional.of("10.1145/3318464.3380600"), ann.doi());
        assertEquals(Optional.of("li2020ann"), ann.bibtexKey(), "the owner's key is kept for BibTeX output");
        assertEquals("my-content/publications.bib", ann.source().file());
        assertEquals(1, ann.source().line());

        Publication dram = find(site, "Reducing");
        assertEquals(PublicationType.JOURNAL, dram.type());
        assertEquals("Reducing DRAM Row Activations with Eager Read/Write Clustering", dram.title());
        assertEquals(Optional.of("4"), dram.issue());

        Publication bloom = find(site, "BLOOM");
        assertEquals(PublicationType.PREPRINT, bloom.type());
        assertEquals("arXiv preprint", bloom.venue());
        assertEquals(Optional.of("2211.05100"), bloom.arxiv());
        assertEquals(List.of("Teven Le Scao"), bloom.authorNames());
        assertEquals(Optional.of("Le Scao"), bloom.authors().get(0).family(), "BibTeX's own split is kept");
        assertTrue(bloom.etAl());
    }

    @Test
    void yamlAddsAwardsLinksAndLabelsToABibtexEntryAndWins() throws IOException {
        Files.writeString(dir.resolve("publications.yaml"), """
                publications:
                  - bibtex: li2020ann
                    venue: SIGMOD 2020
                    venue_full: 2020 ACM SIGMOD International Conference on Management of Data
                    awards: [Best Paper]
                    selected: true
                    links:
                      code: https://github.com/efficient/learned-adaptive-early-termination
                  - bibtex: scao2022bloom
                    author_count: 391
                    note: I contributed to code and infrastructure.
                """);
        Site site = site();
        assertEquals(3, site.publications().size(), "a referenced entry is not listed twice");
        Publication ann = site.publications().get(0);
        assertEquals("SIGMOD 2020", ann.venue());
        assertEquals(Optional.of("2020 ACM SIGMOD International Conference on Management of Data"), ann.venueFull());
        assertEquals(List.of("Best Paper"), ann.awards());
        assertTrue(ann.selected());
        assertEquals(LinkKind.CODE, ann.links().get(0).kind());
        assertEquals(4, ann.authors().size(), "the rest comes from the BibTeX entry");
        assertEquals("my-content/publications.yaml", ann.source().file());
        Publication bloom = site.publications().get(1);
        assertEquals(Optional.of(391), bloom.authorCount());
        assertEquals(Optional.of("I contributed to code and infrastructure."), bloom.note());
        assertEquals("Reducing DRAM Row Activations with Eager Read/Write Clustering", site.publications().get(2).title(),
                "entries only in the BibTeX file come after the YAML ones");
    }

    @Test
    void aMisspeltBibtexKeyIsCaughtWithASuggestion() throws IOException {
        Files.writeString(dir.resolve("publications.yaml"), "publications:\n  - bibtex: li2020an\n    awards: [X]\n");
        LoadResult result = load();
        List<String> errors = ((LoadResult.Failed) assertInstanceOf(LoadResult.Failed.class, result)).errors()
                .stream().map(ContentError::toString).toList();
        assertEquals(List.of(
                "my-content/publications.yaml:2:5: missing required field 'title' (expected text)",
                "my-content/publications.yaml:2:5: missing required field 'authors' (expected a list of text)",
                "my-content/publications.yaml:2:5: missing required field 'venue' (expected text)",
                "my-content/publications.yaml:2:5: missing required field 'type' (expected one of conference, journal, workshop, preprint, book, chapter, thesis, report, patent, software, dataset, talk, poster, other)",
                "my-content/publications.yaml:2:5: missing required field 'year' (expected a year such as 2022; it may be left out only when 'arxiv' is given)",
                "my-content/publications.yaml:2:13: no entry 'li2020an' in publications.bib (did you mean 'li2020ann'?)"),
                errors);
    }

    @Test
    void aBrokenBibtexFileIsReportedWithItsPosition() throws IOException {
        Files.writeString(dir.resolve("publications.bib"), BIB + "\n@article{broken,\n  title = {No author\n");
        LoadResult result = load();
        String error = ((LoadResult.Failed) assertInstanceOf(LoadResult.Failed.class, result)).errors().get(0).toString();
        assertTrue(error.startsWith("my-content/publications.bib:"), error);
    }

    @Test
    void aThesisIsAPublicationOfItsOwnType() throws IOException {
        Files.writeString(dir.resolve("publications.bib"), BIB
                + "\n@phdthesis{lovelace2020thesis, author = {Lovelace, Ada}, title = {Thesis}, school = {London}, year = {2020}}\n");
        LoadResult.Loaded loaded = assertInstanceOf(LoadResult.Loaded.class, load());
        Publication thesis = loaded.site().publications().stream().filter(p -> p.title().equals("Thesis")).findFirst()
                .orElseThrow();
        assertEquals(PublicationType.THESIS, thesis.type());
        assertEquals(Optional.of("London"), thesis.venueFull());
    }

    @Test
    void anEntryTypeBibtexDoesNotKnowIsAWarningAndReadsAsMisc() throws IOException {
        Files.writeString(dir.resolve("publications.bib"), BIB
                + "\n@artcle{typo2020, author = {Lovelace, Ada}, title = {Typo}, year = {2020}}\n");
        LoadResult.Loaded loaded = assertInstanceOf(LoadResult.Loaded.class, load());
        String warning = loaded.warnings().get(0).toString();
        assertTrue(warning.matches("my-content/publications\\.bib:\\d+:1: BibTeX entry 'typo2020' has the type @artcle,"
                + " which BibTeX styles do not know; it is shown as @misc \\(did you mean 'article'\\?\\)"), warning);
        assertTrue(loaded.site().publications().stream().anyMatch(p -> p.title().equals("Typo")
                && p.type() == PublicationType.OTHER));
    }

    @Test
    void twoPapersWithTheSameBibtexKeyAreAnError() throws IOException {
        Files.writeString(dir.resolve("publications.yaml"), """
                publications:
                  - bibtex: li2020ann
                  - title: Other
                    authors: [A]
                    venue: V
                    type: conference
                    year: 2021
                    bibtex_key: li2020ann
                """);
        List<String> errors = ((LoadResult.Failed) load()).errors().stream().map(ContentError::toString).toList();
        assertEquals(List.of("my-content/publications.yaml:3:5: BibTeX key 'li2020ann' is already used by the publication "
                + "at line 2; each paper needs its own key"), errors);
    }
}
