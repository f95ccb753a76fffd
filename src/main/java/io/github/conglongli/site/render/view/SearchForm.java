package io.github.conglongli.site.render.view;

/**
 * The site's search box, in the header of every page served, and of an export's pages when it
 * has a search page of its own (export --search; a static host has no server to search with):
 * where it sends {@code q}, its label and button, and the query it shows.
 *
 * @param id the input's id, unique in its page (the search page has a second form)
 */
public record SearchForm(String id, String action, String label, String button, String placeholder, String query,
        int maxLength) {}
