package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.Optional;

/**
 * A labelled link, e.g. {@code {label: Google Scholar, url: https://..., text: scholar.google.com/...}}.
 * {@code text} is what the page shows; it defaults to the label.
 */
public record Link(String label, String url, Optional<String> text) {

    static Link read(FieldReader f) {
        return new Link(f.text("label"), f.url("url"), f.optionalText("text"));
    }

    public String display() {
        return text.orElse(label);
    }
}
