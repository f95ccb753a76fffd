package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.LoadResult;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The owner's own {@code content/}, the only test that reads it: it loads without errors or
 * warnings, and every value in its YAML reaches the pages. Nothing here knows what the content
 * says, so any valid edit of it (a paper added, a position removed, news.yaml added) keeps the
 * build green; the behaviours themselves are tested on fixtures of their own elsewhere.
 */
@Timeout(60)
class RealContentTest {

    static final Path CONTENT = Path.of("content");

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(SiteFixture.copyOf(CONTENT));

    @Test
    void theContentLoadsWithoutErrors() {
        LoadResult result = new ContentLoader(CONTENT, "content").load();
        LoadResult.Loaded loaded = assertInstanceOf(LoadResult.Loaded.class, result, result::toString);
        assertEquals(List.of(), loaded.warnings());
        String health = serving.http().text("/healthz");
        assertTrue(health.contains("\"status\":\"ok\"") && health.contains("\"errors\":[]"), health);
    }

    @TestFactory
    Stream<DynamicTest> everyValueInTheYamlIsOnThePages() {
        return new ContentOnPages(serving.site()).checks();
    }
}
