package org.tarikh.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML page into paragraph text and metadata with jsoup. Scripts, styles and forms are dropped (never
 * shown, never indexed); every block element starts a new paragraph so that the text stage can tell a site
 * header or a "read more" list from the article. Text that the page shows as markup ({@code &lt;script&gt;}) stays
 * literal text.
 */
final class HtmlText {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "head");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "nav",
            "aside", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
            "blockquote", "pre", "figure", "figcaption", "address", "hr", "br", "title", "body");

    private HtmlText() {}

    static Map.Entry<String, Map<String, String>> read(String html) {
        Document page = Jsoup.parse(html);
        Map<String, String> metadata = new LinkedHashMap<>();
        String title = page.title();
        if (!title.isBlank()) metadata.put("title", title.strip());
        for (Element meta : page.select("meta[content]")) {
            String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            String key = switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "author", "article:author", "dc.creator" -> "author";
                case "og:site_name", "publisher", "dc.publisher" -> "publisher";
                case "article:published_time", "date", "dc.date", "pubdate" -> "date";
                case "description", "og:description" -> "summary";
                case "og:title" -> metadata.containsKey("title") ? null : "title";
                default -> null;
            };
            if (key != null && !meta.attr("content").isBlank()) metadata.putIfAbsent(key, meta.attr("content").strip());
        }
        String lang = page.select("html[lang]").attr("lang");
        if (!lang.isBlank()) metadata.put("language", lang);
        StringBuilder text = new StringBuilder();
        Element body = page.body();
        append(body, text);
        return Map.entry(collapseBlankLines(text.toString()), metadata);
    }

    private static void append(Node node, StringBuilder text) {
        if (node instanceof TextNode textNode) {
            String words = textNode.text().replaceAll("\\s+", " ");
            if (!words.isBlank() || (!text.isEmpty() && text.charAt(text.length() - 1) != ' '
                    && text.charAt(text.length() - 1) != '\n')) {
                if (words.startsWith(" ") && (text.isEmpty() || text.charAt(text.length() - 1) == '\n')) {
                    words = words.stripLeading();
                }
                text.append(words);
            }
            return;
        }
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (DROPPED.contains(tag)) return;
            boolean block = BLOCKS.contains(tag);
            if (block) paragraphBreak(text, tag.equals("br") || tag.equals("li") || tag.equals("tr") ? "\n" : "\n\n");
            for (Node child : element.childNodes()) append(child, text);
            if (block) paragraphBreak(text, tag.equals("li") || tag.equals("tr") ? "\n" : "\n\n");
        }
    }

    private static void paragraphBreak(StringBuilder text, String brk) {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') text.setLength(text.length() - 1);
        if (text.isEmpty()) return;
        text.append(brk);
    }

    private static String collapseBlankLines(String text) {
        return text.replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
