package io.github.conglongli.site.search;

import java.util.Optional;

/**
 * One thing a search can find, as plain text by field: a paper, a post, one of the owner's
 * pages, a talk, a course, a project, a news item. A value: a reload re-indexes exactly the
 * documents that are not equal to those of the last snapshot.
 *
 * @param id    stable across reloads (a paper's slug, a post's slug...), unique in a site
 * @param url   the site path the result links to (below the base path)
 * @param date  for ordering ties, newest first: yyyymmdd, 0 when undated
 * @param when  the date as shown, if any ("2022", "2024-01-07")
 */
public record SearchDocument(
        String id,
        SearchKind kind,
        String url,
        String title,
        String headings,
        String authors,
        String venue,
        String tags,
        String key,
        String body,
        Optional<Integer> year,
        int date,
        Optional<String> when) {
}
