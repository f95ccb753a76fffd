package io.github.conglongli.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.CommandRun;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command in the README and the guides ({@code ```sh} blocks) does what the text says, run
 * in a temporary directory in the order written, one directory per document:
 * <ul>
 * <li>the site's own commands run in this JVM, with their paths moved into the directory
 *     ({@code /srv/site/content} becomes {@code TMP/root/srv/site/content}); a directory a command
 *     reads but the document never made holds a site {@code init} wrote; {@code serve} and
 *     {@code --dev} start on a free port, answer {@code /} and stop; {@code health} asks such a
 *     server;</li>
 * <li>{@code mkdir}, {@code cp} and {@code rm} run in a shell there;</li>
 * <li>{@code ./mvnw} is not run (the build is what runs this test), but its phases, executions,
 *     profiles, properties and test classes must exist;</li>
 * <li>what needs a VPS or Docker must be listed in {@link #NOT_RUN_HERE} with what covers it.</li>
 * </ul>
 */
@Timeout(300)
class DocumentedCommandsTest {

    static final List<Path> DOCUMENTS = List.of(Path.of("README.md"), Path.of("docs/owner-guide.md"),
            Path.of("docs/operator-guide.md"), Path.of("docs/contributing.md"), Path.of("docs/import.md"),
            Path.of("docs/bibtex.md"));

    /** The old site an {@code import} reads when the document never made one: al-folio's, as ImportTest has it. */
    static final Path OLD_SITE = Path.of("src/test/resources/import/al-folio");

    /** Commands this test cannot run on a build machine, by what checks them instead. */
    static final Map<String, List<String>> NOT_RUN_HERE = Map.of(
            "needs Docker: the Dockerfile runs the jar's selftest as it builds, and the SITE_ variables are "
                    + "checked against --help below", List.of(
                    "docker build -t academic-site .",
                    "docker run -d --restart unless-stopped -p 8080:8080 academic-site",
                    "docker run -p 8080:8080 -v \"$PWD/content:/app/content:ro\" -v \"$PWD/static:/app/static:ro\" "
                            + "academic-site",
                    "docker run -d --name academic-site --restart unless-stopped -p 127.0.0.1:8080:8080 "
                            + "-e SITE_TRUST_PROXY=true -e SITE_HSTS=true -v /srv/academic-site/content:/app/content:ro "
                            + "-v /srv/academic-site/static:/app/static:ro academic-site"),
            "a package manager: .ci/run installs the browser the same way", List.of(
                    "sudo apt install openjdk-17-jre-headless",
                    "sudo apt-get install chromium chromium-driver"),
            "a VPS: DeployFilesTest verifies the unit with systemd-analyze, and the check between these "
                    + "commands runs here on a site at the same place", List.of(
                    "sudo install -D -m 644 target/site.jar /opt/academic-site/site.jar",
                    "sudo mkdir -p /srv/academic-site",
                    "sudo chown \"$USER\": /srv/academic-site",
                    "rsync -a --chmod=a+rX content static /srv/academic-site/",
                    "sudo install -m 644 deploy/academic-site.service /etc/systemd/system/",
                    "sudo systemctl daemon-reload",
                    "sudo systemctl enable --now academic-site"),
            "the network: an import of the al-folio fixture (OLD_SITE) stands in for the clone", List.of(
                    "git clone https://github.com/you/you.github.io ../old-site"));

    static final String PAGES_URL = "https://ada.github.io/homepage";
    /** A command written as an indented code block, which this test would not see. */
    static final Pattern INDENTED_COMMAND = Pattern.compile("(?m)^ {4,}(java|\\./mvnw|docker|sudo|mkdir|cp|rm|rsync) .*$");
    static final Pattern SH_BLOCK = Pattern.compile("(?m)^( *)```sh\\n(.*?)^\\1```", Pattern.DOTALL);

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandWorks() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path document : DOCUMENTS) {
            Path machine = tmp.resolve(document.getFileName().toString());
            String markdown = Files.readString(document);
            List<String> commands = commands(markdown);
            assertTrue(!commands.isEmpty(), document + " shows no command");
            assertEquals(List.of(), INDENTED_COMMAND.matcher(SH_BLOCK.matcher(markdown).replaceAll("")).results()
                    .map(MatchResult::group).toList(), document + ": commands belong in ```sh blocks, where they are run");
            tests.add(DynamicTest.dynamicTest(document + ": " + commands.size() + " commands", () -> {
                Machine m = Machine.prepare(machine);
                for (String command : commands) {
                    m.run(command);
                }
            }));
        }
        return tests.stream();
    }

    /** The commands of a document's {@code ```sh} blocks: continuations joined, comments dropped, split at &&. */
    static List<String> commands(String markdown) {
        List<String> commands = new ArrayList<>();
        Matcher block = SH_BLOCK.matcher(markdown);
        while (block.find()) {
            String indent = block.group(1);
            String text = block.group(2).lines().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
                    .reduce("", (a, b) -> a + b + "\n").replaceAll("\\\\\\n\\s*", " ");
            for (String line : text.lines().toList()) {
                String command = withoutComment(line).strip();
                for (String part : command.split(" && ")) {
                    if (!part.isBlank()) {
                        commands.add(part.strip().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        return commands;
    }

    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            quoted ^= c == '"' || c == '\'';
            if (c == '#' && !quoted && (i == 0 || line.charAt(i - 1) == ' ')) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Shell words: split at spaces outside quotes, quotes removed, {@code $PAGES_URL} and {@code $PWD} expanded. */
    static List<String> words(String command, Path pwd) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : command.toCharArray()) {
            if (quote != 0 && c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
                inWord = true;
            } else if (quote == 0 && c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                }
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words.stream().map(w -> w.replace("$PAGES_URL", PAGES_URL).replace("$PWD", pwd.toString())).toList();
    }

    /** A temporary machine: {@code work} is the directory the commands run in, {@code root} stands for {@code /}. */
    record Machine(Path work, Path root, Path seed) {

        static Machine prepare(Path dir) throws IOException {
            Machine m = new Machine(dir.resolve("work"), dir.resolve("root"), dir.resolve("seed"));
            Files.createDirectories(m.work());
            Files.createDirectories(m.root());
            CommandRun init = MainTest.run("init", m.seed().toString(), "--name", "Ada Lovelace");
            assertEquals(0, init.code(), init.err());
            SiteFixture.copyTree(m.seed().resolve("content"), m.work().resolve("content"));
            SiteFixture.copyTree(m.seed().resolve("static"), m.work().resolve("static"));
            SiteFixture.copyTree(Path.of("examples"), m.work().resolve("examples"));
            SiteFixture.copyTree(Path.of("deploy"), m.work().resolve("deploy"));
            return m;
        }

        void run(String command) throws Exception {
            List<String> words = words(command, work);
            switch (words.get(0)) {
                case "java" -> site(command, words.subList(words.indexOf("-jar") + 2, words.size()));
                case "./mvnw" -> maven(command, words.subList(1, words.size()));
                case "mkdir", "cp", "rm" -> shell(command);
                default -> assertTrue(NOT_RUN_HERE.values().stream().anyMatch(listed -> listed.contains(command)),
                        "'" + command + "' is neither run by this test nor listed in NOT_RUN_HERE");
            }
            if (words.get(0).equals("docker")) {
                List<String> variables = words.stream().filter(w -> w.startsWith("SITE_")).map(w -> w.split("=")[0])
                        .toList();
                String help = MainTest.run("--help").out();
                variables.forEach(v -> assertTrue(help.contains(v), command + ": no option reads " + v));
            }
        }

        /** One of the site's commands, with its paths moved into this machine. */
        private void site(String command, List<String> documented) throws Exception {
            List<String> args = new ArrayList<>();
            boolean positionalSeen = false;
            String word = documented.stream().filter(w -> !w.startsWith("-")).findFirst().orElse("serve");
            boolean takesDir = word.equals("init") || word.equals("export") || word.equals("import");
            boolean sourceSeen = !word.equals("import");
            for (int i = 0; i < documented.size(); i++) {
                String arg = documented.get(i);
                String previous = i > 0 ? documented.get(i - 1) : "";
                if (previous.equals("--content") || previous.equals("--static")) {
                    args.add(existing(place(arg), previous.equals("--content") ? "content" : "static").toString());
                } else if (!sourceSeen && !arg.startsWith("-") && !arg.equals(word) && !previous.startsWith("--")) {
                    // import's first positional: the old site, which the document's clone would have made
                    Path old = place(arg);
                    if (!Files.exists(old)) {
                        SiteFixture.copyTree(OLD_SITE, old);
                    }
                    args.add(old.toString());
                    sourceSeen = true;
                } else if (takesDir && !arg.startsWith("-") && !arg.equals(word) && !positionalSeen
                        && !previous.startsWith("--")) {
                    args.add(place(arg).toString());
                    positionalSeen = true;
                } else {
                    args.add(arg);
                }
            }
            int content = args.indexOf("--content");
            if (content >= 0 && !args.contains("--static")) {
                // the static files are found beside the content
                existing(Path.of(args.get(content + 1)).resolveSibling("static"), "static");
            }
            Settings settings = Settings.parse(withDefaultDirs(args), Map.of());
            switch (settings.command()) {
                case SERVE -> assertEquals(200, firstPage(settings), command);
                case HEALTH -> {
                    try (App app = serve(Settings.parse(withDefaultDirs(List.of()), Map.of()))) {
                        CommandRun health = MainTest.run("health", "--host", "127.0.0.1", "--port", String.valueOf(app.port()));
                        assertEquals(0, health.code(), command + "\n" + health.err());
                    }
                }
                default -> {
                    CommandRun run = MainTest.run(withDefaultDirs(args).toArray(String[]::new));
                    assertEquals(0, run.code(), command + "\n" + run.out() + run.err());
                }
            }
        }

        /** The documented path in this machine: relative to {@code work}, or absolute under {@code root}. */
        private Path place(String documented) {
            Path path = Path.of(documented);
            return path.isAbsolute() ? root.resolve(documented.substring(1)) : work.resolve(path).normalize();
        }

        /** A directory a command reads: one the document made, else the seed site's. */
        private Path existing(Path dir, String kind) throws IOException {
            if (!Files.exists(dir)) {
                SiteFixture.copyTree(seed.resolve(kind), dir);
            }
            return dir;
        }

        /** The command's arguments, with the directories it would find in {@code work} given explicitly. */
        private List<String> withDefaultDirs(List<String> args) {
            List<String> all = new ArrayList<>(args);
            String word = args.stream().filter(w -> !w.startsWith("-")).findFirst().orElse("serve");
            if (List.of("serve", "check", "export", "selftest").contains(word) || args.isEmpty()
                    || args.get(0).startsWith("-")) {
                if (!args.contains("--content")) {
                    all.addAll(List.of("--content", work.resolve("content").toString()));
                }
                if (!args.contains("--static") && !args.contains("--content")) {
                    all.addAll(List.of("--static", work.resolve("static").toString()));
                }
            }
            return all;
        }

        /**
         * The status of {@code /}, asked on a connection that closes after it: the server's graceful
         * stop would otherwise wait a second for a client's idle keep-alive connection.
         */
        private int firstPage(Settings documented) throws Exception {
            try (App app = serve(documented); Socket socket = new Socket("127.0.0.1", app.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String statusLine = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)
                        .lines().findFirst().orElse("");
                assertTrue(statusLine.startsWith("HTTP/1.1 "), statusLine);
                return Integer.parseInt(statusLine.substring(9, 12));
            }
        }

        private static App serve(Settings documented) throws Exception {
            return App.start(documented.toBuilder().host("127.0.0.1").port(0).accessLog(false).build());
        }

        /** Checks a Maven command against pom.xml instead of running it: the build runs this test. */
        private void maven(String command, List<String> args) throws IOException {
            String pom = Files.readString(Path.of("pom.xml"));
            List<String> phases = List.of("validate", "compile", "test-compile", "test", "package", "verify", "install");
            for (String arg : args) {
                if (arg.equals("-q") || arg.equals("-o") || arg.equals("-B")) {
                    continue;
                } else if (arg.startsWith("-P")) {
                    assertTrue(pom.contains("<id>" + arg.substring(2) + "</id>"), command + ": no profile " + arg);
                } else if (arg.startsWith("-Dtest=")) {
                    for (String test : arg.substring(7).split(",")) {
                        String name = test.split("#")[0];
                        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
                            assertTrue(files.anyMatch(f -> f.getFileName().toString().equals(name + ".java")),
                                    command + ": no test class " + name);
                        }
                    }
                } else if (arg.startsWith("-D")) {
                    String property = arg.substring(2).split("=")[0];
                    assertTrue(property.equals("skipTests") || pom.contains(property),
                            command + ": pom.xml knows no property " + property);
                } else if (arg.contains("@")) {
                    assertTrue(pom.contains("<id>" + arg.substring(arg.indexOf('@') + 1) + "</id>"),
                            command + ": no execution " + arg);
                } else {
                    assertTrue(phases.contains(arg), command + ": not a lifecycle phase: " + arg);
                }
            }
        }

        private void shell(String command) throws Exception {
            Process process = new ProcessBuilder("sh", "-c", command).directory(work.toFile()).redirectErrorStream(true)
                    .start();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), command);
            String output = new String(process.getInputStream().readAllBytes());
            assertEquals(0, process.exitValue(), command + "\n" + output);
        }
    }
}
