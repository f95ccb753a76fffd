package io.github.conglongli.site.render.view;

/** A navigation entry; {@code current} marks the page being shown (aria-current). */
public record NavLink(String title, String url, boolean current) {

    /** A link to a page other than the one shown. */
    public static NavLink to(String title, String url) {
        return new NavLink(title, url, false);
    }
}
