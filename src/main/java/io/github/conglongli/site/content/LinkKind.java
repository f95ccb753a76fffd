package io.github.conglongli.site.content;

/** The links a publication may carry, in the order they are shown. */
public enum LinkKind implements WrittenAsLowerCase {
    PDF, CODE, SLIDES, VIDEO, POSTER, PROJECT, BLOG, WEBSITE
}
