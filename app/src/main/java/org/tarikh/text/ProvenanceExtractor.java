package org.tarikh.text;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's provenance from its metadata first and its text second.
 *
 * <p>Rules:
 * <ul>
 *   <li>title: metadata "title", else the first short heading-like content paragraph, else the title part of a
 *       site header.</li>
 *   <li>publisher: metadata "publisher"/"site_name", else the site part of a header such as
 *       {@code "… - e-history.kz"}, else the host of metadata "url", else the first domain named in the text (not
 *       an e-mail address).</li>
 *   <li>author: metadata "author"/"creator", else a byline ("By …", "Автор: …", "Авторы: …").</li>
 *   <li>translator: metadata "translator", else "Translated by …", "Перевод …", "Перевела …", "Аударған …".</li>
 *   <li>published: metadata "published"/"date" (as ISO when readable), else a publication line
 *       ({@code "Жарияланған-2023-03-24 17:13:25"} → {@code "2023-03-24"}).</li>
 *   <li>citedSource: a labelled line ("Источник: …", "Source: …"), else a literature line, else the last
 *       bibliographic line of the document.</li>
 *   <li>archive references: see {@link ArchiveReferenceParser}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class ProvenanceExtractor {
    private static final int BYLINE_MAX = 150;
    private static final Pattern TRANSLATOR = Pattern.compile("(?iu)^(?:translated(?: from [\\p{L}]+)? by"
            + "|translation(?: from [\\p{L}]+)? by|translator\\s*:|перевод(?: с [\\p{L}]+(?: языка)?)?(?:\\s*:)?"
            + "|перевела|перев[её]л|переводчик\\s*:?|аударған(?:\\s*:)?|аударма(?:\\s*:)?|аударушы(?:\\s*:)?)"
            + "[\\s:–—-]*(\\p{L}.{1,100})$");
    private static final Pattern AUTHOR = Pattern.compile(
            "(?iu)^(?:by|author\\s*:|автор\\s*:|авторы\\s*:|авторлар\\s*:|автор\\s+[–—-])\\s*(\\p{Lu}.{1,100})$");
    private static final Pattern SITE_HEADER = Pattern.compile("^(.{3,200}?)\\s+[-–—|:]{1,2}\\s+(.{1,60})$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:]+$");
    private static final Pattern HEADING_END = Pattern.compile("[,;:]$");

    private final ArchiveReferenceParser archives = new ArchiveReferenceParser();

    Provenance extract(List<Paragraph> paragraphs, Map<String, String> metadata, String normalized,
                       OffsetMap offsets, String original) {
        String title = meta(metadata, "title", "dc:title", "og:title");
        String publisher = meta(metadata, "publisher", "site_name", "og:site_name", "dc:publisher");
        String author = meta(metadata, "author", "creator", "dc:creator", "meta:author");
        String translator = meta(metadata, "translator");
        String published = meta(metadata, "published", "date", "dcterms:created", "dc:date", "created");
        if (published != null) {
            String iso = PublicationDates.parse(published);
            published = iso != null ? iso : published;
        }

        String headerTitle = null;
        String headerSite = null;
        for (Paragraph p : paragraphs) {
            if ("site header".equals(p.reason)) {
                Matcher m = SITE_HEADER.matcher(p.text.strip());
                if (m.matches()) {
                    headerTitle = m.group(1).strip();
                    headerSite = m.group(2).strip();
                } else {
                    headerSite = p.text.strip();
                }
                break;
            }
        }
        if (title == null) {
            title = headingOf(paragraphs);
        }
        if (title == null) {
            title = headerTitle;
        }
        if (publisher == null) {
            publisher = headerSite;
        }
        if (publisher == null) {
            publisher = hostOf(meta(metadata, "url", "source_url", "og:url"));
        }
        if (publisher == null) {
            publisher = firstDomain(paragraphs);
        }

        String bibliographic = null;
        for (Paragraph p : paragraphs) {
            if (p.length() > BYLINE_MAX) {
                if (CitationLines.isBibliographic(p.text)) {
                    bibliographic = p.text.strip();
                }
                continue;
            }
            String line = p.text.strip();
            if (translator == null) {
                Matcher m = TRANSLATOR.matcher(line);
                if (m.matches()) {
                    translator = trimName(m.group(1));
                    continue;
                }
            }
            if (author == null) {
                Matcher m = AUTHOR.matcher(line);
                if (m.matches()) {
                    author = trimName(m.group(1));
                    continue;
                }
            }
            if (published == null) {
                Matcher m = BoilerplateDetector.PUBLISHED_MARKER.matcher(line);
                while (m.find()) {
                    String date = PublicationDates.parse(line.substring(m.end(), Math.min(line.length(), m.end() + 40)));
                    if (date != null) {
                        published = date;
                        break;
                    }
                }
            }
            if (CitationLines.isBibliographic(line)) {
                bibliographic = line;
            }
        }
        String cited = CitationLines.labelledSource(paragraphs);
        if (cited == null) {
            cited = bibliographic;
        }
        List<ArchiveReference> references = archives.find(paragraphs, normalized, offsets, original);
        return new Provenance(title, publisher, author, translator, published, cited, references);
    }

    private static final String[] TOP_LEVEL_DOMAINS = {".kz", ".ru", ".com", ".org", ".net", ".su", ".info", ".edu",
        ".gov", ".uk", ".de", ".fr", ".ua", ".kg", ".uz", ".io", ".media", ".news", ".қаз"};

    private static String firstDomain(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            if (p.mentions(TOP_LEVEL_DOMAINS)) {
                Matcher m = BoilerplateDetector.DOMAIN.matcher(p.text);
                if (m.find()) {
                    return stripWww(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return null;
    }

    /** A translator's or author's credit line: provenance, kept as content wherever it stands. */
    static boolean isCredit(Paragraph p) {
        if (p.length() > BYLINE_MAX) {
            return false;
        }
        String line = p.text.strip();
        return TRANSLATOR.matcher(line).matches() || AUTHOR.matcher(line).matches();
    }

    private static final java.util.regex.Pattern MARKDOWN_HEADING = java.util.regex.Pattern.compile("^#{1,6}\\s+|\\s+#+$");

    private static String headingOf(List<Paragraph> paragraphs) {
        int looked = 0;
        for (Paragraph p : paragraphs) {
            if (p.isBoilerplate() || p.letters < 4) {
                continue;
            }
            if (++looked > 3) {
                return null;
            }
            // a Markdown heading's marks are not part of its words: "# Seminar notes" is titled "Seminar notes"
            String line = MARKDOWN_HEADING.matcher(p.text.strip()).replaceAll("").strip();
            if (p.isSingleLine() && !line.isEmpty() && line.length() <= 200
                    && BoilerplateDetector.SPACES.split(line).length <= 25 && !HEADING_END.matcher(line).find()) {
                return line;
            }
            if (p.length() > 200) {
                return null; // the text begins without a heading
            }
        }
        return null;
    }

    private static String meta(Map<String, String> metadata, String... keys) {
        if (metadata == null) {
            return null;
        }
        for (String key : keys) {
            String value = metadata.get(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : stripWww(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String trimName(String name) {
        return TRAILING_PUNCTUATION.matcher(name.strip()).replaceAll("");
    }
}
