package org.tarikh.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tarikh.extract.Mention;
import org.tarikh.ingest.ScannedPage;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.search.PersonHit;
import org.tarikh.search.SearchFacets;
import org.tarikh.search.SearchResults;
import org.tarikh.search.SnippetHtml;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Block;
import org.tarikh.text.BlockKind;
import org.tarikh.text.Provenance;
import org.tarikh.text.Span;
import org.tarikh.web.view.AuditView;
import org.tarikh.web.view.CurateView;
import org.tarikh.web.view.DocumentView;
import org.tarikh.web.view.DossierView;
import org.tarikh.web.view.FacetView;
import org.tarikh.web.view.Marked;
import org.tarikh.web.view.PersonPageView;
import org.tarikh.web.view.Pager;
import org.tarikh.web.view.PersonView;
import org.tarikh.web.view.Ui;

/** The HTML pages of the web interface, rendered by the templates ({@link Templates}) in the reader's language. */
final class Pages {
    private Pages() {}

    static String home(Ui ui, long documents) {
        return Templates.render("home", "ui", ui, "documents", documents);
    }

    /** Search results in English, the persons named as the search gives them (for tests and previews). */
    static String results(SearchResults results) {
        List<PersonView> persons = new ArrayList<>();
        for (PersonHit p : results.persons()) persons.add(new PersonView(p.id(), p.name(), null));
        return results(Ui.of("en"), results, persons);
    }

    /** Search results; {@code persons}: the archive persons the query names, above the hits. */
    static String results(Ui ui, SearchResults results, List<PersonView> persons) {
        return results(ui, results, persons, (dimension, value) -> null);
    }

    /**
     * Search results whose person and place facets are named in the interface's language: {@code linkedName} gives
     * the name of a facet value ({@code person}, {@code p-…}) for {@code ui}, or null to keep the search's label.
     */
    static String results(Ui ui, SearchResults results, List<PersonView> persons,
                          java.util.function.BiFunction<String, String, String> linkedName) {
        return results(ui, results, persons, Pager.of(results, Math.max(1, results.hits().size()), 0), linkedName);
    }

    /** As above, for one page of the hits ({@code pager}: where it stands and the link to the next). */
    static String results(Ui ui, SearchResults results, List<PersonView> persons, Pager pager,
                          java.util.function.BiFunction<String, String, String> linkedName) {
        return Templates.render("results", "ui", ui, "results", results, "persons", persons, "facets",
                facets(ui, results, linkedName), "pager", pager);
    }

    /**
     * The label of a facet value in the interface language: a language as a word of it, a decade as it writes
     * decades, a document kind through the messages ({@code kind.pdf}), a person or place by {@code linkedName}.
     */
    private static String facetLabel(Ui ui, String dimension, SearchFacets.Count c,
                                     java.util.function.BiFunction<String, String, String> linkedName) {
        if (dimension.equals(SearchFacets.LANGUAGE)) return ui.languageWord(c.label());
        if (dimension.equals(SearchFacets.DECADE) && c.label().matches("\\d{3}0s")) return ui.t("date.decade", c.label().substring(0, 4));
        if (dimension.equals(SearchFacets.KIND)) return ui.kind(c.value());
        if (dimension.equals(SearchFacets.PERSON) || dimension.equals(SearchFacets.PLACE)) {
            String named = linkedName.apply(dimension, c.value());
            if (named != null && !named.isBlank()) return named;
        }
        return c.label();
    }

