package io.github.conglongli.site.content.math;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters the converter can write into a formula's tokens, which the theme's math font
 * subset must draw (tools/math-font/ builds the subset from this list; {@code MathFontTest}
 * checks the shipped font against it). Rather than a second hand-kept list of symbols, it runs the
 * converter itself: every command name the converter's sources, docs/math.md and the KaTeX corpus
 * mention is tried in the shapes a command takes (alone, with one or two arguments, with a
 * delimiter, as an environment) and the text of every token it produces is collected; a shape a
 * command does not take is an error and adds nothing. To that come printable ASCII (typed
 * directly, and inside {@code \text}), every letter of every {@link MathAlphabet} (the italic one
 * also because browsers draw a one-letter {@code mi} in mathematical italic, text-transform:
 * math-auto), and the radical sign, which the browser draws for {@code msqrt} and {@code mroot}.
 * Run from the project's directory:
 * {@code java -cp target/classes:target/test-classes io.github.conglongli.site.content.math.MathFontRepertoire}
 * prints the code points, one hexadecimal number a line.
 */
public final class MathFontRepertoire {

    /** Where the converter's command names are written: its sources, the guide, the corpus. */
    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/io/github/conglongli/site/content/math/TexParser.java"),
            Path.of("src/main/java/io/github/conglongli/site/content/math/TexSymbols.java"),
            Path.of("src/main/java/io/github/conglongli/site/content/math/TexEnvironment.java"),
            Path.of("docs/math.md"), Path.of("src/test/resources/math/corpus.txt"));

    /** A quoted word in Java source, or a backslash command in LaTeX or Markdown. */
    private static final Pattern NAME = Pattern.compile("\"([A-Za-z]+\\*?)\"|\\\\([A-Za-z]+\\*?)");

    private static final int RADICAL = 0x221A;

    private MathFontRepertoire() {}

    public static void main(String[] args) {
        for (int cp : codePoints()) {
            System.out.println(Integer.toHexString(cp).toUpperCase());
        }
    }

    /** The code points, in order. */
    static Set<Integer> codePoints() {
        Set<Integer> out = new TreeSet<>();
        for (int c = 0x20; c < 0x7F; c++) {
            out.add(c);
        }
        out.add(RADICAL);
        for (MathAlphabet alphabet : MathAlphabet.values()) {
            letters().forEach(c -> alphabet.apply(c).codePoints().forEach(out::add));
        }
        for (String tex : formulas()) {
            for (boolean display : new boolean[] {false, true}) {
                try {
                    collect(new TexParser(tex, display).parse(), out);
                } catch (TexException e) {
                    // a shape this command does not take
                }
            }
        }
        return out;
    }

    /** The letters and digits the alphabets map: Latin, digits, Greek and its variant forms. */
    private static List<Integer> letters() {
        List<Integer> out = new ArrayList<>();
        for (int c = 'A'; c <= 'Z'; c++) {
            out.add(c);
            out.add(c + 'a' - 'A');
        }
        for (int c = '0'; c <= '9'; c++) {
            out.add(c);
        }
        for (int c = 0x391; c <= 0x3C9; c++) {
            out.add(c);
        }
        "∂ϵϑϰϕϱϖ∇".codePoints().forEach(out::add);
        return out;
    }

    private static List<String> formulas() {
        Set<String> names = commandNames();
        List<String> symbols = names.stream().filter(n -> TexSymbols.command(n) != null).map(n -> "\\" + n).toList();
        List<String> delimiters = new ArrayList<>();
        for (int c = 0x21; c < 0x7F; c++) {
            delimiters.add(Character.toString(c));
        }
        names.forEach(n -> delimiters.add("\\" + n));
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

        List<String> out = new ArrayList<>();
        for (int c = 0x20; c < 0x7F; c++) {
            String s = Character.toString(c);
            out.addAll(List.of(s, "x" + s + "y", "x^{" + s + "}"));
        }
        for (String name : names) {
            String command = "\\" + name;
            out.addAll(List.of(command, command + " x", command + "{x}", command + "{x}{y}", command + "[3]{x}",
                    command + "{" + alphabet + "}", command + "{x}_{y}^{z}",
                    "\\begin{" + name + "} a & b \\\\ c & d \\end{" + name + "}",
                    "\\begin{" + name + "}{lcr} a & b & c \\end{" + name + "}"));
            // every symbol in a font or accent, every delimiter after \big: tried only for commands
            // that cannot stand alone, or the pairs would be a million
            boolean alone = parses(command);
            if (!alone && parses(command + "{x}")) {
                symbols.forEach(symbol -> out.add(command + "{" + symbol + "}"));
            }
            if (!alone && parses(command + "(")) {
                delimiters.forEach(delimiter -> out.add(command + delimiter));
            }
        }
        for (String open : delimiters) {
            out.add("\\left" + open + " x \\middle" + open + " y \\right" + open);
        }
        return out;
    }

    private static boolean parses(String tex) {
        try {
            new TexParser(tex, false).parse();
            return true;
        } catch (TexException e) {
            return false;
        }
    }

    private static Set<String> commandNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Path source : SOURCES) {
            String text;
            try {
                text = Files.readString(source);
            } catch (IOException e) {
                throw new UncheckedIOException("run from the project's directory: cannot read " + source, e);
            }
            Matcher m = NAME.matcher(text);
            while (m.find()) {
                names.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        // commands of one sign: \{ \| \, \; \! and the like
        for (int c = 0x20; c < 0x7F; c++) {
            if (!Character.isLetterOrDigit(c)) {
                names.add(Character.toString(c));
            }
        }
        return names;
    }

    private static void collect(MathNode node, Set<Integer> out) {
        node.text().codePoints().forEach(out::add);
        node.children().forEach(child -> collect(child, out));
    }
}
