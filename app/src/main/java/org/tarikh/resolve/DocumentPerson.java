package org.tarikh.resolve;

import java.util.List;
import java.util.Objects;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.Mention;
import org.tarikh.extract.names.PersonName;

/**
 * A person as one document names them, with the events the document states about them: the extraction stage's
 * result, the resolver's input. Immutable; equal when every part is equal, as a record would be.
 *
 * <p>A class, not a record, so that the member key is made once: resolution sorts, hashes and looks up persons by
 * it many times over (a sort of 20,000 persons by a key concatenated per comparison was a sixth of a resolution's
 * time).
 */
public final class DocumentPerson {
    private final String documentId;
    private final String source;
    private final String localId;
    private final String name;
    private final PersonName parsed;
    private final List<Mention> mentions;
    private final List<ExtractedEvent> events;
    private final String memberKey;
    private int hash; // 0 until computed, as String does

    public DocumentPerson(String documentId, String source, String localId, String name, PersonName parsed,
                          List<Mention> mentions) {
        this(documentId, source, localId, name, parsed, mentions, List.of());
    }

    public DocumentPerson(String documentId, String source, String localId, String name, PersonName parsed,
                          List<Mention> mentions, List<ExtractedEvent> events) {
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.source = source;
        this.localId = Objects.requireNonNull(localId, "localId");
        this.name = Objects.requireNonNull(name, "name");
        this.parsed = Objects.requireNonNull(parsed, "parsed");
        this.mentions = List.copyOf(mentions);
        this.events = List.copyOf(events);
        this.memberKey = documentId + "/" + localId;
    }

    public String documentId() {
        return documentId;
    }

    public String source() {
        return source;
    }

    /** The person's id within the document ({@code p1}). */
    public String localId() {
        return localId;
    }

    /** The fullest form the document gives, without case endings. */
    public String name() {
        return name;
    }

    public PersonName parsed() {
        return parsed;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<ExtractedEvent> events() {
        return events;
    }

    /** {@code documentId/localId}: the person's key across the archive. */
    public String memberKey() {
        return memberKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentPerson p && documentId.equals(p.documentId) && Objects.equals(source, p.source)
                && localId.equals(p.localId) && name.equals(p.name) && parsed.equals(p.parsed)
                && mentions.equals(p.mentions) && events.equals(p.events);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(documentId, source, localId, name, parsed, mentions, events);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "DocumentPerson[documentId=" + documentId + ", source=" + source + ", localId=" + localId + ", name="
                + name + ", parsed=" + parsed + ", mentions=" + mentions + ", events=" + events + "]";
    }
}
