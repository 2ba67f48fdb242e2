package org.tarikh.extract;

import java.util.List;

/** What the extraction stage finds in one document. */
public record Extraction(List<ExtractedPerson> persons, List<ExtractedEvent> events) {
    public static final Extraction EMPTY = new Extraction(List.of(), List.of());

    public Extraction {
        persons = List.copyOf(persons);
        events = List.copyOf(events);
    }
}
