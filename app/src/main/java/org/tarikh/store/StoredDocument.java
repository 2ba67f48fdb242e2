package org.tarikh.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tarikh.text.ArchiveReference;
import org.tarikh.text.Block;
import org.tarikh.text.Provenance;

/**
 * A document as the archive keeps it: the text as read (all offsets refer to it), the searchable text (repaired,
 * boilerplate blanked, what the index sees), paragraph blocks with their language and boilerplate marks, and provenance.
 */
public record StoredDocument(String id, String source, String location, String contentHash, String format,
                             String language, Provenance provenance, String text, String searchable,
                             List<Block> blocks, Map<String, String> metadata, long byteSize, String ingestedAt) {
    public StoredDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(searchable, "searchable");
        Objects.requireNonNull(provenance, "provenance");
        blocks = List.copyOf(blocks);
        metadata = Map.copyOf(metadata);
    }

    public String title() {
        return provenance.title();
    }

    public List<ArchiveReference> archiveReferences() {
        return provenance.archiveReferences();
    }
}
