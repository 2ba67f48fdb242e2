package org.tarikh.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the fields that the CLI ({@code tarikh search --json}) and the API ({@code /api/search}) add to
 * the contract's {@code query}, {@code total} and {@code hits}, written once so both say the same:
 * {@code "expanded": [{"matched": "ашаршылық", "concept": "famine", "labels": ["famine", "голод", …]}]} and
 * {@code "facets": {"lang": [{"value": "kk", "count": 3}], "decade": […], "kind": […]}}, {@code "persons"} (see
 * {@link #persons}), {@code "fuzzy": true} when the hits are near spellings, and {@code "next"}: the cursor of the
 * next page (pass it as {@code after}), null on the last. Stateless.
 */
public final class SearchJson {
    private SearchJson() {}

    /**
     * The whole answer to one query: the contract's {@code query}, {@code total} and {@code hits} (each with id,
     * source, title, language, score, snippet, and the document's page) and the fields above.
     */
    public static Map<String, Object> results(SearchResults results) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", results.query());
        out.put("total", results.total());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("id", hit.id());
            h.put("source", hit.source());
            h.put("title", hit.title());
            h.put("language", hit.language());
            h.put("score", Math.round(hit.score() * 1000) / 1000.0);
            h.put("snippet", SnippetHtml.html(hit.passages()));
            h.put("url", "/documents/" + hit.id());
            hits.add(h);
        }
        out.put("hits", hits);
        out.put("expanded", expanded(results));
        out.put("facets", facets(results));
        out.put("persons", persons(results));
        out.put("fuzzy", results.fuzzy());
        out.put("next", results.next());
        return out;
    }

    public static List<Map<String, Object>> expanded(SearchResults results) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Expansion e : results.expanded()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("matched", e.matched());
            m.put("concept", e.concept());
            m.put("labels", e.labels());
            out.add(m);
        }
        return out;
    }

    /** {@code "persons": [{"id": "p12", "name": "Сәкен Сейфуллин", "score": 92.0, "url": "/persons/p12"}]}. */
    public static List<Map<String, Object>> persons(SearchResults results) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PersonHit p : results.persons()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("name", p.name());
            m.put("score", Math.round(p.score() * 10) / 10.0);
            m.put("url", "/persons/" + p.id());
            out.add(m);
        }
        return out;
    }

    public static Map<String, List<Map<String, Object>>> facets(SearchResults results) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        results.facets().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(SearchJson::dimensionOrder))
                .forEach(entry -> {
                    List<Map<String, Object>> values = new ArrayList<>();
                    for (SearchFacets.Count c : entry.getValue()) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("value", c.value());
                        if (!c.label().equals(c.value())) m.put("label", c.label());
                        m.put("count", c.count());
                        values.add(m);
                    }
                    out.put(entry.getKey(), values);
                });
        return out;
    }

    static int dimensionOrder(String a, String b) {
        int ia = SearchFacets.SHOWN.indexOf(a);
        int ib = SearchFacets.SHOWN.indexOf(b);
        if (ia < 0 && ib < 0) return a.compareTo(b);
        if (ia < 0) return 1;
        if (ib < 0) return -1;
        return Integer.compare(ia, ib);
    }
}
