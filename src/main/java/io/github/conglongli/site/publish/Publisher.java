package io.github.conglongli.site.publish;

import gg.jte.TemplateException;
import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.render.DevErrorPage;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.Templates;
import io.github.conglongli.site.render.page.PageOptions;
import io.github.conglongli.site.render.view.PageMeta;
import io.github.conglongli.site.search.IndexedSnapshot;
import io.github.conglongli.site.search.SearchDocument;
import io.github.conglongli.site.search.SearchDocuments;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Publishes what {@link SiteBuild} builds. {@link #publish()} runs the build (which re-reads only
 * the files that changed and takes over unchanged pages from the last snapshot), then swaps the
 * result in with one atomic reference write. When the build fails, whatever the cause, the last
 * good snapshot stays and carries the errors; in dev mode its pages are re-rendered with an error
 * banner.
 */
public final class Publisher {

    /** Whether pages carry dev mode's live reload and error banner. */
    public enum Mode { PRODUCTION, DEV }

    /** What one publish attempt did; {@code warnings} are the loaded content's, when it loaded. */
    public record Outcome(boolean ok, boolean changed, List<ContentError> errors, List<ContentError> warnings,
            Duration took, Optional<Snapshot> snapshot) {

        /** The content loaded and is served as {@code next}. */
        static Outcome published(List<ContentError> warnings, Duration took, Snapshot next) {
            return new Outcome(true, true, List.of(), warnings, took, Optional.of(next));
        }

        /** The content loaded, and nothing in it changed since {@code served}. */
        static Outcome unchanged(List<ContentError> warnings, Duration took, Snapshot served) {
            return new Outcome(true, false, List.of(), warnings, took, Optional.of(served));
        }

        /** The content did not load; {@code next} (if any) is what is served instead: the last good site, marked. */
        static Outcome failed(List<ContentError> errors, Duration took, Optional<Snapshot> next) {
            return new Outcome(false, next.isPresent(), errors, List.of(), took, next);
        }
    }

    private final SiteBuild siteBuild;
    private final Templates templates;
    private final Mode mode;
    private final Clock clock;
    private final Executor warmer;
    private final Optional<String> baseUrl;
    private final PageOptions.Host host;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> renderListeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstAttempt = new CountDownLatch(1);
    private long generation;
    /** When the publish under way started, or null: /healthz tells a publish that never ends. */
    private final AtomicReference<Instant> publishing = new AtomicReference<>();
    /** Tells this run's snapshots from a previous run's, for browsers that outlive a restart. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    private Publisher(Builder b) {
        this.templates = b.templates;
        this.siteBuild = new SiteBuild(b.loader, b.staticDir, b.templates, b.cacheBudgetBytes,
                path -> renderListeners.forEach(l -> l.accept(path)));
        this.mode = b.mode;
        this.clock = b.clock;
        this.warmer = b.warmer;
        this.baseUrl = b.baseUrl;
        this.host = b.host;
    }

    /** A publisher of the content {@code loader} reads, rendered with {@code templates}; the rest by name. */
    public static Builder builder(ContentLoader loader, Path staticDir, Templates templates) {
        return new Builder(loader, staticDir, templates);
    }

    public static final class Builder {
        private final ContentLoader loader;
        private final Path staticDir;
        private final Templates templates;
        private Mode mode = Mode.PRODUCTION;
        private long cacheBudgetBytes = 16L << 20;
        private Clock clock = Clock.systemUTC();
        private Executor warmer = Runnable::run;
        private Optional<String> baseUrl = Optional.empty();
        private PageOptions.Host host = PageOptions.Host.SERVER;

        private Builder(ContentLoader loader, Path staticDir, Templates templates) {
            this.loader = loader;
            this.staticDir = staticDir;
            this.templates = templates;
        }

        public Builder mode(Mode v) { mode = v; return this; }
        /** How much the pages made on demand may weigh, per snapshot. */
        public Builder cacheBudgetBytes(long v) { cacheBudgetBytes = v; return this; }
        public Builder clock(Clock v) { clock = v; return this; }
        /** Runs the rendering of a new snapshot's remaining pinned pages after it is published (default: in place). */
        public Builder warmer(Executor v) { warmer = v; return this; }
        /** The site's address instead of site.yaml's {@code base_url} (an export for another host). */
        public Builder baseUrl(Optional<String> v) { baseUrl = v; return this; }
        /** Who will answer the pages: this server, or a static host (an export). */
        public Builder host(PageOptions.Host v) { host = v; return this; }

