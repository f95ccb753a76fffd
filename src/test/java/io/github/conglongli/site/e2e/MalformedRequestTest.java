package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.conglongli.site.testing.ExampleSite;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that {@link ServerRequestFuzzTest} found answered with 500 and a stack trace in the
 * log, on every request, for anyone to repeat. They are the client's mistakes.
 */
@Timeout(60)
class MalformedRequestTest {

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(ExampleSite.fixture());

    /** Jetty refuses to decode the query (a bad %-escape, bytes that are not UTF-8). */
    @ParameterizedTest
    @ValueSource(strings = {"/publications?type%journal&q=ada\u00ed", "/publications?q=%zz", "/publications?q=%",
        "/publications?year=%FF", "/publications?q=%C0%AE", "/style.css?v=%zz"})
    void aQueryThatCannotBeDecodedIsABadRequest(String target, Http http) throws Exception {
        assertEquals(400, Http.rawStatus(http.raw(target)), target);
    }

    /**
     * A trailing slash was redirected away whatever the path, including spellings Jetty refuses to
     * build a redirect to (an encoded slash or backslash, an empty segment); now only an address
     * that is there is redirected to, and the rest is simply not found.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/..%2fsecret19.txt/", "/a%2fb/", "/a%5cb/", "/publications%2f/",
        "/thz..%29).t//healthz..%29).t/?/!", "/a//b/", "/not-a-page/"})
    void aTrailingSlashAfterAnAddressThatIsNotThereIsNotFound(String target, Http http) throws Exception {
        assertEquals(404, Http.rawStatus(http.raw(target)), target);
    }
}
