package io.github.conglongli.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.conglongli.site.render.view.Markdown;
import org.junit.jupiter.api.Test;

/** Owner text is data: Markdown formatting yes, HTML or script never. */
class MarkdownTest {

    @Test
    void linksAndEmphasisRender() {
        assertEquals("See <a href=\"https://example.org\">the site</a> and <em>this</em>.",
                Markdown.inline("See [the site](https://example.org) and *this*.").html());
        assertEquals("<p>One.</p>\n<p>Two.</p>", Markdown.block("One.\n\nTwo.").html());
    }

    @Test
    void linksWhoseTextIsTheirAddressAreMarkedSoPrintDoesNotRepeatIt() {
        assertEquals("<a href=\"https://llm-jp.nii.ac.jp\" class=\"shows-target\">llm-jp.nii.ac.jp</a>",
                Markdown.inline("[llm-jp.nii.ac.jp](https://llm-jp.nii.ac.jp)").html());
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        String html = Markdown.block("Hi <script>alert(1)</script> <img src=x onerror=alert(1)>").html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertEquals("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>", html);
    }

    @Test
    void scriptUrlsAreDropped() {
        for (String url : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
            "vbscript:msgbox(1)"}) {
            String html = Markdown.inline("[click](" + url + ")").html();
            assertFalse(html.toLowerCase().contains("script:"), html);
            assertFalse(html.contains("data:"), html);
        }
    }
}
