package io.github.conglongli.site.content;

import io.github.conglongli.site.content.source.ContentError;
import java.util.List;

/** The outcome of loading the content directory: a whole site, or every error found. */
public sealed interface LoadResult {

    record Loaded(Site site) implements LoadResult {}

    record Failed(List<ContentError> errors) implements LoadResult {
        public Failed {
            errors = List.copyOf(errors);
        }
    }
}
