package io.github.conglongli.site.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * One start tag as the HTML lexer read it and what the sanitizer policy made of it: kept with
 * some of its attributes, or removed. Like OWASP's {@code HtmlChangeReporter}, but keeping the
 * attribute values, so that a report can say which link was refused and not only that an
 * {@code href} was.
 *
 * @param kept the attributes the policy let through, or empty when it removed the element
 */
record TagOutcome(String element, List<Attribute> written, Optional<List<Attribute>> kept) {

    record Attribute(String name, String value) {}

    /** The outcome of every start tag in {@code html}, in order. */
    static List<TagOutcome> of(String html, PolicyFactory policy) {
        List<TagOutcome> outcomes = new ArrayList<>();
        LastStartTag emitted = new LastStartTag();
        HtmlSanitizer.Policy inner = policy.apply(emitted);
        HtmlSanitizer.sanitize(html, new Witness(inner, emitted, outcomes));
        return outcomes;
    }

    private static List<Attribute> pairs(List<String> namesAndValues) {
        List<Attribute> attributes = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.size(); i += 2) {
            attributes.add(new Attribute(namesAndValues.get(i), namesAndValues.get(i + 1)));
        }
        return List.copyOf(attributes);
    }

    /** Stands between the lexer and the policy and compares what went in with what came out. */
    private record Witness(HtmlSanitizer.Policy policy, LastStartTag emitted, List<TagOutcome> outcomes)
            implements HtmlSanitizer.Policy {

        @Override
        public void openTag(String elementName, List<String> attrs) {
            // the policy edits attrs in place
            List<Attribute> written = pairs(attrs);
            emitted.clear();
            policy.openTag(elementName, attrs);
            outcomes.add(new TagOutcome(elementName, written, emitted.attributes()));
        }

        @Override
        public void openDocument() {
            policy.openDocument();
        }

        @Override
        public void closeDocument() {
            policy.closeDocument();
        }

        @Override
        public void closeTag(String elementName) {
            policy.closeTag(elementName);
        }

        @Override
        public void text(String textChunk) {
            policy.text(textChunk);
        }
    }

    /** Receives what the policy lets through; only the start tag just written matters here. */
    private static final class LastStartTag implements HtmlStreamEventReceiver {
        private List<Attribute> attributes;

        void clear() {
            attributes = null;
        }

        Optional<List<Attribute>> attributes() {
            return Optional.ofNullable(attributes);
        }

        @Override
        public void openTag(String elementName, List<String> attrs) {
            attributes = pairs(attrs);
        }

        @Override
        public void openDocument() {}

        @Override
        public void closeDocument() {}

        @Override
        public void closeTag(String elementName) {}

        @Override
        public void text(String text) {}
    }
}
