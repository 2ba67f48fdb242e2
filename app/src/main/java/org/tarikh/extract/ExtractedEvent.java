package org.tarikh.extract;

import java.util.Map;

/**
 * A biographical claim a document makes: who (a local person id), what (birth, arrest, execution, position, …),
 * when (EDTF, or null when the text gives no date), where, the sentence that states it (as read, with its char
 * offsets) and details such as the sentencing body, the articles, the punishment or the post's title.
 */
public record ExtractedEvent(String type, String person, String date, String place, String text, int start, int end,
                             Map<String, String> details) {
    /** Career facts, kept apart from the life events of a register (arrest, sentence, …). */
    public static final java.util.Set<String> CAREER = java.util.Set.of("position", "education", "membership", "award");

    public ExtractedEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public boolean career() {
        return CAREER.contains(type);
    }
}
