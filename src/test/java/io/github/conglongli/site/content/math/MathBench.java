package io.github.conglongli.site.content.math;

import io.github.conglongli.site.content.math.TexToMathMl.Display;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Times the converter over the KaTeX corpus: the first formula in a fresh JVM (class loading),
 * the first pass over all of them (interpreted code), and warm (best of five rounds). A program
 * for the closing note and docs/math.md, not a test:
 * {@code java -Xss256k -Xmx128m -cp target/classes:target/test-classes io.github.conglongli.site.content.math.MathBench}
 */
public final class MathBench {

    private record Formula(String tex, Display display) {}

    private MathBench() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "src/test/resources/math/corpus.txt");
        List<Formula> formulas = Files.readAllLines(corpus).stream()
                .filter(line -> line.matches("[id] .*"))
                .map(line -> new Formula(line.substring(2), line.charAt(0) == 'd' ? Display.BLOCK : Display.INLINE))
                .toList();
        long start = System.nanoTime();
        TexToMathMl converter = new TexToMathMl();
        converter.convert(formulas.get(0).tex(), formulas.get(0).display());
        long first = System.nanoTime() - start;

        start = System.nanoTime();
        long chars = 0;
        for (Formula f : formulas) {
            chars += ((MathResult.Rendered) converter.convert(f.tex(), f.display())).mathMl().length();
        }
        long firstPass = System.nanoTime() - start;

        for (int i = 0; i < 300; i++) {
            formulas.forEach(f -> converter.convert(f.tex(), f.display()));
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long roundStart = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                formulas.forEach(f -> converter.convert(f.tex(), f.display()));
            }
            best = Math.min(best, System.nanoTime() - roundStart);
        }
        System.out.printf("%d formulas: first in a fresh JVM %.1f ms; first pass %.0f us/formula; "
                        + "warm (best of 5) %.1f us/formula; MathML %d chars/formula%n",
                formulas.size(), first / 1e6, firstPass / 1e3 / formulas.size(),
                best / 1e3 / (100.0 * formulas.size()), chars / formulas.size());
    }
}
