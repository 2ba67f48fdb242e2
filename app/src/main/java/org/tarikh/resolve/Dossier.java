package org.tarikh.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.extract.EventType;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.extract.dates.JulianCalendar;
import org.tarikh.lexicon.Gazetteer;

/**
 * What the archive's sources say about one person, claim by claim: each claim with its source and evidence, how
 * many sources support it, and where the sources disagree.
 *
 * <p>Claims of one type agree when one date contains the other ({@code 1937-07} and {@code 1937-07-20}): that is
 * corroboration. For the events a life has once (birth, death, execution, burial), two dates that cannot both be
 * true are a conflict; so are two sources giving different years for the person taking the same office (the same
 * title, or coming to power) in the same place (the gazetteer's one place under any of its names: power in
 * Kazakhstan and power in the Kazakh SSR are one office; claims without a place are compared with all), two birth
 * or burial places that the gazetteer says are different places
 * (Семипалатинск and Семей are one), and an arrest or a sentence dated after the person's death or execution.
 * An execution and a death are one end of life: a death on one date and an execution on another is a conflict
 * (of type death), a death in 1938 and an execution on 1938-02-25 agree.
 * Example:
 * Ryskulov's execution as {@code 1938-02-10} in one source and {@code 1939-02} in another is flagged with both
 * sources.
 */
public record Dossier(ResolvedPerson person, List<Claim> claims, List<Conflict> conflicts) {
    private static final Set<EventType> ONCE = EnumSet.of(EventType.BIRTH, EventType.DEATH, EventType.EXECUTION,
            EventType.BURIAL);

    /**
     * A claim with its source and evidence. {@code id} is its {@link ClaimId} (an editor's added claim has its own);
     * {@code status} is an editor's judgement, null when none; {@code note} says what the editor did and why
     * ("rejected by …: reason", the source's own date of a corrected claim). A rejected claim stays in the list but
     * supports nothing and is in no conflict.
     */
    public record Claim(EventType type, EdtfDate date, String place, String source, String documentId, String evidence,
                        int start, int end, Map<String, String> details, int supportingSources, String id,
                        Editorial.Status status, String note) {
        public Claim(EventType type, EdtfDate date, String place, String source, String documentId, String evidence,
                     int start, int end, Map<String, String> details, int supportingSources) {
            this(type, date, place, source, documentId, evidence, start, end, details, supportingSources,
                    ClaimId.of(documentId == null ? "" : documentId, type, date, evidence), null, null);
        }

        public boolean rejected() {
            return status == Editorial.Status.REJECTED;
        }

        Claim supportedBy(int sources) {
            return new Claim(type, date, place, source, documentId, evidence, start, end, details, sources, id, status, note);
        }
    }

    /**
     * A point where sources disagree: the competing values, each with its sources.
     *
     * @param calendarDays when two days lie exactly the Julian lag of their time apart (12 days in the nineteenth
     *     century, 13 until February 1918), that lag: they may be one day written Old Style and New Style; else 0
     */
    public record Conflict(EventType type, List<String> values, List<String> sources, int calendarDays) {
        public Conflict(EventType type, List<String> values, List<String> sources) {
            this(type, values, sources, 0);
        }
    }

    public Dossier {
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
    }

