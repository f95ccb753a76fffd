package io.github.conglongli.site.content.markdown.code;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How one language's source is coloured: one small table of its comments, strings, word lists
 * and the few rules that set it apart. {@link CodeLexer} reads every language with the same
 * loop, driven by this table. Built by name with {@link #named(String)}.
 *
 * @param name the canonical name, used in the {@code language-*} class of the block
 * @param aliases other names a fence may give it ({@code py}, {@code c++})
 */
record CodeLanguage(
        String name,
        Set<String> aliases,
        List<String> lineComments,
        List<Quote> blockComments,
        List<Quote> quotes,
        Set<String> keywords,
        Set<String> types,
        Set<String> builtins,
        Set<String> constants,
        Set<Rule> rules) {

    /** What sets a language apart from the plain loop. */
    enum Rule {
        /** keywords match in any case (SQL) */
        CASE_INSENSITIVE,
        /** a line starting with {@code #} is a directive to its end (C, C++, CUDA) */
        PREPROCESSOR,
        /** {@code @name} is a decorator or annotation */
        DECORATORS,
        /** {@code $name}, {@code ${...}} and {@code $1} are variables */
        SHELL_VARIABLES,
        /** a name starting with a capital letter and holding a lower-case one is a type */
        CAPITALIZED_TYPES,
        /** a name right before {@code (}, or after a defining keyword, is a function */
        FUNCTION_CALLS,
        /** a letter or two right before a quote belongs to the string ({@code f"..."}, {@code r'...'}) */
        STRING_PREFIXES,
        /** a comment starts only at a line's start or after a space ({@code ${#x}} is not one) */
        COMMENT_AFTER_SPACE,
        /** {@code $} may be part of a name (JavaScript) */
        DOLLAR_IN_NAMES,
        /** {@code key:} at a line's start is a property (YAML) */
        COLON_KEYS,
        /** {@code key =} at a line's start is a property and {@code [table]} a section (TOML) */
        EQUALS_KEYS,
        /** a string followed by {@code :} is a property (JSON) */
        STRING_KEYS,
        /** {@code \command}, {@code %} comments and {@code $math$} (LaTeX) */
        TEX,
        /** headings, emphasis, code spans, list markers and quotes (Markdown) */
        MARKDOWN,
        /** whole lines: added, removed, hunk headers, file headers (diff) */
        DIFF,
        /** lines after a {@code $ } prompt are shell commands, the rest is output */
        CONSOLE
    }

    CodeLanguage {
        aliases = Set.copyOf(aliases);
        lineComments = List.copyOf(lineComments);
        blockComments = List.copyOf(blockComments);
        quotes = List.copyOf(quotes);
        keywords = Set.copyOf(keywords);
        types = Set.copyOf(types);
        builtins = Set.copyOf(builtins);
        constants = Set.copyOf(constants);
        rules = rules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rules));
    }

    boolean has(Rule rule) {
        return rules.contains(rule);
    }

    static Builder named(String name) {
        return new Builder(name);
    }

    static final class Builder {
        private final String name;
        private final List<String> aliases = new ArrayList<>();
        private final List<String> lineComments = new ArrayList<>();
        private final List<Quote> blockComments = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private final List<String> builtins = new ArrayList<>();
        private final List<String> constants = new ArrayList<>();
        private final EnumSet<Rule> rules = EnumSet.noneOf(Rule.class);

        private Builder(String name) {
            this.name = name;
        }

        Builder aliases(String... names) {
            aliases.addAll(List.of(names));
            return this;
        }

        Builder lineComments(String... starts) {
            lineComments.addAll(List.of(starts));
            return this;
        }

        Builder blockComment(String open, String close) {
            blockComments.add(Quote.verbatim(open, close));
            return this;
        }

        Builder quotes(Quote... kinds) {
            quotes.addAll(List.of(kinds));
            return this;
        }

        /** Words separated by spaces, as the language's documentation lists them. */
        Builder keywords(String words) {
            keywords.addAll(split(words));
            return this;
        }

        Builder types(String words) {
            types.addAll(split(words));
            return this;
        }

        Builder builtins(String words) {
            builtins.addAll(split(words));
            return this;
        }

        Builder constants(String words) {
            constants.addAll(split(words));
            return this;
        }

        Builder rules(Rule... more) {
            rules.addAll(List.of(more));
            return this;
        }

        /** Everything of {@code other} but its names: C++ is C and more. */
        Builder like(CodeLanguage other) {
            lineComments.addAll(other.lineComments());
            blockComments.addAll(other.blockComments());
            quotes.addAll(other.quotes());
            keywords.addAll(other.keywords());
            types.addAll(other.types());
            builtins.addAll(other.builtins());
            constants.addAll(other.constants());
            rules.addAll(other.rules());
            return this;
        }

        CodeLanguage build() {
            boolean anyCase = rules.contains(Rule.CASE_INSENSITIVE);
            return new CodeLanguage(name, Set.copyOf(aliases), lineComments, blockComments, quotes,
                    cased(keywords, anyCase), cased(types, anyCase), cased(builtins, anyCase),
                    cased(constants, anyCase), rules);
        }

        private static Set<String> cased(List<String> words, boolean anyCase) {
            return Set.copyOf(anyCase ? words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList() : words);
        }

        private static List<String> split(String words) {
            return List.of(words.strip().split("\\s+"));
        }
    }
}
