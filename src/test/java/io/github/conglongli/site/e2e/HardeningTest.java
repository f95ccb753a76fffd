package io.github.conglongli.site.e2e;

import static io.github.conglongli.site.testing.Await.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input and bad days: headers, methods, limits, broken content directories. */
@Timeout(90)
class HardeningTest {

    /** Ada's site, with a few papers to serve. */
    static SiteFixture adasSite() {
        return SiteFixture.minimal()
                .publication(p -> p.title("Engine-Chat").authors("Ada Lovelace").venue("arXiv preprint").type("preprint")
                        .arxiv("2309.14327"))
                .publication(p -> p.title("1-bit Adam").authors("Ada Lovelace").venue("ICML 2021").type("conference").year(2021))
                .publication(p -> p.title("Scheduling Engines on Constrained Edge Nodes").authors("Ada Lovelace")
                        .venue("EuroSys 2020").type("conference").year(2020));
    }

    /** The site the tests that change nothing share; the others start their own. */
    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(adasSite());

    @TempDir
    Path dir;

    static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options",
            "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy",
            "Cross-Origin-Resource-Policy", "X-Request-Id");

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerVersion(TestSite site) {
        String css = Jsoup.parse(site.http.text("/")).select("link[rel=stylesheet]").attr("href");
        for (String[] request : new String[][] {{"GET", "/"}, {"GET", "/publications?q=adam"}, {"GET", css},
                {"GET", "/feed.xml"}, {"GET", "/nope"}, {"GET", "/healthz"}, {"HEAD", "/"}, {"POST", "/"},
                {"OPTIONS", "/"}, {"GET", "/publications/"}}) {
            HttpResponse<byte[]> response = site.http.send(request[0], request[1]);
            for (String header : SECURITY_HEADERS) {
                assertTrue(response.headers().firstValue(header).isPresent(), header + " on " + String.join(" ", request));
            }
            assertFalse(response.headers().firstValue("Server").isPresent(), "no Server header");
            assertFalse(response.headers().firstValue("X-Powered-By").isPresent());
            assertFalse(response.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS unless configured");
        }
        HttpResponse<byte[]> page = site.http.get("/");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.startsWith("default-src 'none'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertFalse(csp.contains("script-src"), "no scripts at all outside dev mode: " + csp);
        assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("same-origin", page.headers().firstValue("Cross-Origin-Resource-Policy").orElseThrow());
        assertTrue(page.headers().firstValue("Permissions-Policy").orElseThrow().contains("camera=()"));
    }

    @Test
    void requestIdsAreKeptWhenSafeAndMadeOtherwise(TestSite site) {
        assertEquals("abc-123", site.http.get("/", "X-Request-Id", "abc-123").headers().firstValue("X-Request-Id").orElseThrow());
        String made = site.http.get("/", "X-Request-Id", "<script>").headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(made.matches("[0-9a-f]{32}"), made);
        assertNotEquals(made, site.http.get("/").headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void hstsAndTheDevPolicyAreSentWhenConfigured() throws Exception {
        TestSite site = serving.start(adasSite(), "--hsts", "true", "--dev", "--templates", dir.resolve("no-templates").toString());
        HttpResponse<byte[]> response = site.http.get("/");
        assertEquals("max-age=63072000; includeSubDomains",
                response.headers().firstValue("Strict-Transport-Security").orElseThrow());
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && csp.contains("connect-src 'self'"), csp);
        assertFalse(csp.contains("unsafe"), csp);
    }

    @Test
    void onlyGetHeadAndOptionsAreAllowedAnywhere(TestSite site) throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "PROPFIND", "FOO"))
        for (String path : List.of("/", "/healthz", "/style.css", "/nope")) {
            String raw = rawRequest(site.app.port(), method + " " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertTrue(raw.startsWith("HTTP/1.1 405") || (method.equals("CONNECT") && raw.startsWith("HTTP/1.1 4")),
                    method + " " + path + " -> " + raw.lines().findFirst().orElse(""));
            if (raw.startsWith("HTTP/1.1 405")) {
                assertTrue(raw.contains("Allow: GET, HEAD, OPTIONS"), raw);
            }
        }
        HttpResponse<byte[]> options = site.http.send("OPTIONS", "/");
        assertEquals(204, options.statusCode());
        assertEquals("GET, HEAD, OPTIONS", options.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void hugeHeadersAndUrlsGet431And414AndTheServerKeepsWorking(TestSite site) throws Exception {
        String big = "a".repeat(64 * 1024);
        assertTrue(rawRequest(site.app.port(), "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + big + "\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 431"));
        assertTrue(rawRequest(site.app.port(), "GET /" + big + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 414"));
        StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 2000; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        assertTrue(rawRequest(site.app.port(), many + "Connection: close\r\n\r\n").startsWith("HTTP/1.1 431"));
        assertEquals(200, site.http.get("/").statusCode());
    }

    @Test
    void aSymlinkOutOfTheStaticDirectoryIsNeverFollowed() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        adasSite().writeTo(dir);
        Files.createSymbolicLink(dir.resolve("static/leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(dir.resolve("static/up"), dir);
        TestSite site = serving.startIn(dir);
        for (String path : List.of("/leak.txt", "/up/secret.txt", "/up/content/site.yaml")) {
            HttpResponse<byte[]> response = site.http.get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("TOP-SECRET"), path);
        }
    }

    @Test
    void contentIsDataNeverMarkup() throws Exception {
        TestSite site = serving.start(SiteFixture.minimal().profile(p -> p.role("<script>alert('role')</script>")
                .bio("[click](javascript:alert(1)) <img src=x onerror=alert(2)> **bold**")));
        String html = site.http.text("/");
        assertFalse(html.contains("<script>alert"), "no script element from content");
        assertFalse(html.contains("javascript:"), "no javascript: link");
        assertFalse(html.contains("<img src=x"), "no raw HTML from Markdown");
        assertTrue(html.contains("<strong>bold</strong>"), "Markdown still works");
        assertTrue(Jsoup.parse(html).select(".headline").text().contains("<script>alert('role')</script>"),
                "shown as text");
    }

    @Test
    void aContentDirectoryReplacedByASymlinkIsFollowedAndTheSiteStaysUp() throws Exception {
        TestSite site = serving.start(adasSite());
        Path real = site.copyOfContent("content-v2", "profile.yaml", "name: Ada Lovelace", "name: Ada Lovelace (v2)");
        Files.move(site.content, site.root.resolve("content-v1"));
        Files.createSymbolicLink(site.content, real);
        until(Duration.ofSeconds(5), "content through the symlink", () -> site.http.text("/").contains("Ada Lovelace (v2)"));
    }

    @Test
    void aHalfWrittenFileKeepsTheLastGoodContentUntilItIsComplete() throws Exception {
        TestSite site = serving.start(adasSite());
        String full = site.read("publications.yaml");
        site.write("publications.yaml", full.substring(0, full.length() / 2) + "\n    authors: [");
        until(Duration.ofSeconds(5), "the error", () -> site.http.text("/healthz").contains("content-error"));
        assertEquals(3, Jsoup.parse(site.http.text("/publications")).select("article.pub").size());
        site.write("publications.yaml", full.replace("Scheduling Engines", "Scheduling Engines (complete)"));
        until(Duration.ofSeconds(5), "recovery", () -> site.http.text("/publications").contains("(complete)"));
    }

    @Test
    void slowClientsDoNotDelayOthersAndAreCutOff(TestSite site) throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket socket = new Socket("127.0.0.1", site.app.port());
                socket.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            int[] round = {0};
            until(Duration.ofSeconds(25), Duration.ofSeconds(1), "the slow clients to be cut off", () -> {
                long start = System.nanoTime();
                assertEquals(200, site.http.get("/publications").statusCode());
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertTrue(ms < 1000, "a normal request took " + ms + " ms among slow clients");
                boolean allClosed = true;
                for (Socket socket : slow) {
                    try {
                        socket.getOutputStream().write(("X-Slow-" + round[0] + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
                        allClosed = false;
                    } catch (IOException closedByServer) {
                        // cut off, as it should be
                    }
                }
                round[0]++;
                return allClosed;
            });
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    static String rawRequest(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (SocketException e) {
            return "reset: " + e.getMessage();
        }
    }
}
