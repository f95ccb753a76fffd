package io.github.conglongli.site.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses what a paper's source left unsaid: its type from its venue ("Journal of ..." is a
 * journal), and its authors from a formatted citation ("Ashu, E., Forsythe, A., &amp; Xu, J.
 * (2016). ..."). Each guess is the caller's to report.
 */
final class PaperKinds {

    private static final Pattern PREPRINT = Pattern.compile("arxiv|biorxiv|medrxiv|ssrn|preprint|submitted|"
            + "under review|in review|in preparation|manuscript|working paper|research square|chemrxiv|psyarxiv");
    private static final Pattern WORKSHOP = Pattern.compile("workshop");
    private static final Pattern CONFERENCE = Pattern.compile("conference|proceedings|symposium|congress|meeting|"
            + "\\bconf\\b|\\bproc\\b|colloquium|summit|\\b(neurips|nips|icml|iclr|cvpr|iccv|eccv|acl|emnlp|naacl|aaai|"
            + "ijcai|kdd|sigmod|vldb|sosp|osdi|nsdi|chi|www|icse|fse|pldi|popl|lics|stoc|focs|soda)\\b");
    private static final Pattern APA_AUTHORS = Pattern.compile("^(.+?)\\s*\\((\\d{4})[a-z]?\\)");
    /** {@code Family, I.} or {@code Family, I. J.} or {@code Family, I-J} (initials with or without dots). */
    private static final Pattern APA_NAME = Pattern.compile(
            "([^,&]+?),\\s*(\\p{Lu}\\p{Ll}?\\.?(?:\\s*-?\\s*\\p{Lu}\\p{Ll}?\\.?)*)(?=\\s*(?:,|$))");

    private PaperKinds() {}

    /** conference, journal, workshop or preprint, from a venue's words; empty when none says. */
    /** Whether a citation shortens its author list ({@code et al.}, {@code …}, {@code & others}). */
    static boolean truncated(String citation) {
        Matcher m = APA_AUTHORS.matcher(Fields.plain(citation));
        return m.find() && m.group(1).matches("(?s).*(\\bet al\\b|…|\\.\\.|\\bothers\\b).*");
    }

    static Optional<String> typeFromVenue(String venue) {
        String v = venue.toLowerCase(Locale.ROOT);
        if (PREPRINT.matcher(v).find()) {
            return Optional.of("preprint");
        }
        if (WORKSHOP.matcher(v).find()) {
            return Optional.of("workshop");
        }
        if (CONFERENCE.matcher(v).find()) {
            return Optional.of("conference");
        }
        if (v.contains("journal") || v.contains("transactions") || v.contains("letters") || v.contains("review")
                || v.contains("magazine") || v.contains("annals") || v.contains("bulletin")) {
            return Optional.of("journal");
        }
        return Optional.empty();
    }

    /**
     * The authors a formatted citation starts with: APA's {@code Family, I., Family, I., & Family, I. (2016)},
     * or academicpages' own {@code Your Name, You. (2009). "Title."}; empty when it is neither.
     */
    static List<String> authorsFromCitation(String citation) {
        String c = Fields.plain(citation);
        Matcher m = APA_AUTHORS.matcher(c);
        List<String> authors = new ArrayList<>();
        if (!m.find()) {
            return authors;
        }
        String list = m.group(1).replace("&", ",").replaceAll(",\\s*and\\s+", ", ")
                .replaceAll("\\bet al\\.?|…|\\.\\.\\.?|\\bothers\\b", ",").replaceAll("(,\\s*)+", ", ")
                .replaceAll("^[,\\s]+|[,\\s]+$", "");
        Matcher name = APA_NAME.matcher(list);
        int end = 0;
        while (name.find()) {
            if (!list.substring(end, name.start()).replaceAll("[,\\s]", "").isEmpty()) {
                authors.clear();
                break;
            }
            String family = name.group(1).strip();
            String initials = name.group(2).strip().replaceAll("(\\p{Lu}\\p{Ll}?)(?![\\p{Ll}.])", "$1.")
                    .replaceAll("\\.\\s*(?=\\p{Lu})", ". ");
            authors.add(initials + " " + family);
            end = name.end();
        }
        if (!authors.isEmpty() && list.substring(end).replaceAll("[,.\\s]", "").isEmpty()) {
            return authors;
        }
        // "Your Name, You." or "A. Author, B. Author": names separated by commas, none longer than five words
        authors.clear();
        for (String part : list.split(",|\\band\\b")) {
            String p = part.strip().replaceAll("\\.$", "");
            if (!p.isEmpty()) {
                authors.add(p);
            }
        }
        boolean plausible = !authors.isEmpty() && authors.stream().allMatch(a -> a.split("\\s+").length <= 5);
        return plausible ? authors : List.of();
    }
}
