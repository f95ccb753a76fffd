package io.github.conglongli.site.e2e;

import io.github.conglongli.site.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts and stops the sites (and the browser) the end-to-end tests run against, as Javalin's
 * {@code TestUtil} owns its server. A test class asks for one:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SiteExtension serving = SiteExtension.serving(SiteFixture.minimal().publication(...));
 *
 * &#64;Test
 * void homeShowsTheOwner(Http http) { ... }       // or TestSite site, or Browser browser
 * </pre>
 *
 * Registered on a static field, the site is started once before all tests of the class and
 * stopped after them; on an instance field, afresh for every test. {@link #withBrowser()} adds a
 * headless Chromium pointed at the site. A test that needs a site of its own content calls
 * {@link #start}; that site is stopped when the test ends. Each site lives in a temporary
 * directory of its own, removed when it stops.
 *
 * <p>A browser is closed at once; a site is stopped in the background (see {@link Stopping}),
 * and every stop has ended, or failed the run, before the test JVM finishes.
 */
final class SiteExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    /** A running site, its browser if any, and the temporary directory to remove after them. */
    private record Running(TestSite site, Optional<Browser> browser, Optional<Path> ownDir) implements AutoCloseable {
        @Override
        public void close() {
            try {
                browser.ifPresent(Browser::close);
            } finally {
                stopSite();
            }
        }

        void stopSite() {
            try {
                site.close();
            } finally {
                ownDir.ifPresent(SiteFixture::deleteTree);
            }
        }
    }

    /** Longer than the server's graceful stop may take (SiteServer.STOP_TIMEOUT_MS). */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    /**
     * The sites of this test JVM being stopped. A server's graceful stop waits up to a second for
     * the test client's idle keep-alive connection (Jetty's shutdown idle timeout on the
     * connector), a second that every test starting its own site paid. Nothing a later test does
     * depends on an earlier site being gone (each has its own port and directory), so sites stop
     * on a thread of their own while the next tests run. Kept in JUnit's root store, which closes
     * it when the run ends: it waits for every stop then, and fails the run if one failed.
     */
    private static final class Stopping implements AutoCloseable {
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "stopping-test-site");
            thread.setDaemon(true);
            return thread;
        });
        private final List<Future<?>> stops = new ArrayList<>();

        static Stopping in(ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(SiteExtension.class))
                    .computeIfAbsent(Stopping.class);
        }

        synchronized void stop(Running running) {
            try {
                running.browser().ifPresent(Browser::close);
            } finally {
                stops.add(threads.submit(running::stopSite));
            }
        }

        @Override
        public synchronized void close() throws Exception {
            try {
                for (Future<?> stop : stops) {
                    stop.get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private final Optional<SiteFixture> fixture;
    private final List<String> args;
    private final boolean withBrowser;
    private Running served;
    private boolean perClass;
    private boolean inTest;
    private final List<Running> startedInTest = new ArrayList<>();
    private final List<Running> startedForClass = new ArrayList<>();

    private SiteExtension(Optional<SiteFixture> fixture, List<String> args, boolean withBrowser) {
        this.fixture = fixture;
        this.args = List.copyOf(args);
        this.withBrowser = withBrowser;
    }

    /** Serves {@code fixture}, started with the server's command-line {@code args} (e.g. "--dev"). */
    static SiteExtension serving(SiteFixture fixture, String... args) {
        return new SiteExtension(Optional.of(fixture), List.of(args), false);
    }

    /** No site for every test: each test starts the ones it needs with {@link #start}. */
    static SiteExtension onDemand() {
        return new SiteExtension(Optional.empty(), List.of(), false);
    }

    /** The same, with a browser on the served site; skipped without Chromium, except in CI. */
    SiteExtension withBrowser() {
        return new SiteExtension(fixture, args, true);
    }

    /** The site served to every test. */
    TestSite site() {
        if (served == null) {
            throw new IllegalStateException("no site is being served: use SiteExtension.serving(fixture)");
        }
        return served.site();
    }

    Http http() {
        return site().http;
    }

    Browser browser() {
        site();
        return served.browser().orElseThrow(() -> new IllegalStateException("no browser: use .withBrowser()"));
    }

    /** Writes {@code fixture} to a new directory and serves it until the test (or the class, in {@code @BeforeAll}) ends. */
    TestSite start(SiteFixture fixture, String... args) throws Exception {
        return track(launch(fixture, List.of(args), false)).site();
    }

    /** Serves a site the test has already written under {@code root} (which stays the test's to remove). */
    TestSite startIn(Path root, String... args) throws Exception {
        return track(new Running(TestSite.start(root, args), Optional.empty(), Optional.empty())).site();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        perClass = true;
        if (fixture.isPresent()) {
            served = launch(fixture.get(), args, withBrowser);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        inTest = true;
        if (!perClass && fixture.isPresent()) {
            served = launch(fixture.get(), args, withBrowser);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        inTest = false;
        Stopping stopping = Stopping.in(context);
        try {
            stopAll(startedInTest, stopping);
        } finally {
            if (!perClass) {
                stopServed(stopping);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Stopping stopping = Stopping.in(context);
        try {
            stopAll(startedForClass, stopping);
        } finally {
            stopServed(stopping);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestSite.class || type == Http.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        try {
            return type == TestSite.class ? site() : type == Http.class ? http() : browser();
        } catch (IllegalStateException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    private static Running launch(SiteFixture fixture, List<String> args, boolean withBrowser) throws Exception {
        Path dir = Files.createTempDirectory("test-site");
        TestSite site;
        try {
            site = TestSite.start(fixture.writeTo(dir), args.toArray(String[]::new));
        } catch (Exception | Error e) {
            SiteFixture.deleteTree(dir);
            throw e;
        }
        if (!withBrowser) {
            return new Running(site, Optional.empty(), Optional.of(dir));
        }
        try {
            return new Running(site, Optional.of(Browser.start(site.app.port())), Optional.of(dir));
        } catch (Exception | Error e) { // including the assumption that skips without Chromium
            new Running(site, Optional.empty(), Optional.of(dir)).close();
            throw e;
        }
    }

    private Running track(Running running) {
        (inTest ? startedInTest : startedForClass).add(running);
        return running;
    }

    private void stopServed(Stopping stopping) {
        if (served != null) {
            Running stopped = served;
            served = null;
            stopping.stop(stopped);
        }
    }

    /** Stops every site, newest first, even when closing a browser fails. */
    private static void stopAll(List<Running> sites, Stopping stopping) {
        RuntimeException failure = null;
        for (int i = sites.size() - 1; i >= 0; i--) {
            try {
                stopping.stop(sites.get(i));
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        sites.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
