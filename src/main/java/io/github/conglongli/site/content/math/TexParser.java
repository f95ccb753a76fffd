package io.github.conglongli.site.content.math;

import static io.github.conglongli.site.content.math.MathNode.element;
import static io.github.conglongli.site.content.math.MathNode.row;
import static io.github.conglongli.site.content.math.MathNode.token;

import io.github.conglongli.site.content.math.TexSymbols.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * A recursive-descent reader of the LaTeX math researchers write, building the MathML KaTeX
 * ({@code output: 'mathml'}) builds for it. One instance reads one formula; errors stop it with a
 * {@link TexException} carrying the offset into the formula, which {@link TexToMathMl} turns into a
 * value.
 */
final class TexParser {

    /** Deeper nesting than this is refused, so a hostile formula cannot exhaust a 256 KB stack. */
    private static final int MAX_DEPTH = 100;

    private static final String FUNCTION_APPLICATION = "\u2061";

    /** How a big operator or named function places its scripts: KaTeX's limits rules. */
    private enum Limits { NONE, IN_DISPLAY, ALWAYS, NEVER }

    /** The font commands: what \mathbf and friends do to the letters and digits inside them. */
    private enum Font { NONE, ROMAN, ITALIC, BOLD, BOLD_SYMBOL, DOUBLE_STRUCK, SCRIPT, FRAKTUR, SANS_SERIF, MONOSPACE }

    private static final Map<String, Font> FONTS = Map.ofEntries(
            Map.entry("mathrm", Font.ROMAN), Map.entry("mathit", Font.ITALIC), Map.entry("mathbf", Font.BOLD),
            Map.entry("boldsymbol", Font.BOLD_SYMBOL), Map.entry("bm", Font.BOLD_SYMBOL),
            Map.entry("mathbb", Font.DOUBLE_STRUCK), Map.entry("mathcal", Font.SCRIPT),
            Map.entry("mathscr", Font.SCRIPT), Map.entry("mathfrak", Font.FRAKTUR),
            Map.entry("mathsf", Font.SANS_SERIF), Map.entry("mathtt", Font.MONOSPACE));

    private static final Map<String, MathAlphabet> TEXT_FONTS = Map.of(
            "textbf", MathAlphabet.BOLD, "textit", MathAlphabet.ITALIC, "textsf", MathAlphabet.SANS_SERIF,
            "texttt", MathAlphabet.MONOSPACE);

    private static final Set<String> TEXT = Set.of("text", "textrm", "textnormal", "mbox", "textup", "textbf",
            "textit", "textsf", "texttt");

    /** Accents: command and mark; those in {@link #STRETCHY_ACCENTS} stretch over their base. */
    private static final Map<String, String> ACCENTS = Map.ofEntries(
            Map.entry("hat", "^"), Map.entry("bar", "ˉ"), Map.entry("tilde", "~"), Map.entry("vec", "⃗"),
            Map.entry("dot", "˙"), Map.entry("ddot", "¨"), Map.entry("check", "ˇ"), Map.entry("breve", "˘"),
            Map.entry("acute", "ˊ"), Map.entry("grave", "ˋ"), Map.entry("mathring", "˚"),
            Map.entry("widehat", "^"), Map.entry("widetilde", "~"), Map.entry("widecheck", "ˇ"),
            Map.entry("overline", "‾"), Map.entry("overrightarrow", "→"), Map.entry("overleftarrow", "←"),
            Map.entry("overleftrightarrow", "↔"));

    private static final Set<String> STRETCHY_ACCENTS = Set.of("widehat", "widetilde", "widecheck", "overline",
            "overrightarrow", "overleftarrow", "overleftrightarrow");

    /** Text-mode spaces KaTeX writes as {@code mtext}, and wide ones it writes as {@code mspace}. */
    private static final Map<String, String> SPACES = Map.of(",", "\u2009", "thinspace", "\u2009", ":", "\u2005",
            "medspace", "\u2005", ";", "\u2005\u200a", "thickspace", "\u2005\u200a", "!", "\u2009\u2063",
            " ", "\u00a0", "nobreakspace", "\u00a0");

    private static final Map<String, String> WIDE_SPACES = Map.of("quad", "1em", "qquad", "2em", "enspace", "0.5em");

    private static final Map<String, String> BIG = Map.ofEntries(
            Map.entry("big", "1.2em"), Map.entry("bigl", "1.2em"), Map.entry("bigr", "1.2em"),
            Map.entry("bigm", "1.2em"), Map.entry("Big", "1.8em"), Map.entry("Bigl", "1.8em"),
            Map.entry("Bigr", "1.8em"), Map.entry("Bigm", "1.8em"), Map.entry("bigg", "2.4em"),
            Map.entry("biggl", "2.4em"), Map.entry("biggr", "2.4em"), Map.entry("biggm", "2.4em"),
            Map.entry("Bigg", "3em"), Map.entry("Biggl", "3em"), Map.entry("Biggr", "3em"), Map.entry("Biggm", "3em"));