    /** Facet values as queries that narrow the search ({@code lang:kk} added to it), with their counts. */
    private static List<FacetView> facets(Ui ui, SearchResults results,
                                          java.util.function.BiFunction<String, String, String> linkedName) {
        List<FacetView> out = new ArrayList<>();
        results.facets().entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> facetOrder(a) - facetOrder(b)))
                .forEach(entry -> {
                    String dimension = entry.getKey();
                    List<FacetView.Value> values = new ArrayList<>();
                    for (SearchFacets.Count c : entry.getValue()) {
                        String label = facetLabel(ui, dimension, c, linkedName);
                        values.add(new FacetView.Value(label, c.count(),
                                narrowed(results.query(), dimension + ":" + quoted(c.value()))));
                    }
                    out.add(new FacetView(dimension, ui.label("facet.", dimension), values));
                });
        return out;
    }

    /**
     * The query with a facet's filter added to all of it: {@code a OR b} becomes {@code (a OR b) place:X}, since words
     * bind tighter than OR and {@code a OR b place:X} would filter only {@code b}.
     */
    static String narrowed(String query, String filter) {
        String q = query.strip();
        boolean or = q.matches("(?s).*(?<![\\p{L}\\p{N}])OR(?![\\p{L}\\p{N}]).*");
        return (or ? "(" + q + ")" : q) + " " + filter;
    }

    private static int facetOrder(String dimension) {
        int i = List.of(SearchFacets.LANGUAGE, SearchFacets.DECADE, SearchFacets.KIND, SearchFacets.PERSON,
                SearchFacets.PLACE).indexOf(dimension);
        return i < 0 ? 100 : i;
    }

    private static String quoted(String value) {
        return value.matches("[\\p{L}\\p{N}]+") ? value : "\"" + value.replace("\"", "") + "\"";
    }

    /** Why a query cannot be read, in the interface's language (the exception's own message is the CLI's English). */
    static String queryProblem(Ui ui, String query, org.tarikh.search.QuerySyntaxException problem) {
        return queryProblem(ui, query, reason(ui, problem.reason()));
    }

    static String reason(Ui ui, org.tarikh.search.QuerySyntaxException.Reason r) {
        String key = "query.reason." + r.key();
        if (!ui.has(key)) return r.english();
        List<String> a = r.args();
        String why = r.key().equals("badValue") && a.size() >= 2 && ui.has("query.takes." + a.get(1))
                ? ui.t(key, a.get(0), ui.t("query.takes." + a.get(1), a.subList(2, a.size()).toArray()))
                : ui.t(key, a.toArray());
        return r.query() == null ? why : ui.t("query.problemText", r.query(), why);
    }

    static String queryProblem(Ui ui, String query, String message) {
        return Templates.render("problem", "ui", ui, "title", ui.t("problem.query"), "message", message, "query", query);
    }

    /** A page that says what went wrong, under a title. */
    static String problem(Ui ui, String title, String message) {
        return Templates.render("problem", "ui", ui, "title", title, "message", message);
    }

    static String document(StoredDocument doc) {
        return document(Ui.of("en"), doc, null, List.of());
    }

    /** The document with the evidence span marked; a scan shows its page images beside the text read from them. */
    static String document(Ui ui, StoredDocument doc, Span mark, List<ScannedPage> pages) {
        Provenance p = doc.provenance();
        String title = p.title() == null || p.title().isBlank() ? doc.source() : p.title();
        List<DocumentView.Row> rows = new ArrayList<>();
        row(rows, ui.t("document.source"), doc.source());
        row(rows, ui.t("document.format"), ui.kind(doc.format()));
        row(rows, ui.t("document.language"), ui.languageWord(doc.language()));
        row(rows, ui.t("document.publisher"), p.publisher());
        row(rows, ui.t("document.author"), p.author());
        row(rows, ui.t("document.translator"), p.translator());
        row(rows, ui.t("document.published"), p.published() == null ? null : ui.date(p.published()));
        row(rows, ui.t("document.cites"), p.citedSource());
        row(rows, ui.t("document.ingested"), ui.instant(doc.ingestedAt()));
        if (!pages.isEmpty()) row(rows, ui.t("document.ocr"), ocrSummary(ui, doc, pages));
        List<DocumentView.TextBlock> blocks = new ArrayList<>();
        if (pages.isEmpty()) {
            String text = doc.text();
            int covered = 0;
            for (Block block : doc.blocks()) {
                int start = Math.max(covered, Math.min(block.start(), text.length()));
                int end = Math.min(block.end(), text.length());
                if (end <= start) continue;
                Marked content = Marked.passage(text, start, end, mark == null ? 0 : mark.start(), mark == null ? 0 : mark.end());
                blocks.add(new DocumentView.TextBlock(start, block.language(), block.kind() == BlockKind.BOILERPLATE,
                        block.reason(), content));
                covered = end;
            }
        }
        DocumentView view = new DocumentView(title, doc.language(), rows, p.archiveReferences(), blocks,
                pages.isEmpty() ? List.of() : ScanPages.pages(ui, doc, pages, mark));
        return Templates.render("document", "ui", ui, "doc", view);
    }

    /** "2 pages with Tesseract, mean word confidence 88; Kazakh letters repaired in 3 words". */
    private static String ocrSummary(Ui ui, StoredDocument doc, List<ScannedPage> pages) {
        long words = 0;
        double sum = 0;
        for (var p : pages) {
            words += p.words().size();
            sum += p.meanConfidence() * p.words().size();
        }
        String repaired = doc.metadata().get("ocr_repaired_words");
        String summary = ui.t("document.ocrSummary", pages.size(), Math.round(words == 0 ? 0 : sum / words));
        if (repaired == null || repaired.equals("0")) return summary;
        int n;
        try {
            n = Integer.parseInt(repaired.strip());
        } catch (NumberFormatException e) {
            return summary;
        }
        return summary + "; " + ui.t("document.ocrRepaired", n);
    }

    private static void row(List<DocumentView.Row> rows, String label, String value) {
        if (value == null || value.isBlank()) return;
        rows.add(new DocumentView.Row(label, value));
    }

    static String persons(Ui ui, String query, List<PersonView> candidates, List<PersonView> all) {
        return Templates.render("persons", "ui", ui, "query", query == null ? "" : query, "candidates", candidates, "all", all);
    }

    /** The person page: names by script, the dossier, an editor's tools, the audit, and the mentions by document. */
    static String person(Ui ui, ResolvedPerson person, Map<String, StoredDocument> documents, DossierView dossier,
                         CurateView curate, AuditView audit) {
        Map<String, String> display = person.displayNames();
        Map<String, List<String>> byScript = new TreeMap<>();
        for (String name : person.names()) byScript.computeIfAbsent(ui.t("script." + script(name)), k -> new ArrayList<>()).add(name);
        List<PersonPageView.Mentions> mentions = new ArrayList<>();
        for (StoredDocument doc : documents.values()) {
            String title = doc.title() == null || doc.title().isBlank() ? doc.source() : doc.title();
            List<Marked> contexts = new ArrayList<>();
            List<String> why = new ArrayList<>();
            for (DocumentPerson member : person.members()) {
                if (!member.documentId().equals(doc.id())) continue;
                for (Mention m : member.mentions()) contexts.add(Marked.context(doc.text(), m.start(), m.end(), m.text()));
                why.add(person.reasons().getOrDefault(member.memberKey(), ""));
            }
            mentions.add(new PersonPageView.Mentions(doc.id(), title, doc.language(), contexts, why));
        }
        PersonPageView view = new PersonPageView(ui.name(person), display, byScript, dossier, curate, audit, mentions);
        return Templates.render("person", "ui", ui, "p", view);
    }

    private static String script(String name) {
        boolean cyrillic = false, latin = false;
        for (int i = 0; i < name.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(name.charAt(i));
            if (s == Character.UnicodeScript.CYRILLIC) cyrillic = true;
            if (s == Character.UnicodeScript.LATIN) latin = true;
        }
        if (cyrillic && !latin) return name.matches(".*[әғқңөұүһіӘҒҚҢӨҰҮҺІ].*") ? "kazakhCyrillic" : "cyrillic";
        if (latin && !cyrillic) return name.matches(".*[äöüğışñÄÖÜĞİŞÑ].*") ? "kazakhLatin" : "latin";
        return "mixed";
    }

    /** Persons in a list, each named in the interface's script. */
    static List<PersonView> named(Ui ui, List<ResolvedPerson> persons) {
        List<PersonView> out = new ArrayList<>(persons.size());
        for (ResolvedPerson p : persons) out.add(new PersonView(p.id(), ui.name(p), null));
        return out;
    }

}
