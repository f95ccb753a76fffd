package io.github.conglongli.site.content.math;

/**
 * Turns a LaTeX formula into MathML Core, the way KaTeX ({@code output: 'mathml'}) does for the
 * commands researchers use, without a JavaScript engine. The LaTeX travels along in an
 * {@code annotation} for screen readers and copying. No {@code style} attributes: the site's CSP
 * refuses them. Stateless and safe to share between threads.
 */
public final class TexToMathMl {

    /** Longer formulas are refused before parsing, so one file cannot stall a reload. */
    public static final int MAX_LENGTH = 20_000;

    /** Whether a formula sits in running text or on its own line. */
    public enum Display { INLINE, BLOCK }

    public MathResult convert(String tex, Display display) {
        if (tex.length() > MAX_LENGTH) {
            return new MathResult.Failed(0, "formula longer than " + MAX_LENGTH + " characters");
        }
        if (tex.isBlank()) {
            return new MathResult.Failed(0, "empty formula");
        }
        try {
            MathNode body = new TexParser(tex, display == Display.BLOCK).parse();
            StringBuilder out = new StringBuilder(tex.length() * 12 + 64);
            out.append(display == Display.BLOCK ? "<math display=\"block\">" : "<math>");
            out.append("<semantics>");
            body.write(out);
            out.append("<annotation encoding=\"application/x-tex\">");
            MathNode.escape(tex.strip(), out);
            out.append("</annotation></semantics></math>");
            return new MathResult.Rendered(out.toString());
        } catch (TexException e) {
            return new MathResult.Failed(Math.min(e.offset(), tex.length()), e.getMessage());
        } catch (StackOverflowError e) {
            return new MathResult.Failed(0, "formula nested too deeply");
        }
    }
}
