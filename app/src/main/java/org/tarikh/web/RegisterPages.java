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

/**
 * The register page: the filter form, a bar chart of events by year drawn as inline SVG on the server (the page
 * runs no script; each bar links to the register of its year), and one row per person with birth, arrest, sentence
 * and body, execution, rehabilitation and sources. Every value from the archive is escaped with {@link Html#text}.
 */
final class RegisterPages {
    private static final int CHART_WIDTH = 800, CHART_HEIGHT = 220, AXIS = 24, TOP = 16, LEFT = 32;

    private RegisterPages() {}

    static String page(List<Register.Row> all, List<Register.Row> rows, Register.Filter filter) {
        StringBuilder body = new StringBuilder("<article class=\"register\">\n<h1>Register</h1>\n");
        body.append("<p class=\"count\" id=\"count\">").append(rows.size()).append(rows.size() == 1 ? " person" : " persons");
        if (rows.size() != all.size()) body.append(" of ").append(all.size());
        body.append(" with an arrest, sentence, execution or rehabilitation in the sources.</p>\n");
        form(body, all, filter);
        chart(body, Register.countsByYear(rows), filter);
        table(body, rows);
        body.append("</article>\n");
        return Pages.layout("Register", "", body.toString());
    }

    /** The imported register rows that fit more than one archive person, by file and line, each with why. */
    static String review(List<org.tarikh.store.DocumentStore.RegisterReview> rows) {
        StringBuilder body = new StringBuilder("<article class=\"register-review\">\n<h1>Register rows to review</h1>\n<p class=\"count\">")
                .append(rows.size()).append(rows.size() == 1 ? " row" : " rows")
                .append(" of imported registers fit more than one person of the archive.</p>\n");
        if (!rows.isEmpty()) {
            body.append("<table>\n<thead><tr><th>File</th><th>Line</th><th>Name</th><th>Why</th></tr></thead>\n<tbody>\n");
            for (var r : rows) {
                body.append("<tr><td><a href=\"/documents/").append(Html.url(r.documentId())).append("\">").append(Html.text(r.source()))
                        .append("</a></td><td>").append(r.line()).append("</td><td>").append(Html.text(r.name()))
                        .append("</td><td>").append(Html.text(r.review())).append("</td></tr>\n");
            }
            body.append("</tbody>\n</table>\n");
        }
        body.append("</article>\n");
        return Pages.layout("Register rows to review", "", body.toString());
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

    private static void form(StringBuilder body, List<Register.Row> all, Register.Filter f) {
        TreeSet<String> punishments = new TreeSet<>(), bodies = new TreeSet<>();
        for (Register.Row row : all) {
            for (Dossier.Claim c : row.dossier().claims()) {
                if (c.type() != EventType.SENTENCE) continue;
                if (c.details().get("punishment") != null) punishments.add(c.details().get("punishment"));
                if (c.details().get("body") != null) bodies.add(c.details().get("body"));
            }
        }
        body.append("<form class=\"register-filter\" action=\"/register\" method=\"get\">\n")
                .append("<label>Year <input type=\"number\" name=\"year\" min=\"1800\" max=\"2100\" value=\"")
                .append(f.year() == null ? "" : f.year()).append("\"></label>\n")
                .append("<label>Place <input type=\"text\" name=\"place\" value=\"").append(Html.text(f.place()))
                .append("\" placeholder=\"Алма-Ата, Semey…\"></label>\n")
                .append("<label>Sentence <input type=\"text\" name=\"sentence\" list=\"punishments\" value=\"")
                .append(Html.text(f.sentence())).append("\" placeholder=\"death penalty, 58-10…\"></label>\n")
                .append("<label>Body <input type=\"text\" name=\"body\" list=\"bodies\" value=\"").append(Html.text(f.body()))
                .append("\" placeholder=\"тройка, ВК ВС СССР…\"></label>\n");
        datalist(body, "punishments", punishments);
        datalist(body, "bodies", bodies);
        String query = query(f);
        body.append("<button type=\"submit\">Filter</button> <a class=\"clear\" href=\"/register\">Clear</a> ")
                .append("<a class=\"download\" href=\"/register.csv").append(query.isEmpty() ? "" : "?" + Html.text(query))
                .append("\" download>Download CSV</a>\n</form>\n");
    }

    private static void datalist(StringBuilder body, String id, TreeSet<String> values) {
        body.append("<datalist id=\"").append(id).append("\">");
        for (String v : values) body.append("<option value=\"").append(Html.text(v)).append("\">");
        body.append("</datalist>\n");
    }

    /** Stacked bars, one per year from the first to the last year with an event (empty years kept, so gaps show). */
    static void chart(StringBuilder body, SortedMap<Integer, Map<EventType, Integer>> counts, Register.Filter f) {
        if (counts.isEmpty()) {
            body.append("<p class=\"none\">No dated events to chart.</p>\n");
            return;
        }
        int first = counts.firstKey(), last = counts.lastKey(), years = last - first + 1;
        int max = 1;
        for (Map<EventType, Integer> byType : counts.values()) {
            max = Math.max(max, byType.values().stream().mapToInt(Integer::intValue).sum());
        }
        double slot = (double) (CHART_WIDTH - LEFT) / years;
        double bar = Math.max(1, slot * 0.8);
        int plot = CHART_HEIGHT - AXIS - TOP;
        body.append("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(CHART_WIDTH).append(' ').append(CHART_HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">Events by year, ")
                .append(first).append("–").append(last).append("</title>\n");
        body.append(line(LEFT, TOP + plot, CHART_WIDTH, TOP + plot, "axis"));
        body.append(text(LEFT - 4, TOP + 4, "end", String.valueOf(max))).append(text(LEFT - 4, TOP + plot, "end", "0"));
        int labelEvery = years <= 12 ? 1 : years <= 30 ? 2 : years <= 60 ? 5 : 10;
        String keep = query(new Register.Filter(null, f.place(), f.sentence(), f.body()));
        for (var entry : counts.entrySet()) {
            int year = entry.getKey();
            double x = LEFT + (year - first) * slot + (slot - bar) / 2;
            int total = entry.getValue().values().stream().mapToInt(Integer::intValue).sum();
            List<String> parts = new ArrayList<>();
            body.append("<a href=\"/register?year=").append(year).append(keep.isEmpty() ? "" : "&amp;" + Html.text(keep))
                    .append("\"><g class=\"year\" data-year=\"").append(year).append("\" data-total=\"").append(total).append("\">");
            double y = TOP + plot;
            for (EventType event : Register.REPRESSION) {
                String type = event.wire();
                int n = entry.getValue().getOrDefault(event, 0);
                if (n == 0) continue;
                double h = (double) n * plot / max;
                y -= h;
                body.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                        type, x, y, bar, h));
                parts.add(n + " " + type + (n == 1 ? "" : type.endsWith("s") ? "es" : "s"));
            }
            body.append("<title>").append(year).append(": ").append(Html.text(String.join(", ", parts))).append("</title></g></a>\n");
        }
        for (int year = first; year <= last; year++) {
            // the last year is always labelled; a regular label too close before it would print over it
            boolean regular = (year - first) % labelEvery == 0 && 2 * (last - year) >= labelEvery;
            if (!regular && year != last) continue;
            double x = LEFT + (year - first) * slot + slot / 2;
            // a label centred on a bar at the right edge would be cut by the frame: end it at the edge instead
            boolean atEdge = x + 16 > CHART_WIDTH;
            body.append(text(atEdge ? CHART_WIDTH - 1 : x, CHART_HEIGHT - 6, atEdge ? "end" : "middle",
                    String.valueOf(year)));
        }
        body.append("</svg>\n<figcaption>");
        for (EventType type : Register.REPRESSION) {
            body.append("<span class=\"key ").append(type.wire()).append("\">").append(DossierPages.label(type)).append("</span> ");
        }
        body.append("· events by year; a bar shows the register for its year</figcaption>\n</figure>\n");
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                cls, x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>\n", x, y, anchor,
                Html.text(s));
    }

    private static void table(StringBuilder body, List<Register.Row> rows) {
        if (rows.isEmpty()) {
            body.append("<p class=\"none\">No person matches these filters.</p>\n");
            return;
        }
        body.append("<div class=\"table-wrap\"><table class=\"register\">\n<thead><tr><th>Name</th><th>Birth</th>")
                .append("<th>Arrest</th><th>Sentence</th><th>Execution</th><th>Rehabilitation</th><th>Sources</th></tr></thead>\n<tbody>\n");
        for (Register.Row row : rows) {
            body.append("<tr data-id=\"").append(Html.text(row.id())).append("\"><td class=\"name\"><a href=\"/persons/")
                    .append(Html.url(row.id())).append("\">").append(Html.text(row.name())).append("</a></td>");
            for (EventType column : Register.COLUMNS) cell(body, row, column);
            body.append("<td class=\"sources\" title=\"").append(Html.text(String.join("; ", row.sources()))).append("\">")
                    .append(row.sources().size()).append(" <span class=\"file\">")
                    .append(Html.text(DossierPages.fileNames(String.join("; ", row.sources())))).append("</span></td></tr>\n");
        }
        body.append("</tbody></table></div>\n");
    }

    private static void cell(StringBuilder body, Register.Row row, EventType column) {
        body.append("<td class=\"").append(column.wire()).append(row.disputed(column) ? " disputed" : "").append("\">");
        row.claim(column).ifPresent(c -> {
            body.append(c.date() == null ? "<span class=\"undated\">undated</span>"
                    : "<time datetime=\"" + Html.text(c.date().value()) + "\">" + Html.text(c.date().value()) + "</time>");
            if (c.place() != null) body.append(" <span class=\"place\">").append(Html.text(c.place())).append("</span>");
            for (String key : List.of("body", "articles", "punishment")) {
                String value = c.details().get(key);
                if (value != null) {
                    body.append("<div class=\"").append(key).append("\">")
                            .append(key.equals("articles") ? "art. " : "").append(Html.text(value)).append("</div>");
                }
            }
            if (row.disputed(column)) body.append(" <span class=\"flag\" title=\"the sources disagree: see the dossier\">disputed</span>");
        });
        body.append("</td>");
    }
}
