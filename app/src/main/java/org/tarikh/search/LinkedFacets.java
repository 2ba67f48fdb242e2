package org.tarikh.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tarikh.store.StoredDocument;

/**
 * The facet dimensions that come from what the archive knows beyond a document's words: the places its gazetteer
 * finds in the text ({@value #PLACE}) and the persons it resolved across documents ({@value #PERSON}). Both can be
 * counted over the matches and asked for in a query ({@code place:Семипалатинск}, {@code person:Рыскулов} or
 * {@code person:p-riskulov-turar}), in any script or spelling.
 *
 * <p>Places are read at index time: a document names the same places whatever else is ingested. Persons are read
 * at query time: resolution changes as documents arrive (a lone {@code Рыскулов} joins Turar Ryskulov once a
 * document names him in full), and the index must not be rebuilt for that. Implementations are thread-safe.
 */
public interface LinkedFacets {
    String PERSON = "person";
    String PLACE = "place";

    /** No places and no persons: the search index alone. */
    LinkedFacets NONE = new LinkedFacets() {
        @Override
        public Collection<String> placesIn(StoredDocument document) {
            return List.of();
        }

        @Override
        public Optional<String> placeId(String typed) {
            return Optional.empty();
        }

        @Override
        public Collection<String> personsIn(String documentId) {
            return List.of();
        }

        @Override
        public Set<String> documentsOfPerson(String typed) {
            return Set.of();
        }

        @Override
        public String label(String dimension, String value) {
            return value;
        }
    };

    /** The ids of the places the document's text names, each once. */
    Collection<String> placesIn(StoredDocument document);

    /** The id of the place a user typed after {@code place:}, in any script or period name; empty when unknown. */
    Optional<String> placeId(String typed);

    /** The ids of the archive persons a document names. */
    Collection<String> personsIn(String documentId);

    /** The documents that name the persons a user typed after {@code person:}: an archive person's id, or a name. */
    Set<String> documentsOfPerson(String typed);

    /**
     * The documents that name the archive persons a run of query words confidently names (as the persons shown above
     * a name query's hits: the reconciler's match, or a score of a surname with a given name or initial that
     * agrees), whatever spelling each document used; empty when the words name nobody so.
     */
    default Set<String> documentsOfNamedPerson(String words) {
        return Set.of();
    }

    /** Whether one typed word is a surname or given name some archive person bears (in any script). */
    default boolean namesPerson(String typed) {
        return !documentsOfPerson(typed).isEmpty();
    }

    /**
     * A number that changes whenever {@link #personsIn} may answer differently (the archive resolved its persons
     * again), so that what was read of it can be kept until then.
     */
    default long personsVersion() {
        return 0;
    }

    /** What to show for a value of {@link #PERSON} or {@link #PLACE}: the person's or the place's name. */
    String label(String dimension, String value);
}
