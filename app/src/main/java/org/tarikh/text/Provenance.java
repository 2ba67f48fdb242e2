package org.tarikh.text;

import java.util.List;

public record Provenance(String title, String publisher, String author, String translator, String published,
                         String citedSource, List<ArchiveReference> archiveReferences) {
    public Provenance {
        archiveReferences = List.copyOf(archiveReferences);
    }
}
