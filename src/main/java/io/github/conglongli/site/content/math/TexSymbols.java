package io.github.conglongli.site.content.math;

import java.util.HashMap;
import java.util.Map;

/**
 * The single-symbol commands and what KaTeX makes of each: an identifier ({@code mi}), an
 * upright identifier ({@code mi mathvariant="normal"}), an operator ({@code mo}), an opening or
 * closing delimiter ({@code mo stretchy="false"}), a big operator or a named function.
 */
final class TexSymbols {

    enum Kind { IDENTIFIER, UPRIGHT, OPERATOR, UPRIGHT_OPERATOR, DELIMITER, BIG_OPERATOR, INTEGRAL, FUNCTION,
        LIMIT_FUNCTION }

    record Symbol(Kind kind, String text) {}

    private static final Map<String, Symbol> COMMANDS = build();

    private TexSymbols() {}

    /** The symbol a command without arguments stands for, by its name without the backslash. */
    static Symbol command(String name) {
        return COMMANDS.get(name);
    }

    private static Map<String, Symbol> build() {
        Map<String, Symbol> m = new HashMap<>();
        String[] greek = {"alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ϵ", "varepsilon", "ε",
            "zeta", "ζ", "eta", "η", "theta", "θ", "vartheta", "ϑ", "iota", "ι", "kappa", "κ", "lambda", "λ",
            "mu", "μ", "nu", "ν", "xi", "ξ", "pi", "π", "varpi", "ϖ", "rho", "ρ", "varrho", "ϱ", "sigma", "σ",
            "varsigma", "ς", "tau", "τ", "upsilon", "υ", "phi", "ϕ", "varphi", "φ", "chi", "χ", "psi", "ψ",
            "omega", "ω"};
        put(m, Kind.IDENTIFIER, greek);
        // KaTeX sets these upright (mathvariant="normal"): capital Greek and symbols that are not variables
        put(m, Kind.UPRIGHT, "ell", "ℓ", "Gamma", "Γ", "Delta", "Δ", "Theta", "Θ", "Lambda", "Λ", "Xi", "Ξ", "Pi", "Π",
                "Sigma", "Σ", "Upsilon", "Υ", "Phi", "Φ", "Psi", "Ψ", "Omega", "Ω",
                "infty", "∞", "partial", "∂", "nabla", "∇", "forall", "∀", "exists", "∃", "nexists", "∄",
                "emptyset", "∅", "varnothing", "∅", "top", "⊤", "bot", "⊥", "hbar", "ℏ", "aleph", "ℵ",
                "Re", "ℜ", "Im", "ℑ", "wp", "℘", "neg", "¬", "lnot", "¬", "angle", "∠", "triangle", "△",
                "prime", "′", "vdots", "⋮", "|", "∥", "Vert", "∥", "vert", "∣", "%", "%", "#", "#", "$", "$",
                "&", "&", "_", "_", "surd", "√", "flat", "♭", "sharp", "♯", "natural", "♮", "clubsuit", "♣",
                "diamondsuit", "♢", "heartsuit", "♡", "spadesuit", "♠", "checkmark", "✓", "square", "□",
                "blacksquare", "■", "backslash", "\\", "degree", "°");
        put(m, Kind.UPRIGHT_OPERATOR, "neq", "≠", "ne", "≠", "notin", "∉");
        put(m, Kind.OPERATOR,
                // binary operators
                "pm", "±", "mp", "∓", "times", "×", "div", "÷", "cdot", "⋅", "circ", "∘", "bullet", "∙",
                "ast", "∗", "star", "⋆", "oplus", "⊕", "ominus", "⊖", "otimes", "⊗", "oslash", "⊘", "odot", "⊙",
                "cup", "∪", "cap", "∩", "sqcup", "⊔", "sqcap", "⊓", "uplus", "⊎", "wedge", "∧", "land", "∧",
                "vee", "∨", "lor", "∨", "setminus", "∖", "dagger", "†", "ddagger", "‡", "amalg", "⨿",
                "wr", "≀", "diamond", "⋄", "bigtriangleup", "△", "bigtriangledown", "▽", "centerdot", "⋅",
                // relations
                "le", "≤", "leq", "≤", "ge", "≥", "geq", "≥", "leqslant", "⩽", "geqslant", "⩾", "ll", "≪",
                "gg", "≫", "lesssim", "≲", "gtrsim", "≳", "approx", "≈", "sim", "∼", "simeq", "≃", "cong", "≅",
                "equiv", "≡", "propto", "∝", "in", "∈", "ni", "∋", "subset", "⊂", "supset", "⊃",
                "subseteq", "⊆", "supseteq", "⊇", "subsetneq", "⊊", "supsetneq", "⊋", "sqsubseteq", "⊑",
                "sqsupseteq", "⊒", "mid", "∣", "parallel", "∥", "perp", "⊥", "prec", "≺", "succ", "≻",
                "preceq", "⪯", "succeq", "⪰", "models", "⊨", "vdash", "⊢", "dashv", "⊣", "coloneqq", "≔",
                "eqqcolon", "≕", "doteq", "≐", "asymp", "≍", "triangleq", "≜", "bowtie", "⋈", "smile", "⌣",
                "frown", "⌢", "approxeq", "≊", "nsim", "≁", "ncong", "≆", "nleq", "≰", "ngeq", "≱",
                "nsubseteq", "⊈", "lhd", "⊲", "rhd", "⊳", "unlhd", "⊴", "unrhd", "⊵",
                // arrows
                "to", "→", "rightarrow", "→", "leftarrow", "←", "gets", "←", "leftrightarrow", "↔",
                "Rightarrow", "⇒", "Leftarrow", "⇐", "Leftrightarrow", "⇔", "mapsto", "↦", "longmapsto", "⟼",
                "longrightarrow", "⟶", "longleftarrow", "⟵", "longleftrightarrow", "⟷",
                "Longrightarrow", "⟹", "Longleftarrow", "⟸", "Longleftrightarrow", "⟺",
                "uparrow", "↑", "downarrow", "↓", "updownarrow", "↕", "Uparrow", "⇑", "Downarrow", "⇓",
                "Updownarrow", "⇕", "hookrightarrow", "↪", "hookleftarrow", "↩", "rightharpoonup", "⇀",
                "rightharpoondown", "⇁", "leftharpoonup", "↼", "leftharpoondown", "↽", "rightleftharpoons", "⇌",
                "leftrightarrows", "⇆", "rightleftarrows", "⇄", "nearrow", "↗", "searrow", "↘", "swarrow", "↙",
                "nwarrow", "↖", "leadsto", "⇝", "rightsquigarrow", "⇝", "twoheadrightarrow", "↠",
                "longleftrightarrows", "⟷",
                // dots and the like
                "ldots", "…", "dots", "…", "dotsc", "…", "dotsb", "⋯", "dotsm", "⋯", "cdots", "⋯", "ddots", "⋱",
                "colon", ":");
        put(m, Kind.DELIMITER, "{", "{", "}", "}", "lbrace", "{", "rbrace", "}", "langle", "⟨", "rangle", "⟩",
                "lfloor", "⌊", "rfloor", "⌋", "lceil", "⌈", "rceil", "⌉", "lvert", "∣", "rvert", "∣",
                "lVert", "∥", "rVert", "∥", "lbrack", "[", "rbrack", "]");
        put(m, Kind.BIG_OPERATOR, "sum", "∑", "prod", "∏", "coprod", "∐", "bigcup", "⋃", "bigcap", "⋂",
                "bigoplus", "⨁", "bigotimes", "⨂", "bigodot", "⨀", "bigvee", "⋁", "bigwedge", "⋀",
                "bigsqcup", "⨆", "biguplus", "⨄");
        put(m, Kind.INTEGRAL, "int", "∫", "iint", "∬", "iiint", "∭", "oint", "∮", "oiint", "∯");
        for (String f : new String[] {"sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan",
            "sinh", "cosh", "tanh", "coth", "log", "ln", "lg", "exp", "arg", "deg", "dim", "hom", "ker"}) {
            m.put(f, new Symbol(Kind.FUNCTION, f));
        }
        for (String f : new String[] {"lim", "max", "min", "sup", "inf", "det", "gcd", "Pr"}) {
            m.put(f, new Symbol(Kind.LIMIT_FUNCTION, f));
        }
        m.put("liminf", new Symbol(Kind.LIMIT_FUNCTION, "lim inf"));
        m.put("limsup", new Symbol(Kind.LIMIT_FUNCTION, "lim sup"));
        m.put("argmax", new Symbol(Kind.LIMIT_FUNCTION, "arg max"));
        m.put("argmin", new Symbol(Kind.LIMIT_FUNCTION, "arg min"));
        return Map.copyOf(m);
    }

    private static void put(Map<String, Symbol> m, Kind kind, String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], new Symbol(kind, pairs[i + 1]));
        }
    }
}
