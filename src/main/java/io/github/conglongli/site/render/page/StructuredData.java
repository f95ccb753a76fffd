package io.github.conglongli.site.render.page;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.conglongli.site.content.Education;
import io.github.conglongli.site.content.Link;
import io.github.conglongli.site.content.Post;
import io.github.conglongli.site.content.Profile;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.PublicationType;
import io.github.conglongli.site.content.math.TexToText;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.JsonLd;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * schema.org JSON-LD: a {@code Person} for the home page, a {@code ScholarlyArticle} per paper, a
 * {@code BlogPosting} per post.
 */
final class StructuredData {

    /** What the home page's {@code Person} is made from. */
    record PersonInputs(Profile profile, List<Education> education, Optional<String> description) {}

    private static final JsonFactory JSON = new JsonFactory();

    private StructuredData() {}

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static JsonLd json(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JsonLd(out.toString());
    }

    static JsonLd person(PersonInputs inputs, Routes routes) {
        Profile p = inputs.profile();
        String home = routes.absolute(Routes.HOME);
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeStringField("@type", "Person");
            g.writeStringField("@id", home + "#person");
            g.writeStringField("name", p.name());
            g.writeStringField("url", home);
            if (p.photo().isPresent()) {
                g.writeStringField("image", routes.absoluteLink(p.photo().get()));
            }
            if (p.role().isPresent()) {
                g.writeStringField("jobTitle", p.role().get());
            }
            if (!p.emails().isEmpty()) {
                g.writeArrayFieldStart("email");
                for (String email : p.emails()) {
                    g.writeString("mailto:" + email);
                }
                g.writeEndArray();
            }
            if (p.affiliation().isPresent()) {
                g.writeObjectFieldStart("affiliation");
                g.writeStringField("@type", "Organization");
                g.writeStringField("name", p.affiliation().get());
                if (p.team().isPresent()) {
                    g.writeStringField("department", p.team().get());
                }
                g.writeEndObject();
            }
            if (p.location().isPresent()) {
                g.writeObjectFieldStart("workLocation");
                g.writeStringField("@type", "Place");
                g.writeStringField("name", p.location().get());
                g.writeEndObject();
            }
            Set<String> schools = new LinkedHashSet<>();
            inputs.education().stream().map(Education::institution).forEach(schools::add);
            if (!schools.isEmpty()) {
                g.writeArrayFieldStart("alumniOf");
                for (String school : schools) {
                    g.writeStartObject();
                    g.writeStringField("@type", "CollegeOrUniversity");
                    g.writeStringField("name", school);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            List<String> sameAs = new ArrayList<>();
            for (Link link : p.links()) {
                if (link.url().startsWith("http") && !withoutTrailingSlash(link.url()).equals(routes.baseUrl())) {
                    sameAs.add(link.url());
                }
            }
            if (!sameAs.isEmpty()) {
                g.writeArrayFieldStart("sameAs");
                for (String url : sameAs) {
                    g.writeString(url);
                }
                g.writeEndArray();
            }
            if (inputs.description().isPresent()) {
                g.writeStringField("description", inputs.description().get());
            }
            g.writeEndObject();
        });
    }

    static JsonLd article(Publication p, PageContext context, String pageUrl) {
        return json(g -> {
            startArticle(g, schemaType(p.type()), pageUrl, TexToText.of(p.title()));
            g.writeStringField("name", TexToText.of(p.title()));
            g.writeArrayFieldStart("author");
            for (String author : p.authorNames()) {
                g.writeStartObject();
                g.writeStringField("@type", "Person");
                g.writeStringField("name", author);
                if (context.ownerNames().contains(PublicationViews.normalizeName(author))) {
                    g.writeStringField("@id", context.routes().absolute(Routes.HOME) + "#person");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("datePublished", p.date().orElse(String.valueOf(p.year())));
            String venue = p.venueFull().orElse(p.venue());
            if (!venue.isBlank() && publishedBy(p.type())) {
                g.writeObjectFieldStart("publisher");
                g.writeStringField("@type", "Organization");
                g.writeStringField("name", venue);
                g.writeEndObject();
            } else if (!venue.isBlank()) {
                g.writeObjectFieldStart("isPartOf");
                g.writeStringField("@type", p.type() == PublicationType.JOURNAL ? "Periodical"
                        : p.type() == PublicationType.CHAPTER ? "Book" : "CreativeWork");
                g.writeStringField("name", venue);
                g.writeEndObject();
            }
            if (!p.awards().isEmpty()) {
                g.writeArrayFieldStart("award");
                for (String award : p.awards()) {
                    g.writeString(award);
                }
                g.writeEndArray();
            }
            if (p.abstractText().isPresent()) {
                g.writeStringField("abstract", p.abstractText().get());
            }
            List<String> sameAs = new ArrayList<>();
            p.arxiv().ifPresent(id -> sameAs.add("https://arxiv.org/abs/" + id));
            p.doi().ifPresent(doi -> sameAs.add("https://doi.org/" + doi));
            if (!sameAs.isEmpty()) {
                g.writeArrayFieldStart("sameAs");
                for (String url : sameAs) {
                    g.writeString(url);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    /** schema.org's {@code BlogPosting}, its author the site's owner. */
    static JsonLd blogPosting(Post p, PageContext context, String url, String description) {
        return json(g -> {
            startArticle(g, "BlogPosting", url, TexToText.of(p.title()));
            g.writeStringField("description", description);
            g.writeStringField("datePublished", p.date());
            g.writeNumberField("wordCount", p.body().words().words() + p.body().words().cjkCharacters());
            if (!p.tags().isEmpty()) {
                g.writeStringField("keywords", String.join(", ", p.tags()));
            }
            g.writeObjectFieldStart("author");
            g.writeStringField("@type", "Person");
            g.writeStringField("@id", context.routes().absolute(Routes.HOME) + "#person");
            g.writeStringField("name", context.owner());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** Opens an article's object: Google shows at most 110 characters of a headline. */
    private static void startArticle(JsonGenerator g, String type, String url, String title) throws IOException {
        g.writeStartObject();
        g.writeStringField("@context", "https://schema.org");
        g.writeStringField("@type", type);
        g.writeStringField("@id", url);
        g.writeStringField("url", url);
        g.writeStringField("headline", title.length() > 110 ? title.substring(0, 109) + "…" : title);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The schema.org type of each kind of work. */
    static String schemaType(PublicationType type) {
        return switch (type) {
            case BOOK -> "Book";
            case CHAPTER -> "Chapter";
            case THESIS -> "Thesis";
            case REPORT -> "Report";
            case SOFTWARE -> "SoftwareSourceCode";
            case DATASET -> "Dataset";
            case PATENT, TALK, POSTER, OTHER -> "CreativeWork";
            case CONFERENCE, JOURNAL, WORKSHOP, PREPRINT -> "ScholarlyArticle";
        };
    }

    /** Works whose venue is who published them (a school, an institution, a publisher), not a container. */
    private static boolean publishedBy(PublicationType type) {
        return switch (type) {
            case BOOK, THESIS, REPORT, SOFTWARE, DATASET, PATENT -> true;
            default -> false;
        };
    }
}
