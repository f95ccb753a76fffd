package io.github.conglongli.site.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Creates the jte engine: precompiled classes from the jar, or templates compiled from source. */
public final class Templates {

    /**
     * Dev-mode classes go to their own package: precompiled classes are on the classpath too,
     * and the class loader would otherwise pick them over the fresh ones (casid/jte issue 63).
     */
    static final String DEV_PACKAGE = "gg.jte.generated.devmode";

    private Templates() {}

    public static TemplateEngine precompiled() {
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    /** Compiles templates from {@code sourceDir} on first use and again whenever one changes. */
    public static TemplateEngine fromSource(Path sourceDir, Path classDir) {
        TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(sourceDir), classDir,
                ContentType.Html, Templates.class.getClassLoader(), DEV_PACKAGE);
        engine.setTrimControlStructures(true);
        return engine;
    }

    /** Changes whenever a template file is added, removed or saved; "" when unreadable. */
    public static String sourceVersion(Path sourceDir) {
        try (Stream<Path> files = Files.walk(sourceDir)) {
            return files.filter(Files::isRegularFile)
                    .sorted()
                    .map(f -> f + "@" + f.toFile().lastModified() + ":" + f.toFile().length())
                    .collect(Collectors.joining("\n"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }
}
