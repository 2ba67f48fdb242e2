package org.tarikh.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import org.tarikh.extract.EventType;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.Register;
import org.tarikh.web.view.RegisterView;
import org.tarikh.web.view.Ui;

/**
 * The register page: the filter form, a bar chart of events by year drawn as inline SVG on the server (the page
 * runs no script; each bar links to the register of its year), and one row per person with birth, arrest, sentence
 * and body, execution, rehabilitation and sources; labels, dates and the legend in the reader's language.
 */
final class RegisterPages {
    private static final int CHART_WIDTH = 800, CHART_HEIGHT = 220, AXIS = 24, TOP = 16, LEFT = 32;

    private RegisterPages() {}

    /** @param names the name of a row's person in the interface's script, by person id */
    static String page(Ui ui, List<Register.Row> all, List<Register.Row> rows, Register.Filter filter,
                       java.util.function.Function<String, String> names) {
        String count = ui.t("register.count", rows.size()) + (rows.size() != all.size() ? " " + ui.t("register.of", all.size()) : "")
                + " " + ui.t("register.countTail");
        List<String> columns = new ArrayList<>();
        for (EventType c : Register.COLUMNS) columns.add(DossierPages.label(ui, c));
        List<RegisterView.Row> out = new ArrayList<>();
        for (Register.Row row : rows) {
            List<RegisterView.Cell> cells = new ArrayList<>();
            for (EventType column : Register.COLUMNS) cells.add(cell(ui, row, column));
            String name = names.apply(row.id());
            out.add(new RegisterView.Row(row.id(), name == null ? row.name() : name, cells, row.sources().size(),
                    String.join("; ", row.sources()), DossierPages.fileNames(String.join("; ", row.sources()))));
        }
        SortedMap<Integer, Map<EventType, Integer>> counts = Register.countsByYear(rows);
        RegisterView view = new RegisterView(count, filter(ui, all, filter), counts.isEmpty() ? null : chart(ui, counts, filter),
                columns, out);
        return Templates.render("register", "ui", ui, "r", view);
    }

    static String review(Ui ui, List<org.tarikh.store.DocumentStore.RegisterReview> rows) {
        return Templates.render("review", "ui", ui, "rows", rows);
    }

    /** The query string of a filter, for links that keep it ({@code year=1937&place=Алма}). */
    static String query(Register.Filter f) {
        List<String> parts = new ArrayList<>();
        if (f.year() != null) parts.add("year=" + f.year());
        if (f.place() != null) parts.add("place=" + Html.url(f.place()));
        if (f.sentence() != null) parts.add("sentence=" + Html.url(f.sentence()));
        if (f.body() != null) parts.add("body=" + Html.url(f.body()));
        return String.join("&", parts);
    }

    private static RegisterView.Filter filter(Ui ui, List<Register.Row> all, Register.Filter f) {
        TreeSet<String> punishments = new TreeSet<>(), bodies = new TreeSet<>();
        for (Register.Row row : all) {
            for (Dossier.Claim c : row.dossier().claims()) {
                if (c.type() != EventType.SENTENCE) continue;
                if (c.details().get("punishment") != null) punishments.add(c.details().get("punishment"));
                if (c.details().get("body") != null) bodies.add(c.details().get("body"));
            }
        }
        String query = query(f);
        return new RegisterView.Filter(f.year() == null ? "" : f.year().toString(), nz(f.place()), nz(f.sentence()),
                nz(f.body()), List.copyOf(punishments), List.copyOf(bodies),
                "/register.csv" + (query.isEmpty() ? "" : "?" + query));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The chart as SVG (for a test of its labels), in English. */
    static String chart(SortedMap<Integer, Map<EventType, Integer>> counts, Register.Filter f) {
        return Templates.render("tag/chart", "c", chart(Ui.of("en"), counts, f));
    }

    /** Stacked bars, one per year from the first to the last year with an event (empty years kept, so gaps show). */
    static RegisterView.Chart chart(Ui ui, SortedMap<Integer, Map<EventType, Integer>> counts, Register.Filter f) {
        int first = counts.firstKey(), last = counts.lastKey(), years = last - first + 1;
        int max = 1;
        for (Map<EventType, Integer> byType : counts.values()) {
            max = Math.max(max, byType.values().stream().mapToInt(Integer::intValue).sum());
        }
        double slot = (double) (CHART_WIDTH - LEFT) / years;
        double bar = Math.max(1, slot * 0.8);
        int plot = CHART_HEIGHT - AXIS - TOP;
        int labelEvery = years <= 12 ? 1 : years <= 30 ? 2 : years <= 60 ? 5 : 10;
        String keep = query(new Register.Filter(null, f.place(), f.sentence(), f.body()));
        List<RegisterView.Bar> bars = new ArrayList<>();
        for (var entry : counts.entrySet()) {
            int year = entry.getKey();
            double x = LEFT + (year - first) * slot + (slot - bar) / 2;
            int total = entry.getValue().values().stream().mapToInt(Integer::intValue).sum();
            List<String> parts = new ArrayList<>();
            List<RegisterView.Rect> rects = new ArrayList<>();
            double y = TOP + plot;
            for (EventType event : Register.REPRESSION) {
                int n = entry.getValue().getOrDefault(event, 0);
                if (n == 0) continue;
                double h = (double) n * plot / max;
                y -= h;
                rects.add(new RegisterView.Rect(event.wire(), n(x), n(y), n(bar), n(h)));
                parts.add(ui.t("chart.events." + event.wire(), n));
            }
            bars.add(new RegisterView.Bar(year, total, ui.href("/register?year=" + year + (keep.isEmpty() ? "" : "&" + keep)),
                    year + ": " + String.join(", ", parts), rects));
        }
        List<RegisterView.Label> labels = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            // the last year is always labelled; a regular label too close before it would print over it
            boolean regular = (year - first) % labelEvery == 0 && 2 * (last - year) >= labelEvery;
            if (!regular && year != last) continue;
            double x = LEFT + (year - first) * slot + slot / 2;
            // a label centred on a bar at the right edge would be cut by the frame: end it at the edge instead
            boolean atEdge = x + 16 > CHART_WIDTH;
            labels.add(new RegisterView.Label(n(atEdge ? CHART_WIDTH - 1 : x), n(CHART_HEIGHT - 6), atEdge ? "end" : "middle",
                    String.valueOf(year)));
        }
        List<RegisterView.Key> legend = new ArrayList<>();
        for (EventType type : Register.REPRESSION) legend.add(new RegisterView.Key(type.wire(), DossierPages.label(ui, type)));
        return new RegisterView.Chart(CHART_WIDTH, CHART_HEIGHT, ui.t("chart.title", String.valueOf(first), String.valueOf(last)), n(LEFT), n(LEFT - 4),
                n(TOP + 4), String.valueOf(max), n(TOP + plot), bars, labels, legend, ui.t("chart.caption"));
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static RegisterView.Cell cell(Ui ui, Register.Row row, EventType column) {
        var claim = row.claim(column);
        if (claim.isEmpty()) return new RegisterView.Cell(column.wire(), false, null, null, null, List.of(), row.disputed(column));
        Dossier.Claim c = claim.get();
        List<RegisterView.Detail> details = new ArrayList<>();
        for (String key : List.of("body", "articles", "punishment")) {
            String value = c.details().get(key);
            if (value != null) details.add(new RegisterView.Detail(key, key.equals("articles") ? ui.t("register.articles", value) : value));
        }
        return new RegisterView.Cell(column.wire(), true, c.date() == null ? null : c.date().value(), ui.date(c.date()),
                c.place(), details, row.disputed(column));
    }
}
