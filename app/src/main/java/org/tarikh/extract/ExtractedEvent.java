package org.tarikh.extract;

import java.util.Map;
import java.util.Objects;
import org.tarikh.extract.dates.EdtfDate;

/**
 * A biographical claim a document makes: who (a local person id), what (birth, arrest, execution, position, …),
 * when (an EDTF date, or null when the text gives no date), where, the sentence that states it (as read, with its char
 * offsets) and details such as the sentencing body, the articles, the punishment or the post's title.
 */
public record ExtractedEvent(EventType type, String person, EdtfDate date, String place, String text, int start, int end,
                             Map<String, String> details) {
    public ExtractedEvent {
        Objects.requireNonNull(type, "type");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A career fact (position, education, membership, award), kept apart from the life events of a register. */
    public boolean career() {
        return type.career();
    }
}
