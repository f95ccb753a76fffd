package io.github.conglongli.site.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.Await;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive {@code ./mvnw package} makes (docs/startup.md): the README's command maps
 * the server's classes from it, and a missing or stale archive neither stops the server nor prints
 * anything an owner would take for a fault. Runs after {@code package} (the "archive" execution in
 * pom.xml), on the jar and archive the build just made, with the JDK that made them.
 */
@Tag("archive")
@Timeout(180)
class ClassDataArchiveTest {

    static final Path JAR = Path.of("target/site.jar");
    static final Path ARCHIVE = Path.of("target/site.jsa");
    /** The flags the README's command adds to {@code java -jar target/site.jar}. */
    static final List<String> README_FLAGS = List.of("-XX:SharedArchiveFile=target/site.jsa",
            "-Xlog:cds=off,cds+dynamic=off");
    static final String FROM_ARCHIVE = " source: shared objects file (top)";

    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Duration START_DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void theReadmeCommandMapsTheServersClassesFromTheArchivePackageMade() throws Exception {
        assertTrue(Files.size(ARCHIVE) > 0, ARCHIVE + " is empty");
        Path classes = tmp.resolve("classes.log");
        List<String> flags = new ArrayList<>(README_FLAGS);
        flags.add("-Xlog:class+load:file=" + classes);

        String log = serveOnce(Path.of(""), flags, site());

        String loaded = Files.readString(classes, StandardCharsets.UTF_8);
        assertTrue(loaded.contains("io.github.conglongli.site.Main" + FROM_ARCHIVE), "Main not from the archive");
        assertTrue(loaded.contains("org.eclipse.jetty.server.Server" + FROM_ARCHIVE), "Jetty not from the archive");
        assertTrue(loaded.contains("gg.jte.generated.precompiled.pages.JtehomeGenerated" + FROM_ARCHIVE),
                "the home page's template not from the archive");
        assertQuiet(log);
    }

    @Test
    void theArchiveHoldsAPageMadeOnlyOnRequestReachedFromTheHomePagesLinks() throws Exception {
        Process listing = new ProcessBuilder(java(), "-XX:SharedArchiveFile=" + ARCHIVE, "-XX:+PrintSharedArchiveAndExit",
                "-jar", JAR.toString()).redirectErrorStream(true).start();
        String classes = new String(listing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(listing.waitFor(60, TimeUnit.SECONDS), "listing the archive did not end");

        // a paper's own page is rendered on its first request only, never at start
        assertTrue(classes.contains("gg.jte.generated.precompiled.pages.JtepublicationGenerated app_loader"),
                "a paper page's template is not in the archive:\n" + classes);
    }

    @Test
    void aMissingArchiveNeitherStopsTheServerNorAlarmsTheOwner() throws Exception {
        String log = serveOnce(Path.of(""), List.of("-XX:SharedArchiveFile=" + tmp.resolve("site.jsa"),
                "-Xlog:cds=off,cds+dynamic=off"), site());

        assertQuiet(log);
    }

    @Test
    void anArchiveThatIsNotOneNeitherStopsTheServerNorAlarmsTheOwner() throws Exception {
        Files.write(tmp.resolve("site.jsa"), new byte[] {0x43, 0x44, 0x53, 0x21, 0, 0, 0, 0});

        String log = serveOnce(Path.of(""), List.of("-XX:SharedArchiveFile=" + tmp.resolve("site.jsa"),
                "-Xlog:cds=off,cds+dynamic=off"), site());

        assertQuiet(log);
    }

    @Test
    void anArchiveOfAnotherBuildOfTheJarIsRefusedQuietlyAndTheServerStarts() throws Exception {
        // a rebuilt jar beside the old archive: same path, different content
        Path project = tmp.resolve("project");
        Files.createDirectories(project.resolve("target"));
        Path jar = Files.copy(JAR, project.resolve(JAR));
        try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of())) {
            Files.writeString(zip.getPath("rebuilt.txt"), "another build", StandardCharsets.UTF_8);
        }
        Files.copy(ARCHIVE, project.resolve(ARCHIVE));
        Path classes = tmp.resolve("classes.log");
        List<String> flags = new ArrayList<>(README_FLAGS);
        flags.add("-Xlog:class+load:file=" + classes);

        String log = serveOnce(project, flags, site());

        assertFalse(Files.readString(classes, StandardCharsets.UTF_8).contains(FROM_ARCHIVE),
                "the archive of another jar was used");
        assertQuiet(log);
    }

    private Path site() {
        return SiteFixture.minimal().writeTo(tmp.resolve("site"));
    }

    /** Nothing from the JVM about the archive: no warning, no error, no mention of CDS. */
    private static void assertQuiet(String log) {
        for (String line : log.lines().toList()) {
            assertFalse(line.startsWith("[") || line.contains("[warning]") || line.contains("[error")
                    || line.toLowerCase().contains("cds") || line.toLowerCase().contains("shared archive"),
                    "the JVM spoke of the archive: " + line + "\n" + log);
        }
    }

    /**
     * Starts {@code java FLAGS -jar target/site.jar} in {@code dir} on the site in {@code site},
     * on a free port, waits for its first page to answer 200, stops it, and returns what it printed.
     */
    private String serveOnce(Path dir, List<String> flags, Path site) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(flags);
        command.addAll(List.of("-jar", JAR.toString(), "serve", "--host", "127.0.0.1", "--port", "0",
                "--content", site.resolve("content").toAbsolutePath().toString(),
                "--static", site.resolve("static").toAbsolutePath().toString(), "--access-log=false"));
        Path log = Files.createTempFile(tmp, "server", ".log");
        Process server = new ProcessBuilder(command).directory(dir.toAbsolutePath().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            Await.until(START_DEADLINE, "the server's 'serving' line in " + log,
                    () -> !server.isAlive() || SERVING.matcher(read(log)).find());
            Matcher serving = SERVING.matcher(read(log));
            assertTrue(serving.find(), "the server did not start:\n" + read(log));
            assertEquals(200, status(Integer.parseInt(serving.group(1))), read(log));
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
        return read(log);
    }

    /** The JDK running the tests, the one that made the archive. */
    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int status(int port) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/").toURL()
                .openConnection();
        conn.setConnectTimeout(5000);
        conn.setReadTimeout(10_000);
        try {
            conn.getInputStream().readAllBytes();
            return conn.getResponseCode();
        } finally {
            conn.disconnect();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
