package org.tarikh.web.view;

import java.util.List;

/** The register page: the count line, the filter, the chart (null when nothing is dated) and the rows. */
public record RegisterView(String count, Filter filter, Chart chart, List<String> columns, List<Row> rows) {
    public record Filter(String year, String place, String sentence, String body, List<String> punishments,
                         List<String> bodies, String download) {}

    /** An SVG bar chart: bars (one link per year), axis labels, and the legend. */
    public record Chart(int width, int height, String title, String axis, String maxX, String maxY, String max,
                        String zeroY, List<Bar> bars, List<Label> labels, List<Key> legend, String caption) {}

    public record Bar(int year, int total, String href, String title, List<Rect> rects) {}

    public record Rect(String type, String x, String y, String width, String height) {}

    public record Label(String x, String y, String anchor, String text) {}

    public record Key(String type, String label) {}

    public record Row(String id, String name, List<Cell> cells, int sources, String sourcesTitle, String files) {}

    /** A column's value: the date, place, the sentence's body, articles and punishment, and whether it is disputed. */
    public record Cell(String type, boolean present, String datetime, String dateText, String place, List<Detail> details,
                       boolean disputed) {}

    public record Detail(String key, String text) {}
}
