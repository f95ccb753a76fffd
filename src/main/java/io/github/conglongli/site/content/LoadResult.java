package io.github.conglongli.site.content;

import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.content.source.LocalLink;
import java.util.List;

/**
 * The outcome of loading the content directory: a whole site and the warnings found (what the
 * site shows differently from what was written, such as HTML a page may not carry), or every
 * error found.
 */
public sealed interface LoadResult {

    /** @param links every link the content makes to a path on this site, for the check that it is there */
    record Loaded(Site site, List<ContentError> warnings, List<LocalLink> links) implements LoadResult {
        public Loaded {
            warnings = List.copyOf(warnings);
            links = List.copyOf(links);
        }
    }

    record Failed(List<ContentError> errors) implements LoadResult {
        public Failed {
            errors = List.copyOf(errors);
        }
    }
}
