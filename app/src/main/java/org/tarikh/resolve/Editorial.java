package org.tarikh.resolve;

import java.util.List;
import java.util.Map;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;

/**
 * What editors decided about one archive person: their judgement of the claims the documents state, the claims
 * they added with a source, and the names they prefer per language. Automatic resolution never overrides it.
 */
public record Editorial(Map<String, Decision> decisions, List<AddedClaim> added, Map<String, String> preferredNames) {
    public static final Editorial NONE = new Editorial(Map.of(), List.of(), Map.of());

    public Editorial {
        decisions = Map.copyOf(decisions);
        added = List.copyOf(added);
        preferredNames = Map.copyOf(preferredNames);
    }

    public enum Status {
        ACCEPTED, REJECTED, CORRECTED, ADDED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status of(String wire) {
            return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** An editor's judgement of a claim: for a correction, the corrected date and place (null: as the source says). */
    public record Decision(Status status, EdtfDate date, String place, String reason, String editor, String at,
                           String change) {}

    /** A claim an editor added, citing {@code source}. */
    public record AddedClaim(String id, EventType type, EdtfDate date, String place, String source, String quote,
                             String editor, String at, String change) {}
}
