package io.github.conglongli.site.e2e;

import io.github.conglongli.site.App;
import io.github.conglongli.site.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A copy of the repository's content and static files in a temporary directory, served by
 * the real {@link App} on a random port. Tests edit the copy, never the repository.
 */
final class TestSite implements AutoCloseable {

    final Path root;
    final Path content;
    final Path statics;
    final App app;
    final Http http;

    private TestSite(Path root, App app) {
        this.root = root;
        this.content = root.resolve("content");
        this.statics = root.resolve("static");
        this.app = app;
        this.http = new Http(app.port());
    }

    static TestSite start(Path tempDir, String... extraArgs) throws Exception {
        copyRepositoryFiles(tempDir);
        List<String> args = new java.util.ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--port", "0",
                "--access-log=false",
                "--content", tempDir.resolve("content").toString(),
                "--static", tempDir.resolve("static").toString()));
        args.addAll(List.of(extraArgs));
        Settings settings = Settings.parse(args, Map.of());
        return new TestSite(tempDir, App.start(settings));
    }

    static void copyRepositoryFiles(Path target) throws IOException {
        copyTree(Path.of("content"), target.resolve("content"));
        copyTree(Path.of("static"), target.resolve("static"));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    String read(String file) {
        try {
            return Files.readString(content.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes in place, as most editors do. */
    void write(String file, String text) throws IOException {
        Files.writeString(content.resolve(file), text, StandardCharsets.UTF_8);
    }

    /** Writes a temporary file and renames it over the original, as vim and VS Code do. */
    void writeViaRename(String file, String text) throws IOException {
        Path temp = content.resolve("." + file + ".swp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, content.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Polls until {@code condition} holds; fails after {@code timeout}. */
    static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
    }

    @Override
    public void close() {
        app.close();
    }
}
