package io.github.conglongli.site.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * Closes connections that take too long to send a request ("slowloris"): the idle timeout
 * alone never fires for a client that trickles one byte a second. A connection is given
 * {@code limit} from the first byte of a request to its last header; idle keep-alive
 * connections are left to the idle timeout. Slow clients hold no thread (Jetty reads
 * asynchronously), so this is about not letting them pile up for ever.
 */
final class SlowRequestGuard extends AbstractLifeCycle implements Connection.Listener {

    /** Progress of one connection, as seen at the last check. */
    private static final class Progress {
        long messages;
        long bytes;
        long requestStartedNanos;
    }

    private final long limitNanos;
    private final Map<Connection, Progress> connections = new ConcurrentHashMap<>();
    private ScheduledExecutorService checker;

    SlowRequestGuard(java.time.Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    @Override
    public void onOpened(Connection connection) {
        Progress progress = new Progress();
        progress.requestStartedNanos = System.nanoTime(); // a new connection has one request's time to send it
        connections.put(connection, progress);
    }

    @Override
    public void onClosed(Connection connection) {
        connections.remove(connection);
    }

    @Override
    protected void doStart() {
        checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slow-request-guard");
            t.setDaemon(true);
            return t;
        });
        checker.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    protected void doStop() {
        checker.shutdownNow();
    }

    void check() {
        long now = System.nanoTime();
        connections.forEach((connection, p) -> {
            long messages = connection.getMessagesIn();
            long bytes = connection.getBytesIn();
            if (messages != p.messages) {
                p.messages = messages;
                p.bytes = bytes;
                p.requestStartedNanos = 0;
            } else if (bytes != p.bytes) {
                if (p.requestStartedNanos == 0) {
                    p.requestStartedNanos = now;
                }
                p.bytes = bytes;
            }
            if (p.requestStartedNanos != 0 && now - p.requestStartedNanos > limitNanos) {
                connections.remove(connection);
                connection.getEndPoint().close();
            }
        });
    }
}
