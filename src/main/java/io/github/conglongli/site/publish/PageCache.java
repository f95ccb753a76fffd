package io.github.conglongli.site.publish;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.conglongli.site.publish.StaticFiles.StaticFile;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PublicationQuery;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.page.SitePages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The pages of one snapshot. What nearly every visit needs (the home page, the publications
 * list, the feed, the 404 page...) is rendered when the snapshot is built and kept for its
 * life; every other page, and every static file small enough, is made on first request into a
 * Caffeine cache bounded by weight, so memory is bounded by configuration, not by how much
 * content the owner has.
 *
 * <p>A reload builds a new cache from the last one: a page whose inputs are equal to those it
 * was made from is taken over, gzip copy and ETag included; nothing else is, and nothing refers
 * to the last cache afterwards.
 */
public final class PageCache {

    /** A page and what it was made from (a route's inputs, or a static file's identity). */
    record Entry(Object inputs, Page page) {}

    /**
     * A page nearly every visit needs: kept for the snapshot's life, rendered at most once, when
     * the snapshot is built, by the warm-up after it is published, or by the first request.
     */
    private final class Pinned {
        private final Route route;
        private volatile Entry entry;

        Pinned(Route route, Entry entry) {
            this.route = route;
            this.entry = entry;
        }

        Entry get() {
            Entry made = entry;
            if (made == null) {
                synchronized (this) {
                    if (entry == null) {
                        entry = render(route);
                    }
                    made = entry;
                }
            }
            return made;
        }
    }

    /** How many addresses of answers {@link #asked} remembers. */
    private static final int ASKED_REMEMBERED = 10_000;

    private final SitePages pages;
    private final StaticPages files;
    private final Map<String, Pinned> pinned;
    private final Cache<String, Entry> cache;
    private final Consumer<String> onRender;
    private final Optional<Page> everyPage;
    /**
     * Answers to queries (searches, filtered lists) not cached yet are made this many at a time, in
     * the order asked: their number has no bound, and 64 made at once on two cores take as long in
     * total, hold 64 pages' worth of memory, and finish in no particular order.
     */
    private final Semaphore answering;
    /**
     * The addresses of answers asked for lately. An answer is kept in the cache from its second
     * ask on: most queries are asked once, and keeping each of those for a while filled the old
     * generation of a 128 MB heap with pages nobody asks for again (a full collection, a tenth of a
     * second, every second or so of searching). An address costs a few dozen bytes here; a page
     * tens of kilobytes.
     */
    private final Cache<String, Boolean> asked;

    private PageCache(SitePages pages, StaticPages files, Map<String, Pinned> pinned, Cache<String, Entry> cache,
            Consumer<String> onRender, Optional<Page> everyPage, Semaphore answering, Cache<String, Boolean> asked) {
        this.pages = pages;
        this.files = files;
        this.pinned = pinned;
        this.cache = cache;
        this.onRender = onRender;
        this.everyPage = everyPage;
        this.answering = answering;
        this.asked = asked;
    }

    /** How to build a cache: its weight budget and who hears of each page rendered (tests, logs). */
    record Settings(long budgetBytes, Consumer<String> onRender) {}

