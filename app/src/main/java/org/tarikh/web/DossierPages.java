package org.tarikh.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.ingest.ScannedPage;
import org.tarikh.resolve.Associates;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Block;
import org.tarikh.web.view.DossierView;
import org.tarikh.web.view.Ui;

/**
 * The dossier part of a person's page: the conflicts first (both values with their sources), then one line per
 * fact ("Born 15 October 1894, Нильды — 4 sources") with the quotes of the sources that state it under it, each
 * linking to the place in the document ({@code /documents/{id}?at=120-180#o96}: the paragraph's anchor, the
 * sentence marked), the places, and the people named in the same documents. Claims of one type group as one fact
 * when their dates agree (one contains the other, as the dossier counts support); facts the sources date otherwise
 * stay apart and are flagged as disputed; a claim an editor rejected stays a fact of its own, shown as rejected.
 */
final class DossierPages {
    private static final List<String> DETAIL_ORDER = List.of("title", "organisation", "body", "articles", "punishment",
            "from", "to", "old_style", "new_style", "according_to");
    /** Details whose value is a date (EDTF), shown as the page's language writes dates. */
    private static final java.util.Set<String> DATE_DETAILS = java.util.Set.of("old_style", "new_style");

    private DossierPages() {}

    /** An event type as a noun of the interface language (Birth, Рождение, Туған күні). */
    static String label(Ui ui, EventType event) {
        return ui.label("event.", event.wire());
    }

    /**
     * @param tools the editor's forms under a claim (null for readers, or for a claim they cannot judge)
     * @param scans the pages of the documents that are scans, by document id, to say which claims OCR read poorly
     */
    static DossierView view(Ui ui, Dossier dossier, Map<String, StoredDocument> documents,
                            List<Associates.Associate> associates, Function<Dossier.Claim, DossierView.ClaimTools> tools,
                            Map<String, List<ScannedPage>> scans, Function<String, String> personName) {
        List<DossierView.Conflict> conflicts = new ArrayList<>();
        for (Dossier.Conflict c : dossier.conflicts()) {
            List<DossierView.Value> values = new ArrayList<>();
            for (int i = 0; i < c.values().size(); i++) {
                String sources = i < c.sources().size() ? c.sources().get(i) : "";
                values.add(new DossierView.Value(c.values().get(i), ui.date(c.values().get(i)), sources, fileNames(sources)));
            }
            conflicts.add(new DossierView.Conflict(c.type().wire(), label(ui, c.type()), values,
                    c.calendarDays() > 0 ? ui.t("dossier.calendar", c.calendarDays()) : null));
        }
        List<DossierView.Fact> facts = new ArrayList<>();
        for (List<Dossier.Claim> group : facts(dossier.claims())) {
            facts.add(fact(ui, group, dossier, documents, tools, scans));
        }
        Map<String, List<String>> byPlace = new LinkedHashMap<>();
        for (Dossier.Claim c : dossier.claims()) {
            if (c.place() == null) continue;
            byPlace.computeIfAbsent(c.place(), k -> new ArrayList<>())
                    .add(label(ui, c.type()).toLowerCase(java.util.Locale.forLanguageTag(ui.lang()))
                            + (c.date() == null ? "" : " " + ui.date(c.date())));
        }
        List<DossierView.Place> places = new ArrayList<>();
        byPlace.forEach((place, what) -> places.add(new DossierView.Place(place, String.join(", ", what))));
        List<DossierView.Associate> people = new ArrayList<>();
        for (Associates.Associate a : associates) {
            String name = personName.apply(a.id());
            people.add(new DossierView.Associate(a.id(), name == null ? a.name() : name, ui.t("count.documents", a.sharedDocuments())));
        }
        return new DossierView(conflicts, facts, places, people);
    }

