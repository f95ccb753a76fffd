package io.github.conglongli.site.content;

import io.github.conglongli.site.content.source.ContentError;
import java.util.List;

/**
 * The outcome of loading the content directory: a whole site and the warnings found (what the
 * site shows differently from what was written, such as HTML a page may not carry), or every
 * error found.
 */
public sealed interface LoadResult {

    record Loaded(Site site, List<ContentError> warnings) implements LoadResult {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    record Failed(List<ContentError> errors) implements LoadResult {
        public Failed {
            errors = List.copyOf(errors);
        }
    }
}