    /** Extensible arrows with labels above (and optionally below), and the arrow each stretches. */
    private static final Map<String, String> EXTENSIBLE_ARROWS = Map.of("xrightarrow", "→", "xleftarrow", "←",
            "xRightarrow", "⇒", "xLeftarrow", "⇐", "xleftrightarrow", "↔");

    /** Commands TeX uses for numbering and cross-references, which a page does not show. */
    private static final Set<String> IGNORED_WITH_ARGUMENT = Set.of("label");
    private static final Set<String> IGNORED = Set.of("nonumber", "notag", "displaylimits", "relax");

    private final String src;
    private final boolean displayMode;
    private int pos;
    private int end;
    private int depth;
    /** The label of the equation or line being read, set by \tag; taken by whoever numbers it. */
    private MathNode tag;

    /** An atom: the nodes one TeX item makes (a function name is two) and how it takes limits. */
    private record Atom(List<MathNode> nodes, Limits limits) {
        static Atom of(MathNode node) {
            return new Atom(List.of(node), Limits.NONE);
        }
    }

    /** Where the reader is: display style decides limits; the font applies to letters. */
    private record Style(boolean display, Font font) {
        Style withFont(Font f) {
            return new Style(display, f);
        }

        Style withDisplay(boolean d) {
            return new Style(d, font);
        }
    }

    TexParser(String src, boolean displayMode) {
        this.src = src;
        this.displayMode = displayMode;
        this.end = src.length();
    }

    /** The whole formula as the {@code mrow} KaTeX puts inside {@code semantics}. */
    MathNode parse() {
        List<MathNode> nodes = parseList(new Style(displayMode, Font.NONE));
        if (pos < end) {
            throw unexpectedStop();
        }
        MathNode body = nodes.size() == 1 && nodes.get(0).name().equals("mtable")
                ? nodes.get(0)
                : element("mrow", nodes);
        MathNode label = takeTag();
        if (label == null) {
            return body;
        }
        // KaTeX's form: a full-width table whose row is glue, the equation, glue and the label
        return element("mtable", List.of(element("mtr", taggedRow(List.of(element("mtd", body)), label))),
                "class", "math-tagged");
    }

    /** A table row's cells between the glue cells that centre it, then the cell of its label. */
    static List<MathNode> taggedRow(List<MathNode> cells, MathNode label) {
        List<MathNode> row = new ArrayList<>();
        row.add(element("mtd", List.of(), "class", "math-tag-glue"));
        row.addAll(cells);
        row.add(element("mtd", List.of(), "class", "math-tag-glue"));
        row.add(label == null
                ? element("mtd", List.of(), "class", "math-tag")
                : element("mtd", List.of(label), "class", "math-tag"));
        return row;
    }

    /** Puts back a label taken before an environment that numbers its own lines. */
    void restoreTag(MathNode label) {
        tag = label;
    }

    /** The label \tag set since the last call, or null; an environment takes one per line. */
    MathNode takeTag() {
        MathNode taken = tag;
        tag = null;
        return taken;
    }

    private TexException unexpectedStop() {
        if (src.startsWith("}", pos)) {
            return new TexException(pos, "unbalanced braces: } without a matching {");
        }
        if (src.startsWith("&", pos)) {
            return new TexException(pos, "& outside a matrix or aligned environment");
        }
        if (src.startsWith("\\\\", pos)) {
            return new TexException(pos, "line break \\\\ outside an environment (use \\begin{aligned} ... \\end{aligned})");
        }
        if (src.startsWith("\\end", pos)) {
            return new TexException(pos, "\\end without a matching \\begin");
        }
        if (src.startsWith("\\right", pos)) {
            return new TexException(pos, "\\right without a matching \\left");
        }
        if (src.startsWith("\\middle", pos)) {
            return new TexException(pos, "\\middle outside \\left ... \\right");
        }
        return new TexException(pos, "unexpected " + src.charAt(pos));
    }

    // ---- lists and scripts