    /**
     * The claims grouped as facts, in the dossier's order: a claim joins the first fact of its type whose claims'
     * dates all agree with its own (a career post also needs the same place); undated and rejected claims stand alone.
     */
    static List<List<Dossier.Claim>> facts(List<Dossier.Claim> claims) {
        List<List<Dossier.Claim>> groups = new ArrayList<>();
        for (Dossier.Claim c : claims) {
            List<Dossier.Claim> joined = null;
            if (c.date() != null && !c.rejected()) {
                for (List<Dossier.Claim> g : groups) {
                    Dossier.Claim head = g.get(0);
                    if (head.type() != c.type() || head.rejected() || head.date() == null) continue;
                    if (c.type().career() && !java.util.Objects.equals(head.place(), c.place())) continue;
                    if (g.stream().allMatch(o -> agree(o.date(), c.date()))) {
                        joined = g;
                        break;
                    }
                }
            }
            if (joined == null) {
                joined = new ArrayList<>();
                groups.add(joined);
            }
            joined.add(c);
        }
        return groups;
    }

    private static boolean agree(EdtfDate a, EdtfDate b) {
        return a.contains(b) || b.contains(a);
    }

    private static DossierView.Fact fact(Ui ui, List<Dossier.Claim> group, Dossier dossier,
                                         Map<String, StoredDocument> documents,
                                         Function<Dossier.Claim, DossierView.ClaimTools> tools,
                                         Map<String, List<ScannedPage>> scans) {
        // the fact's date is the most precise of its claims' (21 May 1937 rather than May 1937)
        Dossier.Claim head = group.get(0);
        for (Dossier.Claim c : group) {
            if (c.date() != null && (head.date() == null || span(c.date()) < span(head.date()))) head = c;
        }
        String place = head.place();
        for (Dossier.Claim c : group) {
            if (place == null && c.place() != null) place = c.place();
        }
        // the most precise source first, then the others in the dossier's order
        List<Dossier.Claim> ordered = new ArrayList<>(group);
        ordered.remove(head);
        ordered.add(0, head);
        Set<String> sources = new LinkedHashSet<>();
        boolean disputed = false;
        List<DossierView.Source> claims = new ArrayList<>();
        for (Dossier.Claim c : ordered) {
            sources.add(c.documentId() != null ? c.documentId() : "cited:" + c.source());
            boolean d = disputed(c, dossier);
            disputed |= d;
            claims.add(source(ui, c, d, documents.get(c.documentId()), tools.apply(c),
                    c.documentId() == null ? List.of() : scans.getOrDefault(c.documentId(), List.of())));
        }
        EdtfDate date = head.date();
        return new DossierView.Fact(head.type().wire(), ui.label("fact.", head.type().wire()),
                date == null ? null : date.value(), ui.date(date), place, ui.t("count.sources", sources.size()),
                disputed, head.rejected(), claims);
    }

    private static long span(EdtfDate d) {
        return d.latest().toEpochDay() - d.earliest().toEpochDay();
    }

    private static boolean disputed(Dossier.Claim c, Dossier dossier) {
        return !c.rejected() && dossier.conflicts().stream().anyMatch(k -> k.type() == c.type()
                && c.date() != null && k.values().contains(c.date().value()));
    }

    private static DossierView.Source source(Ui ui, Dossier.Claim c, boolean disputed, StoredDocument doc,
                                             DossierView.ClaimTools tools, List<ScannedPage> pages) {
        Map<String, String> details = new LinkedHashMap<>();
        for (String key : DETAIL_ORDER) {
            String value = c.details().get(key);
            if (value != null) details.put(ui.label("detail.", key), DATE_DETAILS.contains(key) ? ui.date(value) : value);
        }
        List<ScannedPage.Word> low = ScannedPage.lowConfidenceWords(pages, c.start(), c.end());
        List<DossierView.LowWord> lowWords = new ArrayList<>();
        for (ScannedPage.Word w : low) lowWords.add(new DossierView.LowWord(w.ocrText(), Math.round(w.confidence())));
        String status = c.status() == null ? null : c.status().wire();
        return new DossierView.Source(c.id(), status, status == null ? null : ui.label("status.", status), disputed,
                c.date() == null ? null : c.date().value(), ui.date(c.date()), doc == null ? null : doc.language(),
                QuoteText.readable(c.evidence(), doc == null ? null : doc.format()),
                c.documentId() == null ? null : link(c, doc), title(doc, c.source()), fileNames(c.source()), c.source(),
                details, lowWords, c.note(), tools);
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
