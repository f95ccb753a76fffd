package io.github.conglongli.site.content.markdown.code;

/** A run of source text of one kind; the tokens of a block, joined, are the block's text. */
public record CodeToken(TokenKind kind, String text) {}
