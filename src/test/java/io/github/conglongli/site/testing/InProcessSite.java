package io.github.conglongli.site.testing;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.publish.Publisher;
import io.github.conglongli.site.publish.Snapshot;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.Templates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A whole site built in this process, as Hugo's {@code hugolib} tests build theirs: the test
 * writes the files, builds through the same pipeline {@code serve} publishes with
 * ({@link Publisher} over {@code SiteBuild}), asks for pages by address, edits files, builds
 * again and sees what was rendered again. No HTTP, no watcher, no polling: cause and effect on
 * one screen.
 *
 * <pre>
 * InProcessSite site = InProcessSite.of(SiteFixture.minimal().file("pages/cv.md", "..."), dir);
 * site.build();                       // the first publish
 * site.html("/cv")                    // what a visitor gets
 * site.write("pages/cv.md", "...");
 * site.build().rendered()             // the addresses rendered again
 * </pre>
 */
public final class InProcessSite {

    /** One build: its outcome, and the addresses rendered during it (those taken over are not). */
    public record Build(Publisher.Outcome outcome, List<String> rendered) {

        public List<ContentError> errors() {
            return outcome.errors();
        }

        /** The errors as `check` prints them, one a line. */
        public String errorText() {
            return String.join("\n", outcome.errors().stream().map(ContentError::toString).toList());
        }
    }

    private final Path root;
    private final Publisher publisher;
    private final List<String> rendered = new CopyOnWriteArrayList<>();

    private InProcessSite(Path root, Publisher publisher) {
        this.root = root;
        this.publisher = publisher;
        publisher.onRender(rendered::add);
    }

    /** The site {@code fixture} describes, written under {@code dir} ({@code content/}, {@code static/}); not built yet. */
    public static InProcessSite of(SiteFixture fixture, Path dir) {
        fixture.writeTo(dir);
        ContentLoader loader = new ContentLoader(dir.resolve("content"), "content");
        Publisher publisher = Publisher.builder(loader, dir.resolve("static"), Templates.precompiled())
                .cacheBudgetBytes(16L << 20)
                .build();
        return new InProcessSite(dir, publisher);
    }

    /** The site {@code fixture} describes, written under {@code dir} and built once: a test fails if that build does. */
    public static InProcessSite built(SiteFixture fixture, Path dir) {
        InProcessSite site = of(fixture, dir);
        Build first = site.build();
        if (!first.outcome().ok()) {
            throw new AssertionError("the site does not build:\n" + first.errorText());
        }
        return site;
    }

    /** Builds (or rebuilds) the site from the files as they are now, and publishes it unless it fails. */
    public Build build() {
        rendered.clear();
        Publisher.Outcome outcome = publisher.publish();
        // the pages every visit needs are rendered after the swap (here, in place): part of this build
        return new Build(outcome, List.copyOf(rendered));
    }

    /** Writes {@code text} into the content file {@code name} ("pages/cv.md"), creating folders. */
    public InProcessSite write(String name, String text) {
        return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public InProcessSite writeBytes(String name, byte[] bytes) {
        try {
            Path file = file(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The text of the content file {@code name}, as a test reads it before changing it. */
    public String read(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the content file {@code name} is there now. */
    public boolean exists(String name) {
        return Files.exists(file(name));
    }

    /** Renames the content file {@code from} to {@code to}, as an owner renames a post. */
    public InProcessSite move(String from, String to) {
        try {
            Files.move(file(from), file(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public InProcessSite delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The errors the served snapshot carries, as /healthz lists them (empty: "ok"). */
    public List<String> servedErrors() {
        return served().errors().stream().map(ContentError::toString).toList();
    }

    /** The snapshot served now. */
    public Snapshot served() {
        return publisher.current().orElseThrow(() -> new AssertionError("nothing is published"));
    }

    /** The page at {@code path} as served now, if the site has one there. */
    public Optional<Page> page(String path) {
        return served().pages().page(path);
    }

    /** The text of the page at {@code path}; fails the test when there is none. */
    public String html(String path) {
        Page page = page(path).orElseThrow(() -> new AssertionError("no page at " + path));
        return new String(page.body(), StandardCharsets.UTF_8);
    }

    /** The addresses rendered since the last build began (pages made on request included). */
    public List<String> renderedSinceBuild() {
        return List.copyOf(rendered);
    }

    private Path file(String name) {
        return root.resolve("content").resolve(name);
    }

    /** Every address the site has, in export order. */
    public List<String> paths() {
        return new ArrayList<>(served().pages().pages().paths().toList());
    }
}