    /** Items up to the end of the group: }, &, \\, \end, \right, \middle or the end of the formula. */
    private List<MathNode> parseList(Style style) {
        enter();
        List<MathNode> out = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= end || atStop()) {
                break;
            }
            String command = peekCommand();
            if (command.equals("displaystyle") || command.equals("textstyle")) {
                pos += command.length() + 1;
                boolean display = command.equals("displaystyle");
                List<MathNode> rest = parseList(style.withDisplay(display));
                out.add(element("mstyle", rest, "scriptlevel", "0", "displaystyle", String.valueOf(display)));
                break;
            }
            int start = pos;
            Atom atom = src.charAt(pos) == '^' || src.charAt(pos) == '_' || src.charAt(pos) == '\''
                    ? new Atom(List.of(), Limits.NONE)
                    : parseAtom(style);
            out.addAll(withScripts(atom, style, start));
        }
        leave();
        return mergeNumbers(out);
    }

    private boolean atStop() {
        char c = src.charAt(pos);
        if (c == '}' || c == '&') {
            return true;
        }
        if (c != '\\') {
            return false;
        }
        String command = peekCommand();
        return command.equals("\\") || command.equals("end") || command.equals("right") || command.equals("middle");
    }

    private List<MathNode> withScripts(Atom atom, Style style, int start) {
        Limits limits = atom.limits();
        // \limits and \nolimits right after an operator change where its scripts go
        while (true) {
            skipSpace();
            String command = peekCommand();
            if (command.equals("limits") || command.equals("nolimits")) {
                if (limits == Limits.NONE) {
                    throw new TexException(pos, "\\" + command + " must follow an operator such as \\sum or \\int");
                }
                limits = command.equals("limits") ? Limits.ALWAYS : Limits.NEVER;
                pos += command.length() + 1;
            } else {
                break;
            }
        }
        MathNode sub = null;
        MathNode sup = null;
        List<MathNode> primes = new ArrayList<>();
        while (pos < end) {
            char c = src.charAt(pos);
            if (c == '\'') {
                primes.add(token("mo", "′", "mathvariant", "normal"));
                pos++;
            } else if (c == '^' || c == '_') {
                int at = pos;
                pos++;
                MathNode argument = row(parseArgument(style, "a superscript or subscript"));
                if (c == '^') {
                    if (sup != null) {
                        throw new TexException(at, "double superscript: group them as x^{ab}");
                    }
                    sup = argument;
                } else {
                    if (sub != null) {
                        throw new TexException(at, "double subscript: group them as x_{ab}");
                    }
                    sub = argument;
                }
            } else {
                break;
            }
            skipSpace();
        }
        if (!primes.isEmpty()) {
            if (primes.size() == 1 && sup == null) {
                sup = token("mo", "′", "mathvariant", "normal", "lspace", "0em", "rspace", "0em");
            } else {
                List<MathNode> all = new ArrayList<>(primes);
                if (sup != null) {
                    all.add(sup);
                }
                sup = element("mrow", all);
            }
        }
        if (sub == null && sup == null) {
            return atom.nodes();
        }
        MathNode base = atom.nodes().isEmpty() ? element("mrow", List.of()) : row(atom.nodes());
        boolean underOver = limits == Limits.ALWAYS || (limits == Limits.IN_DISPLAY && style.display());
        if (sub != null && sup != null) {
            return List.of(element(underOver ? "munderover" : "msubsup", base, sub, sup));
        }
        if (sub != null) {
            return List.of(element(underOver ? "munder" : "msub", base, sub));
        }
        return List.of(element(underOver ? "mover" : "msup", base, sup));
    }

    /** KaTeX writes 3.14 as one number: adjacent digits, and a dot between digits, join. */
    private static List<MathNode> mergeNumbers(List<MathNode> nodes) {
        List<MathNode> out = new ArrayList<>();
        for (MathNode node : nodes) {
            MathNode last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && isPlainNumber(last) && (isPlainNumber(node) || isDot(node))) {
                out.set(out.size() - 1, last.withText(last.text() + node.text()));
            } else if (last != null && isDot(last) && isPlainNumber(node)) {
                out.set(out.size() - 1, node.withText(last.text() + node.text()));
            } else {
                out.add(node);
            }
        }
        return out;
    }

    private static boolean isPlainNumber(MathNode node) {
        return node.name().equals("mn") && node.attributes().isEmpty();
    }

    private static boolean isDot(MathNode node) {
        return node.name().equals("mi") && node.text().equals(".");
    }

    // ---- atoms

    /** One argument: a group in braces, or else a single character or command. */
    private List<MathNode> parseArgument(Style style, String what) {
        skipSpace();
        if (pos >= end || atStop() && src.charAt(pos) != '}') {
            throw new TexException(Math.min(pos, src.length()), "missing " + what);
        }
        if (src.charAt(pos) == '}') {
            throw new TexException(pos, "missing " + what);
        }
        if (src.charAt(pos) == '{') {
            return parseGroup(style);
        }
        return parseAtom(style).nodes();
    }

    private List<MathNode> parseGroup(Style style) {
        int open = pos;
        pos++;
        List<MathNode> nodes = parseList(style);
        if (pos >= end || src.charAt(pos) != '}') {
            if (pos < end) {
                throw unexpectedStop();
            }
            throw new TexException(open, "unbalanced braces: { without a matching }");
        }
        pos++;
        return nodes;
    }

    private Atom parseAtom(Style style) {
        enter();
        try {
            return parseAtomInside(style);
        } finally {
            leave();
        }
    }

    private Atom parseAtomInside(Style style) {
        char c = src.charAt(pos);
        if (c == '{') {
            return new Atom(List.of(row(parseGroup(style))), Limits.NONE);
        }
        if (c == '\\') {
            return parseCommand(style);
        }
        int start = pos;
        if (c >= '0' && c <= '9' && style.font() == Font.NONE) {
            // KaTeX reads a run of digits as one number, so 10^{-3} raises 10, not 0
            while (pos < end && (Character.isDigit(src.charAt(pos)) && src.charAt(pos) < 128
                    || src.charAt(pos) == '.' && pos + 1 < end && Character.isDigit(src.charAt(pos + 1)))) {
                pos++;
            }
            return Atom.of(token("mn", src.substring(start, pos)));
        }
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        return switch (cp) {
            case '(', ')', '[', ']' -> Atom.of(token("mo", Character.toString(cp), "stretchy", "false"));
            case '!', '?' -> Atom.of(token("mo", Character.toString(cp), "stretchy", "false"));
            case ',', ';' -> Atom.of(token("mo", Character.toString(cp), "separator", "true"));
            case '+', '=', '<', '>', ':' -> Atom.of(token("mo", Character.toString(cp)));
            case '-' -> Atom.of(token("mo", "−"));
            case '*' -> Atom.of(token("mo", "∗"));
            case '|' -> Atom.of(token("mi", "∣", "mathvariant", "normal"));
            case '~' -> Atom.of(token("mtext", "\u00a0"));
            case '#', '$' -> throw new TexException(start, "unexpected " + Character.toString(cp)
                    + " (write \\" + Character.toString(cp) + " for the sign itself)");
            default -> Atom.of(character(cp, style.font()));
        };
    }

    /** A letter, digit or other single character, in the current font. */
    private static MathNode character(int cp, Font font) {
        String text = Character.toString(cp);
        if (cp >= '0' && cp <= '9') {
            return switch (font) {
                case BOLD -> token("mn", MathAlphabet.BOLD.apply(cp));
                case BOLD_SYMBOL -> token("mi", MathAlphabet.BOLD.apply(cp));
                case DOUBLE_STRUCK -> token("mn", MathAlphabet.DOUBLE_STRUCK.apply(cp));
                case SANS_SERIF -> token("mn", MathAlphabet.SANS_SERIF.apply(cp));
                case MONOSPACE -> token("mn", MathAlphabet.MONOSPACE.apply(cp));
                default -> token("mn", text);
            };
        }
        if (Character.isLetter(cp)) {
            return letter(text, font);
        }
        return token("mi", text, "mathvariant", "normal");
    }

    /** An identifier in a font; {@code upright} marks symbols that are upright by default (Γ, ∞). */
    private static MathNode letter(String text, Font font) {
        int cp = text.codePointAt(0);
        boolean greekCapital = cp >= 0x391 && cp <= 0x3A9;
        return switch (font) {
            case NONE, ITALIC -> greekCapital ? token("mi", text, "mathvariant", "normal") : token("mi", text);
            case ROMAN -> token("mi", text, "mathvariant", "normal");
            case BOLD -> token("mi", MathAlphabet.BOLD.apply(text));
            case BOLD_SYMBOL -> token("mi", greekCapital ? MathAlphabet.BOLD.apply(text)
                    : MathAlphabet.BOLD_ITALIC.apply(text));
            case DOUBLE_STRUCK -> token("mi", MathAlphabet.DOUBLE_STRUCK.apply(text));
            case SCRIPT -> token("mi", MathAlphabet.SCRIPT.apply(text));
            case FRAKTUR -> token("mi", MathAlphabet.FRAKTUR.apply(text));
            case SANS_SERIF -> token("mi", MathAlphabet.SANS_SERIF.apply(text));
            case MONOSPACE -> token("mi", MathAlphabet.MONOSPACE.apply(text));
        };
    }

    private Atom parseCommand(Style style) {
        int start = pos;
        String name = readCommand();
        Symbol symbol = TexSymbols.command(name);
        if (symbol != null) {
            return symbol(symbol, style, name);
        }
        Font font = FONTS.get(name);
        if (font != null) {
            return new Atom(List.of(row(parseArgument(style.withFont(font), "the argument of \\" + name))),
                    Limits.NONE);
        }
        if (TEXT.contains(name)) {
            return Atom.of(text(name, style));
        }
        String accent = ACCENTS.get(name);
        if (accent != null) {
            MathNode base = row(parseArgument(style, "the argument of \\" + name));
            MathNode mark = STRETCHY_ACCENTS.contains(name)
                    ? token("mo", accent, "stretchy", "true")
                    : token("mo", accent);
            return Atom.of(new MathNode("mover", List.of("accent", "true"), List.of(base, mark), ""));
        }
        String space = SPACES.get(name);
        if (space != null) {
            return Atom.of(token("mtext", space));
        }
        String wide = WIDE_SPACES.get(name);
        if (wide != null) {
            return Atom.of(element("mspace", List.of(), "width", wide));
        }
        String big = BIG.get(name);
        if (big != null) {
            String delimiter = readDelimiter(name, false);
            return Atom.of(token("mo", delimiter, "fence", "false", "stretchy", "true", "minsize", big, "maxsize", big));
        }
        if (IGNORED.contains(name)) {
            return new Atom(List.of(), Limits.NONE);
        }
        if (IGNORED_WITH_ARGUMENT.contains(name)) {
            readRawGroup(name);
            return new Atom(List.of(), Limits.NONE);
        }
        String arrow = EXTENSIBLE_ARROWS.get(name);
        if (arrow != null) {
            return extensibleArrow(name, arrow, style);
        }
        return switch (name) {
            case "frac", "dfrac", "tfrac", "cfrac" -> fraction(name, style);
            case "color" -> {
                String color = color(name);
                yield Atom.of(element("mstyle", parseList(style), "mathcolor", color));
            }
            case "textcolor" -> {
                String color = color(name);
                yield Atom.of(element("mstyle", parseArgument(style, "the second argument of \\textcolor"),
                        "mathcolor", color));
            }
            // KaTeX defines \boxed{x} as \fbox{$\displaystyle{x}$}, hence the three styles
            case "boxed" -> Atom.of(element("menclose", List.of(textStyle(textStyle(element("mstyle",
                    List.of(row(parseArgument(style.withDisplay(true), "the argument of \\boxed"))),
                    "scriptlevel", "0", "displaystyle", "true")))), "notation", "box"));
            case "fbox" -> Atom.of(element("menclose", List.of(textStyle(text(name, style))), "notation", "box"));
            case "tag", "tag*" -> {
                tag(name, style, start);
                yield new Atom(List.of(), Limits.NONE);
            }
            case "binom", "dbinom", "tbinom" -> binomial(name, style);
            case "sqrt" -> root(style);
            case "left" -> fenced(style, start);
            case "begin" -> new Atom(new TexEnvironment(this).parseNodes(style.display(), start), Limits.NONE);
            case "operatorname", "operatorname*" -> operatorName(name, style);
            case "underline" -> Atom.of(new MathNode("munder", List.of("accentunder", "true"),
                    List.of(row(parseArgument(style, "the argument of \\underline")),
                            token("mo", "‾", "stretchy", "true")), ""));
            case "underbrace" -> new Atom(List.of(element("munder",
                    row(parseArgument(style, "the argument of \\underbrace")), token("mo", "⏟", "stretchy", "true"))),
                    Limits.ALWAYS);
            case "overbrace" -> new Atom(List.of(element("mover",
                    row(parseArgument(style, "the argument of \\overbrace")), token("mo", "⏞", "stretchy", "true"))),
                    Limits.ALWAYS);
            case "overset", "stackrel" -> {
                MathNode over = row(parseArgument(style, "the first argument of \\" + name));
                MathNode base = row(parseArgument(style, "the second argument of \\" + name));
                yield Atom.of(element("mover", base, over));
            }
            case "underset" -> {
                MathNode under = row(parseArgument(style, "the first argument of \\underset"));
                MathNode base = row(parseArgument(style, "the second argument of \\underset"));
                yield Atom.of(element("munder", base, under));
            }
            case "implies" -> spaced("⟹");
            case "iff" -> spaced("⟺");
            case "impliedby" -> spaced("⟸");
            case "pmod" -> {
                List<MathNode> arg = parseArgument(style, "the argument of \\pmod");
                List<MathNode> nodes = new ArrayList<>();
                nodes.add(element("mspace", List.of(), "width", "1em"));
                nodes.add(token("mo", "(", "stretchy", "false"));
                nodes.add(token("mi", "mod"));
                nodes.add(token("mtext", "\u2005\u200a"));
                nodes.addAll(arg);
                nodes.add(token("mo", ")", "stretchy", "false"));
                yield new Atom(nodes, Limits.NONE);
            }
            case "bmod", "mod" -> Atom.of(token("mo", "mod"));
            // the logos, as plain text: Hugo Blox's own sample post writes $\LaTeX$
            case "LaTeX" -> Atom.of(token("mtext", "LaTeX"));
            case "TeX" -> Atom.of(token("mtext", "TeX"));
            case "not" -> {
                List<MathNode> negated = parseArgument(style, "a relation after \\not");
                MathNode first = negated.isEmpty() ? token("mo", "") : negated.get(0);
                yield Atom.of(first.withText(first.text() + "\u0338"));
            }
            case "right", "middle", "end", "\\" -> throw unexpectedStopAt(start);
            default -> throw new TexException(start, "unknown command \\" + name);
        };
    }

    private static MathNode textStyle(MathNode node) {
        return element("mstyle", List.of(node), "scriptlevel", "0", "displaystyle", "false");
    }

    /** The colour argument of \color or \textcolor: a CSS colour name or a hex value. */
    private String color(String name) {
        int at = pos;
        String color = readRawGroup(name).strip();
        if (!TexColors.isValid(color)) {
            throw new TexException(at, "unknown color \"" + color + "\" in \\" + name
                    + ": use a CSS color name such as red or a hex value such as #1f77b4");
        }
        return color;
    }

    /**
     * \xrightarrow[below]{above}: the arrow stretches under its labels, each padded 0.3em a side.
     * KaTeX pads with {@code mpadded width="+0.6em" lspace="0.3em"}, but MathML Core has no
     * relative widths: Chromium reads it as 0.6em wide and the arrow stays short under its label,
     * so the padding is a class the stylesheet styles. Chromium ignores minsize along the line, so
     * an arrow is as long as its longer label and not KaTeX's 3em at least.
     */
    private Atom extensibleArrow(String name, String arrow, Style style) {
        Style labels = style.withDisplay(false);
        MathNode below = optionalArgument(labels).map(under -> padded(row(under))).orElse(null);
        MathNode above = padded(row(parseArgument(labels, "the label of \\" + name)));
        MathNode stretched = token("mo", arrow, "stretchy", "true", "minsize", "3.0em");
        return Atom.of(below == null
                ? element("mover", stretched, above)
                : element("munderover", stretched, below, above));
    }

    private static MathNode padded(MathNode label) {
        return element("mpadded", List.of(label), "class", "math-arrow-label");
    }

    /** \tag{1.3} reads (1.3), \tag*{A} reads A: text, with {@code $...$} inside back in math. */
    private void tag(String name, Style style, int start) {
        if (!displayMode) {
            throw new TexException(start, "\\" + name + " works only in display math ($$...$$)");
        }
        if (tag != null) {
            throw new TexException(start, "a second \\tag for the same equation or line");
        }
        List<MathNode> parts = new ArrayList<>(textParts(name, style));
        // the empty text \text{} keeps before a leading $...$ is not in KaTeX's label
        if (parts.size() > 1 && parts.get(0).name().equals("mtext") && parts.get(0).text().isEmpty()) {
            parts.remove(0);
        }
        if (name.equals("tag")) {
            parts = parenthesised(parts);
        }
        tag = row(parts);
    }

    /** KaTeX's "(" and ")" join a label of plain text, and stand as text of their own beside math. */
    private static List<MathNode> parenthesised(List<MathNode> parts) {
        if (parts.size() == 1 && parts.get(0).name().equals("mtext")) {
            return List.of(parts.get(0).withText("(" + parts.get(0).text() + ")"));
        }
        return List.of(token("mtext", "("), row(parts), token("mtext", ")"));
    }

    private TexException unexpectedStopAt(int at) {
        pos = at;
        return unexpectedStop();
    }

    private static Atom spaced(String arrow) {
        return new Atom(List.of(token("mtext", "\u2005\u200a"), token("mo", arrow), token("mtext", "\u2005\u200a")),
                Limits.NONE);
    }

    private Atom symbol(Symbol symbol, Style style, String name) {
        String text = symbol.text();
        return switch (symbol.kind()) {
            case IDENTIFIER -> Atom.of(letter(text, style.font()));
            case UPRIGHT -> Atom.of(style.font() == Font.NONE || style.font() == Font.ROMAN
                    || style.font() == Font.ITALIC
                    ? token("mi", text, "mathvariant", "normal")
                    : letter(text, style.font()));
            case OPERATOR -> Atom.of(token("mo", text));
            case UPRIGHT_OPERATOR -> Atom.of(token("mo", text, "mathvariant", "normal"));
            case DELIMITER -> Atom.of(token("mo", text, "stretchy", "false"));
            case BIG_OPERATOR -> new Atom(List.of(token("mo", text)), Limits.IN_DISPLAY);
            case INTEGRAL -> new Atom(List.of(token("mo", text)), Limits.NEVER);
            case FUNCTION -> new Atom(List.of(token("mi", text), token("mo", FUNCTION_APPLICATION)), Limits.NEVER);
            case LIMIT_FUNCTION -> new Atom(List.of(token("mi", text), token("mo", FUNCTION_APPLICATION)),
                    Limits.IN_DISPLAY);
        };
    }

    private Atom fraction(String name, Style style) {
        boolean display = name.equals("dfrac") || name.equals("cfrac") || !name.equals("tfrac") && style.display();
        Style inner = name.equals("frac") ? style : style.withDisplay(display);
        MathNode numerator = row(parseArgument(inner, "the numerator of \\" + name));
        MathNode denominator = row(parseArgument(inner, "the denominator of \\" + name));
        MathNode fraction = element("mfrac", numerator, denominator);
        if (name.equals("frac")) {
            return Atom.of(fraction);
        }
        return Atom.of(element("mstyle", List.of(fraction), "scriptlevel", "0", "displaystyle", String.valueOf(display)));
    }

    private Atom binomial(String name, Style style) {
        boolean display = name.equals("dbinom") || !name.equals("tbinom") && style.display();
        Style inner = name.equals("binom") ? style : style.withDisplay(display);
        MathNode top = row(parseArgument(inner, "the first argument of \\" + name));
        MathNode bottom = row(parseArgument(inner, "the second argument of \\" + name));
        MathNode binomial = element("mrow", token("mo", "(", "fence", "true"),
                element("mfrac", List.of(top, bottom), "linethickness", "0px"), token("mo", ")", "fence", "true"));
        if (name.equals("binom")) {
            return Atom.of(binomial);
        }
        return Atom.of(element("mstyle", List.of(binomial), "scriptlevel", "0", "displaystyle", String.valueOf(display)));
    }

    private Atom root(Style style) {
        Optional<List<MathNode>> index = optionalArgument(style);
        MathNode radicand = row(parseArgument(style, "the argument of \\sqrt"));
        return Atom.of(index.isPresent() ? element("mroot", radicand, row(index.get())) : element("msqrt", radicand));
    }

    /** An optional argument in brackets ({@code \sqrt[3]}, {@code \xrightarrow[below]}), if one comes next. */
    private Optional<List<MathNode>> optionalArgument(Style style) {
        skipSpace();
        if (pos >= end || src.charAt(pos) != '[') {
            return Optional.empty();
        }
        int open = pos;
        int close = matchingBracket(open);
        int outerEnd = end;
        pos = open + 1;
        end = close;
        List<MathNode> inside = parseList(style);
        if (pos < end) {
            throw unexpectedStop();
        }
        end = outerEnd;
        pos = close + 1;
        return Optional.of(inside);
    }

    /** The ] closing the [ at {@code open}, skipping brace groups. */
    int matchingBracket(int open) {
        int braces = 0;
        for (int i = open + 1; i < end; i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces--;
            } else if (c == ']' && braces == 0) {
                return i;
            }
        }
        throw new TexException(open, "missing ] after [");
    }

    private Atom fenced(Style style, int start) {
        List<MathNode> nodes = new ArrayList<>();
        String open = readDelimiter("left", true);
        if (!open.isEmpty()) {
            nodes.add(token("mo", open, "fence", "true"));
        }
        while (true) {
            nodes.addAll(parseList(style));
            String command = pos < end ? peekCommand() : "";
            if (command.equals("middle")) {
                pos += "middle".length() + 1;
                String middle = readDelimiter("middle", false);
                nodes.add(token("mo", middle, "fence", "true", "lspace", "0.05em", "rspace", "0.05em"));
            } else if (command.equals("right")) {
                pos += "right".length() + 1;
                String close = readDelimiter("right", true);
                if (!close.isEmpty()) {
                    nodes.add(token("mo", close, "fence", "true"));
                }
                return Atom.of(element("mrow", nodes));
            } else if (pos >= end) {
                throw new TexException(start, "missing \\right after \\left");
            } else {
                throw unexpectedStop();
            }
        }
    }

    /** The delimiter after \left, \right, \middle or \big: a character or a command; "." is none. */
    private String readDelimiter(String after, boolean fence) {
        skipSpace();
        if (pos >= end) {
            throw new TexException(pos, "missing delimiter after \\" + after);
        }
        int start = pos;
        char c = src.charAt(pos);
        if (c != '\\') {
            pos++;
            return switch (c) {
                case '.' -> "";
                case '(', ')', '[', ']', '/' -> String.valueOf(c);
                case '|' -> fence ? "∣" : "|";
                case '<' -> "⟨";
                case '>' -> "⟩";
                default -> throw new TexException(start, "\\" + after + " needs a delimiter such as ( [ | or \\{, not " + c);
            };
        }
        String name = readCommand();
        return switch (name) {
            case "{", "lbrace" -> "{";
            case "}", "rbrace" -> "}";
            case "|", "Vert", "lVert", "rVert" -> "∥";
            case "vert", "lvert", "rvert", "mid" -> "∣";
            case "langle" -> "⟨";
            case "rangle" -> "⟩";
            case "lfloor" -> "⌊";
            case "rfloor" -> "⌋";
            case "lceil" -> "⌈";
            case "rceil" -> "⌉";
            case "lbrack" -> "[";
            case "rbrack" -> "]";
            case "uparrow" -> "↑";
            case "downarrow" -> "↓";
            case "backslash" -> "\\";
            default -> throw new TexException(start, "\\" + after + " needs a delimiter such as ( [ | or \\{, not \\" + name);
        };
    }

    private Atom operatorName(String name, Style style) {
        List<MathNode> argument = parseArgument(style.withFont(Font.ROMAN), "the argument of \\" + name);
        StringBuilder text = new StringBuilder();
        for (MathNode node : argument) {
            if (!node.isToken() || !node.children().isEmpty()) {
                text = null;
                break;
            }
            text.append(node.text());
        }
        MathNode operator = text != null
                ? token("mi", text.toString(), "mathvariant", "normal")
                : row(argument);
        return new Atom(List.of(operator, token("mo", FUNCTION_APPLICATION)),
                name.endsWith("*") ? Limits.IN_DISPLAY : Limits.NEVER);
    }

    /** \text{...}: the words as {@code mtext}, with {@code $...$} inside back in math. */
    private MathNode text(String name, Style style) {
        return row(textParts(name, style));
    }

    private List<MathNode> textParts(String name, Style style) {
        skipSpace();
        if (pos >= end || src.charAt(pos) != '{') {
            throw new TexException(pos, "\\" + name + " needs its text in braces: \\" + name + "{...}");
        }
        int open = pos;
        pos++;
        MathAlphabet alphabet = TEXT_FONTS.get(name);
        List<MathNode> parts = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        int braces = 0;
        while (true) {
            if (pos >= end) {
                throw new TexException(open, "unbalanced braces: { without a matching }");
            }
            char c = src.charAt(pos);
            if (c == '}' && braces == 0) {
                pos++;
                break;
            }
            if (c == '{' || c == '}') {
                braces += c == '{' ? 1 : -1;
                pos++;
            } else if (c == '\\' && pos + 1 < end && "{}$%&#_ ".indexOf(src.charAt(pos + 1)) >= 0) {
                words.append(src.charAt(pos + 1) == ' ' ? '\u00a0' : src.charAt(pos + 1));
                pos += 2;
            } else if (c == '\\') {
                int at = pos;
                String command = readCommand();
                throw new TexException(at, "unknown command \\" + command + " in \\" + name);
            } else if (c == '$') {
                int close = src.indexOf('$', pos + 1);
                if (close < 0 || close >= end) {
                    throw new TexException(pos, "$ in \\" + name + " without a closing $");
                }
                flushText(words, alphabet, parts);
                int outerEnd = end;
                pos++;
                end = close;
                List<MathNode> math = parseList(style.withDisplay(false).withFont(Font.NONE));
                if (pos < end) {
                    throw unexpectedStop();
                }
                end = outerEnd;
                pos = close + 1;
                parts.add(element("mstyle", List.of(row(math)), "scriptlevel", "0", "displaystyle", "false"));
            } else if (Character.isWhitespace(c)) {
                words.append('\u00a0');
                while (pos < end && Character.isWhitespace(src.charAt(pos))) {
                    pos++;
                }
            } else {
                words.append(c);
                pos++;
            }
        }
        flushText(words, alphabet, parts);
        return parts;
    }

    private static void flushText(StringBuilder words, MathAlphabet alphabet, List<MathNode> parts) {
        if (!words.isEmpty() || parts.isEmpty()) {
            parts.add(token("mtext", alphabet == null ? words.toString() : alphabet.apply(words.toString())));
        }
        words.setLength(0);
    }

    /** The raw text of a {...} argument, for commands whose argument is not math (\label). */
    String readRawGroup(String name) {
        skipSpace();
        if (pos >= end || src.charAt(pos) != '{') {
            throw new TexException(pos, "\\" + name + " needs its argument in braces");
        }
        int close = src.indexOf('}', pos);
        if (close < 0 || close >= end) {
            throw new TexException(pos, "unbalanced braces: { without a matching }");
        }
        String raw = src.substring(pos + 1, close);
        pos = close + 1;
        return raw;
    }

    // ---- environments use these

    List<MathNode> parseCell(boolean display) {
        return parseList(new Style(display, Font.NONE));
    }

    String source() {
        return src;
    }

    int position() {
        return pos;
    }

    int end() {
        return end;
    }

    void advance(int n) {
        pos += n;
    }

    // ---- characters

    void skipSpace() {
        while (pos < end) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '%') {
                // a TeX comment runs to the end of the line
                while (pos < end && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                break;
            }
        }
    }

    /** The name of the command at the reader, without the backslash, or "" when none is there. */
    String peekCommand() {
        if (pos >= end || src.charAt(pos) != '\\' || pos + 1 >= end) {
            return "";
        }
        int i = pos + 1;
        if (!isCommandLetter(src.charAt(i))) {
            return String.valueOf(src.charAt(i));
        }
        while (i < end && isCommandLetter(src.charAt(i))) {
            i++;
        }
        String letters = src.substring(pos + 1, i);
        if (i < end && src.charAt(i) == '*' && (letters.equals("operatorname") || letters.equals("tag"))) {
            i++;
        }
        return src.substring(pos + 1, i);
    }

    private static boolean isCommandLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Reads the command at the reader; a backslash at the very end is an error. */
    String readCommand() {
        String name = peekCommand();
        if (name.isEmpty()) {
            throw new TexException(pos, "a lone \\ at the end of the formula");
        }
        pos += name.length() + 1;
        return name;
    }

    void enter() {
        if (++depth > MAX_DEPTH) {
            throw new TexException(pos, "nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    void leave() {
        depth--;
    }
}
