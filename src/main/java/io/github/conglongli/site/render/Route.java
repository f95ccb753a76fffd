package io.github.conglongli.site.render;

import java.util.function.Supplier;

/**
 * One address of a site, what its page is made from, and how to make it. Making a route costs
 * next to nothing; {@link #render()} is the expensive step. {@code inputs} is a value (records
 * all the way down) holding everything the page depends on: two routes with equal inputs make
 * byte-identical pages, so a reload may keep a page whose inputs did not change.
 */
public record Route(String path, Object inputs, Supplier<Page> make) {

    public Page render() {
        return make.get();
    }

    /** Whether this route makes the same page as one made from {@code otherInputs}. */
    public boolean sameInputs(Object otherInputs) {
        return inputs.equals(otherInputs);
    }
}
