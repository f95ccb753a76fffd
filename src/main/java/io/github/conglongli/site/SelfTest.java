package io.github.conglongli.site;

import io.github.conglongli.site.publish.SiteBuild;
import io.github.conglongli.site.publish.Snapshot;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.page.PageOptions;
import io.github.conglongli.site.render.page.SitePages;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code selftest}: starts the site on a free loopback port, requests every page and static
 * file the way browsers and crawlers do (plain, gzip, HEAD, conditional), checks each answer,
 * and stops; then rebuilds the site the way reloads do. A quick end-to-end check of an
 * installation, and the training run that the Docker image's AOT cache is recorded from, which is
 * why it covers reloads too: the cache then carries their method profiles, and the first edits
 * after a start are served sooner.
 */
final class SelfTest {

    /** Enough rebuilds for the JIT to see the reload path as hot. */
    static final int RELOADS = 40;
    /** Pages besides the pinned ones compared per rebuild. */
    static final int PAGES_PER_RELOAD = 25;

    private SelfTest() {}

    static int run(Settings settings, PrintStream out, PrintStream err) throws App.ContentException {
        long started = System.nanoTime();
        Settings local = settings.toBuilder().host("127.0.0.1").port(0).dev(false).accessLog(false).trustProxy(false)
                .build();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        Snapshot snapshot;
        try (App app = App.start(local)) {
            snapshot = app.snapshot();
            List<String> paths = new ArrayList<>(snapshot.pages().pages().paths().toList());
            paths.addAll(snapshot.statics().all().keySet());
            paths.add("/publications?q=" + "selftest");
            for (String path : paths) {
                Page expected = snapshot.pages().page(path).orElse(null);
                int status = expected == null ? 200 : expected.status();
                requests += check(app.port(), path, "GET", null, status, failures);
                requests += check(app.port(), path, "GET", "gzip", status, failures);
                requests += check(app.port(), path, "HEAD", null, status, failures);
                if (expected != null && expected.status() == 200) {
                    requests += conditional(app.port(), path, expected.etag(), failures);
                }
            }
            requests += check(app.port(), "/selftest-missing-page", "GET", null, 404, failures);
            requests += check(app.port(), "/healthz", "GET", null, 200, failures);
        }
        reloads(local, snapshot, failures);
        long ms = (System.nanoTime() - started) / 1_000_000;
        failures.forEach(err::println);
        out.printf("selftest: %d requests, %d reloads, %d failures, %d ms%n", requests, RELOADS, failures.size(), ms);
        return failures.isEmpty() ? Main.OK : Main.FAILED;
    }

    /**
     * Loads the content and makes its pages {@link #RELOADS} times, as reloads do; each page
     * must equal what was served, byte for byte. The pages every visit needs are compared each
     * time, and a share of the others in turn, so a large site's selftest stays short.
     */
    private static void reloads(Settings settings, Snapshot served, List<String> failures) {
        List<String> others = served.pages().pages().paths().toList();
        for (int i = 0; i < RELOADS; i++) {
            // a build of its own each time: every file is read and parsed again, as after a restart
            SiteBuild.Result result = SiteBuild.of(settings.sources().contentPath(), settings.sources().content(), settings.sources().staticPath())
                    .build(Optional.empty(), (assetUrl, ownFile) -> PageOptions.production(assetUrl)
                            .withOwnFiles(ownFile));
            if (!(result instanceof SiteBuild.Built built)) {
                failures.add("reload " + (i + 1) + ": the content no longer builds");
                return;
            }
            SitePages pages = built.pages().pages();
            List<Route> routes = new ArrayList<>(pages.pinned());
            others.stream().skip((long) i * PAGES_PER_RELOAD % Math.max(1, others.size())).limit(PAGES_PER_RELOAD)
                    .forEach(path -> pages.route(path).ifPresent(routes::add));
            for (Route route : routes) {
                Page expected = served.pages().page(route.path()).orElse(served.notFound());
                if (!Arrays.equals(expected.body(), route.render().body())) {
                    failures.add("reload " + (i + 1) + ": " + route.path() + " differs from the page served");
                    return;
                }
            }
        }
    }

    private static int check(int port, String path, String method, String encoding, int status, List<String> failures) {
        try {
            HttpURLConnection conn = open(port, path, method);
            if (encoding != null) {
                conn.setRequestProperty("Accept-Encoding", encoding);
            }
            int actual = conn.getResponseCode();
            try (InputStream in = actual >= 400 ? conn.getErrorStream() : conn.getInputStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            if (actual != status) {
                failures.add(method + " " + path + (encoding == null ? "" : " (" + encoding + ")") + ": status " + actual
                        + ", expected " + status);
            }
        } catch (IOException e) {
            failures.add(method + " " + path + ": " + e);
        }
        return 1;
    }

    private static int conditional(int port, String path, String etag, List<String> failures) {
        try {
            HttpURLConnection conn = open(port, path, "GET");
            conn.setRequestProperty("If-None-Match", etag);
            if (conn.getResponseCode() != 304) {
                failures.add("GET " + path + " with If-None-Match: status " + conn.getResponseCode() + ", expected 304");
            }
        } catch (IOException e) {
            failures.add("GET " + path + " with If-None-Match: " + e);
        }
        return 1;
    }

    private static HttpURLConnection open(int port, String path, String method) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path.replace(" ", "%20"))
                .toURL().openConnection();
        conn.setRequestMethod(method);
        conn.setInstanceFollowRedirects(false);
        conn.setConnectTimeout(5000);
        conn.setReadTimeout(10_000);
        return conn;
    }
}
