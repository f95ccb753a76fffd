import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Concurrent searches against a running server, for bench/search: CONCURRENCY threads each send
 * one search at a time, for SECONDS or until REQUESTS are done, whichever comes first. The
 * queries are distinct (words, pairs, phrases, exclusions, prefixes, Japanese and Chinese, several
 * result pages): the first time each is asked it misses the page cache and is answered by the
 * index, and its latency counts as "uncached"; once all have been asked they repeat ("cached"). A
 * warm-up round of other queries goes first and is not counted. Prints latency percentiles and
 * the statuses seen.
 *
 * <pre>java bench/SearchLoad.java BASE_URL CONCURRENCY SECONDS REQUESTS</pre>
 */
public final class SearchLoad {

    private static final List<String> WORDS = List.of("scaling", "compression", "curriculum", "training", "cache",
            "attention", "memory", "efficient", "distributed", "sparse", "routing", "pruning", "learned", "index",
            "serving", "gradient", "quantization", "storage", "network", "latency", "adaptive", "elastic", "graph",
            "stream", "transformer", "inference", "checkpointing", "pipeline", "tensor", "embedding", "vector",
            "kernel", "balancing", "congestion", "transaction", "flash", "mobile", "tuning", "decoding", "datacenter",
            "データ", "効率", "効率化", "検索", "效率", "数据", "训练", "模型");

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java bench/SearchLoad.java BASE_URL CONCURRENCY SECONDS REQUESTS");
            System.exit(2);
        }
        String base = args[0];
        int concurrency = Integer.parseInt(args[1]);
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[2])).toNanos();
        int limit = Integer.parseInt(args[3]);
        List<String> queries = queries();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        // warm-up: other queries (page 5 of each pair), not counted
        for (int i = 0; i < Math.min(200, queries.size()); i++) {
            send(client, base, queries.get(queries.size() - 1 - i) + "&page=5");
        }

        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[limit];
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        long started = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < limit && System.nanoTime() < deadline;
                            i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        int status = send(client, base, queries.get(i % queries.size()));
                        latencies[i] = System.nanoTime() - t0;
                        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    }
                } finally {
                    done.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        int distinct = queries.size();
        long[] measured = Arrays.stream(latencies, 0, Math.min(limit, distinct)).filter(l -> l > 0).sorted().toArray();
        long[] repeated = limit <= distinct ? new long[0]
                : Arrays.stream(latencies, distinct, limit).filter(l -> l > 0).sorted().toArray();
        Map<Integer, Long> seen = new TreeMap<>();
        statuses.forEach((s, n) -> seen.put(s, n.sum()));
        System.out.printf("searches=%d concurrency=%d seconds=%.1f rate=%.0f/s%n", measured.length + repeated.length,
                concurrency, seconds, (measured.length + repeated.length) / seconds);
        report("uncached (first time each query is asked)", measured);
        report("cached (the same queries again)", repeated);
        System.out.println("statuses=" + seen);
    }

    private static void report(String what, long[] sorted) {
        if (sorted.length > 0) {
            System.out.printf("%s: n=%d latency_ms p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", what, sorted.length,
                    pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static int send(HttpClient client, String base, String query) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/search?q=" + query))
                    .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Distinct queries, already encoded: single words, pairs, phrases, exclusions and prefixes, pages 1-2. */
    private static List<String> queries() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < WORDS.size(); i++) {
            out.add(encode(WORDS.get(i)));
            for (int j = 0; j < WORDS.size(); j++) {
                if (i == j) {
                    continue;
                }
                String a = WORDS.get(i);
                String b = WORDS.get(j);
                out.add(encode(switch ((i + j) % 5) {
                    case 0 -> a + " " + b;
                    case 1 -> "\"" + a + " " + b + "\"";
                    case 2 -> a + " -" + b;
                    case 3 -> a + " year:" + (1995 + (i * 7 + j) % 30);
                    default -> a + " " + b + "&page=2";
                }));
            }
        }
        return out;
    }

    private static String encode(String q) {
        int page = q.indexOf("&page=");
        String text = page < 0 ? q : q.substring(0, page);
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20") + (page < 0 ? "" : q.substring(page));
    }
}
