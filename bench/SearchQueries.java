import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Distinct search addresses for bench/search, one a line: words of the generated sites' titles
 * and abstracts (bench/GenerateContent.java) alone, in pairs, as phrases, with exclusions and
 * year: prefixes, three at a time, plus Japanese and Chinese words, some with a typo (which
 * asks the index for the nearest words it has: "did you mean"); most ask for the first page
 * of results, some for the second or third. The same SEED gives the same list; different seeds
 * give lists that share no address (each seed keeps the addresses whose hash falls to it), so a
 * list used to warm the server up leaves the measured one unasked.
 *
 * <pre>java bench/SearchQueries.java COUNT SEED &gt; paths.txt</pre>
 */
public final class SearchQueries {

    private static final List<String> WORDS = List.of("scaling", "compression", "curriculum", "training", "cache",
            "attention", "memory", "efficient", "distributed", "sparse", "routing", "pruning", "learned", "index",
            "serving", "gradient", "quantization", "storage", "network", "latency", "adaptive", "elastic", "graph",
            "stream", "transformer", "inference", "checkpointing", "pipeline", "tensor", "embedding", "vector",
            "kernel", "balancing", "congestion", "transaction", "flash", "mobile", "tuning", "decoding", "datacenter",
            "データ", "効率", "効率化", "検索", "效率", "数据", "训练", "模型");
    /** The addresses are shared out among this many seeds by their hash. */
    private static final int SEEDS = 4;

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java bench/SearchQueries.java COUNT SEED");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        int seed = Integer.parseInt(args[1]);
        if (seed < 0 || seed >= SEEDS) {
            System.err.println("SEED: 0 to " + (SEEDS - 1));
            System.exit(2);
        }
        Random random = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        int misses = 0;
        while (out.size() < count && misses < 5_000_000) {
            String query = query(random);
            int page = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
            String path = "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20")
                    + (page > 1 ? "&page=" + page : "");
            if (Math.floorMod(path.hashCode(), SEEDS) != seed || !out.add(path)) {
                misses++;
            }
        }
        List<String> shuffled = new ArrayList<>(out);
        Collections.shuffle(shuffled, random);
        StringBuilder text = new StringBuilder();
        shuffled.forEach(p -> text.append(p).append('\n'));
        System.out.print(text);
    }

    private static String query(Random random) {
        String a = word(random);
        String b = word(random);
        String c = word(random);
        return switch (random.nextInt(7)) {
            case 0 -> a;
            case 1 -> a + " " + b;
            case 2 -> "\"" + a + " " + b + "\"";
            case 3 -> a + " -" + b;
            case 4 -> a + " year:" + (1995 + random.nextInt(31));
            case 5 -> a + " " + b + " " + c;
            default -> a + " " + b + " -" + c;
        };
    }

    /** A word of the list; one in twenty with a typo (a letter changed), which most sites have nowhere. */
    private static String word(Random random) {
        String word = WORDS.get(random.nextInt(WORDS.size()));
        if (random.nextInt(20) != 0 || word.charAt(0) > 'z') {
            return word;
        }
        char[] letters = word.toCharArray();
        letters[1 + random.nextInt(letters.length - 1)] = (char) ('a' + random.nextInt(26));
        return new String(letters);
    }
}
