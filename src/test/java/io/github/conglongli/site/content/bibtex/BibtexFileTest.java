package io.github.conglongli.site.content.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.content.source.Problems;
import io.github.conglongli.site.content.source.SourceText;
import io.github.conglongli.site.render.cite.Bibtex;
import io.github.conglongli.site.testing.ExampleSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an owner's publications.bib from disk, good and broken. */
class BibtexFileTest {

    static final String REALISTIC = """
            % Papers exported from Google Scholar, then edited by hand.
            @string{hipc = {IEEE International Conference on High Performance Computing}}

            @inproceedings{li2022lamb,
              title     = {1-bit {LAMB}: Communication Efficient Large-Scale
                           Large-Batch Training with {LAMB}'s Convergence Speed},
              author    = {Lovelace, Ada and Babbage, Charles Xavier and Turing, Alan},
              booktitle = hipc # { (HiPC)},
              year      = {2022},
              month     = sep,
              pages     = {1--10},
              doi       = {10.1109/HiPC_2022.00008},
            }

            @ARTICLE{jeon2013,
                title = "Reducing {DRAM} Row Activations with Eager Read/Write Clustering",
                author = {M{\\"u}ller, J{\\"o}rg and Caf\\'e, Ren\\'{e} and Smith, Jr., John},
                journal = {ACM Trans. Archit. Code Optim.},
                volume = 10, number = {4},
                year = 2013
            }

            @misc{scao2022bloom, title = {{BLOOM}: A 176B-Parameter Open-Access Model \\& More},
              author = {Le Scao, Teven and Fan, Angela and others},
              year = {2022}, eprint = {2211.05100}, archiveprefix = {arXiv}}
            """;

    @TempDir
    Path dir;

    final Problems problems = new Problems("my-content/publications.bib");

    Map<String, BibEntry> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    Map<String, BibEntry> read(byte[] bytes) throws IOException {
        Path file = dir.resolve("publications.bib");
        Files.write(file, bytes);
        return BibtexFile.read(Files.readAllBytes(file), problems);
    }

    /** Reading {@code bib} gives this error and no other. */
    void assertOnlyError(String bib, String error) throws IOException {
        read(bib);
        assertEquals(List.of(error), errors());
    }

    List<String> errors() {
        return problems.errors().stream().map(ContentError::toString).toList();
    }

    List<String> warnings() {
        return problems.warnings().stream().map(ContentError::toString).toList();
    }

    @Test
    void realisticFileReadsAsPlainText() throws IOException {
        Map<String, BibEntry> entries = read(REALISTIC);
        assertEquals(List.of(), errors());
        assertEquals(List.of("li2022lamb", "jeon2013", "scao2022bloom"), List.copyOf(entries.keySet()));

        BibEntry lamb = entries.get("li2022lamb");
        assertEquals("inproceedings", lamb.type());
        assertEquals(4, lamb.line());
        assertEquals(1, lamb.column());
        assertEquals("1-bit LAMB: Communication Efficient Large-Scale Large-Batch Training with LAMB's Convergence Speed",
                lamb.field("title").orElseThrow());
        assertEquals(List.of("Ada Lovelace", "Charles Xavier Babbage", "Alan Turing"), lamb.authors());
        assertFalse(lamb.authorsTruncated());
        assertEquals(Optional.of("IEEE International Conference on High Performance Computing (HiPC)"),
                lamb.field("booktitle"));
        assertEquals(Optional.of("September"), lamb.field("Month"));
        assertEquals(Optional.of("1\u201310"), lamb.field("pages"));
        assertEquals(Optional.of("10.1109/HiPC_2022.00008"), lamb.field("doi"), "DOIs are verbatim");
        assertEquals(List.of("title", "author", "booktitle", "year", "month", "pages", "doi"),
                List.copyOf(lamb.fields().keySet()));

        BibEntry article = entries.get("jeon2013");
        assertEquals("article", article.type());
        assertEquals(15, article.line());
        assertEquals(List.of("Jörg Müller", "René Café", "John Smith, Jr."), article.authors());
        assertEquals(Optional.of("10"), article.field("volume"));
        assertEquals(Optional.of("2013"), article.field("year"));

        BibEntry bloom = entries.get("scao2022bloom");
        assertEquals("misc", bloom.type());
        assertEquals("BLOOM: A 176B-Parameter Open-Access Model & More", bloom.field("title").orElseThrow());
        assertEquals(List.of("Teven Le Scao", "Angela Fan"), bloom.authors());
        assertTrue(bloom.authorsTruncated());
        assertEquals(Optional.empty(), bloom.field("note"));
    }

    @Test
    void authorsToleratesCaseAndLineBreaksAroundAnd() {
        BibEntry entry = new BibEntry("k", "misc", Map.of("author", "Ada Lovelace AND Babbage, Charles and\tOTHERS"), 1, 1);
        assertEquals(List.of("Ada Lovelace", "Charles Babbage"), entry.authors());
        assertTrue(entry.authorsTruncated());
        assertEquals(List.of(), new BibEntry("k", "misc", Map.of(), 1, 1).authors());
    }