        public Publisher build() {
            return new Publisher(this);
        }
    }

    /** The snapshot being served; empty only until the first successful publish. */
    public Optional<Snapshot> current() {
        return Optional.ofNullable(current.get());
    }

    /**
     * The snapshot being served, waiting up to {@code timeout} for the first one: the server
     * starts while the first snapshot is still being built, so a request arriving in that
     * window waits for it rather than failing.
     */
    public Optional<Snapshot> awaitCurrent(Duration timeout) {
        try {
            firstAttempt.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return current();
    }

    /** The version a dev-mode page carries and the live-reload events announce, e.g. "m4x2k1-7". */
    public String versionTag(long snapshotGeneration) {
        return run + "-" + snapshotGeneration;
    }

    /**
     * In dev mode, the page to answer with when a page made on demand meets a broken template
     * (the pages rendered at publish met none): the compiler's message, and live reload to bring
     * the page back once the template is fixed. Outside dev mode, nothing: a visitor gets a 500.
     */
    public Optional<Page> templateErrorPage(TemplateException e) {
        return mode == Mode.DEV ? current().map(served -> errorPage(List.of(ContentError.atFile("templates",
                e.getMessage())), served, served.generation())) : Optional.empty();
    }

    /** Called after every swap, on the publishing thread (e.g. to tell browsers to reload). */
    public void onPublish(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    /** Called with a page's path whenever one is rendered, on whichever thread renders it. */
    public void onRender(Consumer<String> listener) {
        renderListeners.add(listener);
    }

    /**
     * Loads, renders and swaps. Serialized: reloads never interleave. Never throws: whatever a
     * build meets ends as the errors of a failed outcome, and the last good snapshot stays.
     */
    public synchronized Outcome publish() {
        long started = System.nanoTime();
        publishing.set(clock.instant());
        try {
            return publish(started);
        } catch (Throwable e) { // NOPMD: the watcher's thread runs this; nothing may end it
            return fail(current.get(), List.of(ContentError.atFile(siteBuild.contentName(), "publishing failed (" + e
                    + "); this is a bug in the site, please report it")), started);
        } finally {
            publishing.set(null);
            firstAttempt.countDown();
        }
    }

    /**
     * When the publish under way started, if one is: a publish normally takes milliseconds to
     * seconds, so one that has run for long is stuck (a file that never finishes reading, say).
     */
    public Optional<Instant> publishingSince() {
        return Optional.ofNullable(publishing.get());
    }

    public Clock clock() {
        return clock;
    }

    private Outcome publish(long started) {
        Snapshot previous = current.get();
        SiteBuild.Result result = siteBuild.build(Optional.ofNullable(previous),
                (assetUrl, ownFile) -> options(assetUrl, ownFile, List.of()));
        if (result instanceof SiteBuild.Unchanged unchanged) {
            return Outcome.unchanged(unchanged.warnings(), since(started), previous);
        }
        if (result instanceof SiteBuild.ContentFailed failed) {
            return fail(previous, failed.errors(), started);
        }
        if (result instanceof SiteBuild.TemplatesFailed broken) {
            if (mode == Mode.PRODUCTION || previous == null) {
                return fail(previous, broken.errors(), started);
            }
            // the templates cannot render anything, so every page becomes the error until they are fixed
            PageCache everyPageBroken = previous.pages().answeringEverything(errorPage(broken.errors(), previous));
            Snapshot next = new Snapshot(previous.site(), everyPageBroken, previous.statics(), previous.fingerprint()
                    + "\nbroken templates", ++generation, previous.loadedAt(), broken.errors(), previous.search());
            swap(next);
            return Outcome.failed(broken.errors(), since(started), Optional.of(next));
        }
        SiteBuild.Built built = (SiteBuild.Built) result;
        Snapshot next = new Snapshot(built.site(), built.pages(), built.statics(), built.fingerprint(), ++generation,
                clock.instant(), List.of(), index(previous, built.site()));
        swap(next);
        PageCache pages = built.pages();
        warmer.execute(() -> pages.warm(() -> current.get() == next));
        // what `check` calls errors but a running site can live with: a link to a file not uploaded yet
        List<ContentError> warnings = new ArrayList<>(built.warnings());
        warnings.addAll(built.checkErrors());
        return Outcome.published(warnings, since(started), next);
    }

    /**
     * The search index of {@code site}, built on the warmer after the snapshot is swapped in (so
     * neither the first page nor a reload waits for it), from the last snapshot's index so that
     * only changed documents are written. A static host has no server to search with: no index.
     */
    private IndexedSnapshot index(Snapshot previous, Site site) {
        if (!host.answersQueries()) {
            return IndexedSnapshot.none();
        }
        Supplier<List<SearchDocument>> docs = () -> SearchDocuments.of(site, mode == Mode.DEV);
        return previous == null ? IndexedSnapshot.first(docs, warmer) : previous.search().next(docs, warmer);
    }

    private PageOptions options(UnaryOperator<String> assetUrl, Function<String, Optional<Page>> ownFile,
            List<String> errors) {
        // the version is shown in dev mode only; outside it, leaving it out lets unchanged pages be reused
        Optional<PageMeta.DevMode> dev = mode == Mode.DEV
                ? Optional.of(new PageMeta.DevMode(versionTag(generation + 1), errors)) : Optional.empty();
        return new PageOptions(dev, assetUrl, baseUrl, ownFile, host);
    }

    /**
     * Builds the served content again as reloads would, up to {@code rounds} times within
     * {@code budget}, alternately taking over the current pages and rendering all of them, but
     * publishes nothing: the code only reloads run is then loaded and compiled before the
     * owner's first edit needs it. Changes nothing that is served; stops early when the thread
     * is interrupted or a real reload has happened meanwhile.
     */
    public void rehearse(int rounds, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        long startGeneration = generation;
        for (int i = 0; i < rounds && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted(); i++) {
            synchronized (this) { // never alongside a real reload
                Snapshot served = current.get();
                Optional<Site> site = served == null || generation != startGeneration ? Optional.empty()
                        : siteBuild.loadOnly();
                if (site.isEmpty()) {
                    return;
                }
                try {
                    siteBuild.pages(site.get(), served.statics(), (assetUrl, ownFile) -> options(assetUrl, ownFile,
                            List.of()), i % 2 == 0 ? Optional.of(served.pages()) : Optional.empty());
                } catch (RuntimeException | StackOverflowError e) {
                    return; // a real reload will report it
                }
            }
        }
    }

    private Outcome fail(Snapshot previous, List<ContentError> errors, long started) {
        if (previous == null) {
            return Outcome.failed(errors, since(started), Optional.empty());
        }
        Snapshot next = mode == Mode.DEV ? withBanner(previous, errors) : previous.withErrors(errors, ++generation);
        swap(next);
        return Outcome.failed(errors, since(started), Optional.of(next));
    }

    /** The last good site re-rendered with the errors in a banner, so the editor sees them at once. */
    private Snapshot withBanner(Snapshot previous, List<ContentError> errors) {
        List<String> messages = errors.stream().map(ContentError::toString).toList();
        PageCache pages;
        try {
            pages = siteBuild.pages(previous.site(), previous.statics(), (assetUrl, ownFile) -> options(assetUrl,
                    ownFile, messages), Optional.of(previous.pages()));
        } catch (RuntimeException | StackOverflowError e) {
            pages = previous.pages().answeringEverything(errorPage(errors, previous));
        }
        return new Snapshot(previous.site(), pages, previous.statics(), previous.fingerprint(), ++generation,
                previous.loadedAt(), errors, previous.search());
    }

    private Page errorPage(List<ContentError> errors, Snapshot previous) {
        return errorPage(errors, previous, generation + 1);
    }

    /** @param servedAs the generation of the snapshot the page will be served in, which live reload compares */
    private Page errorPage(List<ContentError> errors, Snapshot previous, long servedAs) {
        String stylesheet = previous.pages().page("/style.css").map(p -> "/style.css?v=" + AssetVersion.of(p))
                .orElse("/style.css");
        return DevErrorPage.render(errors.stream().map(ContentError::toString).toList(),
                previous.pages().pages().routes().href(stylesheet), versionTag(servedAs));
    }

    private void swap(Snapshot next) {
        current.set(next);
        firstAttempt.countDown();
        listeners.forEach(l -> l.accept(next));
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
