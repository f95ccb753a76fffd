package io.github.conglongli.site.render.view;

/** Addresses of the files every page links to, each carrying its content hash where it has one. */
public record Assets(String stylesheet, String favicon, String appleTouchIcon, String manifest) {}
