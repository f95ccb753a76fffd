package io.github.conglongli.site.render.cite;

import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.PublicationType;
import io.github.conglongli.site.content.bibtex.BibEntry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * BibTeX for the site's publications: one entry per paper and the whole list as one file.
 * Values are LaTeX-escaped; non-ASCII stays as it is because the file is served as UTF-8.
 */
public final class Bibtex {

    private static final Set<String> MINOR_WORDS =
            Set.of("a", "an", "the", "on", "of", "for", "in", "towards", "via", "with", "and");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** A volume written with its number, such as {@code 10(4)}. */
    private static final Pattern VOLUME_NUMBER = Pattern.compile("([^()\\s]+)\\s*\\(\\s*([^()\\s]+)\\s*\\)");
    private static final Pattern DATE_MONTH = Pattern.compile("\\d{4}-(\\d{2}).*");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_KEY_CHARACTERS = Pattern.compile("[^a-z0-9\\s]");
    private static final Pattern WORD_PARTS = Pattern.compile("[-/]");
    private static final Pattern DIGIT_BY_LETTER = Pattern.compile("\\p{L}\\p{N}|\\p{N}\\p{L}");

    private Bibtex() {}

    /**
     * A unique, stable citation key per slug, in list order. An explicit {@code bibtexKey} is
     * used as written; otherwise the key is derived (e.g. {@code li20221bit}) and a later
     * publication whose key is taken gets "a", "b", ... appended.
     */
    public static Map<String, String> keys(List<Publication> publications) {
        Set<String> taken = new HashSet<>();
        publications.forEach(p -> p.bibtexKey().ifPresent(key -> taken.add(key.toLowerCase(Locale.ROOT))));
        Map<String, String> keys = new LinkedHashMap<>();
        for (Publication p : publications) {
            String key = p.bibtexKey().orElseGet(() -> {
                String base = derivedKey(p);
                String candidate = base;
                for (int n = 0; taken.contains(candidate); n++) {
                    candidate = base + suffix(n);
                }
                taken.add(candidate);
                return candidate;
            });
            keys.put(p.slug(), key);
        }
        return keys;
    }

    /** The first author's family name, the year and the first significant title word. */
    private static String derivedKey(Publication p) {
        String family = p.authors().isEmpty() ? "" : PersonNames.split(p.authors().get(0)).family();
        String name = WHITESPACE.matcher(ascii(family)).replaceAll("");
        String word = WORD.matcher(p.title()).results()
                .map(m -> ascii(m.group()))
                .filter(w -> !w.isEmpty() && !MINOR_WORDS.contains(w))
                .findFirst().orElse("");
        return (name.isEmpty() ? "anon" : name) + (p.year() > 0 ? String.valueOf(p.year()) : "") + word;
    }

