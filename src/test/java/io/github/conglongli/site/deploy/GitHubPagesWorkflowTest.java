package io.github.conglongli.site.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.conglongli.site.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code deploy/github-pages.yml}, the workflow an owner copies to publish on GitHub Pages, read
 * as GitHub reads it (YAML): when it runs, what it may do, which actions it trusts, and that
 * every command it runs is one the operator's guide documents and this version of the jar accepts.
 */
@Timeout(30)
class GitHubPagesWorkflowTest {

    static final Path WORKFLOW = Path.of("deploy/github-pages.yml");
    static final Path README = Path.of("docs/operator-guide.md");

    static JsonNode workflow;
    static String readme;

    @BeforeAll
    static void read() throws IOException {
        workflow = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(WORKFLOW));
        readme = Files.readString(README);
    }

    @Test
    void itPublishesOnEveryPushToMainAndWhenRunByHand() {
        JsonNode on = workflow.get("on");

        assertNotNull(on, "no triggers");
        assertEquals(List.of("main"), texts(on.path("push").path("branches")));
        assertTrue(on.has("workflow_dispatch"), "no way to run it by hand");
    }

    @Test
    void itHasThePermissionsPagesNeedsAndPublishesOneAtATime() {
        JsonNode permissions = workflow.get("permissions");

        assertEquals("write", permissions.path("pages").asText());
        assertEquals("write", permissions.path("id-token").asText());
        assertEquals("read", permissions.path("contents").asText(), "nothing more than reading the repository");
        assertEquals("pages", workflow.path("concurrency").path("group").asText());
        assertEquals("github-pages", workflow.path("jobs").path("deploy").path("environment").path("name").asText());
    }

    @Test
    void itUsesOnlyGitHubsOwnActionsPinnedToAMajorVersion() {
        List<String> actions = new ArrayList<>();
        steps().forEach(step -> {
            if (step.has("uses")) {
                actions.add(step.get("uses").asText());
            }
        });

        assertFalse(actions.isEmpty());
        for (String action : actions) {
            assertTrue(action.matches("actions/[a-z-]+@v[0-9]+"), action);
        }
        JsonNode java = step("actions/setup-java").path("with");
        assertEquals("temurin", java.path("distribution").asText());
        assertEquals("17", java.path("java-version").asText());
    }

    @Test
    void itExportsForTheAddressPagesGivesAndUploadsWhatItExported() {
        String pagesStep = step("actions/configure-pages").path("id").asText();
        String export = runs().stream().filter(r -> r.contains(" export ")).findFirst().orElseThrow();

        assertTrue(export.matches(".*--base-url \"\\$\\{\\{ *steps\\." + pagesStep + "\\.outputs\\.base_url *}}\".*"),
                export);
        List<String> words = words(export);
        String outDir = words.get(words.indexOf("export") + 1);
        assertEquals(outDir, step("actions/upload-pages-artifact").path("with").path("path").asText());
    }

    /** Each command's program, subcommand and options appear in the README, the options beside their subcommand. */
    @Test
    void everyCommandItRunsIsOneTheReadmeDocuments() {
        List<String> commands = runs();
        assertEquals(3, commands.size(), "build, check, export: " + commands);
        for (String command : commands) {
            List<String> words = words(command.replaceAll("\\$\\{\\{[^}]*}}", "VALUE"));
            boolean jar = words.size() > 2 && words.get(0).equals("java") && words.get(1).equals("-jar");
            String program = jar ? String.join(" ", words.subList(0, 3)) : words.get(0);
            List<String> rest = words.subList(jar ? 3 : 1, words.size());
            String subcommand = rest.stream().filter(w -> !w.startsWith("-")).findFirst().orElseThrow();
            List<String> lines = readme.lines().filter(l -> l.contains(program) && l.contains(" " + subcommand))
                    .toList();

            assertFalse(lines.isEmpty(), "the README never runs " + program + " " + subcommand);
            for (String option : rest.stream().filter(w -> w.startsWith("-")).toList()) {
                assertTrue(lines.stream().anyMatch(l -> l.contains(option)),
                        "the README never shows " + option + " with " + program + " " + subcommand);
            }
        }
    }

    @Test
    void theJarAcceptsWhatTheWorkflowRuns() throws Exception {
        String address = "https://ada.github.io/homepage";
        for (String command : runs()) {
            List<String> words = words(command.replaceAll("\"?\\$\\{\\{[^}]*}}\"?", address));
            if (!words.get(0).equals("java")) {
                continue;
            }
            Settings settings = Settings.parse(words.subList(3, words.size()), Map.of());
            switch (settings.command()) {
                case CHECK -> assertTrue(settings.check().strict(), command);
                case EXPORT -> assertEquals(address, settings.export().baseUrl().orElseThrow(), command);
                default -> throw new AssertionError("unexpected command: " + command);
            }
        }
    }

    private static List<JsonNode> steps() {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
        return steps;
    }

    private static JsonNode step(String action) {
        return steps().stream().filter(s -> s.path("uses").asText().startsWith(action + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    /** The commands of every {@code run:}, one per line. */
    private static List<String> runs() {
        List<String> runs = new ArrayList<>();
        steps().forEach(step -> {
            if (step.has("run")) {
                step.get("run").asText().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(runs::add);
            }
        });
        return runs;
    }

    private static List<String> words(String command) {
        return Arrays.asList(command.strip().split("\\s+"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
