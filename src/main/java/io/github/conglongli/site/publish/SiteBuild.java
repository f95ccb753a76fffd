package io.github.conglongli.site.publish;

import gg.jte.TemplateException;
import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.LoadResult;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.Templates;
import io.github.conglongli.site.render.page.PageOptions;
import io.github.conglongli.site.render.page.SitePages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one build every command drives ({@code serve}, {@code --dev}, {@code check}, {@code export},
 * {@code selftest}) and the whole-site tests too: files -> {@link Site} -> checks -> pages ->
 * {@link PageCache}. It names files one way (as the owner gave the content directory), and it
 * contains its failures: whatever one file does to a parser is an error at that file (see
 * {@link ContentLoader}), and whatever rendering throws is an error of the build, never an
 * exception out of it.
 *
 * <p>Like the loader it remembers what it built from, so the next build re-reads only the
 * files that changed and takes over the pages whose inputs did not. Not thread-safe: one build
 * per publishing thread.
 */
public final class SiteBuild {

    /** How a build's pages are made, given the static files' addresses and the owner's files. */
    public interface Options extends BiFunction<UnaryOperator<String>, Function<String, Optional<Page>>, PageOptions> {}

    /** What one build made. */
    public sealed interface Result {}

    /**
     * A site ready to publish. {@code warnings} are what the site shows differently from what was
     * written; {@code checkErrors} are what {@code check} fails on but a running site serves
     * anyway (a link to a file not uploaded yet, a static/ that cannot be read).
     */
    public record Built(Site site, PageCache pages, StaticFiles statics, String fingerprint,
            List<ContentError> warnings, List<ContentError> checkErrors) implements Result {}

    /** Content, static files and templates are those of the snapshot given; nothing was rendered. */
    public record Unchanged(List<ContentError> warnings) implements Result {}

    /** The content cannot be served: errors in files, or pages that clash. */
    public record ContentFailed(List<ContentError> errors) implements Result {}

    /** The templates cannot render (dev mode's templates from source, being edited). */
    public record TemplatesFailed(List<ContentError> errors) implements Result {}

    private final ContentLoader loader;
    private final Path staticDir;
    private final Templates templates;
    private final long cacheBudgetBytes;
    private final Consumer<String> onRender;
    /** The template version of the last pages built, which may be taken over while it holds. */
    private String renderedTemplates;

    /**
     * @param onRender hears of each page rendered, on whichever thread renders it (tests count
     *     re-renders with it)
     */
    public SiteBuild(ContentLoader loader, Path staticDir, Templates templates, long cacheBudgetBytes,
            Consumer<String> onRender) {
        this.loader = loader;
        this.staticDir = staticDir;
        this.templates = templates;
        this.cacheBudgetBytes = cacheBudgetBytes;
        this.onRender = onRender;
    }

    /** A production build of {@code contentDir} (named in messages as {@code displayDir}) with the shipped templates. */
    public static SiteBuild of(Path contentDir, String displayDir, Path staticDir) {
        return new SiteBuild(new ContentLoader(contentDir, displayDir), staticDir, Templates.precompiled(), 16L << 20,
                path -> {});
    }

    /**
     * Builds the site, taking over from {@code previous} (the snapshot served, if any) what is
     * unchanged; returns {@link Unchanged} when nothing is.
     */
    public Result build(Optional<Snapshot> previous, Options options) {
        try {
            return buildOrThrow(previous, options);
        } catch (TemplateException e) {
            return new TemplatesFailed(List.of(ContentError.atFile("templates", e.getMessage())));
        } catch (StackOverflowError e) {
            return failed("a page is too deeply nested to render");
        } catch (OutOfMemoryError e) {
            return failed("a page is too large to render within the server's memory");
        } catch (Throwable e) { // NOPMD: whatever rendering throws ends this build, never the thread running it
            return failed("the site could not be built (" + e + "); this is a bug in the site, please report it");
        }
    }

    private Result buildOrThrow(Optional<Snapshot> previous, Options options) {
        List<ContentError> checkErrors = new ArrayList<>();
        StaticFiles statics = scanStatics(previous, checkErrors);
        LoadResult result = loader.load();
        if (result instanceof LoadResult.Failed failed) {
            return new ContentFailed(failed.errors());
        }
        LoadResult.Loaded loaded = (LoadResult.Loaded) result;
        Site site = loaded.site();
        String templateVersion = templates.version();
        List<ContentError> warnings = new ArrayList<>(loaded.warnings());
        warnings.addAll(SiteCheck.warnings(site, loader.fileName(ContentLoader.SITE)));
        String fingerprint = site.version() + "\n" + templateVersion + "\n" + statics.fingerprint();
        Optional<Snapshot> good = previous.filter(p -> p.errors().isEmpty());
        if (good.isPresent() && good.get().fingerprint().equals(fingerprint)) {
            return new Unchanged(List.copyOf(warnings));
        }
        // pages of the last snapshot are taken over where their inputs are unchanged, unless the templates changed
        Optional<PageCache> reuse = previous.filter(p -> templateVersion.equals(renderedTemplates))
                .map(Snapshot::pages);
        PageCache pages = pages(site, statics, options, reuse);
        List<ContentError> clashes = SiteCheck.errors(site, pages.pages());
        if (!clashes.isEmpty()) {
            return new ContentFailed(clashes);
        }
        renderedTemplates = templateVersion;
        checkErrors.addAll(SiteCheck.brokenLinks(loaded.links(), pages.pages(), statics));
        return new Built(site, pages, statics, fingerprint, List.copyOf(warnings), List.copyOf(checkErrors));
    }

    /**
     * The pages of {@code site}, taking over from {@code reuse} those whose inputs are equal.
     *
     * @throws TemplateException when a template fails
     */
    public PageCache pages(Site site, StaticFiles statics, Options options, Optional<PageCache> reuse) {
        PageRenderer renderer = new PageRenderer(templates.engine());
        return PageCache.build(statics, (assetUrl, ownFile) -> new SitePages(site, options.apply(assetUrl, ownFile),
                renderer), reuse, new PageCache.Settings(cacheBudgetBytes, onRender));
    }

    /** Loads the content as a build would, for a rehearsal of the build's code; publishes nothing. */
    Optional<Site> loadOnly() {
        return loader.load() instanceof LoadResult.Loaded loaded ? Optional.of(loaded.site()) : Optional.empty();
    }

    /** The static files now; when they cannot be read, the last snapshot's (and a check error). */
    private StaticFiles scanStatics(Optional<Snapshot> previous, List<ContentError> checkErrors) {
        try {
            return StaticFiles.scan(staticDir);
        } catch (IOException e) {
            checkErrors.add(ContentError.atFile(staticDir.toString(), "cannot read the static files: "
                    + e.getMessage()));
            return previous.map(Snapshot::statics).orElse(StaticFiles.empty());
        }
    }

    private ContentFailed failed(String message) {
        return new ContentFailed(List.of(ContentError.atFile(contentName(), message)));
    }

    /** The content directory as messages name it. */
    String contentName() {
        return loader.fileName("");
    }
}
