package org.tarikh.extract;

import java.util.List;

/** One individual named in a document, with every mention of them there; {@code id} is local to the document. */
public record ExtractedPerson(String id, String name, List<Mention> mentions) {
    public ExtractedPerson {
        mentions = List.copyOf(mentions);
    }
}