    /** Lower-case ASCII letters and digits only: accents are dropped, everything else removed. */
    private static String ascii(String text) {
        return NOT_KEY_CHARACTERS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT))
                .replaceAll("").strip();
    }

    /** a, b, ..., z, aa, ab, ... */
    private static String suffix(int n) {
        String letter = String.valueOf((char) ('a' + n % 26));
        return n < 26 ? letter : suffix(n / 26 - 1) + letter;
    }

    /** A field the site writes: its name, its LaTeX, and the plain text it stands for. */
    private record Generated(String name, String latex, String plain) {}

    /**
     * One entry, fields one per line, ending with a newline. A paper read from
     * {@code publications.bib} keeps its entry type and every field as written there, so nothing
     * the owner wrote is lost; a field is replaced only where {@code publications.yaml} says
     * something else, and what the site knows beyond the entry (its page's URL) is added.
     */
    public static String entry(Publication p, String key, String pageUrl) {
        List<Generated> generated = generated(p, pageUrl);
        String type = generatedType(p);
        Map<String, String> fields = new LinkedHashMap<>();
        if (p.bibtexEntry().isPresent()) {
            BibEntry written = p.bibtexEntry().get();
            type = written.type();
            // the fields a crossref passed on are in the entry, so it stands alone without its volume
            written.latex().forEach((name, latex) -> fields.put(name, "{" + WHITESPACE.matcher(latex.strip())
                    .replaceAll(" ") + "}"));
            fields.remove("crossref");
            boolean sameAuthors = written.authors().equals(p.authorNames()) && written.authorsTruncated() == p.etAl();
            for (Generated field : generated) {
                boolean writtenAlike = field.name().equals("author") ? sameAuthors
                        : written.field(field.name()).map(v -> v.equals(field.plain())).orElse(false);
                boolean saidElsewhere = written.fields().containsValue(field.plain())
                        || field.name().equals("month") && written.field("month").isPresent()
                        || field.name().equals("url") && written.field("url").isPresent()
                        || field.name().equals("note") && written.field("note").isPresent();
                // the owner's own url stays: the page's address is only added where there is none
                boolean replaces = fields.containsKey(field.name()) && !writtenAlike && !field.name().equals("url");
                if (replaces || !fields.containsKey(field.name()) && !saidElsewhere) {
                    fields.put(field.name(), field.latex());
                }
            }
        } else {
            generated.forEach(field -> fields.put(field.name(), field.latex()));
        }
        StringBuilder out = new StringBuilder("@").append(type).append('{').append(key).append(",\n");
        fields.forEach((name, value) -> out.append("  ").append(name).append(" = ").append(value).append(",\n"));
        return out.append("}\n").toString();
    }

    private static String generatedType(Publication p) {
        return switch (p.type()) {
            case CONFERENCE, WORKSHOP -> "inproceedings";
            case JOURNAL -> "article";
            case BOOK -> "book";
            case CHAPTER -> "incollection";
            case THESIS -> "phdthesis";
            case REPORT -> "techreport";
            case PATENT -> "patent";
            case SOFTWARE -> "software";
            case DATASET -> "dataset";
            case PREPRINT, TALK, POSTER, OTHER -> "misc";
        };
    }

    /** The field BibTeX styles read the venue from, for each kind of work. */
    private static String venueField(Publication p) {
        return switch (p.type()) {
            case CONFERENCE, WORKSHOP, CHAPTER -> "booktitle";
            case JOURNAL -> "journal";
            case BOOK -> "publisher";
            case THESIS -> "school";
            case REPORT -> "institution";
            case PATENT, PREPRINT, SOFTWARE, DATASET, TALK, POSTER, OTHER -> "howpublished";
        };
    }

    private static List<Generated> generated(Publication p, String pageUrl) {
        List<Generated> fields = new ArrayList<>();
        String authors = p.authors().stream().map(a -> escape(PersonNames.familyFirst(a)))
                .collect(Collectors.joining(" and "));
        fields.add(braced("author", p.etAl() ? authors + " and others" : authors, String.join(" and ", p.authorNames())));
        fields.add(new Generated("title", "{" + title(p.title()) + "}", p.title()));
        String venue = p.venueFull().orElse(p.venue());
        if (p.type() == PublicationType.PREPRINT && p.arxiv().isPresent()) {
            fields.add(braced("howpublished", "arXiv preprint arXiv:" + escape(p.arxiv().get()),
                    "arXiv preprint arXiv:" + p.arxiv().get()));
        } else if (!venue.isBlank() && !(p.type() == PublicationType.BOOK && p.publisher().isPresent())) {
            fields.add(braced(venueField(p), escape(venue), venue));
        }
        Optional<Matcher> volumeNumber = p.volume().map(VOLUME_NUMBER::matcher).filter(Matcher::matches);
        volumeNumber.map(m -> m.group(1)).or(p::volume).ifPresent(v -> fields.add(braced("volume", escape(v), v)));
        p.issue().or(() -> volumeNumber.map(m -> m.group(2)))
                .ifPresent(n -> fields.add(braced("number", escape(n), n)));
        p.pages().ifPresent(pages -> fields.add(braced("pages", escape(pages), pages)));
        if (p.year() > 0) {
            fields.add(braced("year", String.valueOf(p.year()), String.valueOf(p.year())));
        }
        p.date().map(DATE_MONTH::matcher).filter(Matcher::matches)
                .map(m -> MONTHS.get(Integer.parseInt(m.group(1)) - 1))
                .ifPresent(month -> fields.add(new Generated("month", month, month)));
        p.publisher().ifPresent(publisher -> fields.add(braced("publisher", escape(publisher), publisher)));
        p.arxiv().ifPresent(id -> {
            fields.add(braced("eprint", verbatim(id), id));
            fields.add(braced("archiveprefix", "arXiv", "arXiv"));
        });
        p.doi().ifPresent(doi -> fields.add(braced("doi", verbatim(doi), doi)));
        if (!pageUrl.isBlank()) {
            fields.add(braced("url", verbatim(pageUrl), pageUrl));
        }
        note(p).ifPresent(note -> fields.add(braced("note", escape(note), note)));
        return fields;
    }

    /** All entries in the given order, separated by blank lines. */
    public static String database(List<Publication> publications, Map<String, String> keys,
            Function<Publication, String> pageUrl) {
        return publications.stream()
                .map(p -> entry(p, keyOf(p, keys), pageUrl.apply(p)))
                .collect(Collectors.joining("\n"));
    }

    private static String keyOf(Publication p, Map<String, String> keys) {
        String key = keys.get(p.slug());
        if (key == null) {
            throw new IllegalArgumentException("no BibTeX key for '" + p.slug() + "'; build keys with Bibtex.keys");
        }
        return key;
    }

    /**
     * The awards ("Best Paper"). The owner's own {@code note} is left out: it speaks in the first
     * person ("I contributed ...") and would end up in other people's reference lists.
     */
    private static Optional<String> note(Publication p) {
        return p.awards().isEmpty() ? Optional.empty() : Optional.of(String.join("; ", p.awards()));
    }

    /** Whitespace collapses so that every field stays on its one line. */
    private static Generated braced(String name, String latex, String plain) {
        return new Generated(name, "{" + WHITESPACE.matcher(latex.strip()).replaceAll(" ") + "}", plain);
    }

    /** Text as LaTeX: the ten special characters escaped, everything else as it is. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * URLs, DOIs and arXiv identifiers are printed verbatim by BibTeX styles (hyperref's url
     * command, biblatex's verbatim fields), where an escaped "\_" would end up in the link. Only
     * braces and backslashes, which would end or break the value, are percent-encoded.
     */
    private static String verbatim(String text) {
        return text.strip().replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
    }

    /**
     * The title escaped, with each word whose case a BibTeX style must not change in braces:
     * acronyms and names like LAMB, DeepSpeed-MoE, ChatGPT-like or 13B. Hyphenated title-case
     * words such as Large-Scale are left alone so sentence-case styles can lower them.
     */
    static String title(String title) {
        return WORD.matcher(title).results().map(m -> protect(m.group())).collect(Collectors.joining(" "));
    }

    private static String protect(String word) {
        int start = 0;
        while (start < word.length() && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        int end = word.length();
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        String core = word.substring(start, end);
        if (!needsProtection(core)) {
            return escape(word);
        }
        return escape(word.substring(0, start)) + "{" + escape(core) + "}" + escape(word.substring(end));
    }

    /** Case a style would change: a capital after the first letter of a part, or digits next to letters. */
    private static boolean needsProtection(String word) {
        if (DIGIT_BY_LETTER.matcher(word).find()) {
            return true;
        }
        for (String part : WORD_PARTS.split(word)) {
            for (int i = 1; i < part.length(); i++) {
                if (Character.isUpperCase(part.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
