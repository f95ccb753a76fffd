package io.github.conglongli.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The options are documented once, in {@code Settings}: {@code --help} is written from its rows, and
 * the guide's option table must be exactly the one written from the same rows.
 */
class SettingsDocumentationTest {

    static final Path GUIDE = Path.of("docs/operator-guide.md");

    @Test
    void theGuidesOptionTableIsTheOneWrittenFromTheOptions() throws Exception {
        String guide = Files.readString(GUIDE);
        String table = Settings.optionTable();

        assertTrue(guide.contains(table), GUIDE + " must hold this table, as it is (paste it over the old one):\n\n"
                + table);
    }

    @Test
    void everyFlagAndVariableInHelpIsInTheGuidesTable() throws Exception {
        String guide = Files.readString(GUIDE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(List.of("--help"), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String help = out.toString(StandardCharsets.UTF_8);

        assertTrue(code == 0, help);
        Matcher words = Pattern.compile("(--[a-z-]+|SITE_[A-Z_]+)").matcher(help);
        int found = 0;
        while (words.find()) {
            found++;
            assertTrue(guide.contains("`" + words.group(1)), words.group(1) + " is in --help but not in " + GUIDE);
        }
        assertTrue(found > 20, "--help names too few options: " + help);
    }
}
