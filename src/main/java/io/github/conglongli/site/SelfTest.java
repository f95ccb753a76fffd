package io.github.conglongli.site;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.LoadResult;
import io.github.conglongli.site.publish.Snapshot;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageMemo;
import io.github.conglongli.site.render.PublicationQuery;
import io.github.conglongli.site.render.RenderOptions;
import io.github.conglongli.site.render.RenderedSite;
import io.github.conglongli.site.render.SiteRenderer;
import io.github.conglongli.site.render.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

    private SelfTest() {}

    static int run(Settings settings, PrintStream out, PrintStream err) throws App.ContentException {
        long started = System.nanoTime();
        Settings local = new Settings(Settings.Command.SERVE, "127.0.0.1", 0, settings.content(), settings.staticDir(),
                settings.templates(), false, settings.outDir(), false, false, settings.hstsSeconds(),
                settings.cdnMaxAgeSeconds());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        try (App app = App.start(local)) {
            Snapshot snapshot = app.snapshot();
            List<String> paths = new ArrayList<>(snapshot.rendered().pages().keySet());
            paths.addAll(snapshot.statics().all().keySet());
            paths.add("/publications?q=" + "selftest");
            for (String path : paths) {
                Page expected = snapshot.pages().page(path).orElse(null);
                requests += check(app.port(), path, "GET", null, expected == null ? 200 : expected.status(), failures);
                requests += check(app.port(), path, "GET", "gzip", expected == null ? 200 : expected.status(), failures);
                requests += check(app.port(), path, "HEAD", null, expected == null ? 200 : expected.status(), failures);
                if (expected != null && expected.status() == 200) {
                    requests += conditional(app.port(), path, expected.etag(), failures);
                }
            }
            requests += check(app.port(), "/selftest-missing-page", "GET", null, 404, failures);
            requests += check(app.port(), "/healthz", "GET", null, 200, failures);
        }
        reloads(local, failures);
        long ms = (System.nanoTime() - started) / 1_000_000;
        failures.forEach(err::println);
        out.printf("selftest: %d requests, %d reloads, %d failures, %d ms%n", requests, RELOADS, failures.size(), ms);
        return failures.isEmpty() ? Main.OK : Main.FAILED;
    }

    /**
     * Loads and renders the site {@link #RELOADS} times, every other time reusing the last
     * render's pages as a reload does; each must equal the first render byte for byte.
     */
    private static void reloads(Settings settings, List<String> failures) {
        ContentLoader loader = new ContentLoader(settings.contentPath(), settings.content());
        SiteRenderer renderer = new SiteRenderer(Templates.precompiled());
        RenderOptions options = RenderOptions.production(name -> "/" + name);
        PageMemo memo = PageMemo.empty();
        Map<String, Page> first = null;
        for (int i = 0; i < RELOADS; i++) {
            if (!(loader.load() instanceof LoadResult.Loaded loaded)) {
                failures.add("reload " + (i + 1) + ": the content no longer loads");
                return;
            }
            RenderedSite rendered = renderer.render(loaded.site(), options, i % 2 == 0 ? PageMemo.empty() : memo);
            for (PublicationQuery query : rendered.common()) {
                rendered.search().apply(query);
            }
            memo = rendered.memo();
            if (first == null) {
                first = rendered.pages();
                continue;
            }
            for (var page : first.entrySet()) {
                Page again = rendered.pages().get(page.getKey());
                if (again == null || !Arrays.equals(page.getValue().body(), again.body())) {
                    failures.add("reload " + (i + 1) + ": " + page.getKey() + " differs from the first render");
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
