import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edit-to-served latency: writes a new marker into the {@code location:} of PROFILE.yaml in a
 * content directory the server on 127.0.0.1:PORT watches, then asks for "/" every millisecond
 * (one kept-alive connection) until the page shows the marker. Each poll is a conditional GET
 * with the ETag of the page before the edit, as a browser or CDN revalidating would send: the
 * server answers 304 until the page changes, so the probe itself takes little of the CPUs the
 * reload needs; a 200 counts only when its body shows the marker.
 *
 * <p>Run with the JDK's source launcher (no build step, no dependencies), only ever on a copy of
 * the content, since it rewrites the file:
 *
 * <pre>java bench/ReloadLatency.java PORT CONTENT_DIR [EDITS]</pre>
 *
 * Prints one line per edit and a last line "median X ms max Y ms timeouts N". An edit that does
 * not show within {@link #GIVE_UP_MS} counts as that long and as a timeout.
 */
public final class ReloadLatency {

    private static final long GIVE_UP_MS = 10_000;
    // long enough apart that the watcher's debounce cannot merge two edits into one reload
    private static final long PAUSE_BETWEEN_EDITS_MS = 100;
    private static final int WARM_UP_REQUESTS = 2000;
    private static final Pattern LOCATION = Pattern.compile("(?m)^location:.*$");

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java ReloadLatency.java PORT CONTENT_DIR [EDITS]");
            System.exit(2);
        }
        URI home = URI.create("http://127.0.0.1:" + Integer.parseInt(args[0]) + "/");
        Path profile = Path.of(args[1], "profile.yaml");
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String original = Files.readString(profile, StandardCharsets.UTF_8);
        if (!LOCATION.matcher(original).find()) {
            System.err.println(profile + " has no top-level 'location:' line to edit");
            System.exit(2);
        }

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest get = HttpRequest.newBuilder(home).timeout(Duration.ofSeconds(5)).build();
        HttpResponse<Void> before = client.send(get, HttpResponse.BodyHandlers.discarding());
        if (before.statusCode() != 200 || before.headers().firstValue("ETag").isEmpty()) {
            System.err.println("GET " + home + " is not 200 with an ETag before the first edit");
            System.exit(1);
        }
        String etag = before.headers().firstValue("ETag").orElseThrow();
        // the probe runs in a fresh JVM: warm its HTTP client up first, so its own slowness is not counted
        HttpRequest revalidate = HttpRequest.newBuilder(home).header("If-None-Match", etag).build();
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            client.send(revalidate, HttpResponse.BodyHandlers.ofString());
        }

        double[] millis = new double[edits];
        int timeouts = 0;
        for (int i = 0; i < edits; i++) {
            String marker = "Bench-Edit-" + (i + 1) + "-" + Long.toHexString(System.nanoTime());
            String edited = LOCATION.matcher(original).replaceFirst(Matcher.quoteReplacement("location: " + marker));
            long start = System.nanoTime();
            Files.writeString(profile, edited, StandardCharsets.UTF_8);
            boolean shown = false;
            while (!shown && (System.nanoTime() - start) / 1_000_000 < GIVE_UP_MS) {
                HttpRequest poll = HttpRequest.newBuilder(home).timeout(Duration.ofSeconds(5))
                        .header("If-None-Match", etag).build();
                HttpResponse<String> response = client.send(poll, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    shown = response.body().contains(marker);
                    etag = response.headers().firstValue("ETag").orElse(etag);
                } else if (response.statusCode() != 304) {
                    System.err.println("GET " + home + " answered " + response.statusCode());
                    System.exit(1);
                }
                if (!shown) {
                    Thread.sleep(1);
                }
            }
            millis[i] = shown ? (System.nanoTime() - start) / 1e6 : GIVE_UP_MS;
            if (!shown) {
                timeouts++;
            }
            System.out.printf("edit %d: %.1f ms%s%n", i + 1, millis[i], shown ? "" : " (timeout)");
            Thread.sleep(PAUSE_BETWEEN_EDITS_MS);
        }
        Arrays.sort(millis);
        double median = edits % 2 == 1 ? millis[edits / 2] : (millis[edits / 2 - 1] + millis[edits / 2]) / 2;
        System.out.printf("median %.1f ms max %.1f ms timeouts %d%n", median, millis[edits - 1], timeouts);
    }
}
