package org.tarikh.resolve;

import java.util.List;
import java.util.Map;

/**
 * An archive person: the document persons the resolver found to be one individual, with a display name, every
 * name form seen, and for each member the reason it belongs ("given name Zhusupbek = Жүсіпбек (key zhusupbek),
 * surname key aimautuv").
 */
public record ResolvedPerson(String id, String name, List<String> names, List<DocumentPerson> members,
                             Map<String, String> reasons, Editorial editorial) {
    public ResolvedPerson {
        names = List.copyOf(names);
        members = List.copyOf(members);
        reasons = Map.copyOf(reasons);
        java.util.Objects.requireNonNull(editorial, "editorial");
    }

    /** A person as resolution found it, before any editor's decision. */
    public ResolvedPerson(String id, String name, List<String> names, List<DocumentPerson> members,
                          Map<String, String> reasons) {
        this(id, name, names, members, reasons, Editorial.NONE);
    }

    /** This person with the editors' decisions about it; a preferred name in the display name's script replaces it. */
    public ResolvedPerson withEditorial(Editorial editorial) {
        String display = name;
        String language = languageOfScript(name);
        if (language != null && editorial.preferredNames().containsKey(language)) {
            display = editorial.preferredNames().get(language);
        }
        return new ResolvedPerson(id, display, names, members, reasons, editorial);
    }

    /**
     * The preferred display name per language, judged by script: the fullest name the documents give in Latin
     * letters ({@code en}), in Kazakh Cyrillic ({@code kk}, a name with ә ғ қ ң ө ұ ү һ і) and in other Cyrillic
     * ({@code ru}); each the form most documents use, the longer on a tie. {@code "Сәкен Сейфуллин"} is the
     * {@code kk} name of the person whose {@code en} name is {@code "Saken Seifullin"}.
     */
    public Map<String, String> displayNames() {
        Map<String, Map<String, Integer>> counts = new java.util.TreeMap<>();
        for (DocumentPerson m : members) {
            String name = m.name();
            String language = languageOfScript(name);
            if (language == null) continue;
            int weight = (m.parsed().givenName() != null ? 10 : 0) + (m.parsed().surname() != null ? 10 : 0) + 1;
            counts.computeIfAbsent(language, k -> new java.util.HashMap<>()).merge(name, weight, Integer::sum);
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        counts.forEach((language, forms) -> out.put(language, forms.entrySet().stream()
                .max(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow()));
        out.putAll(editorial.preferredNames()); // an editor's choice wins
        return out;
    }

    /**
     * The display name for a reader writing in the script of {@code text} (a query): Latin → the {@code en} name,
     * Kazakh Cyrillic → {@code kk}, other Cyrillic → {@code ru}, the other Cyrillic one when a person has none in
     * that alphabet; {@link #name()} when the text is in no one script or the person has no name in it.
     */
    public String nameFor(String text) {
        return nameFor(displayNames(), name, text);
    }

    /** {@link #nameFor(String)} from display names already weighed ({@link #displayNames()}) and the fallback. */
    public static String nameFor(Map<String, String> displayNames, String fallback, String text) {
        String language = languageOfScript(text);
        if (language == null) return fallback;
        String found = displayNames.get(language);
        if (found == null && !"en".equals(language)) found = displayNames.get("kk".equals(language) ? "ru" : "kk");
        return found == null ? fallback : found;
    }

    private static String languageOfScript(String name) {
        boolean latin = false, cyrillic = false, kazakh = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.LATIN) latin = true;
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic = true;
                if ("әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(c) >= 0) kazakh = true;
            }
        }
        if (latin == cyrillic) return null;
        return latin ? "en" : kazakh ? "kk" : "ru";
    }
}
