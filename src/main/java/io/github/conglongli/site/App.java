package io.github.conglongli.site;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.publish.ContentWatcher;
import io.github.conglongli.site.publish.Publisher;
import io.github.conglongli.site.publish.Snapshot;
import io.github.conglongli.site.render.Templates;
import io.github.conglongli.site.render.page.PageOptions;
import io.github.conglongli.site.web.ServerOptions;
import io.github.conglongli.site.web.SiteServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running site: the first snapshot published, the HTTP server listening, the watcher
 * reloading on change. This is the whole wiring, in one place, used by {@code serve} and by
 * the end-to-end tests alike.
 */
public final class App implements AutoCloseable {

    /** The content could not be loaded at start, so there is nothing to serve. */
    public static final class ContentException extends Exception {
        private final List<ContentError> errors;

        ContentException(List<ContentError> errors) {
            super(errors.size() + " content error(s)", null, false, false);
            this.errors = List.copyOf(errors);
        }

        public List<ContentError> errors() {
            return errors;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    static final long REHEARSAL_DELAY_MS = 1000;
    static final int REHEARSAL_ROUNDS = 6;
    /** Rehearsal is for small sites' first edits; a large site's rebuild would cost more than it saves. */
    static final Duration REHEARSAL_BUDGET = Duration.ofMillis(500);

    private final Publisher publisher;
    private final SiteServer server;
    private final ContentWatcher watcher;
    private final Thread rehearsal;
    private final ExecutorService warmer;

    private App(Publisher publisher, SiteServer server, ContentWatcher watcher, Thread rehearsal,
            ExecutorService warmer) {
        this.publisher = publisher;
        this.server = server;
        this.watcher = watcher;
        this.rehearsal = rehearsal;
        this.warmer = warmer;
    }

    /**
     * Starts everything. The first snapshot is built on a second thread while the HTTP server
     * starts: both are mostly class loading, so on two cores this halves the time to first page.
     */
    public static App start(Settings settings) throws ContentException {
        // renders each new snapshot's remaining pinned pages after it is published, off the reload's path
        ExecutorService warmer = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "page-warmer");
            thread.setDaemon(true);
            return thread;
        });
        // the first snapshot's other hot pages wait until the server listens: rendering them while
        // Jetty starts would take a core from the start, and the first page does not need them
        CountDownLatch listening = new CountDownLatch(1);
        warmer.execute(() -> awaitQuietly(listening));
        Publisher publisher = publisher(settings, settings.server().dev() ? Publisher.Mode.DEV : Publisher.Mode.PRODUCTION,
                warmer, PageOptions.Host.SERVER);
        publisher.onPublish(snapshot -> {
            if (snapshot.errors().isEmpty()) { // a failed reload keeps the last index: nothing new to report
                snapshot.search().whenBuilt(index -> LOG.info("search index: {} documents, {} written in {} ms",
                        index.size(), index.written(), index.took().toMillis()));
            }
        });
        FutureTask<Publisher.Outcome> firstPublish = new FutureTask<>(publisher::publish);
        Thread builder = new Thread(firstPublish, "first-publish");
        builder.start();
        SiteServer server;
        try {
            server = new SiteServer(publisher, serverOptions(settings)).start(settings.server().host(), settings.server().port());
        } catch (RuntimeException e) {
            awaitQuietly(firstPublish);
            warmer.shutdownNow();
            throw e;
        }
        Publisher.Outcome first = awaitQuietly(firstPublish);
        if (!first.ok()) {
            server.stop();
            warmer.shutdownNow();
            throw new ContentException(first.errors());
        }
        listening.countDown();
        List<Path> watched = new ArrayList<>(List.of(settings.sources().contentPath(), settings.sources().staticPath()));
        if (settings.server().dev() && Files.isDirectory(settings.sources().templatesPath())) {
            watched.add(settings.sources().templatesPath());
        }
        ContentWatcher watcher = new ContentWatcher(watched, () -> logReload(publisher.publish()));
        watcher.start();
        Thread rehearsal = rehearseReloadsSoon(publisher);
        return new App(publisher, server, watcher, rehearsal, warmer);
    }

    /**
     * A second after start, once the first visitors have been answered, goes through reloads
     * without publishing them, so the owner's first edits do not pay the reload path's one-time
     * costs: class loading, linking, compiling (bench/ReloadLatency.java measures the difference;
     * bench/README.md has the figures).
     */
    private static Thread rehearseReloadsSoon(Publisher publisher) {
        Thread rehearsal = new Thread(() -> {
            try {
                Thread.sleep(REHEARSAL_DELAY_MS);
                publisher.rehearse(REHEARSAL_ROUNDS, REHEARSAL_BUDGET);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reload-rehearsal");
        rehearsal.setDaemon(true);
        rehearsal.start();
        return rehearsal;
    }

    static ServerOptions serverOptions(Settings settings) {
        return new ServerOptions(settings.server().dev(), settings.server().accessLog(), settings.server().trustProxy(),
                settings.server().hstsSeconds().map(Duration::ofSeconds), Duration.ofSeconds(settings.server().cdnMaxAgeSeconds()));
    }

    /** Waits for {@code latch}; an interrupt (the app closing) ends the wait early. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Publisher.Outcome awaitQuietly(FutureTask<Publisher.Outcome> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("building the first snapshot failed", e.getCause());
        }
    }

    public int port() {
        return server.port();
    }

    public Publisher publisher() {
        return publisher;
    }

    public Snapshot snapshot() {
        return publisher.current().orElseThrow();
    }

    /** Stops watching, then stops the server gracefully (in-flight requests finish). */
    @Override
    public void close() {
        rehearsal.interrupt();
        watcher.close();
        warmer.shutdownNow();
        server.stop();
    }

    private static void logReload(Publisher.Outcome outcome) {
        if (!outcome.changed()) {
            return;
        }
        long ms = outcome.took().toMillis();
        if (outcome.ok()) {
            LOG.info("reloaded: content {} in {} ms", outcome.snapshot().orElseThrow().site().version(), ms);
            outcome.warnings().forEach(warning -> LOG.warn("{}", warning.asWarning()));
        } else {
            StringBuilder lines = new StringBuilder();
            for (ContentError error : outcome.errors()) {
                lines.append("\n  ").append(error);
            }
            LOG.warn("reload failed, still serving content {}:{}",
                    outcome.snapshot().map(s -> s.site().version()).orElse("-"), lines);
        }
    }

    /** Wires loader, templates and page cache; dev mode compiles templates from source when present and edited. */
    static Publisher publisher(Settings settings, Publisher.Mode mode, Executor warmer, PageOptions.Host host) {
        ContentLoader loader = new ContentLoader(settings.sources().contentPath(), settings.sources().content());
        Templates templates = Templates.precompiled();
        if (mode == Publisher.Mode.DEV && Files.isDirectory(settings.sources().templatesPath())) {
            try {
                templates = Templates.fromSource(settings.sources().templatesPath(), Files.createTempDirectory("site-jte-"));
            } catch (IOException e) {
                LOG.warn("using precompiled templates: {}", e.toString());
            }
        }
        return Publisher.builder(loader, settings.sources().staticPath(), templates)
                .mode(mode)
                .cacheBudgetBytes(settings.cache().bytes())
                .warmer(warmer)
                .baseUrl(settings.export().baseUrl())
                .host(host)
                .build();
    }
}
