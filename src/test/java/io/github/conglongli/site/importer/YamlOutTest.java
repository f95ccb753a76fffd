package io.github.conglongli.site.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the importer writes reads back as the same text, whatever the old site's titles hold. */
class YamlOutTest {

    @Test
    void awkwardTextsReadBackUnchanged() throws Exception {
        List<String> texts = List.of("Title: with a colon", "\"Quoted\" start", "'single'", "- dash", "# hash",
                "a # comment?", "yes", "No", "null", "2019-06-12", "1.0", "@handle", "50% off", "[not a list]",
                "{not: a map}", "trailing colon:", " leading space", "tab\tinside", "ends with space ",
                "Two\nlines", "Paragraph one.\n\nParagraph two with: colon", "line\u2028separator", "日本語: タイトル",
                "ends in backslash\\", "*emphasis* first", "| pipe", "> angle", "%percent", "`code`", "!bang", "&amp",
                "?question", "multi\nline with trailing space \nhere");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("items", texts.stream().map(t -> Map.<String, Object>of("title", t)).toList());
        doc.put("list", texts);

        String yaml = YamlOut.document(doc);

        @SuppressWarnings("unchecked")
        Map<String, Object> read = new ObjectMapper(new YAMLFactory()).readValue(yaml, Map.class);
        assertEquals(texts.stream().map(String::strip).toList(), ((List<?>) read.get("list")).stream()
                .map(o -> o.toString().strip()).toList(), yaml);
        for (int i = 0; i < texts.size(); i++) {
            String expected = texts.get(i);
            String got = ((Map<?, ?>) ((List<?>) read.get("items")).get(i)).get("title").toString();
            // a block of several lines is written stripped; one-line texts keep every character
            assertEquals(expected.contains("\n") ? expected.strip() : expected, got, yaml);
        }
    }
}
