import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does the server on 127.0.0.1:PORT serve every page? Fetches /sitemap.xml (and the sitemaps it
 * lists, if it is an index), then every address in it, then every same-site link without a query
 * string found in the HTML it fetched (paper pages' {@code .bib}, feeds, icons), until nothing
 * new turns up. Filter links ({@code ?year=...}) are not followed: they are unbounded, and the
 * load test asks for some. A page passes when it answers 200 with a body, and an HTML page's body
 * ends with {@code </html>}.
 *
 * <p>Run with the JDK's source launcher (no build step, no dependencies):
 *
 * <pre>java bench/PageCheck.java PORT PAPERS_FILE</pre>
 *
 * Writes to PAPERS_FILE the paper pages found in the sitemap (/publications/SLUG, one a line,
 * in sitemap order; a four-digit /publications/YEAR is a year page, not a paper). Prints the
 * first failures and a last line "checked N failed F". Exits 0 when all passed, 1 when some
 * failed, 3 when the server stopped answering.
 */
public final class PageCheck {

    private static final int WORKERS = 4;
    private static final int MAX_PAGES = 200_000;
    private static final int FAILURES_SHOWN = 10;
    private static final Pattern LOC = Pattern.compile("<loc>\\s*https?://[^/<]+(/[^<\\s]*)\\s*</loc>");
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/(?!/)[^\"#?]*)(?:#[^\"]*)?\"");
    private static final Pattern PAPER = Pattern.compile("/publications/(?!\\d{4}$)[^/?#.]+");

    private record Result(String path, int status, String problem, List<String> links) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java PageCheck.java PORT PAPERS_FILE");
            System.exit(2);
        }
        String base = "http://127.0.0.1:" + Integer.parseInt(args[0]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        List<String> sitemap = new ArrayList<>();
        try {
            readSitemap(client, base, "/sitemap.xml", sitemap, 0);
        } catch (IOException e) {
            System.out.println("no answer: " + e);
            System.out.println("checked 0 failed 1");
            System.exit(3);
        }
        try (PrintWriter papers = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            sitemap.stream().filter(p -> PAPER.matcher(p).matches()).forEach(papers::println);
        }

        Set<String> seen = new LinkedHashSet<>(List.of("/", "/sitemap.xml", "/robots.txt", "/feed.xml"));
        seen.addAll(sitemap);
        List<String> wave = new ArrayList<>(seen);
        int checked = 0;
        int failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            while (!wave.isEmpty()) {
                List<Future<Result>> futures = new ArrayList<>();
                for (String path : wave) {
                    futures.add(pool.submit(() -> fetch(client, base, path)));
                }
                List<String> next = new ArrayList<>();
                for (Future<Result> future : futures) {
                    Result r = future.get();
                    checked++;
                    if (r.status < 0) {
                        System.out.println("no answer to " + r.path + ": " + r.problem);
                        System.out.printf("checked %d failed %d%n", checked, failed + 1);
                        System.exit(3);
                    }
                    if (!r.problem.isEmpty()) {
                        if (++failed <= FAILURES_SHOWN) {
                            System.out.println("FAIL " + r.status + " " + r.path + " " + r.problem);
                        }
                    }
                    for (String link : r.links) {
                        if (seen.size() < MAX_PAGES && seen.add(link)) {
                            next.add(link);
                        }
                    }
                }
                wave = next;
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("checked %d failed %d%n", checked, failed);
        System.exit(failed == 0 ? 0 : 1);
    }

    private static void readSitemap(HttpClient client, String base, String path, List<String> into, int depth)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return; // reported when the crawl asks for it again
        }
        boolean index = response.body().contains("<sitemapindex");
        Matcher m = LOC.matcher(response.body());
        while (m.find()) {
            String loc = m.group(1).replace("&amp;", "&");
            if (index && depth < 2) {
                readSitemap(client, base, loc, into, depth + 1);
            } else {
                into.add(loc);
            }
        }
    }

    private static Result fetch(HttpClient client, String base, String path) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new Result(path, -1, e.toString(), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(path, -1, "interrupted", List.of());
        }
        byte[] body = response.body();
        boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        String text = html ? new String(body, StandardCharsets.UTF_8) : "";
        String problem = response.statusCode() != 200 ? "status " + response.statusCode()
                : body.length == 0 ? "empty body"
                : html && !text.stripTrailing().endsWith("</html>") ? "HTML does not end with </html>"
                : "";
        List<String> links = new ArrayList<>();
        if (html) {
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                links.add(m.group(1).replace("&amp;", "&"));
            }
        }
        return new Result(path, response.statusCode(), problem, links);
    }
}
