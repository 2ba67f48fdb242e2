package org.tarikh.ingest;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Splits a text that opens with a YAML front-matter block ({@code ---} … {@code ---}) into its fields and its
 * body. Archival cards are written this way: the card's {@code title} ("ЛЕКЕРОВ Азимбай Лекерович") and
 * {@code description} (the card text) are the document, so {@link #documentText()} puts them first.
 *
 * <p>Only plain YAML is accepted (no tags, no anchors beyond a small limit): front matter comes from outside.
 *
 * @param fields scalar fields as strings (lists joined with "; "), in the order written
 * @param body   what follows the closing {@code ---}
 */
public record FrontMatter(Map<String, String> fields, String body) {
    private static final int MAX_FRONT_MATTER_CHARS = 1_000_000;

    public FrontMatter {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Whether the text opens with a front-matter fence. */
    public static boolean startsWithFrontMatter(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.startsWith("---\n") || t.startsWith("---\r\n");
    }

    /**
     * Parses the front matter at the start of {@code text}.
     *
     * @throws UnreadableDocumentException when the block is not closed or not valid YAML, with the line
     */
    public static FrontMatter parse(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstLineEnd = t.indexOf('\n') + 1;
        int close = findClosingFence(t, firstLineEnd);
        if (close < 0) {
            throw new UnreadableDocumentException("malformed front matter: the opening '---' is never closed");
        }
        String yamlText = t.substring(firstLineEnd, close);
        if (yamlText.length() > MAX_FRONT_MATTER_CHARS) {
            throw new UnreadableDocumentException("malformed front matter: over " + MAX_FRONT_MATTER_CHARS + " characters");
        }
        int bodyStart = t.indexOf('\n', close);
        String body = bodyStart < 0 ? "" : t.substring(bodyStart + 1);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_FRONT_MATTER_CHARS);
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(options)).load(yamlText);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 2;
            throw new UnreadableDocumentException("malformed front matter at line " + line + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new UnreadableDocumentException("malformed front matter: " + firstLine(e.getMessage()));
        }
        if (loaded == null) return new FrontMatter(Map.of(), body);
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new UnreadableDocumentException("malformed front matter: expected 'key: value' fields, found "
                    + loaded.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) continue;
            fields.put(String.valueOf(entry.getKey()).trim().toLowerCase(java.util.Locale.ROOT), scalar(entry.getValue()));
        }
        return new FrontMatter(fields, body);
    }

    /** Title, then description, then the body: the text that the pipeline reads and its offsets refer to. */
    public String documentText() {
        StringBuilder text = new StringBuilder();
        for (String key : List.of("title", "description")) {
            String value = fields.get(key);
            if (value != null && !value.isBlank()) {
                if (!text.isEmpty()) text.append("\n\n");
                text.append(value.strip());
            }
        }
        if (!body.isBlank()) {
            if (!text.isEmpty()) text.append("\n\n");
            text.append(body.strip());
        }
        return text.toString();
    }

    private static int findClosingFence(String t, int from) {
        int lineStart = from;
        while (lineStart < t.length()) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = t.length();
            String line = t.substring(lineStart, lineEnd).strip();
            if (line.equals("---") || line.equals("...")) return lineStart;
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static String scalar(Object value) {
        if (value instanceof Date date) return date.toInstant().toString().substring(0, 10);
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Map<?, ?>) return value.toString();
        return String.valueOf(value);
    }

    private static String firstLine(String message) {
        if (message == null) return "not valid YAML";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
