package io.github.conglongli.site.render.view;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * A schema.org JSON-LD block, written by Jackson. Inside {@code <script>} the HTML parser only
 * looks for {@code </script}, so every {@code <} is written as its JSON escape {@code \u003c},
 * which keeps any text in the data from ending the block. Equal when the text is, so pages
 * showing it can be compared by what they show (see PageMemo).
 */
public record JsonLd(String json) implements Content {

    public JsonLd {
        json = json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(json);
    }
}
