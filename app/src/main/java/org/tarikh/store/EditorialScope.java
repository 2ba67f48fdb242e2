package org.tarikh.store;

import java.util.List;
import java.util.Set;

/**
 * The editorial rows one change may touch: the pins and assignments of these members ({@code document/local}), the
 * status of these person ids (and the claims editors added to them and the names they prefer), these claims'
 * decisions. {@code main} is the person a change is about: an id that a change made and its undo removes becomes
 * a redirect to it.
 */
public record EditorialScope(String main, Set<String> members, Set<String> persons, Set<String> claims) {
    public EditorialScope {
        members = Set.copyOf(members);
        persons = Set.copyOf(persons);
        claims = Set.copyOf(claims);
    }

    /** The tables of the editorial state, in the order they are written. */
    public static final List<String> TABLES = List.of("persons", "person_pins", "person_members", "claim_decisions",
            "editor_claims", "person_names");
}
