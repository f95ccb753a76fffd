package io.github.conglongli.site.web;

import java.time.Duration;
import java.util.Optional;

/**
 * How the HTTP server behaves: dev mode, the access log, whether to trust a proxy's
 * {@code X-Forwarded-*} headers, HSTS, and how long shared caches (CDNs) may keep a page.
 */
public record ServerOptions(
        boolean dev,
        boolean accessLog,
        boolean trustProxy,
        Optional<Duration> hsts,
        Duration cdnMaxAge) {

    /**
     * Browsers revalidate every page (a cheap 304), so an edit shows on the next load; shared
     * caches may serve a page for {@code cdnMaxAge}, and serve it stale while they refetch it.
     */
    String pageCacheControl() {
        if (dev) {
            return "no-cache";
        }
        return "public, max-age=0, s-maxage=" + cdnMaxAge.toSeconds() + ", stale-while-revalidate=86400";
    }
}
