package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.App;
import io.github.conglongli.site.Settings;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A site on disk ({@code root/content}, {@code root/static}) served by the real {@link App} on a
 * random port of 127.0.0.1. Tests edit its files as an owner would. Started and stopped by
 * {@link SiteExtension}.
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

    /** Serves the site already written under {@code root}. */
    static TestSite start(Path root, String... extraArgs) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--port", "0",
                "--access-log=false",
                "--content", root.resolve("content").toString(),
                "--static", root.resolve("static").toString()));
        args.addAll(List.of(extraArgs));
        return new TestSite(root, App.start(Settings.parse(args, Map.of())));
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

    /** Replaces text in a content file, which must hold it: an edit that changes nothing proves nothing. */
    void replace(String file, String from, String to) throws IOException {
        String text = read(file);
        assertTrue(text.contains(from), () -> file + " has no '" + from + "':\n" + text);
        write(file, text.replace(from, to));
    }

    /** A copy of the content directory next to it, named {@code name}, with one replacement made in {@code file}. */
    Path copyOfContent(String name, String file, String from, String to) throws IOException {
        Path copy = root.resolve(name);
        SiteFixture.copyTree(content, copy);
        String text = Files.readString(copy.resolve(file), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> file + " has no '" + from + "'");
        Files.writeString(copy.resolve(file), text.replace(from, to), StandardCharsets.UTF_8);
        return copy;
    }

    @Override
    public void close() {
        app.close();
    }
}