    public static Dossier of(ResolvedPerson person) {
        List<Claim> raw = new ArrayList<>();
        Editorial editorial = person.editorial();
        for (DocumentPerson member : person.members()) {
            for (ExtractedEvent e : member.events()) {
                String id = ClaimId.of(member.documentId(), e.type(), e.date(), e.text());
                Editorial.Decision decision = editorial.decisions().get(id);
                EdtfDate date = e.date();
                String place = e.place();
                String note = null;
                if (decision != null) {
                    note = decision.status().wire() + " by " + decision.editor() + ": " + decision.reason();
                    if (decision.status() == Editorial.Status.CORRECTED) {
                        if (decision.date() != null) date = decision.date();
                        if (decision.place() != null) place = decision.place();
                        note += " (the source says " + (e.date() == null ? "no date" : e.date().value())
                                + (e.place() == null ? "" : ", " + e.place()) + ")";
                    }
                }
                raw.add(new Claim(e.type(), date, place, member.source(), member.documentId(), e.text(),
                        e.start(), e.end(), withPlace(e.details(), place, year(date)), 1, id,
                        decision == null ? null : decision.status(), note));
            }
        }
        for (Editorial.AddedClaim a : editorial.added()) {
            raw.add(new Claim(a.type(), a.date(), a.place(), a.source(), null, a.quote() == null ? "" : a.quote(), 0, 0,
                    withPlace(Map.of(), a.place(), year(a.date())), 1, a.id(), Editorial.Status.ADDED,
                    "added by " + a.editor()));
        }
        List<Claim> claims = new ArrayList<>();
        for (Claim c : raw) {
            if (c.rejected()) {
                claims.add(c.supportedBy(1)); // its own source still states it; it supports nothing else and is in no conflict
                continue;
            }
            // a claim is supported by the sources that state the same type of event at a date that agrees with its
            // own; an undated claim, or a career post (several posts share a year), only by its own source
            Set<String> supporting = new LinkedHashSet<>();
            supporting.add(sourceKey(c));
            boolean career = c.type().career();
            for (Claim other : raw) {
                if (other.rejected() || c.date() == null || other.date() == null || !other.type().equals(c.type())) continue;
                if (career ? other.date().equals(c.date()) && other.place() != null && other.place().equals(c.place())
                        : agree(c.date(), other.date())) {
                    supporting.add(sourceKey(other));
                }
            }
            claims.add(c.supportedBy(Math.max(1, supporting.size())));
        }
        claims.sort(Comparator.comparing((Claim c) -> c.date() == null ? "9999" : earliest(c.date()))
                .thenComparing(Claim::type));
        return new Dossier(person, claims, conflicts(claims.stream().filter(c -> !c.rejected()).toList()));
    }

    /** A document, or the source an editor cited for an added claim. */
    private static String sourceKey(Claim c) {
        return c.documentId() != null ? c.documentId() : "cited:" + c.source();
    }

    /**
     * The claim's details with the gazetteer's reading of its place ({@code placeName}, {@code geonameId}) when the
     * place is known; the claim keeps the place as the document writes it ({@code Семипалатинске}).
     */
    static Map<String, String> withPlace(Map<String, String> details, String place) {
        return withPlace(details, place, null);
    }

