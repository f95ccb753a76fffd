package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A talk from {@code talks.yaml}; {@code abstractText} is Markdown. */
public record Talk(
        String title,
        String event,
        Optional<String> location,
        String date,
        Optional<Kind> kind,
        List<TalkLink> links,
        Optional<String> abstractText) {

    /** What kind of talk it was; shown next to the event. */
    public enum Kind implements WrittenAsLowerCase {
        INVITED, CONTRIBUTED, KEYNOTE, TUTORIAL, POSTER, PANEL
    }

    /** The links a talk may carry, in the order they are shown. */
    public enum LinkType implements WrittenAsLowerCase {
        SLIDES, VIDEO, EVENT
    }

    public record TalkLink(LinkType type, String url) {}

    public Talk {
        links = List.copyOf(links);
    }

    static Talk read(FieldReader f) {
        List<String> kinds = List.of(Kind.values()).stream().map(Kind::key).toList();
        return new Talk(
                f.text("title"),
                f.text("event"),
                f.optionalText("location"),
                f.date("date"),
                f.optionalChoice("kind", kinds).map(k -> Kind.valueOf(k.toUpperCase(Locale.ROOT))),
                f.mapping("links", Talk::links),
                f.optionalText("abstract").map(text -> MathFields.checked(f, "abstract", text)));
    }

    private static List<TalkLink> links(FieldReader f) {
        List<TalkLink> links = new ArrayList<>();
        for (LinkType type : LinkType.values()) {
            f.optionalUrl(type.name().toLowerCase(Locale.ROOT)).ifPresent(url -> links.add(new TalkLink(type, url)));
        }
        return links;
    }
}
