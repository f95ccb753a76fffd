package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A project from {@code projects.yaml}. {@code publications} name papers by slug or BibTeX key
 * as written; the loader checks each names a paper and keeps {@code papers}, their slugs.
 */
public record Project(
        String name,
        String summary,
        Optional<Image> image,
        List<ProjectLink> links,
        List<Reference> publications,
        List<String> papers,
        Status status,
        Source source) {

    /** An image from static/, with the text a screen reader says instead. */
    public record Image(String url, String alt) {}

    /** A paper named in {@code publications:}, and where. */
    public record Reference(String key, Source source) {}

    public enum Status { ACTIVE, PAST }

    /** The links a project may carry, in the order they are shown; the words shown are interface text. */
    public enum LinkType implements WrittenAsLowerCase {
        CODE, WEBSITE, PAPER
    }

    public record ProjectLink(LinkType type, String url) {}

    public Project {
        links = List.copyOf(links);
        publications = List.copyOf(publications);
        papers = List.copyOf(papers);
    }

    /** The same project, its references resolved to paper slugs. */
    Project withPapers(List<String> slugs) {
        return new Project(name, summary, image, links, publications, slugs, status, source);
    }

    static Project read(FieldReader f, String file) {
        String name = f.text("name");
        String summary = f.text("summary");
        Optional<String> image = f.optionalUrl("image");
        Optional<String> alt = f.optionalText("image_alt");
        if (image.isPresent() && alt.isEmpty() && !f.has("image_alt")) {
            f.error("image", "an 'image' needs 'image_alt': the text a screen reader says instead of it");
        }
        List<Reference> references = f.locatedTexts("publications").stream()
                .map(r -> new Reference(r.text(), new Source(file, r.line(), r.column()))).toList();
        Status status = f.optionalChoice("status", List.of("active", "past"))
                .map(s -> Status.valueOf(s.toUpperCase(Locale.ROOT))).orElse(Status.ACTIVE);
        return new Project(name, summary, image.map(url -> new Image(url, alt.orElse(""))),
                f.mapping("links", Project::links), references, List.of(), status,
                new Source(file, f.line(), f.column()));
    }

    private static List<ProjectLink> links(FieldReader f) {
        List<ProjectLink> links = new ArrayList<>();
        for (LinkType type : LinkType.values()) {
            f.optionalUrl(type.name().toLowerCase(Locale.ROOT)).ifPresent(url -> links.add(new ProjectLink(type, url)));
        }
        return links;
    }
}
