package org.tarikh.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tarikh.extract.Mention;
import org.tarikh.resolve.Candidate;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.search.Expansion;
import org.tarikh.search.PersonHit;
import org.tarikh.search.SearchFacets;
import org.tarikh.search.SearchHit;
import org.tarikh.search.SearchResults;
import org.tarikh.search.SnippetHtml;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.ArchiveReference;
import org.tarikh.text.Block;
import org.tarikh.text.BlockKind;
import org.tarikh.text.Provenance;
import org.tarikh.text.Span;

/** The HTML pages of the web interface. Every value from the archive is escaped with {@link Html#text}. */
final class Pages {
    private static final DateTimeFormatter READABLE_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Pages() {}

    static String layout(String title, String query, String body) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Tarikh</title>
                <link rel="stylesheet" href="/static/style.css">
                </head>
                <body>
                <header class="site">
                  <a class="brand" href="/">Tarikh <span lang="kk">· Тарих</span></a>
                  <nav><a href="/">Documents</a> <a href="/persons">Persons</a> <a href="/register">Register</a> <a href="/audit">Audit</a>
                    <span class="account-nav"><!--tarikh:account--></span></nav>
                  <form class="search" action="/" method="get" role="search">
                    <input type="search" name="q" value="%s" aria-label="Search the archive"
                           placeholder="Search in any language or script: Аймауытов, Aymautov, коллективизация…">
                    <button type="submit">Search</button>
                  </form>
                </header>
                <main>
                %s
                </main>
                <footer class="site">Tarikh: an open archive of the history of Kazakhstan, 1917–1950s.
                  <a href="/api/search?q=">JSON API</a></footer>
                </body>
                </html>
                """.formatted(Html.text(title), Html.text(query), body);
    }

    static String home(long documents) {
        return layout("Search", "", """
                <section class="intro">
                <h1>Search the archive</h1>
                <p>%d documents in Kazakh, Russian and English. Type a name in any spelling or script, a place or a
                word: <a href="/?q=%s">Аймауытов</a>, <a href="/?q=Lekerov">Lekerov</a>,
                <a href="/?q=%s">коллективизация</a>, <a href="/?q=%s">"Алаш Орда"</a>.</p>
                <p class="help">Words must all match; <code>"a phrase"</code> in quotes; <code>prefix*</code>;
                <code>OR</code> between alternatives; <code>-word</code> to exclude; <code>title:word</code>;
                <code>year:1937</code>, <code>decade:1930s</code>, <code>lang:kk</code>, <code>kind:pdf</code>;
                <code>person:Рыскулов</code> (any spelling) and <code>place:Семипалатинск</code> (any period name).</p>
                </section>
                """.formatted(documents, Html.url("Аймауытов"), Html.url("коллективизация"), Html.url("\"Алаш Орда\"")));
    }

    static String results(SearchResults results) {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"count\" id=\"count\">").append(results.total())
                .append(results.total() == 1 ? " document" : " documents").append(" for <q>")
                .append(Html.text(results.query())).append("</q></p>\n");
        if (results.fuzzy()) {
            body.append("<p class=\"fuzzy\" id=\"fuzzy\">No exact match; showing near spellings.</p>\n");
        }
        if (!results.persons().isEmpty()) {
            // a name query is first of all a question about the person: their page comes before the documents
            body.append("<section class=\"persons\" aria-label=\"Persons\"><h2>Persons</h2><ul>\n");
            for (PersonHit p : results.persons()) {
                body.append("<li class=\"person\"><a href=\"/persons/").append(Html.url(p.id())).append("\">")
                        .append(Html.text(p.name())).append("</a></li>\n");
            }
            body.append("</ul></section>\n");
        }
        for (Expansion e : results.expanded()) {
            body.append("<p class=\"expanded\">Also searched for <q>").append(Html.text(e.matched())).append("</q>: ")
                    .append(Html.text(String.join(", ", e.labels()))).append("</p>\n");
        }
        facets(body, results);
        body.append("<ol class=\"hits\">\n");
        for (SearchHit hit : results.hits()) {
            String title = hit.title() == null || hit.title().isBlank() ? hit.source() : hit.title();
            body.append("<li class=\"hit\"><a class=\"title\" href=\"/documents/").append(Html.url(hit.id()))
                    .append("?q=").append(Html.url(results.query())).append("\">").append(Html.text(title))
                    .append("</a> <span class=\"lang\">").append(Html.text(hit.language())).append("</span>")
                    .append("<div class=\"source\">").append(Html.text(hit.source())).append("</div>")
                    // SnippetHtml escapes the text and adds only its own <mark> tags
                    .append("<p class=\"snippet\">").append(Objects.toString(SnippetHtml.html(hit.passages()), ""))
                    .append("</p></li>\n");
        }
        body.append("</ol>\n");
        if (results.total() == 0) {
            body.append("<p class=\"none\">Nothing found. Try another spelling, fewer words, or a prefix such as "
                    + "<code>Аймау*</code>.</p>");
        }
        return layout(results.query(), results.query(), body.toString());
    }

    /** Facet values as links that narrow the query ({@code lang:kk} added to it), with their counts. */
    private static void facets(StringBuilder body, SearchResults results) {
        if (results.facets().isEmpty()) return;
        body.append("<nav class=\"facets\" aria-label=\"Narrow the results\">\n");
        results.facets().entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> facetOrder(a) - facetOrder(b)))
                .forEach(entry -> {
                    String dimension = entry.getKey();
                    body.append("<section class=\"facet\" data-facet=\"").append(Html.text(dimension)).append("\"><h2>")
                            .append(Html.text(FACET_NAMES.getOrDefault(dimension, dimension))).append("</h2><ul>");
                    for (SearchFacets.Count c : entry.getValue()) {
                        String narrowed = results.query() + " " + dimension + ":" + quoted(c.value());
                        body.append("<li><a href=\"/?q=").append(Html.url(narrowed)).append("\">")
                                .append(Html.text(c.label())).append("</a> <span class=\"n\">").append(c.count())
                                .append("</span></li>");
                    }
                    body.append("</ul></section>\n");
                });
        body.append("</nav>\n");
    }

    private static final Map<String, String> FACET_NAMES = Map.of(
            SearchFacets.LANGUAGE, "Language", SearchFacets.DECADE, "Decade", SearchFacets.KIND, "Kind", "person", "Person",
            "place", "Place");

    private static int facetOrder(String dimension) {
        int i = List.of(SearchFacets.LANGUAGE, SearchFacets.DECADE, SearchFacets.KIND, SearchFacets.PERSON,
                SearchFacets.PLACE).indexOf(dimension);
        return i < 0 ? 100 : i;
    }

    private static String quoted(String value) {
        return value.matches("[\\p{L}\\p{N}]+") ? value : "\"" + value.replace("\"", "") + "\"";
    }

    static String queryProblem(String query, String message) {
        return layout("Query problem", query, "<p class=\"problem\" role=\"alert\">" + Html.text(message) + "</p>");
    }

    static String notFound(String what) {
        return layout("Not found", "", "<p class=\"problem\">" + Html.text(what) + "</p>");
    }

    static String document(StoredDocument doc) {
        return document(doc, null);
    }

    /** The document with the evidence span marked (none when null). */
    static String document(StoredDocument doc, Span mark) {
        return document(doc, mark, List.of());
    }

    /** The document with the evidence span marked; a scan shows its page images beside the text read from them. */
    static String document(StoredDocument doc, Span mark, List<org.tarikh.ingest.ScannedPage> pages) {
        Provenance p = doc.provenance();
        String title = p.title() == null || p.title().isBlank() ? doc.source() : p.title();
        StringBuilder body = new StringBuilder();
        body.append("<article class=\"document\" lang=\"").append(Html.text(doc.language())).append("\">\n<h1>")
                .append(Html.text(title)).append("</h1>\n<dl class=\"provenance\">\n");
        row(body, "Source file", doc.source());
        row(body, "Format", doc.format());
        row(body, "Language", doc.language());
        row(body, "Publisher", p.publisher());
        row(body, "Author", p.author());
        row(body, "Translator", p.translator());
        row(body, "Published", p.published());
        row(body, "Cites", p.citedSource());
        row(body, "Ingested", readableInstant(doc.ingestedAt()));
        if (!pages.isEmpty()) row(body, "Read by OCR", ocrSummary(doc, pages));
        body.append("</dl>\n");
        if (!p.archiveReferences().isEmpty()) {
            body.append("<table class=\"references\"><caption>Archive references</caption>\n<thead><tr><th>Archive"
                    + "</th><th>Fond</th><th>Inventory</th><th>File</th><th>Sheet</th><th>As written</th></tr></thead><tbody>\n");
            for (ArchiveReference r : p.archiveReferences()) {
                body.append("<tr><td>").append(Html.text(r.archive())).append("</td><td>").append(Html.text(r.fond()))
                        .append("</td><td>").append(Html.text(r.inventory())).append("</td><td>")
                        .append(Html.text(r.file())).append("</td><td>").append(Html.text(r.sheet()))
                        .append("</td><td>").append(Html.text(r.text())).append("</td></tr>\n");
            }
            body.append("</tbody></table>\n");
        }
        if (!pages.isEmpty()) {
            body.append(ScanPages.pages(doc, pages, mark)).append("</article>\n<script src=\"/static/scan.js\" defer></script>\n");
            return layout(title, "", body.toString());
        }
        body.append("<div class=\"text\">\n");
        String text = doc.text();
        int covered = 0;
        for (Block block : doc.blocks()) {
            int start = Math.max(covered, Math.min(block.start(), text.length()));
            int end = Math.min(block.end(), text.length());
            if (end <= start) continue;
            String lang = block.language() == null ? "" : " lang=\"" + Html.text(block.language()) + "\"";
            String content = DossierPages.passage(text, start, end, mark == null ? 0 : mark.start(), mark == null ? 0 : mark.end());
            if (block.kind() == BlockKind.BOILERPLATE) {
                body.append("<aside class=\"boilerplate\"").append(lang).append(" title=\"Set aside: ")
                        .append(Html.text(block.reason())).append("\"><span class=\"why\">")
                        .append(Html.text(block.reason())).append("</span> ").append(content).append("</aside>\n");
            } else {
                body.append("<p").append(lang).append(" id=\"o").append(start).append("\" data-start=\"").append(start).append("\">")
                        .append(content).append("</p>\n");
            }
            covered = end;
        }
        body.append("</div>\n</article>\n");
        return layout(title, "", body.toString());
    }

    /** "2 pages with Tesseract, mean word confidence 88; Kazakh letters repaired in 3 words". */
    private static String ocrSummary(StoredDocument doc, List<org.tarikh.ingest.ScannedPage> pages) {
        long words = 0;
        double sum = 0;
        for (var p : pages) {
            words += p.words().size();
            sum += p.meanConfidence() * p.words().size();
        }
        String repaired = doc.metadata().get("ocr_repaired_words");
        return String.format(Locale.ROOT, "%d page%s with Tesseract, mean word confidence %.0f", pages.size(),
                pages.size() == 1 ? "" : "s", words == 0 ? 0 : sum / words)
                + (repaired == null || repaired.equals("0") ? "" : "; Kazakh letters repaired in " + repaired
                        + (repaired.equals("1") ? " word" : " words"));
    }

    static String persons(String query, List<Candidate> candidates, List<ResolvedPerson> all) {
        StringBuilder body = new StringBuilder("<h1>Persons</h1>\n<form class=\"person-search\" action=\"/persons\" method=\"get\">"
                + "<input type=\"search\" name=\"q\" value=\"" + Html.text(query) + "\" aria-label=\"Find a person\" "
                + "placeholder=\"Any spelling: Аймауытов, Aymautov, Zh. Aimauytov, Jüsıpbek…\"> <button type=\"submit\">Find</button></form>\n");
        if (query != null && !query.isBlank()) {
            body.append("<ol class=\"candidates\">\n");
            for (Candidate c : candidates) {
                body.append("<li><a href=\"/persons/").append(Html.url(c.id())).append("\">").append(Html.text(c.name()))
                        .append("</a> <span class=\"score\">").append(String.format(Locale.ROOT, "%.0f", c.score()))
                        .append(c.match() ? " · match" : "").append("</span> <span class=\"why\">")
                        .append(Html.text(c.description())).append("</span></li>\n");
            }
            body.append("</ol>\n");
            if (candidates.isEmpty()) body.append("<p class=\"none\">No person of that name in the archive.</p>");
        } else {
            body.append("<ul class=\"persons\">\n");
            for (ResolvedPerson p : all) {
                body.append("<li><a href=\"/persons/").append(Html.url(p.id())).append("\">").append(Html.text(p.name()))
                        .append("</a></li>\n");
            }
            body.append("</ul>\n");
        }
        return layout("Persons", "", body.toString());
    }

    static String person(ResolvedPerson person, Map<String, StoredDocument> documents) {
        return person(person, documents, "");
    }

    /** The person page with the dossier's HTML after the names. */
    static String person(ResolvedPerson person, Map<String, StoredDocument> documents, String dossier) {
        StringBuilder body = new StringBuilder();
        body.append("<article class=\"person\"><h1>").append(Html.text(person.name())).append("</h1>\n");
        Map<String, String> display = person.displayNames();
        if (display.size() > 1) {
            body.append("<p class=\"display-names\">");
            display.forEach((language, name) -> body.append("<span lang=\"").append(Html.text(language)).append("\">")
                    .append(Html.text(name)).append(" <span class=\"lang\">").append(Html.text(language))
                    .append("</span></span> "));
            body.append("</p>\n");
        }
        Map<String, List<String>> byScript = new TreeMap<>();
        for (String name : person.names()) byScript.computeIfAbsent(script(name), k -> new ArrayList<>()).add(name);
        body.append("<dl class=\"names\">\n");
        byScript.forEach((script, names) -> body.append("<dt>").append(Html.text(script)).append("</dt><dd>")
                .append(Html.text(String.join(" · ", names))).append("</dd>\n"));
        body.append("</dl>\n").append(dossier).append("<h2>Documents</h2>\n");
        for (StoredDocument doc : documents.values()) {
            String title = doc.title() == null || doc.title().isBlank() ? doc.source() : doc.title();
            body.append("<section class=\"mentions\"><h3><a href=\"/documents/").append(Html.url(doc.id())).append("\">")
                    .append(Html.text(title)).append("</a> <span class=\"lang\">").append(Html.text(doc.language()))
                    .append("</span></h3>\n<ul>\n");
            for (DocumentPerson member : person.members()) {
                if (!member.documentId().equals(doc.id())) continue;
                for (Mention m : member.mentions()) {
                    body.append("<li>").append(context(doc.text(), m)).append("</li>\n");
                }
                body.append("</ul>\n<p class=\"why\">Why here: ")
                        .append(Html.text(person.reasons().getOrDefault(member.memberKey(), ""))).append("</p>\n<ul>\n");
            }
            body.append("</ul></section>\n");
        }
        body.append("</article>\n");
        return layout(person.name(), "", body.toString());
    }

    /** The mention with some words around it, the mention marked. */
    private static String context(String text, Mention m) {
        int from = Math.max(0, m.start() - 90), to = Math.min(text.length(), m.end() + 90);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
        return (from > 0 ? "… " : "") + Html.text(text.substring(from, m.start()).replace('\n', ' ')) + "<mark>"
                + Html.text(m.text()) + "</mark>" + Html.text(text.substring(m.end(), to).replace('\n', ' '))
                + (to < text.length() ? " …" : "");
    }

    private static String script(String name) {
        boolean cyrillic = false, latin = false;
        for (int i = 0; i < name.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(name.charAt(i));
            if (s == Character.UnicodeScript.CYRILLIC) cyrillic = true;
            if (s == Character.UnicodeScript.LATIN) latin = true;
        }
        if (cyrillic && !latin) return name.matches(".*[әғқңөұүһіӘҒҚҢӨҰҮҺІ].*") ? "Kazakh Cyrillic" : "Cyrillic";
        if (latin && !cyrillic) return name.matches(".*[äöüğışñÄÖÜĞİŞÑ].*") ? "Kazakh Latin (2021)" : "Latin";
        return "Mixed";
    }

    private static void row(StringBuilder body, String label, String value) {
        if (value == null || value.isBlank()) return;
        body.append("<dt>").append(Html.text(label)).append("</dt><dd>").append(Html.text(value)).append("</dd>\n");
    }

    /**
     * An instant as a reader wants it, to the second and marked UTC ({@code "2026-01-02T03:04:05.123456789Z"} →
     * {@code "2026-01-02 03:04:05 UTC"}): the stored nanoseconds are noise on a page. Anything else is shown as is.
     */
    static String readableInstant(String stored) {
        if (stored == null || stored.isBlank()) return stored;
        try {
            return READABLE_INSTANT.format(Instant.parse(stored.strip()));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }

    static String formatScore(float score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