    /**
     * Builds the cache of a new snapshot: the static files first (page addresses carry their
     * hashes, see {@code assetUrl}), then the site's pages from {@code makePages}, taking over
     * from {@code previous} every page whose inputs are equal. Of the pinned pages that changed,
     * only the home page is rendered now, the page a visit most likely asks for first (and the
     * one that shows a broken template at once); {@link #warm} renders the others.
     *
     * @throws gg.jte.TemplateException when a template fails
     */
    static PageCache build(StaticFiles statics,
            BiFunction<UnaryOperator<String>, Function<String, Optional<Page>>, SitePages> makePages,
            Optional<PageCache> previous, Settings settings) {
        Cache<String, Entry> cache = Caffeine.newBuilder()
                .maximumWeight(settings.budgetBytes())
                .weigher((String path, Entry entry) -> entry.page().weight())
                .build();
        StaticPages files = new StaticPages(statics, cache);
        previous.ifPresent(last -> files.takeOver(last.cache));
        SitePages pages = makePages.apply(files::assetUrl, files::ownerFile);
        Map<String, Pinned> pinned = new LinkedHashMap<>();
        PageCache next = new PageCache(pages, files, Collections.unmodifiableMap(pinned), cache, settings.onRender(),
                Optional.empty(), new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true),
                Caffeine.newBuilder().maximumSize(ASKED_REMEMBERED).build());
        for (Route route : pages.pinned()) {
            Entry reused = previous.flatMap(last -> last.reusable(route)).orElse(null);
            pinned.put(route.path(), next.new Pinned(route, reused));
        }
        Optional.ofNullable(pinned.get(Routes.HOME)).ifPresent(Pinned::get);
        previous.ifPresent(next::takePages);
        return next;
    }

    /**
     * Renders the pinned pages not rendered yet, one by one, while {@code stillServed} holds: a
     * newer snapshot makes the work pointless, so it stops there.
     */
    void warm(BooleanSupplier stillServed) {
        for (Pinned page : pinned.values()) {
            if (!stillServed.getAsBoolean()) {
                return;
            }
            page.get();
        }
    }

    /** The same addresses, each answered with {@code page} (dev mode, while the templates are broken). */
    PageCache answeringEverything(Page page) {
        return new PageCache(pages, files, pinned, cache, onRender, Optional.of(page), answering, asked);
    }

    /** The page at {@code path}: rendered ahead, cached, or made now and cached; else a static file. */
    public Optional<Page> page(String path) {
        Pinned pin = pinned.get(path);
        Entry entry = pin != null ? pin.get() : cache.getIfPresent(path);
        if (entry != null) {
            boolean file = entry.inputs() instanceof StaticFile;
            return Optional.of(file || everyPage.isEmpty() ? entry.page() : everyPage.get());
        }
        Optional<Route> route = pages.route(path);
        if (route.isPresent()) {
            return Optional.of(everyPage.orElseGet(() -> cache.get(path, key -> render(route.get())).page()));
        }
        return files.file(path);
    }

    /** The publications list filtered by {@code query}, cached under the query's canonical address. */
    public Page search(PublicationQuery query) {
        if (everyPage.isPresent()) {
            return everyPage.get();
        }
        return answered(query.url(), () -> render(pages.search(query)));
    }

    /**
     * The page answering a query at {@code url} (its canonical address): cached, or made now by
     * {@code make} and cached. Such pages are never taken over by the next snapshot.
     */
    public Page answer(String url, Supplier<Page> make) {
        if (everyPage.isPresent()) {
            return everyPage.get();
        }
        return answered(url, () -> new Entry(url, make.get()));
    }

    /**
     * The cached answer at {@code url}, or one made by {@code make} when its turn comes, and cached
     * if it was asked for before (see {@link #asked}). Asks that arrive while it is being made wait
     * for it and take it.
     */
    private Page answered(String url, Supplier<Entry> make) {
        Entry cached = cache.getIfPresent(url);
        if (cached != null) {
            return cached.page();
        }
        answering.acquireUninterruptibly();
        try {
            boolean askedBefore = asked.asMap().putIfAbsent(url, Boolean.TRUE) != null;
            Entry entry = cache.get(url, key -> make.get());
            if (!askedBefore) {
                cache.asMap().remove(url, entry);
            }
            return entry.page();
        } finally {
            answering.release();
        }
    }

    public Page notFound() {
        return everyPage.orElseGet(() -> page(pages.notFound().path()).orElseThrow());
    }

    /** A static file too large to keep in memory, to be streamed. */
    public Optional<StaticFile> largeFile(String path) {
        return files.largeFile(path);
    }

    public SitePages pages() {
        return pages;
    }

    private Entry render(Route route) {
        Page page = route.render();
        onRender.accept(route.path());
        return new Entry(route.inputs(), page);
    }

    /** The owner's file at {@code path} in static/, if it is there and small enough to hold. */
    public Optional<Page> ownerFile(String path) {
        return files.ownerFile(path);
    }

    /** The theme's files the owner has not replaced, to export with the static files. */
    public List<String> themeFiles() {
        return files.themeFiles();
    }

    /** "style.css" becomes "/style.css?v=<hash of its bytes>", so browsers may cache it for good. */
    public String assetUrl(String name) {
        return files.assetUrl(name);
    }

    /** The previous cache's page for {@code route}, if it was made from equal inputs. */
    private Optional<Entry> reusable(Route route) {
        Pinned pin = pinned.get(route.path());
        Entry entry = pin != null ? pin.entry : cache.getIfPresent(route.path());
        return entry != null && route.sameInputs(entry.inputs()) ? Optional.of(entry) : Optional.empty();
    }

    /** Takes over the previous cache's on-demand pages whose inputs are unchanged. */
    private void takePages(PageCache previous) {
        if (previous.everyPage.isPresent()) {
            return;
        }
        previous.cache.asMap().forEach((path, entry) -> {
            if (!(entry.inputs() instanceof StaticFile) && !pinned.containsKey(path) && path.indexOf('?') < 0) {
                pages.route(path).filter(route -> route.sameInputs(entry.inputs()))
                        .ifPresent(route -> cache.put(path, entry));
            }
        });
    }

    List<String> pinnedPaths() {
        return List.copyOf(pinned.keySet());
    }

    /** Runs pending evictions now (they otherwise happen during later operations). */
    void cleanUp() {
        cache.cleanUp();
    }

    long estimatedSize() {
        return cache.estimatedSize();
    }
}
