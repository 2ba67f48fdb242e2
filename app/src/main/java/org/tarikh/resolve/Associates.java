package org.tarikh.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The people who appear with a person: the other archive persons named in the same documents, ranked by how many
 * documents they share. Example: Ryskulov and Seifullin both named in a Russian case file and an English biography
 * are associates with 2 shared documents.
 *
 * <p>Rules: a person is never their own associate; persons sharing no document are left out; ties are broken by
 * name (Locale-independent string order) so the list is stable. Pure and thread-safe.
 */
public final class Associates {
    /** Another person and the number of documents both are named in. */
    public record Associate(String id, String name, int sharedDocuments) {
        public Associate {
            if (sharedDocuments < 1) throw new IllegalArgumentException("an associate shares at least one document, not " + sharedDocuments);
        }
    }

    private Associates() {}

    public static List<Associate> of(ResolvedPerson person, List<ResolvedPerson> all, int limit) {
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
        Set<String> documents = documents(person);
        List<Associate> out = new ArrayList<>();
        for (ResolvedPerson other : all) {
            if (other.id().equals(person.id())) continue;
            Set<String> shared = documents(other);
            shared.retainAll(documents);
            if (!shared.isEmpty()) out.add(new Associate(other.id(), other.name(), shared.size()));
        }
        out.sort(Comparator.comparingInt(Associate::sharedDocuments).reversed().thenComparing(Associate::name)
                .thenComparing(Associate::id));
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    private static Set<String> documents(ResolvedPerson person) {
        Set<String> ids = new HashSet<>();
        for (DocumentPerson member : person.members()) ids.add(member.documentId());
        return ids;
    }
}