    /** {@link #withPlace(Map, String)} for a claim of a given year, which picks the names the place had then. */
    static Map<String, String> withPlace(Map<String, String> details, String place, java.time.Year year) {
        Map<String, String> resolved = Gazetteer.shared().placeDetails(place, year);
        if (resolved.isEmpty()) return details;
        Map<String, String> out = new LinkedHashMap<>(details == null ? Map.of() : details);
        out.putAll(resolved);
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<Conflict> conflicts(List<Claim> claims) {
        Map<EventType, List<Claim>> byType = new LinkedHashMap<>();
        for (Claim c : claims) if (c.date() != null) byType.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(c);
        List<Conflict> out = new ArrayList<>();
        // an execution and a death are one end of life: a death on one date and an execution on another disagree
        // (a year against a full date inside it agrees); they are judged as one event, named a death when a source
        // says death, else an execution
        Map<EventType, List<Claim>> once = new LinkedHashMap<>();
        for (var entry : byType.entrySet()) {
            if (!ONCE.contains(entry.getKey())) continue;
            boolean endOfLife = entry.getKey() == EventType.EXECUTION || entry.getKey() == EventType.DEATH;
            EventType as = endOfLife && byType.containsKey(EventType.DEATH) ? EventType.DEATH : entry.getKey();
            once.computeIfAbsent(as, k -> new ArrayList<>()).addAll(entry.getValue());
        }
        for (var entry : once.entrySet()) {
            List<Claim> dated = entry.getValue();
            boolean disagree = false;
            for (int i = 0; i < dated.size(); i++) {
                for (int j = i + 1; j < dated.size(); j++) {
                    if (!agree(dated.get(i).date(), dated.get(j).date()) && !oneDayInTwoCalendars(dated.get(i), dated.get(j))) {
                        disagree = true;
                    }
                }
            }
            if (disagree) {
                Conflict conflict = collapsed(entry.getKey(), dated);
                if (conflict.values().size() > 1) out.add(conflict);
            }
        }
        // two birth (or burial) places that are not one place under different names
        for (EventType type : List.of(EventType.BIRTH, EventType.BURIAL)) {
            Map<String, String> places = new LinkedHashMap<>();
            Map<String, String> sourcesByPlace = new LinkedHashMap<>();
            for (Claim c : claims) {
                String id = c.type() == type ? c.details().get("geonameId") : null;
                if (id == null) continue;
                places.putIfAbsent(id, c.details().getOrDefault("placeName", c.place()));
                sourcesByPlace.merge(id, c.source(), (a, b) -> a.equals(b) ? a : a + "; " + b);
            }
            if (places.size() > 1) {
                out.add(new Conflict(type, new ArrayList<>(places.values()), new ArrayList<>(sourcesByPlace.values())));
            }
        }
        // one post, two start dates: sources that disagree on when the person took the same office
        Map<String, List<Claim>> byPost = new LinkedHashMap<>();
        for (Claim c : byType.getOrDefault(EventType.POSITION, List.of())) {
            String post = post(c);
            if (post != null) byPost.computeIfAbsent(post, k -> new ArrayList<>()).add(c);
        }
        for (List<Claim> same : byPost.values()) {
            Map<String, String> values = new LinkedHashMap<>();
            boolean disagree = false;
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    if (!sourceKey(same.get(i)).equals(sourceKey(same.get(j)))
                            && samePlace(same.get(i), same.get(j))
                            && !agree(start(same.get(i).date()), start(same.get(j).date()))) {
                        disagree = true;
                    }
                }
            }
            if (disagree) {
                for (Claim c : same) values.merge(c.date().value(), c.source(), (a, b) -> a.equals(b) ? a : a + "; " + b);
                out.add(new Conflict(EventType.POSITION, new ArrayList<>(values.keySet()), new ArrayList<>(values.values())));
            }
        }
        // an arrest or sentence after the end of a life
        String end = null, endSource = null;
        for (EventType type : List.of(EventType.EXECUTION, EventType.DEATH)) {
            for (Claim c : byType.getOrDefault(type, List.of())) {
                String latest = latest(c.date());
                if (latest != null && (end == null || latest.compareTo(end) < 0)) {
                    end = latest;
                    endSource = c.source();
                }
            }
        }
        if (end != null) {
            for (EventType type : List.of(EventType.ARREST, EventType.SENTENCE)) {
                for (Claim c : byType.getOrDefault(type, List.of())) {
                    String earliest = earliest(c.date());
                    if (earliest != null && earliest.compareTo(end) > 0) {
                        out.add(new Conflict(type, List.of(c.date().value(), "after the end of life " + end),
                                List.of(c.source(), endSource)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The values of claims that disagree, each with its sources. A value that agrees with exactly one more precise
     * value corroborates it and is no alternative of its own: death in 1938 (two sources) and on 1938-02-25 (one)
     * against 1939 are two values, 1938-02-25 with three sources, and 1939.
     */
    private static Conflict collapsed(EventType type, List<Claim> claims) {
        Map<EdtfDate, String> sources = new LinkedHashMap<>();
        for (Claim c : claims) sources.merge(c.date(), c.source(), Dossier::withSource);
        List<EdtfDate> byPrecision = new ArrayList<>(sources.keySet());
        byPrecision.sort(java.util.Comparator.comparingLong(Dossier::spanDays));
        Map<EdtfDate, String> kept = new LinkedHashMap<>();
        for (EdtfDate value : byPrecision) {
            List<EdtfDate> agreeing = kept.keySet().stream().filter(k -> agree(k, value)).toList();
            if (agreeing.size() == 1) {
                kept.merge(agreeing.get(0), sources.get(value), Dossier::withSource);
            } else {
                kept.put(value, sources.get(value));
            }
        }
        List<EdtfDate> values = sources.keySet().stream().filter(kept::containsKey).toList();
        int calendarDays = 0;
        if (values.size() == 2 && values.stream().allMatch(v -> !v.isInterval() && v.precision() == EdtfDate.Precision.DAY)
                && JulianCalendar.mayBeOneDay(values.get(0).earliest(), values.get(1).earliest())) {
            calendarDays = JulianCalendar.lag(values.get(0).earliest());
        }
        return new Conflict(type, values.stream().map(EdtfDate::value).toList(), values.stream().map(kept::get).toList(),
                calendarDays);
    }

    /**
     * Whether a source that writes a date in both calendars ({@code 15 (27) октября 1894}: the claim's
     * {@code new_style} or {@code old_style} detail) gives the other claim's day: no disagreement.
     */
    private static boolean oneDayInTwoCalendars(Claim a, Claim b) {
        String av = a.date().value(), bv = b.date().value();
        return bv.equals(a.details().get("new_style")) || bv.equals(a.details().get("old_style"))
                || av.equals(b.details().get("new_style")) || av.equals(b.details().get("old_style"));
    }

    /** Sources joined with "; ", each once. */
    private static String withSource(String sources, String more) {
        List<String> all = new ArrayList<>(List.of(sources.split("; ")));
        for (String s : more.split("; ")) if (!all.contains(s)) all.add(s);
        return String.join("; ", all);
    }

    /** How many days a date spans (0 for a day). */
    private static long spanDays(EdtfDate d) {
        return java.time.temporal.ChronoUnit.DAYS.between(d.earliest(), d.latest());
    }

    private static final java.util.regex.Pattern TAKING_POWER = java.util.regex.Pattern.compile(
            "(?iu)(?:came|rose|come|coming)\\s+to\\s+power|appointment\\s+of\\s+[^.;]{0,60}?to\\s+(?:the\\s+)?power"
                    + "|(?:пришёл|пришел|приход\\p{L}*)\\s+к\\s+власти|билікке\\s+келу\\p{L}*|билікке\\s+кел\\p{L}*");

    /** The post a position claim is about: its title when the text gives one, else "power" for taking office. */
    private static String post(Claim c) {
        String title = c.details().get("title");
        if (title != null && !title.isBlank()) return title.strip().toLowerCase(java.util.Locale.ROOT);
        return TAKING_POWER.matcher(c.evidence()).find() ? "power" : null;
    }

    /**
     * Whether two claims may be about one place: not when both places are known to the gazetteer as different
     * entries, nor when only one is known, nor when neither is known and their texts differ; a claim without a
     * place may be about any.
     */
    private static boolean samePlace(Claim a, Claim b) {
        if (a.place() == null || b.place() == null || a.place().isBlank() || b.place().isBlank()) return true;
        String x = a.details().get("geonameId"), y = b.details().get("geonameId");
        if (x != null && y != null) return x.equals(y);
        if (x != null || y != null) return false;
        return a.place().strip().toLowerCase(java.util.Locale.ROOT).equals(b.place().strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The year a date begins in, or null when there is none. */
    private static java.time.Year year(EdtfDate date) {
        return date == null ? null : java.time.Year.of(date.earliest().getYear());
    }

    /** The start of an interval date (a post held 1925/1933 was taken in 1925). */
    private static EdtfDate start(EdtfDate date) {
        return date == null ? null : date.start();
    }

    /** One date contains the other, or either is unknown. */
    static boolean agree(EdtfDate a, EdtfDate b) {
        if (a == null || b == null) return true;
        return a.equals(b) || a.contains(b) || b.contains(a);
    }

    private static String earliest(EdtfDate date) {
        return date == null ? null : date.earliest().toString();
    }

    private static String latest(EdtfDate date) {
        return date == null ? null : date.latest().toString();
    }
}
