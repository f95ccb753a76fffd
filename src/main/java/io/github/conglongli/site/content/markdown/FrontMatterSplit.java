package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.source.ContentError;

/** What {@link FrontMatter#split} found: the front matter and body, or why there is none. */
public sealed interface FrontMatterSplit {

    record Found(FrontMatter frontMatter) implements FrontMatterSplit {}

    record Failed(ContentError error) implements FrontMatterSplit {}
}
