package org.tarikh.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;

/**
 * The register of the repressed, one row per person, as the registers of victims keep them (Memorial's "Жертвы
 * политического террора", the Open List): birth, arrest, sentence with its body, execution and rehabilitation.
 * Example: Ryskulov's row shows arrest 1937-05-21 (3 sources), sentence 1938-02-08 by the "выездной сессией ВК ВС
 * СССР", execution 1938-02-10 with the conflicting date of a third source marked.
 *
 * <p>Rules: a person is in the register when any source claims an arrest, sentence, execution or rehabilitation.
 * For each event the row shows the claim the most sources support, then the most precise one (a day before a
 * month), then the earliest. A year filter keeps a person with any claim dated within that year (dates vaguer than
 * a decade never match); place, sentence and body filters match substrings, ignoring case. Pure and thread-safe.
 */
public final class Register {
    /** The event types that put a person in the register, in the order of a life. */
    public static final List<EventType> REPRESSION = List.of(EventType.ARREST, EventType.SENTENCE,
            EventType.EXECUTION, EventType.REHABILITATION);
    /** The columns of a row. */
    public static final List<EventType> COLUMNS = List.of(EventType.BIRTH, EventType.ARREST, EventType.SENTENCE,
            EventType.EXECUTION, EventType.REHABILITATION);

    private Register() {}

    /** One person's row: the chosen claim per column, every source, and whether the sources disagree. */
    public record Row(String id, String name, Dossier dossier, Map<EventType, Dossier.Claim> chosen, List<String> sources) {
        public Row {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(dossier, "dossier");
            chosen = Map.copyOf(chosen);
            sources = List.copyOf(sources);
        }

        public Optional<Dossier.Claim> claim(EventType column) {
            return Optional.ofNullable(chosen.get(column));
        }

        public boolean disputed(EventType type) {
            return dossier.conflicts().stream().anyMatch(c -> c.type() == type);
        }

        boolean matches(Filter filter) {
            if (filter.year() != null && dossier.claims().stream().noneMatch(c -> within(c.date(), filter.year()))) return false;
            if (filter.place() != null
                    && dossier.claims().stream().noneMatch(c -> contains(c.place(), filter.place()))) return false;
            List<Dossier.Claim> sentences = dossier.claims().stream().filter(c -> c.type() == EventType.SENTENCE).toList();
            if (filter.sentence() != null && sentences.stream().noneMatch(c ->
                    contains(c.details().get("punishment"), filter.sentence())
                            || contains(c.details().get("articles"), filter.sentence()))) return false;
            return filter.body() == null
                    || sentences.stream().anyMatch(c -> contains(c.details().get("body"), filter.body()));
        }
    }

    /** What to keep; a null or blank field keeps everyone. */
    public record Filter(Integer year, String place, String sentence, String body) {
        public static final Filter ALL = new Filter(null, null, null, null);

        public Filter {
            place = blankToNull(place);
            sentence = blankToNull(sentence);
            body = blankToNull(body);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** The register rows of every person with a repression claim, by name. */
    public static List<Row> rows(List<ResolvedPerson> persons) {
        List<Row> rows = new ArrayList<>();
        for (ResolvedPerson person : persons) {
            Dossier dossier = Dossier.of(person);
            if (dossier.claims().stream().noneMatch(c -> REPRESSION.contains(c.type()))) continue;
            Map<EventType, Dossier.Claim> chosen = new LinkedHashMap<>();
            for (EventType column : COLUMNS) {
                dossier.claims().stream().filter(c -> c.type() == column).min(BEST).ifPresent(c -> chosen.put(column, c));
            }
            Set<String> sources = new LinkedHashSet<>();
            for (Dossier.Claim c : dossier.claims()) {
                if (COLUMNS.contains(c.type())) sources.add(c.source());
            }
            rows.add(new Row(person.id(), person.name(), dossier, chosen, new ArrayList<>(sources)));
        }
        rows.sort(Comparator.comparing(Row::name).thenComparing(Row::id));
        return rows;
    }

    public static List<Row> filter(List<Row> rows, Filter filter) {
        return rows.stream().filter(r -> r.matches(filter)).toList();
    }

    /** For each year, how many of the rows' chosen arrests, sentences, executions and rehabilitations fall in it. */
    public static SortedMap<Integer, Map<EventType, Integer>> countsByYear(List<Row> rows) {
        SortedMap<Integer, Map<EventType, Integer>> counts = new TreeMap<>();
        for (Row row : rows) {
            for (EventType type : REPRESSION) {
                row.claim(type).flatMap(c -> year(c.date())).ifPresent(year -> {
                    Map<EventType, Integer> byType = counts.computeIfAbsent(year, y -> new LinkedHashMap<>());
                    for (EventType t : REPRESSION) byType.putIfAbsent(t, 0);
                    byType.merge(type, 1, Integer::sum);
                });
            }
        }
        return counts;
    }

    /** The single year a date falls in ({@code 1937-05} → 1937), or empty when it spans more ({@code 193X}). */
    public static Optional<Integer> year(EdtfDate parsed) {
        if (parsed == null) return Optional.empty();
        int from = parsed.earliest().getYear(), to = parsed.latest().getYear();
        return from == to ? Optional.of(from) : Optional.empty();
    }

    private static boolean within(EdtfDate parsed, int year) {
        if (parsed == null) return false;
        int from = parsed.earliest().getYear(), to = parsed.latest().getYear();
        return to - from < 10 && from <= year && year <= to;
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    /** Most sources first, then the narrowest date, then the earliest; undated claims last. */
    private static final Comparator<Dossier.Claim> BEST = Comparator
            .comparingInt((Dossier.Claim c) -> -c.supportingSources())
            .thenComparingLong(c -> span(c.date()))
            .thenComparing(c -> c.date() == null ? "~" : c.date().value());

    private static long span(EdtfDate parsed) {
        return parsed == null ? Long.MAX_VALUE : parsed.latest().toEpochDay() - parsed.earliest().toEpochDay();
    }
}
