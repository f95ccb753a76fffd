package io.github.conglongli.site.publish;

import gg.jte.TemplateException;
import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.LoadResult;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.render.DevErrorPage;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageMemo;
import io.github.conglongli.site.render.RenderOptions;
import io.github.conglongli.site.render.RenderedSite;
import io.github.conglongli.site.render.SiteRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Builds snapshots and publishes them. {@link #publish()} loads the content, scans the static
 * files and renders every page off the request path, then swaps the result in with one atomic
 * reference write. When loading fails, the last good snapshot stays and carries the errors;
 * in dev mode its pages are re-rendered with an error banner.
 */
public final class Publisher {

    /** What one publish attempt did. */
    public record Outcome(boolean ok, boolean changed, List<ContentError> errors, Duration took,
            Optional<Snapshot> snapshot) {}

    private final ContentLoader loader;
    private final Path staticDir;
    private final SiteRenderer renderer;
    private final boolean dev;
    private final Supplier<String> templateVersion;
    private final Clock clock;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstAttempt = new CountDownLatch(1);
    private long generation;
    /** The template version the current snapshot's pages were rendered with. */
    private String renderedTemplates;
    /** Tells this run's snapshots from a previous run's, for browsers that outlive a restart. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    /**
     * @param templateVersion changes when templates change (dev mode), so a template edit
     *                        re-renders even though the content is the same
     */
    public Publisher(ContentLoader loader, Path staticDir, SiteRenderer renderer, boolean dev,
            Supplier<String> templateVersion, Clock clock) {
        this.loader = loader;
        this.staticDir = staticDir;
        this.renderer = renderer;
        this.dev = dev;
        this.templateVersion = templateVersion;
        this.clock = clock;
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

    /** Called after every swap, on the publishing thread (e.g. to tell browsers to reload). */
    public void onPublish(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    /** Loads, renders and swaps. Serialized: reloads never interleave. */
    public synchronized Outcome publish() {
        try {
            return build();
        } finally {
            firstAttempt.countDown();
        }
    }

    private Outcome build() {
        long started = System.nanoTime();
        Snapshot previous = current.get();
        StaticFiles statics;
        try {
            statics = StaticFiles.scan(staticDir);
        } catch (IOException e) {
            statics = previous != null ? previous.statics() : StaticFiles.empty();
        }
        LoadResult result = loader.load();
        if (result instanceof LoadResult.Failed failed) {
            return fail(previous, failed.errors(), started);
        }
        Site site = ((LoadResult.Loaded) result).site();
        String templates = templateVersion.get();
        String fingerprint = site.version() + "\n" + templates + "\n" + statics.fingerprint();
        if (previous != null && previous.errors().isEmpty() && previous.fingerprint().equals(fingerprint)) {
            return new Outcome(true, false, List.of(), since(started), Optional.of(previous));
        }
        PageCache cache = new PageCache(statics, previous == null ? null : previous.pages());
        UnaryOperator<String> assets = assetUrls(cache);
        // pages of the last render are reused where their inputs are unchanged, unless the templates changed
        PageMemo reuse = previous != null && templates.equals(renderedTemplates) ? previous.rendered().memo()
                : PageMemo.empty();
        try {
            RenderedSite rendered = renderer.render(site, new RenderOptions(dev, List.of(), assets,
                    versionTag(generation + 1)), reuse);
            renderedTemplates = templates;
            cache.pin(rendered.pages());
            Snapshot next = new Snapshot(site, rendered, cache, statics, fingerprint, ++generation, clock.instant(),
                    List.of());
            swap(next);
            Duration took = since(started);
            renderCommonSearches(next);
            return new Outcome(true, true, List.of(), took, Optional.of(next));
        } catch (TemplateException e) {
            List<ContentError> errors = List.of(new ContentError("templates", 0, 0, e.getMessage()));
            if (!dev || previous == null) {
                return fail(previous, errors, started);
            }
            // the templates cannot render anything, so every page becomes the error until they are fixed
            RenderedSite broken = errorPages(previous.rendered(), List.of(errors.get(0).toString()),
                    assets.apply("style.css"), versionTag(generation + 1));
            cache.pin(broken.pages());
            Snapshot next = new Snapshot(previous.site(), broken, cache, statics, fingerprint, ++generation,
                    previous.loadedAt(), errors);
            swap(next);
            return new Outcome(false, true, errors, since(started), Optional.of(next));
        }
    }

    /**
     * Builds the served content again as reloads would, {@code rounds} times, alternately
     * reusing the current pages and rendering all of them, but publishes nothing: the code only
     * reloads run is then loaded, linked and compiled before the owner's first edit needs it.
     * Changes nothing that is served; stops early when the thread is interrupted.
     */
    public void rehearse(int rounds) {
        for (int i = 0; i < rounds && !Thread.currentThread().isInterrupted(); i++) {
            synchronized (this) { // never alongside a real reload
                Snapshot served = current.get();
                if (served == null || !(loader.load() instanceof LoadResult.Loaded loaded)) {
                    return;
                }
                try {
                    PageCache cache = new PageCache(StaticFiles.scan(staticDir), served.pages());
                    renderer.render(loaded.site(), new RenderOptions(dev, List.of(), assetUrls(cache),
                            versionTag(generation)), i % 2 == 0 ? served.rendered().memo() : PageMemo.empty());
                } catch (IOException | TemplateException e) {
                    return; // a real reload will report it
                }
            }
        }
    }

    /**
     * Renders the searches the filter links offer, once the snapshot is already being served:
     * they are a third of all pages, and waiting for them would delay every start and reload.
     * A request for one that is not rendered yet renders it itself, once (the cache loads each
     * key once).
     */
    private static void renderCommonSearches(Snapshot snapshot) {
        for (var query : snapshot.rendered().common()) {
            try {
                snapshot.pages().pin(Map.of(query.url(), snapshot.search(query)));
            } catch (TemplateException e) {
                return; // reported by the next full render; the pages themselves are fine
            }
        }
    }

    private Outcome fail(Snapshot previous, List<ContentError> errors, long started) {
        if (previous == null) {
            return new Outcome(false, false, errors, since(started), Optional.empty());
        }
        Snapshot next = dev ? withBanner(previous, errors) : previous.withErrors(errors, ++generation);
        swap(next);
        return new Outcome(false, true, errors, since(started), Optional.of(next));
    }

    /** The last good site re-rendered with the errors in a banner, so the editor sees them at once. */
    private Snapshot withBanner(Snapshot previous, List<ContentError> errors) {
        PageCache cache = new PageCache(previous.statics(), previous.pages());
        UnaryOperator<String> assets = assetUrls(cache);
        List<String> messages = errors.stream().map(ContentError::toString).toList();
        RenderedSite rendered;
        try {
            rendered = renderer.render(previous.site(), new RenderOptions(true, messages, assets,
                    versionTag(generation + 1)));
        } catch (TemplateException e) {
            rendered = errorPages(previous.rendered(), messages, assets.apply("style.css"), versionTag(generation + 1));
        }
        cache.pin(rendered.pages());
        return new Snapshot(previous.site(), rendered, cache, previous.statics(), previous.fingerprint(),
                ++generation, previous.loadedAt(), errors);
    }

    private static RenderedSite errorPages(RenderedSite routes, List<String> messages, String stylesheet,
            String version) {
        Page error = DevErrorPage.render(messages, stylesheet, version);
        Map<String, Page> pages = routes.pages().keySet().stream()
                .collect(Collectors.toMap(path -> path, path -> error));
        return new RenderedSite(pages, error, query -> error, List.of(), PageMemo.empty());
    }

    /** "style.css" becomes "/style.css?v=<hash of its bytes>" so it can be cached as immutable. */
    private static UnaryOperator<String> assetUrls(PageCache cache) {
        return name -> {
            String path = "/" + name;
            return cache.page(path).map(p -> path + "?v=" + AssetVersion.of(p)).orElse(path);
        };
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
