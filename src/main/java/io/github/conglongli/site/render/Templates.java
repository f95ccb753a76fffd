package io.github.conglongli.site.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the templates come from: compiled into the jar, or in dev mode compiled from their
 * sources, but only once a source differs from what the jar was built from. Until then the
 * precompiled classes serve, so dev mode starts as fast as {@code serve}.
 */
public final class Templates {

    /**
     * Dev-mode classes go to their own package: precompiled classes are on the classpath too,
     * and the class loader would otherwise pick them over the fresh ones (casid/jte issue 63).
     */
    static final String DEV_PACKAGE = "gg.jte.generated.devmode";
    /** The build copies the template sources here (pom.xml), to compare them with the files on disk. */
    static final String BUILT_SOURCES = "/jte-sources/";

    private final Path sourceDir;
    private final Path classDir;
    private final TemplateEngine precompiled = TemplateEngine.createPrecompiled(ContentType.Html);
    private TemplateEngine compiling;

    private Templates(Path sourceDir, Path classDir) {
        this.sourceDir = sourceDir;
        this.classDir = classDir;
    }

    /** Only the templates compiled into the jar. */
    public static Templates precompiled() {
        return new Templates(null, null);
    }

    /** Dev mode: the sources in {@code sourceDir}, compiled into {@code classDir} once one of them is edited. */
    public static Templates fromSource(Path sourceDir, Path classDir) {
        return new Templates(sourceDir, classDir);
    }

    /** The engine for the next render; switches to compiling from source for good once a source differs. */
    public synchronized TemplateEngine engine() {
        if (compiling == null && sourceDir != null && !matchesBuild()) {
            compiling = TemplateEngine.create(new DirectoryCodeResolver(sourceDir), classDir, ContentType.Html,
                    Templates.class.getClassLoader(), DEV_PACKAGE);
            compiling.setTrimControlStructures(true);
        }
        return compiling != null ? compiling : precompiled;
    }

    /** Changes whenever a template file is added, removed or saved; "" for precompiled templates. */
    public String version() {
        if (sourceDir == null) {
            return "";
        }
        try (Stream<Path> files = Files.walk(sourceDir)) {
            return files.filter(Files::isRegularFile)
                    .sorted()
                    .map(f -> f + "@" + f.toFile().lastModified() + ":" + f.toFile().length())
                    .collect(Collectors.joining("\n"));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** Whether every source file is byte for byte the one the jar was built from, and no file was added. */
    private boolean matchesBuild() {
        try (Stream<Path> files = Files.walk(sourceDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = sourceDir.relativize(file).toString().replace('\\', '/');
                try (InputStream built = Templates.class.getResourceAsStream(BUILT_SOURCES + name)) {
                    if (built == null || !Arrays.equals(built.readAllBytes(), Files.readAllBytes(file))) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
