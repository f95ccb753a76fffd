import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edit-to-served latency: writes a new marker into a content file the server on 127.0.0.1:PORT
 * watches, then asks for the page that shows it every millisecond (one kept-alive connection)
 * until the page shows the marker. Each poll is a conditional GET with the ETag of the page
 * before the edit, as a browser or CDN revalidating would send: the server answers 304 until the
 * page changes, so the probe itself takes little of the CPUs the reload needs; a 200 counts only
 * when its body shows the marker.
 *
 * <p>Two edits: by default the {@code location:} of profile.yaml, shown on "/"; with
 * {@code --title SLUG} the title of the publications.yaml entry that has {@code slug: SLUG},
 * shown on /publications/SLUG (the realistic edit on a site with many papers; the explicit slug
 * keeps the page where it is while its title changes).
 *
 * <p>Run with the JDK's source launcher (no build step, no dependencies), only ever on a copy of
 * the content, since it rewrites the file:
 *
 * <pre>java bench/ReloadLatency.java PORT CONTENT_DIR [EDITS] [--title SLUG]</pre>
 *
 * Prints one line per edit and a last line "median X ms max Y ms timeouts N". An edit that does
 * not show within {@link #GIVE_UP_MS} counts as that long and as a timeout. When the server
 * stops answering, prints "edit N: no answer (...)" and exits 3 after that summary line (of the
 * edits done); other failures exit 1.
 */
public final class ReloadLatency {

    private static final long GIVE_UP_MS = 10_000;
    // long enough apart that the watcher's debounce cannot merge two edits into one reload
    private static final long PAUSE_BETWEEN_EDITS_MS = 100;
    private static final int WARM_UP_REQUESTS = 2000;
    private static final Pattern LOCATION = Pattern.compile("(?m)^location:.*$");
    private static final Pattern TITLE = Pattern.compile("^(\\s*(?:- )?title:\\s*)(.+?)\\s*$");

    /** One way to edit a file so that one page shows a marker. */
    private interface Edit {
        String apply(String marker);
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>(Arrays.asList(args));
        String slug = null;
        int flag = positional.indexOf("--title");
        if (flag >= 0 && flag + 1 < positional.size()) {
            slug = positional.remove(flag + 1);
            positional.remove(flag);
        }
        if (positional.size() < 2 || positional.size() > 3 || flag >= 0 && slug == null) {
            System.err.println("usage: java ReloadLatency.java PORT CONTENT_DIR [EDITS] [--title SLUG]");
            System.exit(2);
        }
        String base = "http://127.0.0.1:" + Integer.parseInt(positional.get(0));
        Path contentDir = Path.of(positional.get(1));
        int edits = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 20;

        Path file = contentDir.resolve(slug == null ? "profile.yaml" : "publications.yaml");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        URI page = URI.create(base + (slug == null ? "/" : "/publications/" + slug));
        Edit edit = slug == null ? locationEdit(file, original) : titleEdit(file, original, slug);

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest get = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build();
        HttpResponse<Void> before = client.send(get, HttpResponse.BodyHandlers.discarding());
        if (before.statusCode() != 200 || before.headers().firstValue("ETag").isEmpty()) {
            System.err.println("GET " + page + " is not 200 with an ETag before the first edit");
            System.exit(1);
        }
        String etag = before.headers().firstValue("ETag").orElseThrow();
        // the probe runs in a fresh JVM: warm its HTTP client up first, so its own slowness is not counted
        HttpRequest revalidate = HttpRequest.newBuilder(page).header("If-None-Match", etag).build();
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            client.send(revalidate, HttpResponse.BodyHandlers.ofString());
        }

        double[] millis = new double[edits];
        int done = 0;
        int timeouts = 0;
        boolean gone = false;
        for (int i = 0; i < edits && !gone; i++) {
            String marker = "Bench-Edit-" + (i + 1) + "-" + Long.toHexString(System.nanoTime());
            long start = System.nanoTime();
            Files.writeString(file, edit.apply(marker), StandardCharsets.UTF_8);
            boolean shown = false;
            while (!shown && (System.nanoTime() - start) / 1_000_000 < GIVE_UP_MS) {
                HttpRequest poll = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5))
                        .header("If-None-Match", etag).build();
                HttpResponse<String> response;
                try {
                    response = client.send(poll, HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    System.out.printf("edit %d: no answer (%s)%n", i + 1, e);
                    gone = true;
                    break;
                }
                if (response.statusCode() == 200) {
                    shown = response.body().contains(marker);
                    etag = response.headers().firstValue("ETag").orElse(etag);
                } else if (response.statusCode() != 304) {
                    System.err.println("GET " + page + " answered " + response.statusCode());
                    System.exit(1);
                }
                if (!shown) {
                    Thread.sleep(1);
                }
            }
            if (gone) {
                break;
            }
            millis[i] = shown ? (System.nanoTime() - start) / 1e6 : GIVE_UP_MS;
            done++;
            if (!shown) {
                timeouts++;
            }
            System.out.printf("edit %d: %.1f ms%s%n", i + 1, millis[i], shown ? "" : " (timeout)");
            Thread.sleep(PAUSE_BETWEEN_EDITS_MS);
        }
        if (done > 0) {
            double[] sorted = Arrays.copyOf(millis, done);
            Arrays.sort(sorted);
            double median = done % 2 == 1 ? sorted[done / 2] : (sorted[done / 2 - 1] + sorted[done / 2]) / 2;
            System.out.printf("median %.1f ms max %.1f ms timeouts %d%n", median, sorted[done - 1], timeouts);
        }
        if (gone) {
            System.exit(3);
        }
    }

    private static Edit locationEdit(Path profile, String original) {
        if (!LOCATION.matcher(original).find()) {
            System.err.println(profile + " has no top-level 'location:' line to edit");
            System.exit(2);
        }
        return marker -> LOCATION.matcher(original).replaceFirst(Matcher.quoteReplacement("location: " + marker));
    }

    /**
     * The title line of the entry with {@code slug: SLUG}: the entry runs from the "- " line
     * before that slug to the next "- " line at the same indentation.
     */
    private static Edit titleEdit(Path publications, String original, String slug) {
        List<String> lines = new ArrayList<>(original.lines().toList());
        int slugLine = -1;
        for (int i = 0; i < lines.size() && slugLine < 0; i++) {
            if (lines.get(i).matches("\\s*(- )?slug:\\s*[\"']?" + Pattern.quote(slug) + "[\"']?\\s*")) {
                slugLine = i;
            }
        }
        int start = slugLine;
        while (start > 0 && !lines.get(start).trim().startsWith("- ")) {
            start--;
        }
        String indent = start >= 0 ? lines.get(start).substring(0, lines.get(start).indexOf('-')) : "";
        int titleLine = -1;
        for (int i = Math.max(start, 0); slugLine >= 0 && i < lines.size() && titleLine < 0; i++) {
            if (i > start && lines.get(i).startsWith(indent + "- ")) {
                break;
            }
            if (TITLE.matcher(lines.get(i)).matches()) {
                titleLine = i;
            }
        }
        if (titleLine < 0) {
            System.err.println(publications + " has no entry with 'slug: " + slug + "' and a 'title:' line to edit");
            System.exit(2);
        }
        Matcher m = TITLE.matcher(lines.get(titleLine));
        m.matches();
        String prefix = m.group(1);
        String title = unquote(m.group(2));
        int at = titleLine;
        return marker -> {
            List<String> edited = new ArrayList<>(lines);
            String newTitle = title + " (rev. " + marker + ")";
            edited.set(at, prefix + "\"" + newTitle.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            return String.join("\n", edited) + "\n";
        };
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }
}
