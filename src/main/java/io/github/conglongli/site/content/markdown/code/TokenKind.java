package io.github.conglongli.site.content.markdown.code;

/** What a piece of code is, as the stylesheet colours it: each kind is one CSS class. */
public enum TokenKind {
    PLAIN(""),
    KEYWORD("tok-keyword"),
    TYPE("tok-type"),
    BUILTIN("tok-builtin"),
    CONSTANT("tok-constant"),
    FUNCTION("tok-function"),
    STRING("tok-string"),
    NUMBER("tok-number"),
    COMMENT("tok-comment"),
    META("tok-meta"),
    VARIABLE("tok-variable"),
    PROPERTY("tok-property"),
    SECTION("tok-section"),
    INSERTED("tok-inserted"),
    DELETED("tok-deleted"),
    HEADING("tok-heading"),
    EMPHASIS("tok-emphasis"),
    PROMPT("tok-prompt");

    private final String cssClass;

    TokenKind(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The class a {@code <span>} of this kind carries; empty for plain text, which needs no span. */
    public String cssClass() {
        return cssClass;
    }
}
