package org.tarikh.web;

import org.tarikh.extract.EventType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tarikh.resolve.Register;

class RegisterChartTest {

    private static final Pattern LABEL = Pattern.compile("text-anchor=\"(?:middle|end)\"[^>]*>(\\d{4})<");

    @Test
    void labelsTheLastYearWithoutARegularLabelPrintedOverIt() {
        TreeMap<Integer, Map<EventType, Integer>> counts = new TreeMap<>();
        counts.put(1928, Map.of(EventType.ARREST, 2));
        counts.put(1937, Map.of(EventType.ARREST, 9, EventType.EXECUTION, 3));
        counts.put(1989, Map.of(EventType.REHABILITATION, 1));
        String svg = RegisterPages.chart(counts, new Register.Filter(null, null, null, null));

        // 62 years, a label every 10: 1928 … 1978, then 1989 and not 1988 one year before it
        assertThat(labels(svg)).containsExactly(1928, 1938, 1948, 1958, 1968, 1978, 1989);
        assertThat(svg).as("the last label ends at the frame, not cut by it")
                .containsPattern("text-anchor=\"end\">1989<");
    }

    private static List<Integer> labels(String svg) {
        List<Integer> years = new ArrayList<>();
        Matcher m = LABEL.matcher(svg);
        while (m.find()) years.add(Integer.parseInt(m.group(1)));
        return years;
    }
}
