package org.tarikh.extract.events;

import java.util.Map;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;

/**
 * A biographical event that one sentence states about one person: a claim with its evidence.
 *
 * <p>Example: {@code "Арестован 20.07.1937 г."} on Lekerov's card gives
 * {@code Event(ARREST, "lekerov", 1937-07-20, null, "Арестован 20.07.1937 г.", 412, 435, {})}.
 *
 * @param type what happened
 * @param personId the person the sentence is about
 * @param date the most precise EDTF date the text gives for this event, or null
 * @param place where it happened as the text names it (case endings removed where certain), or null
 * @param evidence the sentence that states it, exactly as in the text
 * @param start offset of the sentence in the text (inclusive)
 * @param end offset after the sentence (exclusive)
 * @param details further facts by name: {@code body}, {@code articles}, {@code punishment}, {@code title},
 *     {@code organisation}, {@code from}, {@code to}, {@code trigger}
 */
public record Event(EventType type, String personId, EdtfDate date, String place, String evidence, int start, int end,
                    Map<String, String> details) {

    public Event {
        if (type == null) {
            throw new IllegalArgumentException("event needs a type");
        }
        if (personId == null || personId.isBlank()) {
            throw new IllegalArgumentException("event '" + type + "' needs a person id, got '" + personId + "'");
        }
        if (evidence == null || start < 0 || end < start || evidence.length() != end - start) {
            throw new IllegalArgumentException("event '" + type + "' evidence does not span " + start + ".." + end
                    + ": '" + evidence + "'");
        }
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
