package io.github.conglongli.site.e2e;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP/1.1 load generator on raw keep-alive sockets (the JDK's client would be the
 * bottleneck). Every response is checked: status 200, a complete body of the announced length,
 * and an ETag that is the hash of exactly that body, so a response mixing two versions of a
 * page, or a truncated one, cannot pass.
 */
final class LoadClient {

    record Result(long ok, long failed, long elapsedMillis, List<String> problems, Set<String> etags) {}

    private final int port;
    private final List<String> paths;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final Set<String> etags = ConcurrentHashMap.newKeySet();

    LoadClient(int port, List<String> paths) {
        this.port = port;
        this.paths = List.copyOf(paths);
    }

    Result run(int connections, int total) throws InterruptedException {
        long start = System.nanoTime();
        Thread[] threads = new Thread[connections];
        for (int i = 0; i < connections; i++) {
            threads[i] = new Thread(() -> connection(total), "load-" + i);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Result(ok.get(), failed.get(), (System.nanoTime() - start) / 1_000_000,
                List.copyOf(problems), Set.copyOf(etags));
    }

    private void connection(int total) {
        Connection connection = null;
        try {
            int n;
            while ((n = next.getAndIncrement()) < total) {
                if (connection == null) {
                    connection = new Connection(port);
                }
                String path = paths.get(n % paths.size());
                try {
                    check(path, connection.exchange(path));
                } catch (IOException e) {
                    fail(path + ": " + e);
                    connection.close();
                    connection = null;
                }
            }
        } catch (IOException e) {
            fail("connect: " + e);
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    record Response(int status, Map<String, String> headers, byte[] body) {}

    /** One kept-alive connection with its own read buffer. */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(30_000);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = socket.getOutputStream();
        }

        Response exchange(String path) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("connection closed before a response");
            }
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
            }
            int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
            byte[] body = in.readNBytes(length);
            if (body.length != length) {
                throw new IOException("body cut short: " + body.length + " of " + length + " bytes");
            }
            return new Response(Integer.parseInt(statusLine.substring(9, 12)), headers, body);
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    return s.toString().stripTrailing();
                }
                s.append((char) c);
            }
            return s.length() == 0 ? null : s.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    private void check(String path, Response r) {
        if (r.status() != 200) {
            fail(path + ": status " + r.status());
            return;
        }
        String expected = "\"" + sha256(r.body()) + "\"";
        String etag = r.headers().get("ETag");
        if (!expected.equals(etag)) {
            fail(path + ": ETag " + etag + " is not the hash of the body received (" + expected + ")");
            return;
        }
        String type = r.headers().getOrDefault("Content-Type", "").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") && !new String(r.body(), StandardCharsets.UTF_8).stripTrailing().endsWith("</html>")) {
            fail(path + ": incomplete HTML");
            return;
        }
        etags.add(path + " " + etag);
        ok.incrementAndGet();
    }

    private void fail(String problem) {
        failed.incrementAndGet();
        if (problems.size() < 20) {
            problems.add(problem);
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