    @Test
    void aMissingCommaIsOneErrorAtTheNextFieldAndTheOtherEntriesAreKept() throws IOException {
        Map<String, BibEntry> entries = read("""
                @misc{a, title = {A}, author = {B}, year = {2020}}

                @misc{b,
                  title = {B}
                  year = {2020}
                }

                @misc{c, title = {C}, author = {B}, year = {2021}}
                """);
        assertEquals(List.of("a", "c"), List.copyOf(entries.keySet()));
        assertEquals(List.of("my-content/publications.bib:5:3: invalid BibTeX in entry 'b': unexpected 'year';"
                + " expected ',' or '}'"), errors());
    }

    @Test
    void textBetweenEntriesIsACommentAsInBibtex() throws IOException {
        Map<String, BibEntry> entries = read("---\nlayout: none\n---\n@string{x = \"X\"},\n"
                + "@misc{a, title = {A}, author = {B}, year = {2020}};\nwrite to me@example.org\n");
        assertEquals(List.of(), errors());
        assertEquals(List.of(), warnings());
        assertEquals(List.of("a"), List.copyOf(entries.keySet()));
    }

    @Test
    void anUnclosedBraceIsAnErrorAtItsEntryAndTheNextEntriesAreStillRead() throws IOException {
        Map<String, BibEntry> entries = read("""
                @misc{a, title = {A}, author = {B}, year = {2020}}

                  @misc{b, title = {B}, author = {B, year = {2020}}
                @misc{c, title = {C}, author = {B}, year = {2021}}
                @misc{d, title = {D}, author = {B}, year = {2021}, abstract = {never closed
                @misc{e, title = {E}, author = {B}, year = {2022}}
                """);
        assertEquals(List.of(
                "my-content/publications.bib:3:3: invalid BibTeX: entry 'b' is not closed before the next entry at"
                        + " line 4 (a '}' is missing)",
                "my-content/publications.bib:5:63: invalid BibTeX in entry 'd': the '{' here is never closed"
                        + " (a '}' is missing)"), errors());
        assertEquals(List.of("a", "c", "e"), List.copyOf(entries.keySet()));
    }

    @Test
    void aRepeatedKeyIsAWarningAtTheSecondEntryNamingTheFirstAndTheRepeatIsIgnored() throws IOException {
        Map<String, BibEntry> entries = read("""
                @misc{same, title = {First}, author = {A}, year = {2020}}
                % @misc{same, a commented-out copy does not count}
                @misc{other, title = {Other}, author = {A}, year = {2020}}
                  @Misc{Same, title = {Second}, author = {A}, year = {2020}}
                """);
        assertEquals(List.of(), errors());
        assertEquals(List.of("my-content/publications.bib:4:3: repeated BibTeX key 'Same' (already used at line 1);"
                + " this entry is ignored, as BibTeX does"), warnings());
        assertEquals("First", entries.get("same").field("title").orElseThrow());
    }

    @Test
    void aRepeatedFieldAndAnUnbracedTrueAreWarningsAtTheirPlace() throws IOException {
        Map<String, BibEntry> entries = read("""
                @article{a, title = {First}, author = {A}, year = {2020},
                  Title = {Second},
                  selected = true}
                """);
        assertEquals(List.of(), errors());
        assertEquals(List.of(
                "my-content/publications.bib:2:3: BibTeX entry 'a' repeats 'title' (first at line 1); the repeat is"
                        + " ignored, as BibTeX does",
                "my-content/publications.bib:3:14: BibTeX entry 'a': 'selected = true' is read as {true}; BibTeX itself"
                        + " would read an undefined macro, so write selected = {true}"), warnings());
        assertEquals(Optional.of("First"), entries.get("a").field("title"));
        assertEquals(Optional.of("true"), entries.get("a").field("selected"));
    }

    @Test
    void missingRequiredFieldsAreReportedAtTheEntry() throws IOException {
        Map<String, BibEntry> entries = read("""
                @misc{good, title = {Good}, author = {A}, year = {2020}}

                @inproceedings{untitled,
                  author = {A}, year = {2020}}
                @misc{bare, title = {}}
                """);
        assertEquals(List.of(
                "my-content/publications.bib:3:1: BibTeX entry 'untitled' has no 'title'",
                "my-content/publications.bib:5:1: BibTeX entry 'bare' has no 'title'",
                "my-content/publications.bib:5:1: BibTeX entry 'bare' has no 'year'"), errors());
        assertEquals(List.of("my-content/publications.bib:5:1: BibTeX entry 'bare' has no 'author' or 'editor'; it is"
                + " shown without authors"), warnings());
        assertEquals(List.of("good"), List.copyOf(entries.keySet()), "entries with errors are left out");
    }

