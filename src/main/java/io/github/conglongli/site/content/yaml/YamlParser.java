package io.github.conglongli.site.content.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.conglongli.site.content.source.Problems;
import io.github.conglongli.site.content.source.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a {@link YamlNode} tree with positions, using Jackson's streaming
 * YAML parser. Data binding is done by hand afterwards (see {@link FieldReader}) because
 * Jackson's data binding stops at the first problem and forgets positions, while the site
 * owner deserves every error with its line and column.
 *
 * <p>Hostile input is refused early: oversized files, invalid UTF-8, deep nesting, and aliases
 * (no content file needs them, and refusing them makes "billion laughs" impossible).
 */
public final class YamlParser {

    static final int MAX_DEPTH = 24;

    private final YAMLFactory factory;

    public YamlParser() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(SourceText.MAX_FILE_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH + 8);
        options.setMaxAliasesForCollections(0);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 8)
                        .maxStringLength(SourceText.MAX_FILE_BYTES)
                        .build())
                .build();
    }

    /** Parses {@code bytes}; problems go to {@code problems}, and an empty result means "unusable". */
    public Optional<YamlNode> parse(byte[] bytes, Problems problems) {
        Optional<String> text = SourceText.decode(bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try (YAMLParser parser = (YAMLParser) factory.createParser(text.get())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlNode.Empty(1, 1));
            }
            YamlNode root = new TreeBuilder(parser, problems).read(first, 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.at(at.getLineNr(), at.getColumnNr(),
                        "a second YAML document starts here; a content file holds exactly one (remove the '---' line)");
            }
            return Optional.of(root);
        } catch (Rejected rejected) {
            problems.at(rejected.line, rejected.column, rejected.getMessage());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            reportSyntaxError(e, problems);
            return Optional.empty();
        }
    }

    private static void reportSyntaxError(Exception e, Problems problems) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                problems.at(mark.getLine() + 1, mark.getColumn() + 1, explain(marked));
                return;
            }
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
            problems.at(jpe.getLocation().getLineNr(), jpe.getLocation().getColumnNr(),
                    "invalid YAML: " + jpe.getOriginalMessage());
            return;
        }
        problems.file("invalid YAML: " + e.getMessage());
    }

    /** Turns SnakeYAML's parser vocabulary into what a person editing the file needs to hear. */
    static String explain(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Mark context = e.getContextMark();
        String started = context == null ? "" : " (the block started at line " + (context.getLine() + 1) + ")";
        if (problem.startsWith("mapping values are not allowed")) {
            return "bad indentation or an unquoted ': ' in a value: expected this line to line up with "
                    + "the keys above it, or the value to be quoted";
        }
        if (problem.startsWith("expected <block end>")) {
            return "bad indentation: expected this line to line up with the block it belongs to"
                    + started;
        }
        if (problem.contains("(TAB)")) {
            return "a tab is used for indentation; YAML expects spaces";
        }
        if (problem.startsWith("could not find expected ':'")) {
            return "expected 'key: value' here" + started;
        }
        if (problem.startsWith("found duplicate anchor") || problem.contains("alias")) {
            return "YAML anchors and aliases are not supported in content files";
        }
        String context1 = e.getContext() == null ? "" : e.getContext() + ": ";
        return "invalid YAML: " + context1 + problem;
    }

    /** Stops parsing with an error at a position. */
    private static final class Rejected extends RuntimeException {
        final int line;
        final int column;

        Rejected(JsonLocation at, String message) {
            super(message, null, false, false);
            this.line = at.getLineNr();
            this.column = at.getColumnNr();
        }
    }

    private record TreeBuilder(YAMLParser parser, Problems problems) {

        YamlNode read(JsonToken token, int depth) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            int line = at.getLineNr();
            int column = at.getColumnNr();
            if (depth > MAX_DEPTH) {
                throw new Rejected(at, "nested more than " + MAX_DEPTH + " levels deep");
            }
            switch (token) {
                case START_OBJECT: {
                    List<YamlNode.Entry> entries = new ArrayList<>();
                    Map<String, Integer> firstLine = new HashMap<>();
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                        JsonLocation keyAt = parser.currentTokenLocation();
                        String key = parser.currentName();
                        YamlNode value = read(parser.nextToken(), depth + 1);
                        Integer previous = firstLine.putIfAbsent(key, keyAt.getLineNr());
                        if (previous != null) {
                            problems.at(keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate key '" + key
                                    + "' (already defined at line " + previous + "); keep only one");
                        } else {
                            entries.add(new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                        }
                    }
                    return new YamlNode.Mapping(List.copyOf(entries), line, column);
                }
                case START_ARRAY: {
                    List<YamlNode> items = new ArrayList<>();
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        items.add(read(t, depth + 1));
                    }
                    return new YamlNode.Sequence(List.copyOf(items), line, column);
                }
                case VALUE_STRING:
                    if (parser.isCurrentAlias()) {
                        throw new Rejected(at, "YAML aliases (*" + parser.getText()
                                + ") are not supported in content files; write the value out");
                    }
                    return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.TEXT, line, column);
                case VALUE_NUMBER_INT:
                    return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.INTEGER, line, column);
                case VALUE_NUMBER_FLOAT:
                    return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.DECIMAL, line, column);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.BOOLEAN, line, column);
                case VALUE_NULL:
                    return new YamlNode.Empty(line, column);
                default:
                    throw new Rejected(at, "unsupported YAML construct (" + token + ")");
            }
        }
    }
}
