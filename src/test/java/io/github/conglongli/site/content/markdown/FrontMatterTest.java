package io.github.conglongli.site.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.conglongli.site.content.source.ContentError;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static final String FILE = "content/pages/teaching.md";

    private static FrontMatter found(String text) {
        return assertInstanceOf(FrontMatterSplit.Found.class, FrontMatter.split(FILE, text)).frontMatter();
    }

    private static ContentError failed(String text) {
        return assertInstanceOf(FrontMatterSplit.Failed.class, FrontMatter.split(FILE, text)).error();
    }

    @Test
    void splitsYamlFromBodyAndKnowsWhereEachStarts() {
        FrontMatter page = found("""
                ---
                title: Join us
                nav: 3
                ---
                # Open positions
                Two **PhD** places.
                """);
        assertEquals("title: Join us\nnav: 3\n", page.yaml());
        assertEquals(2, page.yamlLine());
        assertEquals("# Open positions\nTwo **PhD** places.\n", page.body());
        assertEquals(5, page.bodyLine());
    }

    @Test
    void windowsLineEndingsSplitTheSameWay() {
        FrontMatter page = found("---\r\ntitle: Teaching\r\n---\r\n# Heading\r\ntext\r\n");
        assertEquals("title: Teaching\r\n", page.yaml());
        assertEquals("# Heading\r\ntext\r\n", page.body());
        assertEquals(4, page.bodyLine());
    }

    @Test
    void oldMacLineEndingsCountAsLinesToo() {
        FrontMatter page = found("---\rtitle: T\r---\rbody");
        assertEquals("title: T\r", page.yaml());
        assertEquals("body", page.body());
        assertEquals(4, page.bodyLine());
    }

    @Test
    void byteOrderMarkIsIgnored() {
        FrontMatter page = found("\uFEFF---\ntitle: T\n---\nbody\n");
        assertEquals("title: T\n", page.yaml());
        assertEquals("body\n", page.body());
        assertEquals(4, page.bodyLine());
    }

    @Test
    void emptyFrontMatterIsFrontMatter() {
        FrontMatter page = found("---\n---\nJust text.\n");
        assertEquals("", page.yaml());
        assertEquals("Just text.\n", page.body());
        assertEquals(3, page.bodyLine());
    }

    @Test
    void fileEndingRightAfterTheClosingLineHasAnEmptyBody() {
        FrontMatter page = found("---\ntitle: T\n---");
        assertEquals("", page.body());
        assertEquals(4, page.bodyLine());
    }

    @Test
    void trailingSpacesAfterTheDashesAreForgiven() {
        assertEquals("title: T\n", found("--- \ntitle: T\n---\t\nbody").yaml());
    }

    @Test
    void laterDashLinesBelongToTheBody() {
        FrontMatter page = found("---\ntitle: T\n---\nabove\n\n---\n\nbelow\n");
        assertEquals("above\n\n---\n\nbelow\n", page.body());
    }

    @Test
    void fileWithoutOpeningDashesIsAnErrorAtTheFirstLine() {
        ContentError error = failed("# Teaching\n\ntitle: T\n");
        assertEquals(new ContentError(FILE, 1, 1, "expected front matter starting with '---' on the first line"), error);
        assertEquals(1, failed("\n---\ntitle: T\n---\n").line(), "a blank first line");
        assertEquals(1, failed("").line(), "an empty file");
        assertEquals(1, failed("----\ntitle: T\n----\n").line(), "four dashes are not three");
    }

    @Test
    void frontMatterNeverClosedIsAnErrorAtTheOpeningLine() {
        ContentError error = failed("---\ntitle: T\n\n# Heading\n");
        assertEquals(FILE, error.file());
        assertEquals(1, error.line());
        assertEquals(1, error.column());
        assertEquals("the front matter starting here is never closed: end it with a line of '---' before the text",
                error.message());
        assertEquals(1, failed("---").line());
    }

    @Test
    void yamlErrorsFromTheRealParserCarryTheLineOfTheWholeFile() {
        FrontMatter page = found("""
                ---
                title: Teaching
                nav: a: b
                ---
                body
                """);
        JsonProcessingException error = assertThrows(JsonProcessingException.class,
                () -> new ObjectMapper(new YAMLFactory()).readTree(page.yamlOnFileLines()));
        assertEquals(3, error.getLocation().getLineNr(), error.getMessage());
    }

    @Test
    void linesOfTheYamlAloneMapToLinesOfTheFile() {
        FrontMatter page = found("---\ntitle: T\nnav: x\n---\nbody\n");
        assertEquals(3, page.fileLine(2));
        assertEquals(new ContentError(FILE, 3, 6, "'nav' must be a whole number"),
                page.inFile(new ContentError(FILE, 2, 6, "'nav' must be a whole number")));
        ContentError wholeFile = ContentError.atFile(FILE, "file is too large");
        assertEquals(wholeFile, page.inFile(wholeFile));
    }
}
