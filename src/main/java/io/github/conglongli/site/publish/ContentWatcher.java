package io.github.conglongli.site.publish;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches the content (and static, and in dev mode template) directories recursively and runs
 * {@code onChange} once per burst of events: an editor's save is several events (write temp,
 * rename, chmod), so a reload waits until the directory has been quiet for {@link #QUIET_MS}.
 *
 * <p>A directory may also be replaced wholesale (deleted, renamed over, or re-pointed by a
 * symlink); the watch on the old one is then dead, so a light check every
 * {@link #ROOT_CHECK_MS} compares each directory's identity and re-arms the watch.
 *
 * <p>Threads: the watcher's own thread receives events; one scheduler thread debounces and
 * runs {@code onChange}, so reloads never run concurrently.
 */
public final class ContentWatcher implements AutoCloseable {

    static final long QUIET_MS = 12;
    static final long MAX_DELAY_MS = 250;
    static final long ROOT_CHECK_MS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);

    private final List<Path> roots;
    private final Runnable onChange;
    private final long quietMs;
    private final long maxDelayMs;
    private final long rootCheckMs;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "content-reload"));
    private final java.util.concurrent.ExecutorService watchThread = Executors.newCachedThreadPool(r -> daemon(r, "content-watcher"));
    private final Object lock = new Object();
    private boolean scheduled;
    private boolean dirty;
    private long firstEventNanos;
    private long lastEventNanos;
    private DirectoryWatcher watcher;
    private List<Object> identities = List.of();

    public ContentWatcher(List<Path> roots, Runnable onChange) {
        this(roots, onChange, QUIET_MS, MAX_DELAY_MS, ROOT_CHECK_MS);
    }

    /** With other timings: tests make the quiet period long enough that one save is always one burst. */
    ContentWatcher(List<Path> roots, Runnable onChange, long quietMs, long maxDelayMs, long rootCheckMs) {
        this.roots = List.copyOf(roots);
        this.onChange = onChange;
        this.quietMs = quietMs;
        this.maxDelayMs = maxDelayMs;
        this.rootCheckMs = rootCheckMs;
    }

    /** Returns once the directories are being watched, so no edit made after it can be missed. */
    public void start() {
        arm();
        scheduler.scheduleWithFixedDelay(this::checkRoots, rootCheckMs, rootCheckMs, TimeUnit.MILLISECONDS);
    }

    /**
     * Notes a change. A reload runs once the directory has been quiet for {@link #QUIET_MS}
     * (or after {@link #MAX_DELAY_MS} of constant change); changes that arrive while a reload
     * runs get a reload of their own afterwards, so no edit is ever missed.
     */
    void changed() {
        synchronized (lock) {
            long now = System.nanoTime();
            if (!dirty) {
                firstEventNanos = now;
            }
            dirty = true;
            lastEventNanos = now;
            if (!scheduled) {
                scheduled = true;
                scheduler.schedule(this::tick, quietMs, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Whether a change has been noticed that no reload has started on yet (tests wait for this). */
    boolean changesPending() {
        synchronized (lock) {
            return dirty;
        }
    }

    /** Whether a reload is waiting or running (tests wait for this to be over). */
    boolean busy() {
        synchronized (lock) {
            return scheduled;
        }
    }

    /** Runs on the scheduler thread only, so ticks never overlap. */
    private void tick() {
        synchronized (lock) {
            long now = System.nanoTime();
            long quietFor = now - lastEventNanos;
            long quiet = TimeUnit.MILLISECONDS.toNanos(quietMs);
            if (quietFor < quiet && now - firstEventNanos < TimeUnit.MILLISECONDS.toNanos(maxDelayMs)) {
                scheduler.schedule(this::tick, quiet - quietFor, TimeUnit.NANOSECONDS);
                return;
            }
            dirty = false;
        }
        try {
            onChange.run();
        } catch (Throwable e) { // NOPMD: an Error (a parser's StackOverflowError, say) must not end the watching
            LOG.error("reload failed", e);
        }
        synchronized (lock) {
            if (dirty) {
                scheduler.schedule(this::tick, quietMs, TimeUnit.MILLISECONDS);
            } else {
                scheduled = false;
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** (Re)starts the directory watcher on the roots that exist now. */
    private synchronized void arm() {
        closeWatcher();
        identities = currentIdentities();
        List<Path> existing = roots.stream().filter(Files::isDirectory).toList();
        if (existing.isEmpty()) {
            return;
        }
        try {
            watcher = DirectoryWatcher.builder()
                    .paths(existing)
                    .fileHashing(false)
                    .logger(NOPLogger.NOP_LOGGER)
                    .listener(this::onEvent)
                    .build();
            // registers every directory before returning, then watches on its own thread
            watcher.watchAsync(watchThread).exceptionally(e -> null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot watch {}: {} (will retry)", existing, e.toString());
            identities = List.of();
        }
    }

    private void onEvent(DirectoryChangeEvent event) {
        changed();
    }

    /** Re-arms the watch when a root directory appeared, vanished or was replaced. */
    private void checkRoots() {
        List<Object> now = currentIdentities();
        boolean replaced = !now.equals(identities);
        boolean dead = watcher == null || watcher.isClosed();
        if (replaced || (dead && roots.stream().anyMatch(Files::isDirectory))) {
            arm();
            changed(); // events between the change and the new watch were missed
        }
    }

    private List<Object> currentIdentities() {
        List<Object> ids = new ArrayList<>();
        for (Path root : roots) {
            try {
                BasicFileAttributes attrs = Files.readAttributes(root, BasicFileAttributes.class);
                ids.add(Objects.requireNonNullElse(attrs.fileKey(), root.toRealPath().toString()));
            } catch (IOException e) {
                ids.add("missing");
            }
        }
        return ids;
    }

    private void closeWatcher() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.debug("closing watcher", e);
            }
            watcher = null;
        }
    }

    @Override
    public synchronized void close() {
        scheduler.shutdownNow();
        closeWatcher();
        watchThread.shutdownNow();
    }
}
