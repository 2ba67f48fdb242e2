package org.tarikh.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarikh.resolve.Associates;
import org.tarikh.extract.EventType;
import org.tarikh.ingest.ScannedPage;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Block;

/**
 * The dossier part of a person's page: the conflicts first (both values with their sources), a timeline of claims
 * each quoting its evidence and linking to the place in the document ({@code /documents/{id}?at=120-180#o96}: the
 * paragraph's anchor, the sentence marked), how many sources support each fact, the places, and the people named in
 * the same documents. Every value from the archive is escaped with {@link Html#text}.
 */
final class DossierPages {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("birth", "Birth"), Map.entry("death", "Death"), Map.entry("arrest", "Arrest"),
            Map.entry("sentence", "Sentence"), Map.entry("execution", "Execution"), Map.entry("exile", "Exile"),
            Map.entry("release", "Release"), Map.entry("rehabilitation", "Rehabilitation"),
            Map.entry("burial", "Burial"), Map.entry("position", "Position"), Map.entry("education", "Education"),
            Map.entry("membership", "Membership"), Map.entry("award", "Award"));
    private static final List<String> DETAIL_ORDER = List.of("title", "organisation", "body", "articles", "punishment",
            "from", "to");

    private DossierPages() {}

    static String label(EventType event) {
        return label(event.wire());
    }

    static String label(String type) {
        return LABELS.getOrDefault(type, type.isEmpty() ? type
                : type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1));
    }

    static String section(ResolvedPerson person, Dossier dossier, Map<String, StoredDocument> documents,
                          List<Associates.Associate> associates) {
        return section(person, dossier, documents, associates, c -> "", Map.of());
    }

    /**
     * As {@link #section(ResolvedPerson, Dossier, Map, List)}, with {@code controls} giving the HTML put under each
     * claim (an editor's forms to accept, reject or correct it; nothing for readers).
     *
     * @param scans the pages of the documents that are scans, by document id, to say which claims OCR read poorly
     */
    static String section(ResolvedPerson person, Dossier dossier, Map<String, StoredDocument> documents,
                          List<Associates.Associate> associates, java.util.function.Function<Dossier.Claim, String> controls,
                          Map<String, List<ScannedPage>> scans) {
        StringBuilder out = new StringBuilder("<section class=\"dossier\">\n");
        conflicts(out, dossier);
        out.append("<h2>Timeline</h2>\n");
        if (dossier.claims().isEmpty()) {
            out.append("<p class=\"none\">The documents state no dated events about this person yet.</p>\n");
        } else {
            out.append("<ol class=\"timeline\">\n");
            for (Dossier.Claim c : dossier.claims()) {
                claim(out, c, dossier, documents.get(c.documentId()), controls.apply(c),
                        c.documentId() == null ? List.of() : scans.getOrDefault(c.documentId(), List.of()));
            }
            out.append("</ol>\n");
        }
        places(out, dossier);
        out.append("<h2>People in the same documents</h2>\n");
        if (associates.isEmpty()) {
            out.append("<p class=\"none\">No one else is named in this person's documents.</p>\n");
        } else {
            out.append("<ul class=\"associates\">\n");
            for (Associates.Associate a : associates) {
                out.append("<li><a href=\"/persons/").append(Html.url(a.id())).append("\">").append(Html.text(a.name()))
                        .append("</a> <span class=\"n\">").append(a.sharedDocuments())
                        .append(a.sharedDocuments() == 1 ? " document" : " documents").append("</span></li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("</section>\n").toString();
    }

    private static void conflicts(StringBuilder out, Dossier dossier) {
        if (dossier.conflicts().isEmpty()) return;
        out.append("<section class=\"conflicts\" role=\"alert\"><h2>The sources disagree</h2>\n<ul>\n");
        for (Dossier.Conflict c : dossier.conflicts()) {
            out.append("<li data-type=\"").append(Html.text(c.type().wire())).append("\"><strong>").append(Html.text(label(c.type())))
                    .append("</strong>: ");
            for (int i = 0; i < c.values().size(); i++) {
                if (i > 0) out.append(" <span class=\"versus\">or</span> ");
                String sources = i < c.sources().size() ? c.sources().get(i) : "";
                out.append("<span class=\"value\">").append(Html.text(c.values().get(i))).append("</span> <span class=\"by\" title=\"")
                        .append(Html.text(sources)).append("\">(").append(Html.text(fileNames(sources))).append(")</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ul></section>\n");
    }

    private static void claim(StringBuilder out, Dossier.Claim c, Dossier dossier, StoredDocument doc, String controls,
                              List<ScannedPage> pages) {
        boolean disputed = !c.rejected() && dossier.conflicts().stream().anyMatch(k -> k.type() == c.type()
                && c.date() != null && k.values().contains(c.date().value()));
        out.append("<li class=\"claim").append(disputed ? " disputed" : "")
                .append(c.status() == null ? "" : " " + Html.text(c.status().wire())).append("\" data-type=\"")
                .append(Html.text(c.type().wire())).append("\" data-claim=\"").append(Html.text(c.id()))
                .append("\">\n<div class=\"when\">");
        if (c.date() == null) out.append("<span class=\"undated\">undated</span>");
        else out.append("<time datetime=\"").append(Html.text(c.date().value())).append("\">").append(Html.text(c.date().value())).append("</time>");
        out.append("</div>\n<div class=\"what\"><span class=\"type\">").append(Html.text(label(c.type()))).append("</span>");
        if (c.place() != null) out.append(" <span class=\"place\">").append(Html.text(c.place())).append("</span>");
        if (disputed) out.append(" <span class=\"flag\">disputed</span>");
        if (c.status() != null) {
            // an editor's judgement: a rejected claim stays in the timeline, struck through, with who and why
            out.append(" <span class=\"status\">").append(Html.text(c.status().wire())).append("</span>");
        }
        out.append(" <span class=\"support\" title=\"sources that state this, at this or a compatible date\">")
                .append(c.supportingSources()).append(c.supportingSources() == 1 ? " source" : " sources").append("</span>\n");
        List<String> details = new ArrayList<>();
        for (String key : DETAIL_ORDER) {
            String value = c.details().get(key);
            if (value != null) details.add("<dt>" + Html.text(key) + "</dt><dd>" + Html.text(value) + "</dd>");
        }
        if (!details.isEmpty()) out.append("<dl class=\"details\">").append(String.join("", details)).append("</dl>\n");
        String lang = doc == null ? "" : " lang=\"" + Html.text(doc.language()) + "\"";
        out.append("<blockquote class=\"evidence\"").append(lang).append(">")
                .append(Html.text(QuoteText.readable(c.evidence(), doc == null ? null : doc.format())))
                .append("</blockquote>\n").append(lowConfidence(ScannedPage.lowConfidenceWords(pages, c.start(), c.end())));
        if (c.documentId() == null) {
            // an editor's added claim cites a source outside the archive: shown as written, with no link
            out.append("<p class=\"cite\">Source: <cite>").append(Html.text(c.source())).append("</cite></p>\n");
        } else {
            out.append("<p class=\"cite\"><a href=\"").append(Html.text(link(c, doc))).append("\">")
                    .append(Html.text(title(doc, c.source()))).append("</a> <span class=\"file\">")
                    .append(Html.text(fileNames(c.source()))).append("</span></p>\n");
        }
        if (c.note() != null) out.append("<p class=\"note\">").append(Html.text(c.note())).append("</p>\n");
        out.append(controls).append("</div></li>\n");
    }

    /** The warning under a claim whose evidence has words OCR read with low confidence: which words, how sure. */
    static String lowConfidence(List<ScannedPage.Word> words) {
        if (words.isEmpty()) return "";
        StringBuilder out = new StringBuilder("<p class=\"ocr-warning\">Read by OCR with low confidence: ");
        for (int i = 0; i < words.size(); i++) {
            ScannedPage.Word w = words.get(i);
            out.append(i == 0 ? "" : ", ").append("<q>").append(Html.text(w.ocrText())).append("</q> (")
                    .append(Math.round(w.confidence())).append(')');
        }
        return out.append(". Check the page image.</p>\n").toString();
    }

    private static void places(StringBuilder out, Dossier dossier) {
        Map<String, List<String>> places = new LinkedHashMap<>();
        for (Dossier.Claim c : dossier.claims()) {
            if (c.place() == null) continue;
            places.computeIfAbsent(c.place(), k -> new ArrayList<>())
                    .add(label(c.type()).toLowerCase(Locale.ROOT) + (c.date() == null ? "" : " " + c.date().value()));
        }
        if (places.isEmpty()) return;
        out.append("<h2>Places</h2>\n<ul class=\"places\">\n");
        places.forEach((place, what) -> out.append("<li><span class=\"place\">").append(Html.text(place))
                .append("</span> <span class=\"why\">").append(Html.text(String.join(", ", what))).append("</span></li>\n"));
        out.append("</ul>\n");
    }

    /** The document page with the evidence marked, scrolled to the paragraph that holds it. */
    static String link(Dossier.Claim c, StoredDocument doc) {
        String base = "/documents/" + Html.url(c.documentId()) + "?at=" + c.start() + "-" + c.end();
        if (doc == null) return base;
        for (Block b : doc.blocks()) {
            if (b.start() <= c.start() && c.start() < b.end()) return base + "#o" + b.start();
        }
        return base;
    }

    /**
     * A passage of a document as HTML: stripped, escaped, line breaks kept, and the part in {@code [markStart,
     * markEnd)} wrapped in {@code <mark class="evidence">} (nothing marked when the range misses the passage).
     */
    static String passage(String text, int from, int to, int markStart, int markEnd) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        int ms = Math.max(from, markStart), me = Math.min(to, markEnd);
        String html = ms < me
                ? Html.text(text.substring(from, ms)) + "<mark class=\"evidence\">" + Html.text(text.substring(ms, me))
                        + "</mark>" + Html.text(text.substring(me, to))
                : Html.text(text.substring(from, to));
        return html.replace("\n", "<br>\n");
    }

    private static String title(StoredDocument doc, String source) {
        if (doc == null) return source;
        return doc.title() == null || doc.title().isBlank() ? doc.source() : doc.title();
    }

    /** The last path segment of each of "a/b.txt; c/d.txt": the file names a reader recognises. */
    static String fileNames(String sources) {
        if (sources == null) return "";
        List<String> names = new ArrayList<>();
        for (String s : sources.split("; ")) {
            String t = s.strip();
            int slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\'));
            names.add(slash >= 0 && slash < t.length() - 1 ? t.substring(slash + 1) : t);
        }
        return String.join(", ", names);
    }
}
