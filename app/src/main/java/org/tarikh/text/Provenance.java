package org.tarikh.text;

import java.util.List;

/**
 * Where a document comes from, as far as its metadata and its own text tell. Every string may be null.
 *
 * @param title the document's title
 * @param publisher the publisher or web site ("e-history.kz")
 * @param author the author
 * @param translator the translator ("Raushan Makhmetzhanova")
 * @param published the publication date as ISO 8601 ("2023-03-24") when it could be read, else as written
 * @param citedSource the printed source the document cites ("Қазақ совет энциклопедиясы. –Алматы, 1979. –Б.320-325.")
 * @param archiveReferences archival references found in the text, in order
 */
public record Provenance(String title, String publisher, String author, String translator, String published,
                         String citedSource, List<ArchiveReference> archiveReferences) {
    public Provenance {
        archiveReferences = archiveReferences == null ? List.of() : List.copyOf(archiveReferences);
    }

    public static Provenance empty() {
        return new Provenance(null, null, null, null, null, null, List.of());
    }
}
