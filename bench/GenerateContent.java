import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a complete content directory with N publications, for measuring the server at sizes the
 * owner's 20 papers never reach. The papers are derived from the repository's own
 * {@code content/publications.yaml}: its entries come first, verbatim (all but one when N is at
 * least their number), then generated ones whose titles combine the real titles' names and
 * phrases with a vocabulary of the same fields, by authors from the real author pool and a
 * generated one (the owner on most papers), in 1990-2026 across 40 venue series, with arXiv ids
 * for preprints, some DOIs, awards, notes, abstracts and links. Every title, and every slug the
 * server derives from one, is distinct. The same N and seed always give the same bytes.
 *
 * <p>Run with the JDK's source launcher (no build step, no dependencies):
 *
 * <pre>java bench/GenerateContent.java N OUT_DIR [--bibtex] [--seed S] [--from REPO_DIR] [--posts M]</pre>
 *
 * Writes OUT_DIR/content (site.yaml, profile.yaml, experience.yaml and any other file of the real
 * content copied; publications.yaml generated), OUT_DIR/static (a copy of the repository's), and
 * OUT_DIR/generated.properties (what was generated, and {@code edit_slug}: one generated paper
 * that has an explicit {@code slug:}, so its title can be edited without moving its page). With
 * {@code --bibtex} the generated papers go to publications.bib instead, the second input format;
 * publications.yaml then keeps the real entries, that one paper, and entries that add awards and
 * notes to BibTeX entries by key, as the README shows. With {@code --posts M}, M blog posts of about
 * 300 words each go to content/posts (one in ten in Japanese, one in ten in Chinese, for search).
 * OUT_DIR/content must not exist yet.
 */
public final class GenerateContent {

    private static final long DEFAULT_SEED = 20261130L;
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2026;
    // what the server derives a slug from: the title before its colon, its first six words
    private static final int SLUG_WORDS = 6;

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Path content = options.out.resolve("content");
        if (Files.exists(content)) {
            fail(content + " already exists: give an empty or new OUT_DIR");
        }
        Path realContent = options.repo.resolve("content");
        Path realPublications = realContent.resolve("publications.yaml");
        if (!Files.isRegularFile(realPublications)) {
            fail(realPublications + " not found (run from the repository, or pass --from REPO_DIR)");
        }
        RealContent real = RealContent.read(realPublications, ownerOf(realContent.resolve("site.yaml")));

        Generator generator = new Generator(new Random(options.seed), real);
        int realUsed = Math.min(real.entries.size(), Math.max(0, options.papers - 1));
        for (int i = 0; i < realUsed; i++) {
            generator.reserve(real.entries.get(i));
        }
        List<Paper> papers = generator.papers(options.papers - realUsed);
        // newest first, as the owner's file is; within a year, as generated
        papers.sort(Comparator.comparingInt((Paper p) -> p.year).reversed());
        Paper editTarget = papers.isEmpty() ? null : papers.get(papers.size() / 2);

        Files.createDirectories(content);
        copyOtherContent(realContent, content);
        copyTree(options.repo.resolve("static"), options.out.resolve("static"));

        List<String> realBlocks = real.entries.subList(0, realUsed).stream().map(e -> e.block).toList();
        long yamlBytes;
        long bibBytes = 0;
        if (options.bibtex) {
            BibtexWriter bib = new BibtexWriter(papers, editTarget);
            bibBytes = write(content.resolve("publications.bib"), bib.bibtex());
            yamlBytes = write(content.resolve("publications.yaml"), YamlWriter.file(real.header, realBlocks, bib.yamlEntries()));
        } else {
            List<String> entries = papers.stream().map(p -> YamlWriter.entry(p, p == editTarget)).toList();
            yamlBytes = write(content.resolve("publications.yaml"), YamlWriter.file(real.header, realBlocks, entries));
        }

        int postsWritten = writePosts(content.resolve("posts"), options.posts, new Random(options.seed + 1));
        String properties = "# written by bench/GenerateContent.java\n"
                + "posts=" + postsWritten + "\n"
                + "papers=" + options.papers + "\n"
                + "real_papers=" + realUsed + "\n"
                + "generated_papers=" + papers.size() + "\n"
                + "seed=" + options.seed + "\n"
                + "format=" + (options.bibtex ? "bibtex" : "yaml") + "\n"
                + (editTarget == null ? "" : "edit_slug=" + editTarget.slug + "\nedit_year=" + editTarget.year + "\n")
                + "publications_yaml_bytes=" + yamlBytes + "\n"
                + "publications_bib_bytes=" + bibBytes + "\n";
        write(options.out.resolve("generated.properties"), properties);
        System.out.printf("wrote %d publications (%d from %s, %d generated) to %s (publications.yaml %d bytes%s)%n",
                options.papers, realUsed, realPublications, papers.size(), content, yamlBytes,
                options.bibtex ? ", publications.bib " + bibBytes + " bytes" : "");
    }

    // ------------------------------------------------------------------ posts

    private static final List<String> JAPANESE = List.of("データ効率", "大規模モデル", "分散学習", "通信圧縮",
            "推論の高速化", "検索エンジン", "メモリ管理", "研究室の日記");
    private static final List<String> CHINESE = List.of("数据效率", "大规模模型", "分布式训练", "通信压缩",
            "推理加速", "搜索引擎", "内存管理", "实验室日记");

    /** {@code count} posts of about 300 words from the papers' vocabulary; returns how many were written. */
    private static int writePosts(Path dir, int count, Random random) throws IOException {
        if (count <= 0) {
            return 0;
        }
        Files.createDirectories(dir);
        for (int i = 1; i <= count; i++) {
            String date = String.format("%04d-%02d-%02d", 2010 + random.nextInt(17), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            String title = pick(random, Words.GERUNDS) + " " + pick(random, Words.OBJECTS) + " " + i;
            StringBuilder body = new StringBuilder();
            for (int section = 0; section < 3; section++) {
                body.append("## ").append(pick(random, Words.GERUNDS)).append(' ').append(pick(random, Words.OBJECTS))
                        .append("\n\n");
                for (int sentence = 0; sentence < 6; sentence++) {
                    body.append(pick(random, Words.GERUNDS)).append(' ').append(pick(random, Words.ADJECTIVES).toLowerCase(Locale.ROOT))
                            .append(' ').append(pick(random, Words.OBJECTS).toLowerCase(Locale.ROOT)).append(' ')
                            .append(pick(random, Words.CONTEXTS)).append(' ').append(pick(random, Words.METHODS))
                            .append(". ");
                }
                body.append("\n\n");
            }
            if (i % 10 == 3) {
                body.append(pick(random, JAPANESE)).append("について書きました。").append(pick(random, JAPANESE))
                        .append("と").append(pick(random, JAPANESE)).append("の関係を調べます。\n");
            } else if (i % 10 == 7) {
                body.append("本文讨论").append(pick(random, CHINESE)).append("和").append(pick(random, CHINESE))
                        .append("的关系。\n");
            }
            String tags = "[" + pick(random, Words.OBJECTS).replace(",", "") + ", Notes]";
            write(dir.resolve(date + "-post-" + i + ".md"), "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntags: "
                    + tags + "\n---\n" + body);
        }
        return count;
    }

    // ------------------------------------------------------------------ command line

    private record Options(int papers, Path out, boolean bibtex, long seed, Path repo, int posts) {
        static Options parse(String[] args) {
            List<String> positional = new ArrayList<>();
            boolean bibtex = false;
            long seed = DEFAULT_SEED;
            Path repo = Path.of(".");
            int posts = 0;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--bibtex" -> bibtex = true;
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                    case "--from" -> repo = Path.of(value(args, ++i, "--from"));
                    case "--posts" -> posts = Integer.parseInt(value(args, ++i, "--posts"));
                    case "-h", "--help" -> usage(0);
                    default -> {
                        if (args[i].startsWith("-")) {
                            System.err.println("unknown option " + args[i]);
                            usage(2);
                        }
                        positional.add(args[i]);
                    }
                }
            }
            if (positional.size() != 2 || !positional.get(0).matches("[1-9][0-9]{0,6}")) {
                usage(2);
            }
            return new Options(Integer.parseInt(positional.get(0)), Path.of(positional.get(1)), bibtex, seed, repo,
                    posts);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                System.err.println(option + " needs a value");
                usage(2);
            }
            return args[i];
        }

        private static void usage(int code) {
            (code == 0 ? System.out : System.err).println(
                    "usage: java bench/GenerateContent.java N OUT_DIR [--bibtex] [--seed S] [--from REPO_DIR] [--posts M]");
            System.exit(code);
        }
    }

    private static void fail(String message) {
        System.err.println("generate: " + message);
        System.exit(1);
    }

    // ------------------------------------------------------------------ files

    private static long write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    private static void copyOtherContent(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !name.equals("publications.yaml") && !name.equals("publications.bib")) {
                    Files.copy(file, to.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.createDirectories(to);
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String ownerOf(Path siteYaml) throws IOException {
        if (Files.isRegularFile(siteYaml)) {
            Matcher m = Pattern.compile("(?m)^owner:\\s*(.+?)\\s*$").matcher(Files.readString(siteYaml));
            if (m.find()) {
                return Yaml.unquote(m.group(1));
            }
        }
        return "Conglong Li";
    }

    // ------------------------------------------------------------------ the real publications

    /** One entry of the real file: its lines as written, and what the generator reuses. */
    private record RealEntry(String block, String title, List<String> authors, int year) {}

    /**
     * What the generator takes from the owner's publications.yaml. A line reader rather than a
     * YAML parser, since the source launcher has only the JDK: it understands the entries as the
     * file writes them (a sequence under {@code publications:}, titles and flow or block author
     * lists) and skips what it does not, which only makes the vocabulary smaller.
     */
    private record RealContent(String header, List<RealEntry> entries, String owner) {

        private static final Pattern ITEM = Pattern.compile("^(\\s*)- ");
        private static final Pattern TITLE = Pattern.compile("^\\s*(?:- )?title:\\s*(.+?)\\s*$");
        private static final Pattern AUTHORS_FLOW = Pattern.compile("^\\s*(?:- )?authors:\\s*\\[(.*)]\\s*$");
        private static final Pattern AUTHORS_BLOCK = Pattern.compile("^(\\s*)(?:- )?authors:\\s*$");
        private static final Pattern YEAR = Pattern.compile("^\\s*(?:- )?year:\\s*(\\d{4})\\s*$");
        private static final Pattern ARXIV = Pattern.compile("^\\s*(?:- )?arxiv:\\s*[\"']?(\\d{2})\\d{2}\\.");

        static RealContent read(Path file, String owner) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int start = 0;
            while (start < lines.size() && !lines.get(start).startsWith("publications:")) {
                start++;
            }
            StringBuilder header = new StringBuilder();
            for (int i = 0; i < start; i++) {
                header.append(lines.get(i)).append('\n');
            }
            List<List<String>> blocks = new ArrayList<>();
            String indent = null;
            for (int i = start + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("-") && !line.startsWith("#")) {
                    break; // the next top-level key: not ours to copy
                }
                Matcher item = ITEM.matcher(line);
                if (item.find() && (indent == null || item.group(1).equals(indent))) {
                    indent = item.group(1);
                    blocks.add(new ArrayList<>());
                }
                if (!blocks.isEmpty()) {
                    blocks.get(blocks.size() - 1).add(line);
                }
            }
            List<RealEntry> entries = new ArrayList<>();
            for (List<String> block : blocks) {
                entry(block).ifPresent(entries::add);
            }
            return new RealContent(header.toString(), List.copyOf(entries), owner);
        }

        /** An entry that can be copied alone: it has a title and does not lean on publications.bib. */
        private static Optional<RealEntry> entry(List<String> block) {
            String title = null;
            List<String> authors = new ArrayList<>();
            int year = 0;
            for (int i = 0; i < block.size(); i++) {
                String line = block.get(i);
                Matcher m;
                if (line.matches("^\\s*(?:- )?bibtex:.*")) {
                    return Optional.empty();
                } else if ((m = TITLE.matcher(line)).matches()) {
                    title = Yaml.unquote(m.group(1));
                } else if ((m = AUTHORS_FLOW.matcher(line)).matches()) {
                    for (String name : m.group(1).split(",")) {
                        if (!name.isBlank()) {
                            authors.add(Yaml.unquote(name.trim()));
                        }
                    }
                } else if ((m = AUTHORS_BLOCK.matcher(line)).matches()) {
                    for (int j = i + 1; j < block.size() && block.get(j).trim().startsWith("- "); j++) {
                        authors.add(Yaml.unquote(block.get(j).trim().substring(2).trim()));
                    }
                } else if ((m = YEAR.matcher(line)).matches()) {
                    year = Integer.parseInt(m.group(1));
                } else if ((m = ARXIV.matcher(line)).find() && year == 0) {
                    year = 2000 + Integer.parseInt(m.group(1));
                }
            }
            // trailing blank lines belong to the file's layout, not to the entry
            int end = block.size();
            while (end > 0 && block.get(end - 1).isBlank()) {
                end--;
            }
            String text = String.join("\n", block.subList(0, end)) + "\n";
            return title == null ? Optional.empty()
                    : Optional.of(new RealEntry(text, title, List.copyOf(authors), year));
        }
    }

    // ------------------------------------------------------------------ the generated papers

    private enum Type { CONFERENCE, JOURNAL, WORKSHOP, PREPRINT }

    /**
     * A venue series. {@code first} is the year of its first edition, which numbers the editions
     * ("36th Conference on ...") and keeps a paper from appearing before its venue existed.
     */
    private record Venue(String label, String oldLabel, int renamed, String full, Type type, int first,
                         int weight, String publisher) {
        static Venue of(String label, String full, Type type, int first, int weight, String publisher) {
            return new Venue(label, label, 0, full, type, first, weight, publisher);
        }

        String labelIn(int year) {
            return year < renamed ? oldLabel : label;
        }
    }

    // 40 series: 30 conferences, 6 journals, 4 workshops
    private static final List<Venue> VENUES = List.of(
            new Venue("NeurIPS", "NIPS", 2018, "Conference on Neural Information Processing Systems", Type.CONFERENCE, 1987, 9, ""),
            Venue.of("ICML", "International Conference on Machine Learning", Type.CONFERENCE, 1984, 8, ""),
            Venue.of("ICLR", "International Conference on Learning Representations", Type.CONFERENCE, 2013, 6, ""),
            Venue.of("AAAI", "AAAI Conference on Artificial Intelligence", Type.CONFERENCE, 1987, 4, "AAAI"),
            Venue.of("IJCAI", "International Joint Conference on Artificial Intelligence", Type.CONFERENCE, 1990, 2, ""),
            Venue.of("KDD", "ACM SIGKDD Conference on Knowledge Discovery and Data Mining", Type.CONFERENCE, 1995, 4, "ACM"),
            Venue.of("WWW", "The Web Conference", Type.CONFERENCE, 1994, 3, "ACM"),
            Venue.of("SIGMOD", "ACM SIGMOD International Conference on Management of Data", Type.CONFERENCE, 1975, 5, "ACM"),
            Venue.of("VLDB", "International Conference on Very Large Data Bases", Type.CONFERENCE, 1975, 4, ""),
            Venue.of("ICDE", "IEEE International Conference on Data Engineering", Type.CONFERENCE, 1984, 3, "IEEE"),
            Venue.of("OSDI", "USENIX Symposium on Operating Systems Design and Implementation", Type.CONFERENCE, 1994, 4, "USENIX"),
            Venue.of("SOSP", "ACM Symposium on Operating Systems Principles", Type.CONFERENCE, 1967, 3, "ACM"),
            Venue.of("NSDI", "USENIX Symposium on Networked Systems Design and Implementation", Type.CONFERENCE, 2004, 4, "USENIX"),
            Venue.of("EuroSys", "European Conference on Computer Systems", Type.CONFERENCE, 2006, 3, "ACM"),
            Venue.of("USENIX ATC", "USENIX Annual Technical Conference", Type.CONFERENCE, 1990, 3, "USENIX"),
            Venue.of("ASPLOS", "ACM International Conference on Architectural Support for Programming Languages and Operating Systems", Type.CONFERENCE, 1982, 3, "ACM"),
            Venue.of("ISCA", "ACM/IEEE International Symposium on Computer Architecture", Type.CONFERENCE, 1973, 2, "IEEE"),
            Venue.of("MICRO", "IEEE/ACM International Symposium on Microarchitecture", Type.CONFERENCE, 1968, 2, "IEEE"),
            Venue.of("HPCA", "IEEE International Symposium on High-Performance Computer Architecture", Type.CONFERENCE, 1995, 2, "IEEE"),
            Venue.of("SC", "International Conference for High Performance Computing, Networking, Storage and Analysis", Type.CONFERENCE, 1988, 4, "IEEE"),
            Venue.of("HiPC", "IEEE International Conference on High Performance Computing, Data, and Analytics", Type.CONFERENCE, 1994, 2, "IEEE"),
            Venue.of("PPoPP", "ACM SIGPLAN Symposium on Principles and Practice of Parallel Programming", Type.CONFERENCE, 1988, 2, "ACM"),
            Venue.of("SoCC", "ACM Symposium on Cloud Computing", Type.CONFERENCE, 2010, 3, "ACM"),
            Venue.of("MLSys", "Conference on Machine Learning and Systems", Type.CONFERENCE, 2018, 3, ""),
            Venue.of("SIGCOMM", "ACM SIGCOMM Conference", Type.CONFERENCE, 1987, 3, "ACM"),
            Venue.of("CoNEXT", "ACM Conference on Emerging Networking Experiments and Technologies", Type.CONFERENCE, 2005, 2, "ACM"),
            Venue.of("ANCS", "ACM/IEEE Symposium on Architectures for Networking and Communications Systems", Type.CONFERENCE, 2005, 1, "ACM"),
            Venue.of("ACL", "Annual Meeting of the Association for Computational Linguistics", Type.CONFERENCE, 1963, 3, "ACL"),
            Venue.of("EMNLP", "Conference on Empirical Methods in Natural Language Processing", Type.CONFERENCE, 1996, 3, "ACL"),
            Venue.of("CVPR", "IEEE/CVF Conference on Computer Vision and Pattern Recognition", Type.CONFERENCE, 1983, 3, "IEEE"),
            Venue.of("ACM TACO", "ACM Transactions on Architecture and Code Optimization", Type.JOURNAL, 2004, 2, "ACM"),
            Venue.of("IEEE TPDS", "IEEE Transactions on Parallel and Distributed Systems", Type.JOURNAL, 1990, 4, "IEEE"),
            Venue.of("JMLR", "Journal of Machine Learning Research", Type.JOURNAL, 2000, 3, ""),
            Venue.of("ACM TOCS", "ACM Transactions on Computer Systems", Type.JOURNAL, 1983, 2, "ACM"),
            Venue.of("PVLDB", "Proceedings of the VLDB Endowment", Type.JOURNAL, 2008, 3, ""),
            Venue.of("IEEE/ACM ToN", "IEEE/ACM Transactions on Networking", Type.JOURNAL, 1993, 2, "IEEE"),
            Venue.of("HotOS", "Workshop on Hot Topics in Operating Systems", Type.WORKSHOP, 1987, 3, "ACM"),
            Venue.of("HotNets", "ACM Workshop on Hot Topics in Networks", Type.WORKSHOP, 2002, 3, "ACM"),
            Venue.of("HotStorage", "USENIX Workshop on Hot Topics in Storage and File Systems", Type.WORKSHOP, 2009, 2, "USENIX"),
            Venue.of("HotCloud", "USENIX Workshop on Hot Topics in Cloud Computing", Type.WORKSHOP, 2009, 2, "USENIX"));

    /** A generated publication; empty strings and zeros are fields left out. */
    private static final class Paper {
        String title;
        String slug;
        List<String> authors;
        boolean etAl;
        int authorCount;
        String venue = "";
        String venueFull = "";
        Type type;
        int year;
        boolean yearFromArxiv;
        String volume = "";
        String issue = "";
        String pages = "";
        String publisher = "";
        String date = "";
        String arxiv = "";
        String doi = "";
        String note = "";
        String abstractText = "";
        String reportNumber = "";
        List<String> awards = List.of();
        String codeLink = "";
        String pdfLink = "";
    }

    private static final class Generator {
        private final Random random;
        private final RealContent real;
        private final Set<String> heads = new HashSet<>();
        private final Set<String> titles = new HashSet<>();
        private final Set<String> arxivIds = new HashSet<>();
        private final Set<String> dois = new HashSet<>();
        private final List<String> names = new ArrayList<>();
        private final List<String> subtitles = new ArrayList<>();
        private final List<String> coauthors = new ArrayList<>();
        private final int[] yearWeights = new int[LAST_YEAR - FIRST_YEAR + 1];

        Generator(Random random, RealContent real) {
            this.random = random;
            this.real = real;
            for (RealEntry e : real.entries) {
                int colon = e.title.indexOf(": ");
                if (colon > 0) {
                    names.add(e.title.substring(0, colon));
                    subtitles.add(e.title.substring(colon + 2));
                } else {
                    subtitles.add(e.title);
                }
            }
            // the owner's real coauthors first, so they are the most frequent, then generated people
            Set<String> pool = new LinkedHashSet<>();
            real.entries.forEach(e -> e.authors.forEach(pool::add));
            pool.remove(real.owner);
            Random people = new Random(random.nextLong());
            while (pool.size() < real.entries.stream().mapToInt(e -> e.authors.size()).sum() + 400) {
                pool.add(pick(people, Words.FIRST_NAMES) + " " + (people.nextInt(8) == 0
                        ? (char) ('A' + people.nextInt(26)) + ". " : "") + pick(people, Words.LAST_NAMES));
            }
            coauthors.addAll(pool);
            // more papers in later years, as a career and the field grow
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                yearWeights[y - FIRST_YEAR] = 6 + (y - FIRST_YEAR);
            }
        }

        /** Keeps generated titles and slugs clear of a real entry's. */
        void reserve(RealEntry e) {
            titles.add(e.title.toLowerCase(Locale.ROOT));
            heads.add(head(e.title));
        }

        List<Paper> papers(int count) {
            List<Paper> papers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                papers.add(paper());
            }
            return papers;
        }

        private Paper paper() {
            Paper p = new Paper();
            p.year = year();
            p.type = type(p.year);
            p.title = title();
            p.slug = p.year + "-" + head(p.title);
            authors(p);
            switch (p.type) {
                case PREPRINT -> preprint(p);
                case JOURNAL -> journal(p);
                default -> proceedings(p);
            }
            if (random.nextInt(100) < 3) {
                p.awards = List.of(pick(random, p.type == Type.WORKSHOP ? Words.WORKSHOP_AWARDS : Words.AWARDS));
            }
            if (p.note.isEmpty() && random.nextInt(100) < 3) {
                p.note = pick(random, Words.NOTES);
            }
            if (random.nextInt(100) < 4) {
                p.abstractText = abstractOf(p);
            }
            if (p.year >= 2008 && random.nextInt(100) < 12) {
                String[] words = head(p.title).split("-");
                p.codeLink = "https://github.com/" + pick(random, Words.GITHUB_ORGS) + "/" + words[0]
                        + (words.length > 1 ? "-" + words[1] : "");
            }
            if (!p.arxiv.isEmpty() && random.nextInt(100) < 30) {
                p.pdfLink = "https://arxiv.org/pdf/" + p.arxiv;
            }
            return p;
        }

        private int year() {
            int total = 0;
            for (int w : yearWeights) {
                total += w;
            }
            int r = random.nextInt(total);
            for (int i = 0; i < yearWeights.length; i++) {
                r -= yearWeights[i];
                if (r < 0) {
                    return FIRST_YEAR + i;
                }
            }
            return LAST_YEAR;
        }

        private Type type(int year) {
            int r = random.nextInt(100);
            int preprints = year >= 2010 ? 16 : year >= 1998 ? 6 : 3;
            if (r < preprints) {
                return Type.PREPRINT;
            }
            r = random.nextInt(100);
            return r < 20 ? Type.JOURNAL : r < 31 ? Type.WORKSHOP : Type.CONFERENCE;
        }

        // -------------------------------------------------------------- titles

        private String title() {
            for (int attempt = 0; ; attempt++) {
                String title = random.nextInt(100) < 35 ? systemName(attempt) + ": " + subtitle() : phrase();
                String head = head(title);
                if (!head.isEmpty() && !heads.contains(head) && titles.add(title.toLowerCase(Locale.ROOT))) {
                    heads.add(head);
                    return title;
                }
                if (attempt > 1000) {
                    throw new IllegalStateException("cannot find a new title after 1000 attempts: vocabulary too small");
                }
            }
        }

        /** The part of a title the server builds a slug from, normalized as it does. */
        static String head(String title) {
            String head = title.contains(":") ? title.substring(0, title.indexOf(':')) : title;
            String ascii = Normalizer.normalize(head, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replace("'", "");
            List<String> words = new ArrayList<>();
            for (String w : ascii.split("[^a-z0-9]+")) {
                if (!w.isEmpty() && words.size() < SLUG_WORDS) {
                    words.add(w);
                }
            }
            return String.join("-", words);
        }

        private String systemName(int attempt) {
            int r = random.nextInt(100);
            String base;
            if (r < 15 && !names.isEmpty()) {
                base = pick(random, names); // a follow-up to a real system: "ZeroQuant-Edge"
                return base + "-" + pick(random, Words.NAME_SECONDS);
            } else if (r < 30) {
                StringBuilder acronym = new StringBuilder();
                int letters = 3 + random.nextInt(3);
                for (int i = 0; i < letters; i++) {
                    acronym.append((char) ('A' + random.nextInt(26)));
                }
                base = acronym.toString();
            } else {
                base = pick(random, Words.NAME_PREFIXES) + pick(random, Words.NAME_SUFFIXES);
            }
            return random.nextInt(100) < 25 + attempt ? base + "-" + pick(random, Words.NAME_SECONDS) : base;
        }

        private String subtitle() {
            if (!subtitles.isEmpty() && random.nextInt(100) < 25) {
                return pick(random, subtitles);
            }
            return switch (random.nextInt(4)) {
                case 0 -> pick(random, Words.ADJECTIVES) + " " + pick(random, Words.OBJECTS) + " " + pick(random, Words.CONTEXTS);
                case 1 -> pick(random, Words.GERUNDS) + " " + pick(random, Words.OBJECTS) + " " + pick(random, Words.METHODS);
                case 2 -> "Towards " + pick(random, Words.ADJECTIVES) + " " + pick(random, Words.OBJECTS);
                default -> pick(random, Words.ADJECTIVES) + " and " + pick(random, Words.ADJECTIVES) + " "
                        + pick(random, Words.OBJECTS);
            };
        }

        private String phrase() {
            return switch (random.nextInt(10)) {
                case 0, 1, 2 -> pick(random, Words.GERUNDS) + " " + pick(random, Words.ADJECTIVES) + " "
                        + pick(random, Words.OBJECTS) + " " + pick(random, Words.METHODS);
                case 3, 4 -> pick(random, Words.ADJECTIVES) + " " + pick(random, Words.OBJECTS) + " "
                        + pick(random, Words.CONTEXTS);
                case 5 -> pick(random, Words.GERUNDS) + " " + pick(random, Words.OBJECTS) + " "
                        + pick(random, Words.CONTEXTS);
                case 6 -> pick(random, Words.STUDY_OPENERS) + " " + pick(random, Words.ADJECTIVES) + " "
                        + pick(random, Words.OBJECTS) + " " + pick(random, Words.CONTEXTS);
                case 7 -> "A Case for " + pick(random, Words.ADJECTIVES) + " " + pick(random, Words.OBJECTS) + " "
                        + pick(random, Words.CONTEXTS);
                case 8 -> pick(random, Words.OBJECTS) + " " + pick(random, Words.METHODS) + " "
                        + pick(random, Words.CONTEXTS);
                default -> pick(random, Words.GERUNDS) + " " + pick(random, Words.OBJECTS) + " and "
                        + pick(random, Words.OBJECTS) + " " + pick(random, Words.CONTEXTS);
            };
        }

        // -------------------------------------------------------------- people

        private void authors(Paper p) {
            int count = authorCount();
            boolean collaboration = random.nextInt(100) < 1;
            if (collaboration) {
                count = 1 + random.nextInt(3);
            }
            List<String> authors = new ArrayList<>();
            while (authors.size() < count) {
                String name = coauthor();
                if (!authors.contains(name)) {
                    authors.add(name);
                }
            }
            if (random.nextInt(100) < 88) {
                int position = random.nextInt(100) < 40 ? 0 : random.nextInt(count);
                authors.set(position, real.owner);
                if (collaboration) {
                    authors.set(authors.size() - 1, real.owner);
                }
            }
            p.authors = List.copyOf(new LinkedHashSet<>(authors));
            if (collaboration) {
                p.etAl = true;
                p.authorCount = 100 + random.nextInt(400);
                p.note = "I contributed to " + pick(random, Words.CONTRIBUTIONS) + " as a member of the "
                        + pick(random, Words.WORKING_GROUPS) + ".";
            }
        }

        private int authorCount() {
            int r = random.nextInt(100);
            return r < 5 ? 1 : r < 20 ? 2 : r < 40 ? 3 : r < 60 ? 4 : r < 75 ? 5 : r < 85 ? 6
                    : r < 95 ? 7 + random.nextInt(3) : 10 + random.nextInt(5);
        }

        /** Frequent collaborators more often than occasional ones (roughly Zipf). */
        private String coauthor() {
            double u = random.nextDouble();
            int index = (int) Math.floor(Math.pow(coauthors.size() + 1, u)) - 1;
            return coauthors.get(Math.min(Math.max(index, 0), coauthors.size() - 1));
        }

        // -------------------------------------------------------------- venues

        private Venue venue(Type type, int year) {
            List<Venue> open = VENUES.stream().filter(v -> v.type == type && v.first <= year).toList();
            int total = open.stream().mapToInt(Venue::weight).sum();
            int r = random.nextInt(total);
            for (Venue v : open) {
                r -= v.weight;
                if (r < 0) {
                    return v;
                }
            }
            return open.get(open.size() - 1);
        }

        private void proceedings(Paper p) {
            Venue v = venue(p.type, p.year);
            p.venue = v.labelIn(p.year) + " " + p.year;
            if (random.nextInt(100) < 85) {
                p.venueFull = ordinal(p.year - v.first + 1) + " " + v.full;
            }
            if (random.nextInt(100) < 40) {
                int first = 1 + random.nextInt(900);
                p.pages = first + "-" + (first + 5 + random.nextInt(12));
            }
            if (!v.publisher.isEmpty() && random.nextInt(100) < 15) {
                p.publisher = v.publisher;
            }
            if (p.year >= 1997 && (v.publisher.equals("ACM") || v.publisher.equals("IEEE")) && random.nextInt(100) < 50) {
                p.doi = doi(v, p.year);
            }
            if (p.year >= 2008 && random.nextInt(100) < 15) {
                p.arxiv = arxiv(p.year);
            }
            if (random.nextInt(100) < 10) {
                p.date = p.year + "-" + two(1 + random.nextInt(12));
            }
        }

        private void journal(Paper p) {
            Venue v = venue(Type.JOURNAL, p.year);
            p.venue = v.label + " " + p.year;
            p.venueFull = v.full;
            int volume = p.year - v.first + 1;
            int issue = 1 + random.nextInt(v.label.equals("PVLDB") ? 12 : 6);
            p.volume = random.nextInt(100) < 60 ? volume + "(" + issue + ")" : String.valueOf(volume);
            if (random.nextInt(100) < 70) {
                int first = 1 + random.nextInt(2000);
                p.pages = first + "-" + (first + 10 + random.nextInt(25));
            }
            if (!v.publisher.isEmpty() && random.nextInt(100) < 30) {
                p.publisher = v.publisher;
            }
            if (p.year >= 1995 && !v.publisher.isEmpty() && random.nextInt(100) < 70) {
                p.doi = doi(v, p.year);
            }
        }

        private void preprint(Paper p) {
            if (p.year >= 2008 || (p.year == 2007 && random.nextBoolean())) {
                p.arxiv = arxiv(p.year);
                p.venue = "arXiv preprint";
                // as in the owner's file, most preprints leave the year to their arXiv id
                p.yearFromArxiv = random.nextInt(100) < 75;
            } else if (p.year >= 1998 && random.nextBoolean()) {
                p.arxiv = oldArxiv(p.year);
                p.venue = "arXiv preprint";
            } else {
                String[] institution = pick(random, Words.INSTITUTIONS);
                p.reportNumber = institution[0] + "-" + two(p.year % 100) + "-" + (100 + random.nextInt(900));
                p.venue = "Technical Report";
                p.venueFull = "Technical Report " + p.reportNumber + ", " + institution[1];
            }
        }

        private String arxiv(int year) {
            while (true) {
                int month = year == 2007 ? 4 + random.nextInt(9) : 1 + random.nextInt(12);
                String id = year <= 2014
                        ? String.format(Locale.ROOT, "%02d%02d.%04d", year % 100, month, 1 + random.nextInt(9999))
                        : String.format(Locale.ROOT, "%02d%02d.%05d", year % 100, month, 1 + random.nextInt(24999));
                if (arxivIds.add(id)) {
                    return id;
                }
            }
        }

        private String oldArxiv(int year) {
            while (true) {
                String id = String.format(Locale.ROOT, "%s/%02d%02d%03d", pick(random, Words.OLD_ARXIV_ARCHIVES),
                        year % 100, 1 + random.nextInt(12), 1 + random.nextInt(999));
                if (arxivIds.add(id)) {
                    return id;
                }
            }
        }

        private String doi(Venue v, int year) {
            while (true) {
                String doi = v.publisher.equals("ACM")
                        ? "10.1145/" + (1_000_000 + random.nextInt(2_700_000)) + "." + (1_000_000 + random.nextInt(2_700_000))
                        : "10.1109/" + v.label.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT) + "." + year + "."
                                + (10 + random.nextInt(9990));
                if (dois.add(doi)) {
                    return doi;
                }
            }
        }

        private String abstractOf(Paper p) {
            String subject = p.title.contains(": ") ? p.title.substring(0, p.title.indexOf(": ")) : "this work";
            String object = pick(random, Words.OBJECTS).toLowerCase(Locale.ROOT);
            return pick(random, Words.ABSTRACT_OPENERS).replace("%s", object) + " We present " + subject + ", which "
                    + pick(random, Words.ABSTRACT_MIDDLES) + " Evaluated on " + (2 + random.nextInt(9))
                    + " workloads, it improves throughput by up to " + (2 + random.nextInt(18)) + "x "
                    + pick(random, Words.ABSTRACT_ENDINGS);
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }

    // ------------------------------------------------------------------ output

    /** Just enough YAML: plain scalars when safe, double-quoted otherwise. */
    private static final class Yaml {
        private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .,'()/&+-]*");
        // what YAML would read as a number or a date rather than text
        private static final Pattern NOT_TEXT = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|[0-9]+(:[0-9]+)+");

        static String scalar(String s) {
            boolean plain = PLAIN.matcher(s).matches() && !NOT_TEXT.matcher(s).matches()
                    && !s.endsWith(" ") && !s.contains(" #")
                    && !List.of("yes", "no", "true", "false", "on", "off", "null", "y", "n").contains(s.toLowerCase(Locale.ROOT));
            return plain ? s : quoted(s);
        }

        /** In a flow list [a, b] a comma or bracket would end the item: quote those too. */
        static String flowItem(String s) {
            return s.matches(".*[,\\[\\]{}].*") ? quoted(s) : scalar(s);
        }

        static String quoted(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        static String unquote(String s) {
            String t = s.trim();
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                return t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            }
            if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
                return t.substring(1, t.length() - 1).replace("''", "'");
            }
            int comment = t.indexOf(" #");
            return comment >= 0 ? t.substring(0, comment).trim() : t;
        }
    }

    private static final class YamlWriter {
        static String file(String header, List<String> realBlocks, List<String> generated) {
            StringBuilder out = new StringBuilder(header.isEmpty() ? "" : header);
            out.append("publications:\n");
            for (String block : realBlocks) {
                out.append(block).append('\n');
            }
            for (String entry : generated) {
                out.append(entry).append('\n');
            }
            return out.toString();
        }

        static String entry(Paper p, boolean explicitSlug) {
            StringBuilder e = new StringBuilder();
            e.append("  - title: ").append(Yaml.quoted(p.title)).append('\n');
            e.append("    authors: [");
            for (int i = 0; i < p.authors.size(); i++) {
                e.append(i == 0 ? "" : ", ").append(Yaml.flowItem(p.authors.get(i)));
            }
            e.append("]\n");
            if (p.etAl) {
                e.append("    et_al: true\n");
                e.append("    author_count: ").append(p.authorCount).append('\n');
            }
            field(e, "note", p.note);
            field(e, "venue", p.venue);
            field(e, "venue_full", p.venueFull);
            if (!p.yearFromArxiv) {
                e.append("    year: ").append(p.year).append('\n');
            }
            e.append("    type: ").append(p.type.name().toLowerCase(Locale.ROOT)).append('\n');
            if (!p.volume.isEmpty()) {
                e.append("    volume: ").append(Yaml.quoted(p.volume)).append('\n');
            }
            field(e, "pages", p.pages);
            field(e, "publisher", p.publisher);
            field(e, "date", p.date);
            if (!p.arxiv.isEmpty()) {
                e.append("    arxiv: ").append(Yaml.quoted(p.arxiv)).append('\n');
            }
            field(e, "doi", p.doi);
            if (!p.awards.isEmpty()) {
                e.append("    awards: [").append(String.join(", ", p.awards.stream().map(Yaml::flowItem).toList())).append("]\n");
            }
            if (explicitSlug) {
                e.append("    slug: ").append(p.slug).append('\n');
            }
            field(e, "abstract", p.abstractText);
            if (!p.codeLink.isEmpty() || !p.pdfLink.isEmpty()) {
                e.append("    links:\n");
                if (!p.pdfLink.isEmpty()) {
                    e.append("      pdf: ").append(p.pdfLink).append('\n');
                }
                if (!p.codeLink.isEmpty()) {
                    e.append("      code: ").append(p.codeLink).append('\n');
                }
            }
            return e.toString();
        }

        private static void field(StringBuilder e, String key, String value) {
            if (!value.isEmpty()) {
                e.append("    ").append(key).append(": ").append(Yaml.scalar(value)).append('\n');
            }
        }
    }

    /**
     * The generated papers as BibTeX (keys as Google Scholar makes them: name, year, first word,
     * a letter when taken), plus the YAML entries that add what BibTeX cannot say (awards, notes)
     * by key, and the edit target as a YAML entry of its own.
     */
    private static final class BibtexWriter {
        private final List<Paper> papers;
        private final Paper editTarget;
        private final List<String> keys = new ArrayList<>();

        BibtexWriter(List<Paper> papers, Paper editTarget) {
            this.papers = papers;
            this.editTarget = editTarget;
            Set<String> taken = new HashSet<>();
            for (Paper p : papers) {
                String[] name = p.authors.get(0).split(" ");
                String base = (name[name.length - 1] + p.year + p.title.split("[^A-Za-z0-9]+")[0])
                        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
                String key = base;
                for (int i = 0; !taken.add(key); i++) {
                    key = base + (i < 26 ? String.valueOf((char) ('a' + i)) : String.valueOf(i));
                }
                keys.add(key);
            }
        }

        String bibtex() {
            StringBuilder out = new StringBuilder("% written by bench/GenerateContent.java\n");
            for (int i = 0; i < papers.size(); i++) {
                Paper p = papers.get(i);
                if (p != editTarget) {
                    out.append('\n').append(entry(p, keys.get(i)));
                }
            }
            return out.toString();
        }

        List<String> yamlEntries() {
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < papers.size(); i++) {
                Paper p = papers.get(i);
                if (p == editTarget) {
                    entries.add(YamlWriter.entry(p, true));
                } else if (!p.awards.isEmpty() || !p.note.isEmpty()) {
                    StringBuilder e = new StringBuilder("  - bibtex: ").append(keys.get(i)).append('\n');
                    if (!p.awards.isEmpty()) {
                        e.append("    awards: [").append(String.join(", ", p.awards.stream().map(Yaml::flowItem).toList()))
                                .append("]\n");
                    }
                    if (!p.note.isEmpty()) {
                        e.append("    note: ").append(Yaml.scalar(p.note)).append('\n');
                    }
                    entries.add(e.toString());
                }
            }
            return entries;
        }

        private static String entry(Paper p, String key) {
            String type = switch (p.type) {
                case JOURNAL -> "article";
                case PREPRINT -> p.reportNumber.isEmpty() ? "misc" : "techreport";
                default -> "inproceedings";
            };
            StringBuilder e = new StringBuilder("@").append(type).append('{').append(key).append(",\n");
            List<String> names = new ArrayList<>();
            for (String author : p.authors) {
                String[] parts = author.split(" ");
                names.add(parts.length == 2 ? parts[1] + ", " + parts[0] : author);
            }
            if (p.etAl) {
                names.add("others");
            }
            field(e, "author", String.join(" and ", names));
            field(e, "title", "{" + latex(p.title) + "}");
            switch (p.type) {
                case JOURNAL -> {
                    field(e, "journal", p.venueFull);
                    field(e, "series", p.venue);
                    String volume = p.volume.replaceAll("\\(.*", "");
                    field(e, "volume", volume);
                    field(e, "number", p.volume.contains("(") ? p.volume.replaceAll(".*\\((.*)\\)", "$1") : "");
                }
                case PREPRINT -> {
                    if (p.reportNumber.isEmpty()) {
                        field(e, "eprint", p.arxiv);
                        field(e, "archiveprefix", "arXiv");
                    } else {
                        field(e, "institution", p.venueFull.replaceAll("^.*?, ", ""));
                        field(e, "number", p.reportNumber);
                        field(e, "series", p.venue);
                    }
                }
                default -> {
                    field(e, "booktitle", p.venueFull.isEmpty() ? p.venue : p.venueFull);
                    field(e, "series", p.venue);
                }
            }
            field(e, "year", String.valueOf(p.year));
            if (!p.date.isEmpty()) {
                field(e, "month", MONTHS.get(Integer.parseInt(p.date.substring(5)) - 1));
            }
            field(e, "pages", p.pages.replace("-", "--"));
            field(e, "publisher", p.publisher);
            field(e, "doi", p.doi);
            if (p.type != Type.PREPRINT && !p.arxiv.isEmpty()) {
                field(e, "eprint", p.arxiv);
                field(e, "archiveprefix", "arXiv");
            }
            field(e, "abstract", latex(p.abstractText));
            field(e, "url", p.pdfLink);
            return e.append("}\n").toString();
        }

        private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                "sep", "oct", "nov", "dec");

        private static void field(StringBuilder e, String name, String value) {
            if (!value.isEmpty()) {
                boolean month = name.equals("month") && MONTHS.contains(value);
                e.append("  ").append(name).append(" = ").append(month ? value : "{" + value + "}").append(",\n");
            }
        }

        private static String latex(String text) {
            return text.replace("\\", "\\textbackslash{}").replaceAll("([&%$#_])", "\\\\$1");
        }
    }

    // ------------------------------------------------------------------ vocabulary

    /** Words of the owner's fields, in the style of the real titles (systems, ML, databases, networks). */
    private static final class Words {
        static final List<String> GERUNDS = List.of("Improving", "Scaling", "Accelerating", "Reducing", "Optimizing",
                "Maximizing", "Rethinking", "Understanding", "Characterizing", "Learning", "Compressing", "Scheduling",
                "Caching", "Exploiting", "Revisiting", "Enabling", "Balancing", "Predicting", "Tuning", "Measuring",
                "Serving", "Training", "Sharding", "Partitioning", "Routing", "Pruning", "Quantizing", "Benchmarking",
                "Debugging", "Simplifying", "Verifying", "Securing", "Profiling", "Indexing", "Replicating");
        static final List<String> ADJECTIVES = List.of("Communication-Efficient", "Large-Scale", "Cost-Aware",
                "Adaptive", "Distributed", "Elastic", "Memory-Efficient", "Energy-Aware", "Fault-Tolerant", "Low-Latency",
                "Heterogeneous", "Sparse", "Hybrid", "Approximate", "Learned", "Scalable", "Robust", "Incremental",
                "Decentralized", "Hierarchical", "Online", "Asynchronous", "Federated", "Multi-Tenant", "Serverless",
                "Extreme", "Efficient", "Lightweight", "Fine-Grained", "Workload-Aware", "Predictable", "Compact",
                "Locality-Aware", "Consistent", "Programmable", "Self-Tuning", "Bandwidth-Efficient", "Private");
        static final List<String> OBJECTS = List.of("Nearest Neighbor Search", "Key-Value Stores",
                "Transformer Training", "Mixture-of-Experts Inference", "Video Analytics", "Search Advertising Systems",
                "Data Sampling", "Circuit/Packet Networks", "DRAM Row Activations", "Language Model Pre-training",
                "Gradient Compression", "Parameter Servers", "Replacement Policies", "Query Optimization",
                "Graph Processing", "Stream Processing", "Datacenter Networks", "Storage Engines", "Learned Indexes",
                "Recommendation Models", "Sequence Length Warmup", "Pipeline Parallelism", "Tensor Parallelism",
                "Checkpointing", "Collective Communication", "Model Serving", "Vector Databases", "Embedding Tables",
                "Attention Kernels", "Load Balancing", "Congestion Control", "Transaction Processing",
                "Log-Structured Merge Trees", "Flash Storage", "GPU Clusters", "Mobile Inference",
                "Hyperparameter Tuning", "Curriculum Learning", "Post-Training Quantization",
                "Network Traffic Scheduling", "Cache Eviction", "Speculative Decoding", "KV Cache Management",
                "Sparse Attention", "Distributed Joins", "Web Caching", "Content Delivery", "Time Series Forecasting",
                "Large-Batch Training", "Memory Allocation", "Data Deduplication", "Packet Classification",
                "Job Scheduling", "Model Compression", "Knowledge Distillation", "Feature Stores", "Log Analytics");
        static final List<String> CONTEXTS = List.of("for Large Language Models", "at Scale",
                "on Constrained Edge Nodes", "in the Cloud", "with Adam's Convergence Speed", "on Commodity Hardware",
                "for Multi-Core Processors", "under Skewed Workloads", "in Production", "across Geo-Distributed Datacenters",
                "for Scientific Discovery", "on Heterogeneous GPU Clusters", "with Limited Memory", "for Mobile Devices",
                "in Shared Clusters", "for Search Engines", "in Multi-Tenant Datacenters", "for Deep Learning Training",
                "on Disaggregated Memory", "with Tight Latency Targets", "for Interactive Analytics",
                "at Trillion-Parameter Scale", "over Wide-Area Networks", "on Serverless Platforms");
        static final List<String> METHODS = List.of("via Learned Adaptive Early Termination",
                "through Rapid Refresh Predictions", "with Indirect Routing", "via Efficient Data Sampling and Routing",
                "with Eager Read/Write Clustering", "using Reinforcement Learning", "via Progressive Layer Dropping",
                "with Error Feedback", "using Bloom Filters", "via Random Projections", "through Workload Analysis",
                "with Lightweight Profiling", "using Programmable Switches", "via Hardware Transactional Memory",
                "with Multi-Modal Causal Attention", "via 1-bit Compression", "through Adaptive Batching",
                "with Cost Models", "via Curriculum Learning", "using Learned Hash Functions", "with Zero Redundancy",
                "via Randomized Rounding", "through Model Parallelism", "with Prefix Sharing");
        static final List<String> STUDY_OPENERS = List.of("On the Limits of", "Revisiting", "A Study of",
                "An Empirical Analysis of", "Lessons from Deploying", "The Case Against", "Demystifying");
        static final List<String> NAME_PREFIXES = List.of("Deep", "Zero", "Flash", "Hyper", "Mega", "Nano", "Swift",
                "Turbo", "Quick", "Lean", "Sparse", "Tiny", "Poly", "Omni", "Meta", "Elastic", "Fast", "Smart", "Ultra",
                "Open", "Giga", "Pico", "Astra", "Echo", "Helix", "Nova", "Orca", "Lynx", "Falcon", "Aurora", "Petal",
                "Cedar", "Quill", "Tidal", "Vortex", "Zephyr", "Ember", "Atlas", "Comet", "Pulse");
        static final List<String> NAME_SUFFIXES = List.of("Speed", "Quant", "Cache", "Store", "Flow", "Serve",
                "Train", "Route", "Sched", "Shard", "Tune", "Sync", "Graph", "Stream", "Pipe", "Scale", "Batch", "Mem",
                "Net", "DB", "Index", "Search", "Chat", "Opt", "Comp", "Wheel", "Lamb", "MoE", "Vision", "Bench",
                "Kernel", "Log", "Fuse", "Mesh", "Guard", "Lens");
        static final List<String> NAME_SECONDS = List.of("Chat", "MoE", "Lite", "XL", "Inference", "Pro", "Edge",
                "RL", "V2", "Sparse", "Plus", "Ulysses", "FastGen", "Mini", "Zero");
        static final List<String> AWARDS = List.of("Best Paper", "Best Paper", "Best Paper Nominee",
                "Best Student Paper", "Oral Paper", "Spotlight Paper", "Distinguished Paper", "Test of Time Award",
                "Best Artifact");
        static final List<String> WORKSHOP_AWARDS = List.of("Best Paper", "Best Poster", "Best Paper Nominee");
        static final List<String> NOTES = List.of("Equal contribution by the first two authors.", "Invited paper.",
                "Extended version of the workshop paper.", "Work done during an internship at Microsoft Research.",
                "Short paper.", "Artifact evaluated: available, functional and reproduced.",
                "I contributed to the system design and the evaluation.");
        static final List<String> CONTRIBUTIONS = List.of("code and infrastructure", "the training pipeline",
                "the evaluation harness", "data preprocessing", "distributed training");
        static final List<String> WORKING_GROUPS = List.of("Engineering team", "Evaluation working group",
                "Data governance working group", "Infrastructure team");
        static final List<String> GITHUB_ORGS = List.of("microsoft", "deepspeedai", "conglongli", "cmu-db",
                "efficient-ml", "systems-lab");
        static final List<String> OLD_ARXIV_ARCHIVES = List.of("cs.DC", "cs.LG", "cs.DB", "cs.NI", "cs.OS", "cs.PF");
        static final List<String[]> INSTITUTIONS = List.of(new String[] {"CMU-CS", "Carnegie Mellon University"},
                new String[] {"TR", "Rice University"}, new String[] {"MSR-TR", "Microsoft Research"},
                new String[] {"UCB/EECS", "University of California, Berkeley"});
        static final List<String> ABSTRACT_OPENERS = List.of(
                "The cost of %s grows faster than the hardware that runs it.",
                "Production deployments of %s waste much of their resources.",
                "Existing approaches to %s trade accuracy for speed without knowing how much.",
                "As models grow, %s becomes the bottleneck of the whole pipeline.");
        static final List<String> ABSTRACT_MIDDLES = List.of(
                "predicts where the time goes and adapts its policy online.",
                "combines a cost model with lightweight profiling to pick a plan per request.",
                "compresses what it sends and corrects the error on the next step.",
                "schedules work by its measured cost rather than a fixed priority.");
        static final List<String> ABSTRACT_ENDINGS = List.of("with no loss in quality.",
                "while using less memory than the state of the art.", "at the same accuracy.",
                "and is open source.");
        static final List<String> FIRST_NAMES = List.of("Wei", "Jing", "Yuxin", "Hao", "Xin", "Lei", "Min", "Yan",
                "Priya", "Arjun", "Ananya", "Rahul", "Sanjay", "Deepak", "Maria", "Elena", "Sofia", "Lucas", "Mateo",
                "Jonas", "Lena", "Anna", "Erik", "Lars", "Pierre", "Camille", "Julien", "Giulia", "Marco", "Luca",
                "Kenji", "Yuki", "Haruto", "Sakura", "Min-jun", "Ji-woo", "Seo-yeon", "Omar", "Fatima", "Ahmed",
                "Layla", "Daniel", "Sarah", "Michael", "Emily", "David", "Rachel", "James", "Laura", "Kevin", "Olga",
                "Dmitri", "Ivan", "Tatiana", "Mehmet", "Zeynep", "Tomasz", "Agnieszka", "Chidi", "Amara", "Thiago",
                "Beatriz", "Noah", "Hannah", "Samuel", "Aisha", "Ravi", "Meera", "Kai", "Nadia");
        static final List<String> LAST_NAMES = List.of("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
                "Zhou", "Xu", "Sun", "Ma", "Gupta", "Sharma", "Patel", "Iyer", "Reddy", "Nair", "Garcia", "Rodriguez",
                "Martinez", "Lopez", "Muller", "Schmidt", "Fischer", "Weber", "Dubois", "Moreau", "Laurent", "Rossi",
                "Bianchi", "Romano", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Kim", "Park", "Choi", "Jung",
                "Hassan", "Ali", "Haddad", "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson",
                "Taylor", "Thomas", "Moore", "Ivanov", "Petrov", "Volkov", "Yilmaz", "Kaya", "Kowalski", "Nowak",
                "Okafor", "Mensah", "Silva", "Santos", "Oliveira", "Cohen", "Levi", "Nguyen", "Tran", "Pham");
    }
}
