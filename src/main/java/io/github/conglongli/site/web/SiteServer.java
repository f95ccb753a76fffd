package io.github.conglongli.site.web;

import io.github.conglongli.site.publish.Publisher;
import io.github.conglongli.site.publish.Snapshot;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: Javalin on Jetty, configured in one place. Every response gets the security
 * headers ({@link HeadersHandler}); pages and static files are answered by {@link PageHandler}
 * ahead of Javalin's routing, which covers health and the dev-mode endpoints. Nothing is
 * rendered or compressed per request.
 */
public final class SiteServer {

    /** How long a graceful stop waits for in-flight requests. */
    static final long STOP_TIMEOUT_MS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(SiteServer.class);

    /** How long a client may take to send one request, from its first byte to its last header. */
    static final Duration REQUEST_HEADER_TIMEOUT = Duration.ofSeconds(15);
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_THREADS = 32;
    static final int MIN_THREADS = 4;

    private final Publisher publisher;
    private final ServerOptions options;
    private final LiveReload liveReload;
    private Javalin app;

    public SiteServer(Publisher publisher, ServerOptions options) {
        this.publisher = publisher;
        this.options = options;
        this.liveReload = new LiveReload(() -> publisher.versionTag(snapshot().generation()));
        if (options.dev()) {
            publisher.onPublish(s -> liveReload.published(publisher.versionTag(s.generation())));
        }
    }

    public SiteServer start(String host, int port) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            // responses are compressed once when rendered; per-request compression would redo that work
            config.http.compressionStrategy = CompressionStrategy.NONE;
            // requests never block (pages are in memory, writes are asynchronous), so a few threads
            // serve any number of connections; Javalin's default of up to 250 only costs memory
            QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, 60_000);
            threads.setName("http");
            config.jetty.threadPool = threads;
            config.jetty.modifyHttpConfiguration(http -> {
                // Jetty's per-connection cache of parsed header lines grows with every open
                // connection, the heap's largest user under load and an easy way to exhaust it with
                // idle connections; parsing without it serves as fast (figures in bench/README.md)
                http.setHeaderCacheSize(0);
                if (options.trustProxy()) {
                    http.addCustomizer(new ForwardedRequestCustomizer());
                }
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                connector.addBean(new SlowRequestGuard(REQUEST_HEADER_TIMEOUT));
                return connector;
            });
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                if (options.accessLog()) {
                    server.setRequestLog(new CustomRequestLog(System.out::println, CustomRequestLog.EXTENDED_NCSA_FORMAT));
                }
                // innermost first; graceful shutdown must also see the pages answered by PageHandler
                server.insertHandler(new PageHandler(publisher, options.pageCacheControl()));
                server.insertHandler(new HeadersHandler(SecurityHeaders.fixed(options.hsts()), options.dev(),
                        () -> publisher.current().map(s -> s.site().config().embeds()).orElse(List.of())));
                server.insertHandler(new GracefulHandler());
            });
            config.routes.get("/healthz", this::health);
            config.routes.head("/healthz", this::health);
            if (options.dev()) {
                config.routes.sse("/_dev/events", liveReload::connect);
                config.routes.get("/_dev/live-reload.js", this::liveReloadScript);
            }
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                ctx.status(500).contentType("text/plain; charset=utf-8").result("Internal server error\n");
            });
        });
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops accepting, lets in-flight requests finish (up to {@link #STOP_TIMEOUT_MS}), then stops. */
    public void stop() {
        liveReload.close();
        app.stop();
    }

    private Snapshot snapshot() {
        return publisher.awaitCurrent(Duration.ofSeconds(30))
                .orElseThrow(() -> new IllegalStateException("no content published yet"));
    }

    private void health(Context ctx) {
        Health.Answer answer = Health.of(snapshot(), publisher.publishingSince(), publisher.clock().instant());
        byte[] body = answer.body();
        ctx.status(answer.status());
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json");
        if (ctx.method() == HandlerType.HEAD) {
            ctx.header("Content-Length", String.valueOf(body.length));
        } else {
            ctx.result(body);
        }
    }

    private void liveReloadScript(Context ctx) throws IOException {
        try (InputStream in = SiteServer.class.getResourceAsStream("/dev/live-reload.js")) {
            if (in == null) {
                ctx.status(404);
                return;
            }
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType("text/javascript; charset=utf-8");
            ctx.result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