    @Test
    void aYearThatIsNotFourDigitsIsAnError() throws IOException {
        assertOnlyError("@misc{a, title = {A}, author = {B}, year = {'22}}\n",
                "my-content/publications.bib:1:1: BibTeX entry 'a' has year ''22'; expected four digits such as 2022");
    }

    @Test
    void anUndefinedMacroIsAWarningAndReadsAsEmptyAsInBibtex() throws IOException {
        Map<String, BibEntry> entries = read("""
                @string{neurips = {Neural Information Processing Systems}}
                @inproceedings{a, title = {A}, author = {B}, year = {2022}, booktitle = neurips, month = dec}
                @inproceedings{b, title = {A}, author = {B}, year = {2022},
                  booktitle = {Proc. } # icml}
                """);
        assertEquals(List.of(), errors());
        assertEquals(List.of("my-content/publications.bib:4:26: BibTeX entry 'b': 'booktitle' uses the undefined macro"
                + " 'icml', read as empty as BibTeX does; define it with @string or put the value in braces"), warnings());
        assertEquals(Optional.of("Proc."), entries.get("b").field("booktitle"));
        assertEquals(Optional.of("Neural Information Processing Systems"), entries.get("a").field("booktitle"));
        assertEquals(Optional.of("December"), entries.get("a").field("month"));
    }

    @Test
    void anEntryWithoutAKeyIsAnError() throws IOException {
        assertOnlyError("@misc{a, title = {A}, author = {B}, year = {2020}}\n"
                + "@misc{, title = {A}, author = {B}, year = {2020}}\n",
                "my-content/publications.bib:2:1: BibTeX entry has no citation key; write one after '@misc{'");
    }

    @Test
    void latexThatJbibtexCannotParseIsReadLenientlyAndMathIsKept() throws IOException {
        Map<String, BibEntry> entries = read("""
                @misc{a, title = {Proc.~of $O(n^2)$ \\emph{Sorting} with \\{braces\\}}, author = {B}, year = {2020},
                  url = {https://example.org/a_b%20c}}
                """);
        assertEquals(List.of(), errors());
        assertEquals("Proc. of $O(n^2)$ Sorting with {braces}", entries.get("a").field("title").orElseThrow());
        assertEquals("https://example.org/a_b%20c", entries.get("a").field("url").orElseThrow());
    }

    @Test
    void aValueNestedThousandsOfBracesDeepIsReadWithoutOverflowingTheStack() throws IOException {
        String deep = "{".repeat(20_000) + "x" + "}".repeat(20_000);
        Map<String, BibEntry> entries = read("@misc{a, title = " + deep + ", author = {B}, year = {2020}}\n");
        assertEquals(List.of(), errors());
        assertEquals("x", entries.get("a").field("title").orElseThrow());
    }

    @Test
    void invalidUtf8ReportsTheByteOffset() throws IOException {
        byte[] head = "@misc{a,\n  title = {Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '}';
        bytes[head.length + 2] = '}';
        assertEquals(Map.of(), read(bytes));
        assertEquals(List.of("my-content/publications.bib:2:15: not valid UTF-8: byte 0xE9 at byte offset 23;"
                + " save the file as UTF-8"), errors());
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws IOException {
        assertEquals(Map.of(), read(new byte[SourceText.MAX_FILE_BYTES + 1]));
        int limit = SourceText.MAX_FILE_BYTES;
        assertEquals(List.of("my-content/publications.bib: file is " + (limit + 1) + " bytes; content files are limited to "
                + limit + " bytes"), errors());
    }

    @Test
    void includeIsRefusedBecauseItWouldReadAnotherFile() throws IOException {
        Files.writeString(dir.resolve("other.bib"), "@misc{x, title = {X}, author = {B}, year = {2020}}\n");
        assertOnlyError("@misc{a, title = {A}, author = {B}, year = {2020}}\n @include{" + dir.resolve("other.bib") + "}\n",
                "my-content/publications.bib:2:2: @include is not supported; copy the entries into this file");
    }

    @Test
    void theBibtexTheSiteWritesReadsBack() throws IOException {
        List<Publication> publications = ExampleSite.fixture().load().publications();
        Map<String, String> keys = Bibtex.keys(publications);

        Map<String, BibEntry> entries = read(Bibtex.database(publications, keys, p -> "https://example.org/" + p.slug()));

        assertEquals(List.of(), errors());
        assertEquals(publications.size(), entries.size());
        for (Publication p : publications) {
            BibEntry entry = entries.get(keys.get(p.slug()));
            assertEquals(p.title(), entry.field("title").orElseThrow().replace('\u2019', '\''), p.slug());
            assertEquals(p.authorNames(), entry.authors(), p.slug());
            assertEquals(p.etAl(), entry.authorsTruncated(), p.slug());
            assertEquals(Optional.of(String.valueOf(p.year())), entry.field("year"));
            assertEquals(Optional.of("https://example.org/" + p.slug()), entry.field("url"));
        }
    }
}
