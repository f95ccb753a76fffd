package io.github.conglongli.site.web;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Dev mode: browsers keep a server-sent-events connection open and are told the version being
 * served, on connect and after every publish. Each dev-mode page carries the version it was
 * rendered as, so a tab reloads whenever the two differ: after an edit, after a restart, and
 * even when the edit happened between rendering the page and opening the connection.
 */
final class LiveReload {

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final Supplier<String> current;

    LiveReload(Supplier<String> current) {
        this.current = current;
    }

    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendEvent("version", current.get());
    }

    void published(String version) {
        for (SseClient client : clients) {
            client.sendEvent("version", version);
        }
    }

    /** Ends all connections, so a graceful shutdown does not wait on them. */
    void close() {
        clients.forEach(SseClient::close);
        clients.clear();
    }
}
