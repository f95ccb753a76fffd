package io.github.conglongli.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The training run that {@code ./mvnw package} records the application class-data archive
 * ({@code target/site.jsa}) from: the classes a start loads, and the first visits after it, are
 * then mapped from that file instead of being read from the jar, verified and parsed one by one,
 * which is most of what a start costs (docs/startup.md has the figures).
 *
 * <p>It starts the site as {@code serve} and as {@code --dev} would, on a free loopback port,
 * asks for the home page the ways browsers and caches do and for each page the home page links
 * to, then {@code check}s the content. Only what a start and a visit load matters to the
 * archive, so it stays short (a few seconds): the pages are not verified here, {@code selftest}
 * and the tests do that. Any failure ends the run with exit code 1, which fails the build: an
 * archive recorded from a server that cannot start would be worthless.
 *
 * <pre>java -XX:ArchiveClassesAtExit=target/site.jsa -cp target/site.jar io.github.conglongli.site.ArchiveTraining CONTENT STATIC</pre>
 */
public final class ArchiveTraining {

    /** Enough pages to load every page type's classes; the home page links to each section once. */
    static final int MAX_LINKED_PAGES = 40;

    private static final Pattern LOCAL_HREF = Pattern.compile("href=\"(/[^\"#?]*)[\"#?]");

    private ArchiveTraining() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ArchiveTraining CONTENT_DIR STATIC_DIR");
            System.exit(Main.USAGE);
        }
        // as Main does, so the classes loaded are those a real start loads
        System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
        String content = args[0];
        String statics = args[1];
        List<String> failures = new ArrayList<>();
        try {
            visit(start(content, statics, List.of()), failures);
            visit(start(content, statics, List.of("--dev")), failures);
        } catch (App.ContentException e) {
            e.errors().forEach(error -> failures.add(error.toString()));
        }
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        if (Main.run(List.of("check", "--content", content, "--static", statics), Map.of(), discard, discard) != Main.OK) {
            failures.add("check " + content + " failed");
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.err.println("archive training: " + f));
            System.exit(Main.FAILED);
        }
    }

    private static App start(String content, String statics, List<String> extra) throws Settings.UsageException,
            App.ContentException {
        // the access log stays on, as in the README's command, so that its classes are in the archive too
        List<String> args = new ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--port", "0", "--content", content,
                "--static", statics));
        args.addAll(extra);
        // no environment: a SITE_PORT or SITE_CONTENT of the machine that builds must not change the run
        return App.start(Settings.parse(args, Map.of()));
    }

    /** The home page plain, gzipped, as HEAD and revalidated; the pages it links to; a missing page; health. */
    private static void visit(App app, List<String> failures) throws IOException {
        try (app) {
            int port = app.port();
            String home = get(port, "/", "gzip", failures);
            get(port, "/", "identity", failures);
            request(port, "/", "HEAD", Map.of(), failures);
            request(port, "/", "GET", Map.of("If-None-Match", etagOf(port, failures)), failures);
            for (String path : linkedPages(home)) {
                get(port, path, "gzip", failures);
            }
            request(port, "/archive-training-missing-page", "GET", Map.of(), failures);
            request(port, "/healthz", "GET", Map.of(), failures);
        }
    }

    /** The home page's ETag, for a conditional request that the server answers 304. */
    private static String etagOf(int port, List<String> failures) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/").toURL()
                .openConnection();
        try {
            conn.setRequestProperty("Connection", "close");
            conn.getInputStream().readAllBytes();
            String etag = conn.getHeaderField("ETag");
            if (etag == null) {
                failures.add("GET /: no ETag");
                return "*";
            }
            return etag;
        } finally {
            conn.disconnect();
        }
    }

    /** The local pages {@code html} links to, each once, at most {@link #MAX_LINKED_PAGES}. */
    static Set<String> linkedPages(String html) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher m = LOCAL_HREF.matcher(html);
        while (m.find() && paths.size() < MAX_LINKED_PAGES) {
            if (!m.group(1).startsWith("//")) {
                paths.add(m.group(1));
            }
        }
        return paths;
    }

    private static String get(int port, String path, String encoding, List<String> failures) throws IOException {
        return request(port, path, "GET", Map.of("Accept-Encoding", encoding), failures);
    }

    /**
     * Sends one request on a connection of its own and returns the body, unzipped; a 5xx answer,
     * or none, is a failure (a 404 for a missing page is not). The body is read to its end and the
     * connection closed, so the server has nothing in flight to wait for when it stops.
     */
    private static String request(int port, String path, String method, Map<String, String> headers,
            List<String> failures) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
                .openConnection();
        try {
            conn.setRequestMethod(method);
            conn.setInstanceFollowRedirects(false);
            conn.setConnectTimeout(5000);
            conn.setReadTimeout(10_000);
            conn.setRequestProperty("Connection", "close");
            headers.forEach(conn::setRequestProperty);
            int status = conn.getResponseCode();
            if (status >= 500) {
                failures.add(method + " " + path + ": status " + status);
            }
            InputStream body = status >= 400 ? conn.getErrorStream() : conn.getInputStream();
            if (body == null) {
                return "";
            }
            try (InputStream in = "gzip".equals(conn.getContentEncoding()) ? new GZIPInputStream(body) : body) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            conn.disconnect();
        }
    }
}
