package org.tarikh.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.extract.names.NameParser;
import org.tarikh.extract.names.PersonName;

/**
 * Finds archive persons for a name written in any script or spelling: {@code "Жүсіпбек Аймауытов"},
 * {@code "Zh. Aimauytov"} and {@code "Ajmauytov"} all find Zhusupbek Aymautov.
 *
 * <p>Candidates come from the surname's keys (main key, then the looser family stem and consonant skeleton);
 * a one-word query is also tried as a given name. Score, out of 100: surname main key 60 (family stem 45,
 * skeleton 30); given names with one key +35, an initial that fits the given name +25, given names that disagree
 * −50 (against a person the sources name by initials only, a given name that starts with the initial +25);
 * patronymics that agree +5 (Бекенович and Бекенұлы agree: one father), disagree −20 (two fathers in one convention). {@code match} is set on the best candidate only when it scores at
 * least {@value #MATCH_SCORE} and leads the next by at least {@value #MATCH_MARGIN}: a surname alone links only
 * to its family's best-known bearer ({@link #bestKnownBearer}).
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class Reconciler {
    static final double MATCH_SCORE = 85;
    static final double MATCH_MARGIN = 15;
    static final int BEST_KNOWN_BEARER = 25;
    static final int BEST_KNOWN_DOCUMENTS = 2;
    static final int BEST_KNOWN_RATIO = 3;

    private final NameKeyer keyer;
    private final NameParser parser;
    private final Map<String, Set<Profile>> bySurnameKey = new HashMap<>();
    private final Map<String, Set<Profile>> byLooseKey = new HashMap<>();
    private final Map<String, Set<Profile>> byGivenKey = new HashMap<>();
    private final Map<String, Set<Profile>> byFamilyKey = new HashMap<>();

    /** What the reconciler knows of one person: the keys of every surname and given name it was written with. */
    private record Profile(ResolvedPerson person, Set<String> surnameKeys, Set<String> familyKeys,
                           Set<NameKeyer.FamilyForm> forms, Set<String> givenKeys,
                           Set<String> initialKeys, Set<String> patronymicKeys, Set<Integer> birthYears,
                           int documents, String description) {
        // one profile per person id: a record's own equality would hash every member, mention and claim of the
        // person on each map operation (found at 100,000 documents, where one name has thousands of members)
        @Override
        public boolean equals(Object other) {
            return other instanceof Profile p && p.person.id().equals(person.id());
        }

        @Override
        public int hashCode() {
            return person.id().hashCode();
        }
    }

    public Reconciler(List<ResolvedPerson> persons, NameKeyer keyer, NameParser parser) {
        this.keyer = keyer;
        this.parser = parser;
        for (ResolvedPerson person : persons) {
            Set<String> surnames = new LinkedHashSet<>();
            Set<String> given = new LinkedHashSet<>();
            Set<String> patronymics = new LinkedHashSet<>();
            Set<String> initials = new LinkedHashSet<>();
            Set<String> documents = new LinkedHashSet<>();
            Set<String> families = new LinkedHashSet<>();
            Set<NameKeyer.FamilyForm> forms = java.util.EnumSet.noneOf(NameKeyer.FamilyForm.class);
            for (DocumentPerson member : person.members()) {
                PersonName n = member.parsed();
                if (n.surname() != null) {
                    surnames.add(keyer.key(n.surname()));
                    families.add(keyer.familyKey(n.surname()));
                    forms.add(keyer.familyForm(n.surname()));
                }
                if (n.givenName() != null) given.add(keyer.key(n.givenName()));
                if (n.patronymic() != null) {
                    String patronymic = PersonResolver.patronymicKey(keyer, n.patronymic());
                    if (patronymic != null) patronymics.add(patronymic);
                }
                if (n.givenName() == null && !n.initials().isEmpty()) initials.add(keyer.key(n.initials().get(0)));
                documents.add(member.documentId());
            }
            surnames.remove("");
            given.remove("");
            Set<Integer> born = new java.util.TreeSet<>(), died = new java.util.TreeSet<>();
            for (DocumentPerson member : person.members()) {
                for (var e : member.events()) {
                    Integer year = year(e.date());
                    if (year == null) continue;
                    if (e.type() == EventType.BIRTH) born.add(year);
                    if (e.type() == EventType.DEATH || e.type() == EventType.EXECUTION) died.add(year);
                }
            }
            String life = born.isEmpty() && died.isEmpty() ? ""
                    : (born.isEmpty() ? "?" : joinYears(born)) + "–" + (died.isEmpty() ? "?" : joinYears(died)) + ", ";
            String description = life + "named in " + documents.size() + (documents.size() == 1 ? " document" : " documents");
            initials.remove("");
            families.remove("");
            Profile profile = new Profile(person, surnames, families, forms, given, initials, patronymics, born,
                    documents.size(), description);
            for (String s : surnames) {
                bySurnameKey.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(profile);
            }
            for (String f : families) {
                byFamilyKey.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(profile);
            }
            for (DocumentPerson member : person.members()) {
                if (member.parsed().surname() == null) continue;
                List<String> keys = keyer.keys(member.parsed().surname());
                for (String loose : keys.subList(Math.min(1, keys.size()), keys.size())) {
                    byLooseKey.computeIfAbsent(loose, k -> new LinkedHashSet<>()).add(profile);
                }
            }
            for (String g : given) byGivenKey.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(profile);
        }
    }

    /**
     * Whether {@code other} is no rival of {@code best} for a confident match: a record of the same family whose
     * sources give only initials, each the first letters of a given name of {@code best}. Such a record is either
     * that person, whom the resolver could not join for want of a full name, or someone the sources leave
     * unnamed; the query then names {@code best} better than it.
     */
    private static boolean mayBeTheSame(Profile best, Profile other) {
        if (!other.givenKeys().isEmpty() || other.initialKeys().isEmpty() || best.givenKeys().isEmpty()) return false;
        if (other.familyKeys().stream().noneMatch(best.familyKeys()::contains)) return false;
        return other.initialKeys().stream().allMatch(i -> best.givenKeys().stream().anyMatch(g -> g.startsWith(i)));
    }

    /**
     * Two given-name keys with the same consonants and the same number of syllables: Russian spelling reduces
     * unstressed vowels and renders Kazakh ones in several ways (Садвокас, Садуакас, Садвакас), and a look-up
     * is typed from any of them. Weaker than an equal key; one-syllable names are too short to judge so.
     */
    private static boolean sameVowelFrame(String a, String b) {
        String frame = NameKeyer.frame(a);
        return frame.chars().filter(c -> c == '.').count() >= 2 && frame.equals(NameKeyer.frame(b));
    }

    /** The year a date begins in, or null for no date or a vaguer one (a decade, a century). */
    private static Integer year(EdtfDate date) {
        if (date == null) return null;
        String edtf = date.value();
        if (!edtf.substring(0, 4).chars().allMatch(Character::isDigit)) return null;
        return Integer.parseInt(edtf.substring(0, 4));
    }

    private static String joinYears(Set<Integer> years) {
        return years.stream().map(String::valueOf).reduce((a, b) -> a + "/" + b).orElse("?");
    }

    /**
     * A surname written alone names the family's best-known bearer: writing names a relative or a namesake in full
     * ("his son Askar Nurlanov") and the person it is about by surname alone once named, and a reader looking up a
     * bare surname means the same. So a surname alone ({@code Жансүгіров}, {@code Baitursynuly}, {@code Лекеровтың})
     * gains {@value #BEST_KNOWN_BEARER} points for the one person of its family that the archive names with a given
     * name in at least {@value #BEST_KNOWN_DOCUMENTS} documents, when no other candidate is a rival. Not rivals: a
     * record the sources give no given name or initial (the family's unplaced mentions), a person whose surname
     * form shows the other sex than the query's ({@code Лекерова} for {@code Лекеров}; a Kazakh {@code -ұлы} is a
     * son), and a person named in at most a {@value #BEST_KNOWN_RATIO}th as many documents (one page's relative
     * against a man of many pages). Two well-attested bearers (two brothers of many pages) leave the look-up
     * unsure.
     */
    private void bestKnownBearer(Map<Profile, Double> scores, String surname, Map<Profile, String> why) {
        Profile best = null;
        for (Map.Entry<Profile, Double> e : scores.entrySet()) {
            if (e.getValue() >= 60 && (best == null || e.getKey().documents() > best.documents())) best = e.getKey();
        }
        if (best == null || best.givenKeys().isEmpty() || best.documents() < BEST_KNOWN_DOCUMENTS) return;
        NameKeyer.FamilyForm form = keyer.familyForm(surname);
        for (Map.Entry<Profile, Double> e : scores.entrySet()) {
            Profile other = e.getKey();
            if (other == best || e.getValue() <= 0) continue;
            boolean unnamed = other.givenKeys().isEmpty() && other.initialKeys().isEmpty();
            boolean otherSex = form != NameKeyer.FamilyForm.NONE && !other.forms().contains(form)
                    && !other.forms().contains(NameKeyer.FamilyForm.NONE);
            boolean lesser = other.documents() * BEST_KNOWN_RATIO <= best.documents();
            if (!unnamed && !otherSex && !lesser) return;
        }
        scores.merge(best, (double) BEST_KNOWN_BEARER, Double::sum);
        why.merge(best, "; a surname alone, and the family's one bearer named in " + best.documents()
                + " documents", String::concat);
    }

    /**
     * A name typed for a look-up is in the nominative: a Russian surname in -ова/-ева/-ина there is a woman's
     * surname, not the genitive of -ов that running text may hold ({@code Айгуль Серикова} is a woman; the parser,
     * reading text, leaves {@code Серикова} after an unknown given name undecided and takes the masculine base).
     */
    private static PersonName nominative(String query, PersonName read) {
        String surname = read.surname();
        if (surname == null || read.gender() != PersonName.Gender.UNKNOWN || read.patronymic() != null) return read;
        for (String word : query.split("[\\s,]+")) {
            if (word.equalsIgnoreCase(surname + "а") && java.lang.Character.UnicodeScript.of(word.charAt(0))
                    == java.lang.Character.UnicodeScript.CYRILLIC) {
                return new PersonName(word, read.givenName(), null, read.initials(), read.base().replace(surname, word),
                        PersonName.Gender.FEMALE);
            }
        }
        return read;
    }

    /**
     * The persons whose surname is this one word, under any spelling or script: the same surname key, or another
     * form of the same family name (Байтұрсынұлы for Baitursynov) unless its ending names the other sex, by the
     * rules of {@link #reconcile}. At most {@code limit}, the persons named in more documents first; empty for a
     * word that is not a surname of the archive.
     */
    public List<Candidate> bySurname(String word, int limit) {
        if (word == null || word.isBlank() || word.strip().contains(" ")) return List.of();
        String surname = word.strip();
        List<String> keys = keyer.keys(surname);
        Set<Profile> found = new java.util.LinkedHashSet<>(bySurnameKey.getOrDefault(keys.isEmpty() ? "" : keys.get(0), Set.of()));
        NameKeyer.FamilyForm form = keyer.familyForm(surname);
        for (Profile p : byFamilyKey.getOrDefault(keyer.familyKey(surname), Set.of())) {
            boolean otherSex = form != NameKeyer.FamilyForm.NONE && !p.forms().contains(form)
                    && !p.forms().contains(NameKeyer.FamilyForm.NONE);
            if (!otherSex) found.add(p);
        }
        return found.stream()
                .sorted(java.util.Comparator.comparingInt(Profile::documents).reversed()
                        .thenComparing(p -> p.person().id()))
                .limit(limit)
                .map(p -> new Candidate(p.person().id(), p.person().name(), 60, false, p.description(), "surname " + surname))
                .toList();
    }

    /** Ranked candidates for a name, best first, at most {@code limit}. */
    public List<Candidate> reconcile(String query, int limit) {
        return reconcile(query, null, limit);
    }

    /**
     * Ranked candidates for a name and, when known, a birth year (the reconciliation property {@code birthYear}):
     * a year the sources give adds 5, a different one takes 30 away; a person with no known birth is not judged.
     */
    public List<Candidate> reconcile(String query, Integer birthYear, int limit) {
        if (query == null || query.isBlank()) return List.of();
        PersonName name = nominative(query.strip(), parser.parse(query.strip()));
        String surname = name.surname();
        String given = name.givenName();
        if (surname == null && given != null && name.initials().isEmpty()) {
            // one word: a surname as often as a given name
            surname = given;
        }
        Map<Profile, Double> scores = new LinkedHashMap<>();
        Map<Profile, String> why = new HashMap<>();
        if (surname != null) {
            List<String> keys = keyer.keys(surname);
            String main = keys.isEmpty() ? "" : keys.get(0);
            for (Profile p : bySurnameKey.getOrDefault(main, Set.of())) {
                scores.merge(p, 60.0, Math::max);
                why.putIfAbsent(p, "surname key " + main);
            }
            // another form of the same family name (Байтұрсынұлы for Байтурсынов, Бөкейхан for Букейханов) is the
            // same surname, unless its ending names the other sex (Рыскулова is not Рыскулов)
            String family = keyer.familyKey(surname);
            NameKeyer.FamilyForm form = keyer.familyForm(surname);
            for (Profile p : byFamilyKey.getOrDefault(family, Set.of())) {
                boolean otherSex = form != NameKeyer.FamilyForm.NONE && !p.forms().contains(form)
                        && !p.forms().contains(NameKeyer.FamilyForm.NONE);
                if (!otherSex && scores.getOrDefault(p, 0.0) < 60) {
                    scores.put(p, 60.0);
                    why.put(p, "family name " + family + " in another form");
                }
            }
            for (int i = 1; i < keys.size(); i++) {
                double points = i == 1 ? 45 : 30;
                for (Profile p : byLooseKey.getOrDefault(keys.get(i), Set.of())) {
                    if (scores.getOrDefault(p, 0.0) < points) {
                        scores.put(p, points);
                        why.put(p, (i == 1 ? "family stem " : "consonant skeleton ") + keys.get(i));
                    }
                }
                for (Profile p : bySurnameKey.getOrDefault(keys.get(i), Set.of())) {
                    if (scores.getOrDefault(p, 0.0) < points) {
                        scores.put(p, points);
                        why.put(p, "surname " + keys.get(i));
                    }
                }
            }
        }
        boolean oneWord = name.surname() == null && given != null && name.initials().isEmpty();
        if (oneWord) {
            for (Profile p : byGivenKey.getOrDefault(keyer.key(given), Set.of())) {
                if (scores.getOrDefault(p, 0.0) < 50) {
                    scores.put(p, 50.0);
                    why.put(p, "given name key " + keyer.key(given));
                }
            }
        } else {
            String givenKey = given == null ? null : keyer.key(given);
            String initialKey = given == null && !name.initials().isEmpty() ? keyer.key(name.initials().get(0)) : null;
            String patronymicKey = name.patronymic() == null ? null : PersonResolver.patronymicKey(keyer, name.patronymic());
            for (Map.Entry<Profile, Double> e : scores.entrySet()) {
                Profile p = e.getKey();
                double s = e.getValue();
                if (givenKey != null && p.givenKeys().isEmpty() && !p.initialKeys().isEmpty()) {
                    // the sources give only initials: a given name that starts with them fits as well as an initial
                    if (p.initialKeys().stream().anyMatch(givenKey::startsWith)) {
                        s += 25;
                        why.merge(p, "; the given name fits the initial the sources give", String::concat);
                    } else {
                        s -= 50;
                        why.merge(p, "; the given name does not fit the initial the sources give", String::concat);
                    }
                } else if (givenKey != null && !p.givenKeys().isEmpty()) {
                    if (p.givenKeys().stream().anyMatch(g -> PersonResolver.sameGivenName(g, givenKey))) {
                        s += 35;
                        why.merge(p, "; given name key " + givenKey, String::concat);
                    } else if (p.givenKeys().stream().anyMatch(g -> sameVowelFrame(g, givenKey))) {
                        s += 25;
                        why.merge(p, "; given name " + given + " differs from the sources' only in vowels", String::concat);
                    } else {
                        s -= 50;
                        why.merge(p, "; given names differ", String::concat);
                    }
                } else if (initialKey != null && !initialKey.isEmpty()) {
                    if (p.givenKeys().stream().anyMatch(g -> g.startsWith(initialKey))) {
                        s += 25;
                        why.merge(p, "; initial fits the given name", String::concat);
                    } else if (!p.givenKeys().isEmpty()) {
                        s -= 50;
                        why.merge(p, "; initial does not fit the given name", String::concat);
                    }
                }
                if (patronymicKey != null && !p.patronymicKeys().isEmpty()) {
                    // Бекенович and Бекенұлы name one father; a Russian and a Kazakh patronymic never disagree
                    if (p.patronymicKeys().contains(patronymicKey)) {
                        s += 5;
                    } else if (p.patronymicKeys().stream().noneMatch(k -> PersonResolver.samePatronymic(k, patronymicKey))) {
                        s -= 20;
                    }
                }
                e.setValue(s);
            }
        }
        boolean surnameAlone = name.initials().isEmpty() && name.patronymic() == null
                && (oneWord || name.givenName() == null && name.surname() != null);
        if (surnameAlone) bestKnownBearer(scores, surname, why);
        if (birthYear != null) {
            for (Map.Entry<Profile, Double> e : scores.entrySet()) {
                Set<Integer> born = e.getKey().birthYears();
                if (born.isEmpty()) continue;
                boolean fits = born.contains(birthYear);
                e.setValue(e.getValue() + (fits ? 5 : -30));
                why.merge(e.getKey(), fits ? "; born " + birthYear : "; born " + born + ", not " + birthYear, String::concat);
            }
        }
        List<Map.Entry<Profile, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.removeIf(e -> e.getValue() <= 0);
        ranked.sort(Comparator.<Map.Entry<Profile, Double>>comparingDouble(Map.Entry::getValue).reversed()
                .thenComparing(e -> e.getKey().person().id()));
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < limit; i++) {
            Map.Entry<Profile, Double> e = ranked.get(i);
            double score = Math.min(100, e.getValue());
            double next = 0;
            for (int j = i + 1; j < ranked.size(); j++) {
                if (i == 0 && mayBeTheSame(e.getKey(), ranked.get(j).getKey())) continue;
                next = ranked.get(j).getValue();
                break;
            }
            boolean match = i == 0 && score >= MATCH_SCORE && score - next >= MATCH_MARGIN;
            out.add(new Candidate(e.getKey().person().id(), e.getKey().person().name(), score, match,
                    e.getKey().description(), why.get(e.getKey())));
        }
        return out;
    }
}
