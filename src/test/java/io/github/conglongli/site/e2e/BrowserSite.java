package io.github.conglongli.site.e2e;

import java.nio.file.Path;

/** A test site and a browser pointed at it, started together and closed in the right order. */
record BrowserSite(TestSite site, Browser browser) implements AutoCloseable {

    static BrowserSite start(Path dir, String... serverArgs) throws Exception {
        TestSite site = TestSite.start(dir, serverArgs);
        try {
            return new BrowserSite(site, Browser.start(site.app.port()));
        } catch (Exception | Error e) { // including the assumption that skips without Chromium
            site.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            site.close();
        }
    }
}
