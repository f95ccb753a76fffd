package io.github.conglongli.site.render.cite;

import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.PublicationType;
import io.github.conglongli.site.render.Labels;
import java.util.List;
import java.util.Optional;

/**
 * How a paper reads as text, in one place for every page, feed and tag that shows it: the note
 * after its authors, its venue as a sentence and a one-line summary, in the site's language;
 * and a full plain citation, which stays in the citation style of the paper's own language.
 */
public final class CitationText {

    private CitationText() {}

    /** What follows the names: " et al." and a parenthetical with the author count and note. */
    public static String authorsNote(Publication p, Labels labels) {
        StringBuilder s = new StringBuilder();
        if (p.etAl()) {
            s.append(labels.get("citation.etAl"));
        }
        Optional<String> count = p.authorCount().map(n -> labels.format("citation.authorCount", n));
        Optional<String> aside = count.isPresent() && p.note().isPresent()
                ? Optional.of(labels.format("citation.countAndNote", count.get(), p.note().get()))
                : count.or(p::note);
        aside.ifPresent(text -> s.append(labels.format("citation.authorsNote", text)));
        return s.toString();
    }

    /** The full venue as a sentence: "In <venue>, Vol. 10(4)", or the arXiv reference. */
    public static Optional<String> venueLine(Publication p, Labels labels) {
        Optional<String> volume = p.volume().map(v -> ", " + labels.format("citation.volume", v));
        if (p.venueFull().isPresent()) {
            String venue = p.venueFull().get() + volume.orElse("");
            return Optional.of(p.type() == PublicationType.PREPRINT ? venue : labels.format("citation.in", venue));
        }
        if (p.arxiv().isPresent()) {
            return Optional.of(labels.format("citation.arxiv", p.arxiv().get()));
        }
        return p.volume().map(v -> labels.format("citation.volume", v));
    }

    /** "A, B, C et al. In Venue." for a feed entry or a page description. */
    public static String summary(Publication p, Labels labels) {
        String venue = venueLine(p, labels).orElse(p.venue());
        return String.join(", ", p.authorNames()) + (p.etAl() ? labels.get("citation.etAl") : "") + "."
                + (venue.isBlank() ? "" : " " + venue + ".");
    }

    /** "A, B, and C. 2022. Title. In Venue (Label)." */
    public static String plain(Publication p) {
        StringBuilder s = new StringBuilder();
        List<String> authors = p.authorNames();
        if (p.etAl()) {
            s.append(String.join(", ", authors)).append(" et al.");
        } else if (authors.size() == 1) {
            s.append(authors.get(0)).append('.');
        } else if (authors.size() == 2) {
            s.append(authors.get(0)).append(" and ").append(authors.get(1)).append('.');
        } else {
            s.append(String.join(", ", authors.subList(0, authors.size() - 1)))
                    .append(", and ").append(authors.get(authors.size() - 1)).append('.');
        }
        s.append(' ').append(p.year()).append(". ").append(p.title());
        if (!endsSentence(p.title())) {
            s.append('.');
        }
        if (p.type() == PublicationType.PREPRINT && p.venueFull().isEmpty() && p.arxiv().isPresent()) {
            s.append(" arXiv preprint arXiv:").append(p.arxiv().get()).append('.');
        } else if (p.venueFull().isPresent()) {
            s.append(p.type() == PublicationType.PREPRINT ? " " : " In ").append(p.venueFull().get());
            p.volume().ifPresent(v -> s.append(", Vol. ").append(v));
            if (!p.venueFull().get().equals(p.venue())) {
                s.append(" (").append(p.venue()).append(')');
            }
            s.append('.');
        } else if (!p.venue().isBlank()) {
            s.append(' ').append(p.venue()).append('.');
        }
        p.doi().ifPresent(doi -> s.append(" https://doi.org/").append(doi));
        return s.toString();
    }

    private static boolean endsSentence(String text) {
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        return last == '.' || last == '?' || last == '!';
    }
}
