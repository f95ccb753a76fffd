package io.github.conglongli.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiler checks each {@link PageTemplate} against the class jte generates from its file; this
 * checks the other direction: a page template added to src/main/jte/pages has its typed entry.
 */
class PageTemplateTest {

    @Test
    void everyPageTemplateFileHasExactlyOneTypedEntry() throws IOException {
        Path pages = Path.of("src/main/jte/pages");
        List<String> files;
        try (Stream<Path> list = Files.list(pages)) {
            files = list.map(f -> "pages/" + f.getFileName()).filter(name -> name.endsWith(".jte")).sorted().toList();
        }
        List<String> typed = PageTemplate.all().stream().map(PageTemplate::name).sorted().toList();

        assertEquals(files, typed, "each template in " + pages + " needs one constant in PageTemplate");
    }
}
