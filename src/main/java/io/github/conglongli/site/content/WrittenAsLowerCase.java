package io.github.conglongli.site.content;

import java.util.Locale;

/**
 * An enum whose constants the owner writes in lower case ({@code kind: invited}, {@code links: {pdf: ...}})
 * and whose interface text is named the same way ("link.pdf", "talk.invited").
 */
public interface WrittenAsLowerCase {

    /** The constant's name, as {@link Enum#name()} gives it. */
    String name();

    default String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
