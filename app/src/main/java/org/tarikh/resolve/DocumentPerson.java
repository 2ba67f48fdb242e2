package org.tarikh.resolve;

import java.util.List;
import java.util.Objects;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.Mention;
import org.tarikh.extract.names.PersonName;

/**
 * A person as one document names them, with the events the document states about them: the extraction stage's
 * result, the resolver's input.
 *
 * @param localId the person's id within the document ({@code p1})
 * @param name    the fullest form the document gives, without case endings
 */
public record DocumentPerson(String documentId, String source, String localId, String name, PersonName parsed,
                             List<Mention> mentions, List<ExtractedEvent> events) {
    public DocumentPerson(String documentId, String source, String localId, String name, PersonName parsed,
                          List<Mention> mentions) {
        this(documentId, source, localId, name, parsed, mentions, List.of());
    }

    public DocumentPerson {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parsed, "parsed");
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }

    public String memberKey() {
        return documentId + "/" + localId;
    }
}
