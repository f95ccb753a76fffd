package io.github.conglongli.site.web;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dev mode: browsers keep a server-sent-events connection open, and every publish tells them
 * to reload. The event carries the server's start id and the snapshot generation, so a tab
 * that reconnects after a restart or a missed event reloads too.
 */
final class LiveReload {

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final String instance = Long.toString(System.currentTimeMillis(), 36);
    private volatile long generation;

    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendEvent("hello", tag());
    }

    void published(long newGeneration) {
        generation = newGeneration;
        String tag = tag();
        for (SseClient client : clients) {
            client.sendEvent("reload", tag);
        }
    }

    private String tag() {
        return instance + "-" + generation;
    }

    /** Ends all connections, so a graceful shutdown does not wait on them. */
    void close() {
        clients.forEach(SseClient::close);
        clients.clear();
    }
}
