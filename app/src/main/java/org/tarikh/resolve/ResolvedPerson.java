package org.tarikh.resolve;

import java.util.List;
import java.util.Map;

/**
 * An archive person: the document persons the resolver found to be one individual, with a display name, every
 * name form seen, and for each member the reason it belongs ("given name Zhusupbek = Жүсіпбек (key zhusupbek),
 * surname key aimautuv").
 */
public record ResolvedPerson(String id, String name, List<String> names, List<DocumentPerson> members,
                             Map<String, String> reasons) {
    public ResolvedPerson {
        names = List.copyOf(names);
        members = List.copyOf(members);
        reasons = Map.copyOf(reasons);
    }
}
