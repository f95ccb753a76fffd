package io.github.conglongli.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.HostileMarkdown;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, reproduced as it was found: in a JVM started with the Dockerfile's
 * {@code -Xss256k -Xmx128m}, each hostile page is saved into a running server one after another
 * (the last good site stays served, /healthz names the file, and the next valid edit is served
 * within a second), and {@code check} on each answers with a message, never a stack trace.
 */
@Timeout(180)
class ShippedFlagsTest {

    /** The Dockerfile's flags that matter here: the stack and heap every parser must fit. */
    static final List<String> SHIPPED = List.of("-Xss256k", "-Xmx128m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");
    static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(1);
    private static final Pattern SERVING = Pattern.compile("serving http://[^:]+:(\\d+)/");

    @TempDir
    Path dir;

    @Test
    void checkRefusesEachHostilePageWithItsPlaceAndNoStackTrace() throws Exception {
        List<HostileMarkdown.Case> cases = HostileMarkdown.cases();
        SiteFixture fixture = SiteFixture.minimal();
        for (int i = 0; i < cases.size(); i++) {
            fixture.file("pages/notes-" + i + ".md", cases.get(i).file());
        }
        Path content = fixture.writeContentTo(dir.resolve("content"));
        Process check = java("check", "--content", content.toString()).redirectErrorStream(true).start();
        CompletableFuture<String> output = read(check);

        assertTrue(check.waitFor(60, TimeUnit.SECONDS), "check answers within seconds");
        String text = output.get();
        assertEquals(1, check.exitValue(), text);
        for (int i = 0; i < cases.size(); i++) {
            HostileMarkdown.Case hostile = cases.get(i);
            String file = "pages/notes-" + i + ".md";
            assertTrue(text.contains(file + (hostile.refusedAt().startsWith("file") ? ": " : ":") + hostile.refusedAt()),
                    hostile + ": " + text);
        }
        assertFalse(text.contains("Exception") || text.contains("Error:") || text.contains("\tat "),
                "a stack trace: " + text);
    }

    @Test
    void aRunningServerSurvivesEachHostilePageAndPublishesTheNextEdit() throws Exception {
        Path site = SiteFixture.minimal().file("pages/notes.md", HostileMarkdown.valid("Good notes 0."))
                .writeTo(dir.resolve("site"));
        Path page = site.resolve("content/pages/notes.md");
        Process server = java("serve", "--host", "127.0.0.1", "--port", "0", "--access-log=false",
                "--content", site.resolve("content").toString(), "--static", site.resolve("static").toString())
                .redirectErrorStream(true).start();
        try {
            String base = "http://127.0.0.1:" + port(server);
            HttpClient client = HttpClient.newHttpClient();
            int edit = 0;
            for (HostileMarkdown.Case hostile : HostileMarkdown.cases()) {
                Files.writeString(page, hostile.file(), StandardCharsets.UTF_8);
                await(Duration.ofSeconds(20), hostile + " reported in /healthz",
                        () -> get(client, base + "/healthz").contains("content/pages/notes.md"));
                String health = get(client, base + "/healthz");
                assertTrue(health.contains("\"status\":\"content-error\""), health);
                int shown = edit;
                assertTrue(get(client, base + "/notes").contains("Good notes " + shown + "."),
                        "the last good page stays after " + hostile);

                String fixed = "Good notes " + (++edit) + ".";
                Files.writeString(page, HostileMarkdown.valid(fixed), StandardCharsets.UTF_8);
                long saved = System.nanoTime();
                await(Duration.ofSeconds(10), "the fix of " + hostile + " served",
                        () -> get(client, base + "/notes").contains(fixed));
                Duration took = Duration.ofNanos(System.nanoTime() - saved);
                assertTrue(took.compareTo(PUBLISHED_WITHIN) <= 0, "the edit after " + hostile + " took " + took);
                assertTrue(get(client, base + "/healthz").contains("\"status\":\"ok\""));
            }
            assertTrue(server.isAlive(), "the server never dies");
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static ProcessBuilder java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SHIPPED);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static CompletableFuture<String> read(Process process) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
    }

    /** Reads the server's log up to the line that names its port; the rest of the log is drained, never read. */
    private static int port(Process server) throws IOException {
        BufferedReader log = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            seen.append(line).append('\n');
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> drain(log), "server-log");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }

    private static void drain(BufferedReader log) {
        try {
            while (log.readLine() != null) {
                // the log is not asserted on; reading it keeps the server from blocking on a full pipe
            }
        } catch (IOException e) {
            // the server stopped
        }
    }

    private static String get(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void await(Duration deadline, String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline + ": " + what);
            }
            Thread.sleep(10); // polling a child process over HTTP: there is no event to wait on
        }
    }
}
