package org.tarikh.extract;

import java.util.List;
import java.util.Objects;
import org.tarikh.extract.names.PersonName;

/**
 * One individual named in a document, with every mention of them there; {@code id} is local to the document,
 * {@code name} the fullest form the document gives (without case endings), {@code parsed} its parts.
 */
public record ExtractedPerson(String id, String name, PersonName parsed, List<Mention> mentions) {
    public ExtractedPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parsed, "parsed");
        mentions = List.copyOf(mentions);
    }
}
