package org.tarikh.resolve;

import java.util.ArrayList;
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
 * <p>A look-up with a given name or an initial scores one by one only the persons of the surname's keys that it
 * can raise; the others (a given name that disagrees) tie and are taken by id as far as the list needs
 * ({@link Posting}). A surname alone scores every person of its keys.
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
    // the persons under each key, in the order of the persons given: a list per key, read by every look-up
    private final Map<String, Posting> bySurnameKey;
    private final Map<String, Posting> byLooseKey;
    private final Map<String, List<Profile>> byGivenKey;
    private final Map<String, Posting> byFamilyKey;
    private static final Posting NOBODY = new Posting(List.of());
    private final boolean scoreEveryone;

    /** What the reconciler knows of one person: the keys of every surname and given name it was written with. */
    record Profile(ResolvedPerson person, Set<String> surnameKeys, Set<String> familyKeys, Set<String> looseKeys,
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

    /** The keys of one written surname, computed once per distinct form while the reconciler is built. */
    private record SurnameKeys(String key, String family, NameKeyer.FamilyForm form, List<String> loose) {}

    public Reconciler(List<ResolvedPerson> persons, NameKeyer keyer, NameParser parser) {
        this(persons, keyer, parser, false);
    }

    /**
     * @param scoreEveryone score every person of a surname's keys one by one, as a surname alone is looked up,
     *                      also for a full name: the same answers, found the slow way (a test compares the two)
     */
    Reconciler(List<ResolvedPerson> persons, NameKeyer keyer, NameParser parser, boolean scoreEveryone) {
        this.keyer = keyer;
        this.parser = parser;
        this.scoreEveryone = scoreEveryone;
        Map<String, Set<Profile>> bySurnameKey = new HashMap<>();
        Map<String, Set<Profile>> byLooseKey = new HashMap<>();
        Map<String, Set<Profile>> byGivenKey = new HashMap<>();
        Map<String, Set<Profile>> byFamilyKey = new HashMap<>();
        // a surname is borne by many persons and written the same way in many documents: key each form once
        Map<String, SurnameKeys> surnameKeys = new HashMap<>();
        java.util.function.Function<String, SurnameKeys> keysOf = surname -> {
            List<String> all = keyer.keys(surname);
            return new SurnameKeys(keyer.key(surname), keyer.familyKey(surname), keyer.familyForm(surname),
                    List.copyOf(all.subList(Math.min(1, all.size()), all.size())));
        };
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
                    SurnameKeys k = surnameKeys.computeIfAbsent(n.surname(), keysOf);
                    surnames.add(k.key());
                    families.add(k.family());
                    forms.add(k.form());
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
            Set<String> looseKeys = new LinkedHashSet<>();
            for (DocumentPerson member : person.members()) {
                if (member.parsed().surname() != null) looseKeys.addAll(surnameKeys.computeIfAbsent(member.parsed().surname(), keysOf).loose());
            }
            Profile profile = new Profile(person, Set.copyOf(surnames), Set.copyOf(families), Set.copyOf(looseKeys), forms, Set.copyOf(given),
                    Set.copyOf(initials), Set.copyOf(patronymics), born.isEmpty() ? Set.of() : born, documents.size(),
                    description);
            for (String s : surnames) {
                bySurnameKey.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(profile);
            }
            for (String f : families) {
                byFamilyKey.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(profile);
            }
            for (String loose : looseKeys) byLooseKey.computeIfAbsent(loose, k -> new LinkedHashSet<>()).add(profile);
            for (String g : given) byGivenKey.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(profile);
        }
        this.bySurnameKey = postings(bySurnameKey);
        this.byLooseKey = postings(byLooseKey);
        this.byGivenKey = frozen(byGivenKey);
        this.byFamilyKey = postings(byFamilyKey);
    }

    /** Each key's persons as a {@link Posting}: a list in the same order, and an index inside a key of many. */
    private static Map<String, Posting> postings(Map<String, Set<Profile>> index) {
        Map<String, Posting> out = new HashMap<>(index.size() * 4 / 3 + 1);
        index.forEach((key, profiles) -> out.put(key, new Posting(profiles)));
        return out;
    }

    /** Each key's persons as a list in the same order: iterating an array, not a linked set, on every look-up. */
    private static Map<String, List<Profile>> frozen(Map<String, Set<Profile>> index) {
        Map<String, List<Profile>> out = new HashMap<>(index.size() * 4 / 3 + 1);
        index.forEach((key, profiles) -> out.put(key, List.copyOf(profiles)));
        return out;
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
    static boolean sameVowelFrame(String a, String b) {
        return manySyllables(a) && NameKeyer.frame(a).equals(NameKeyer.frame(b));
    }

    /** Whether a given-name key has two syllables or more: enough to judge by its vowel frame. */
    static boolean manySyllables(String key) {
        return NameKeyer.frame(key).chars().filter(c -> c == '.').count() >= 2;
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
    private void bestKnownBearer(Map<Profile, Scored> scores, String surname) {
        Scored best = null;
        for (Scored e : scores.values()) {
            if (e.score >= 60 && (best == null || e.profile.documents() > best.profile.documents())) best = e;
        }
        if (best == null || best.profile.givenKeys().isEmpty() || best.profile.documents() < BEST_KNOWN_DOCUMENTS) return;
        NameKeyer.FamilyForm form = keyer.familyForm(surname);
        for (Scored e : scores.values()) {
            Profile other = e.profile;
            if (e == best || e.score <= 0) continue;
            boolean unnamed = other.givenKeys().isEmpty() && other.initialKeys().isEmpty();
            boolean otherSex = form != NameKeyer.FamilyForm.NONE && !other.forms().contains(form)
                    && !other.forms().contains(NameKeyer.FamilyForm.NONE);
            boolean lesser = other.documents() * BEST_KNOWN_RATIO <= best.profile.documents();
            if (!unnamed && !otherSex && !lesser) return;
        }
        best.score += BEST_KNOWN_BEARER;
        best.note("; a surname alone, and the family's one bearer named in " + best.profile.documents() + " documents");
    }

    /**
     * A candidate while a look-up scores it: its points, the key it was found by and the notes of what agreed or
     * disagreed, joined into the reason only for the candidates given out (a common surname brings thousands).
     * Ordered best first: more points, then the smaller id.
     */
    private static final class Scored implements Comparable<Scored> {
        private static final String[] NO_NOTES = {};
        final Profile profile;
        double score;
        String reason;
        private String[] notes = NO_NOTES;
        private int noteCount;

        Scored(Profile profile, double score, String reason) {
            this.profile = profile;
            this.score = score;
            this.reason = reason;
        }

        void note(String note) {
            if (noteCount == notes.length) notes = java.util.Arrays.copyOf(notes, Math.max(2, noteCount * 2));
            notes[noteCount++] = note;
        }

        String why() {
            if (noteCount == 0) return reason;
            StringBuilder out = new StringBuilder(reason);
            for (int i = 0; i < noteCount; i++) out.append(notes[i]);
            return out.toString();
        }

        @Override
        public int compareTo(Scored other) {
            int byScore = Double.compare(other.score, score);
            return byScore != 0 ? byScore : profile.person().id().compareTo(other.profile.person().id());
        }
    }

    /** Raises {@code p} to {@code points} for {@code reason} unless it holds as many already. */
    private static void raise(Map<Profile, Scored> scores, Profile p, double points, String reason) {
        Scored s = scores.get(p);
        if (s == null) {
            scores.put(p, new Scored(p, points, reason));
        } else if (s.score < points) {
            s.score = points;
            s.reason = reason;
        }
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
        Set<Profile> found = new java.util.LinkedHashSet<>(bySurnameKey.getOrDefault(keys.isEmpty() ? "" : keys.get(0), NOBODY).all);
        NameKeyer.FamilyForm form = keyer.familyForm(surname);
        for (Profile p : byFamilyKey.getOrDefault(keyer.familyKey(surname), NOBODY).all) {
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

    /**
     * One name of a batch ({@link #reconcileAll}).
     *
     * @param birthYear the year of birth the caller knows, or null
     * @param limit     the most candidates to give for it
     */
    public record Query(String name, Integer birthYear, int limit) {}

    /**
     * The candidates for each name of a batch, in the batch's order: what {@link #reconcile(String, Integer, int)}
     * gives for each, the names shared out among the cores (the common fork-join pool). A batch of the
     * reconciliation API or a file of names on the command line is answered so.
     */
    public List<List<Candidate>> reconcileAll(List<Query> queries) {
        return queries.parallelStream().map(q -> reconcile(q.name(), q.birthYear(), q.limit())).toList();
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
        boolean oneWord = name.surname() == null && given != null && name.initials().isEmpty();
        String givenKey = given == null ? null : keyer.key(given);
        String initialKey = given == null && !name.initials().isEmpty() ? keyer.key(name.initials().get(0)) : null;
        String patronymicKey = name.patronymic() == null ? null : PersonResolver.patronymicKey(keyer, name.patronymic());
        // a given name or an initial: only the persons it can raise are scored one by one (Posting), the others of
        // the surname's keys all score alike and are taken by id, as many as can be given out
        Posting.Wanted wanted = scoreEveryone || oneWord || (givenKey == null && (initialKey == null || initialKey.isEmpty())) ? null
                : new Posting.Wanted(givenKey, givenKey == null ? initialKey : null, patronymicKey, birthYear);
        if (!scoreEveryone && !oneWord && name.surname() != null && given == null && name.initials().isEmpty()
                && name.patronymic() == null && birthYear == null) {
            return answer(new SurnameAlone(surname), limit);
        }
        Map<Profile, Scored> scores = new LinkedHashMap<>();
        Posting mainPosting = NOBODY, familyPosting = NOBODY;
        String byMain = null, byFamily = null;
        NameKeyer.FamilyForm form = NameKeyer.FamilyForm.NONE;
        if (surname != null) {
            List<String> keys = keyer.keys(surname);
            String main = keys.isEmpty() ? "" : keys.get(0);
            byMain = "surname key " + main;
            mainPosting = bySurnameKey.getOrDefault(main, NOBODY);
            for (Profile p : candidates(mainPosting, wanted)) {
                Scored s = scores.get(p);
                if (s == null) scores.put(p, new Scored(p, 60, byMain));
                else s.score = Math.max(s.score, 60);
            }
            // another form of the same family name (Байтұрсынұлы for Байтурсынов, Бөкейхан for Букейханов) is the
            // same surname, unless its ending names the other sex (Рыскулова is not Рыскулов)
            String family = keyer.familyKey(surname);
            form = keyer.familyForm(surname);
            byFamily = "family name " + family + " in another form";
            familyPosting = byFamilyKey.getOrDefault(family, NOBODY);
            for (Profile p : candidates(familyPosting, wanted)) {
                if (!otherSex(form, p)) raise(scores, p, 60, byFamily);
            }
            for (int i = 1; i < keys.size(); i++) {
                double points = i == 1 ? 45 : 30;
                String byLoose = (i == 1 ? "family stem " : "consonant skeleton ") + keys.get(i);
                for (Profile p : candidates(byLooseKey.getOrDefault(keys.get(i), NOBODY), wanted)) raise(scores, p, points, byLoose);
                String bySurname = "surname " + keys.get(i);
                for (Profile p : candidates(bySurnameKey.getOrDefault(keys.get(i), NOBODY), wanted)) raise(scores, p, points, bySurname);
            }
        }
        if (oneWord) {
            String byGiven = "given name key " + keyer.key(given);
            for (Profile p : byGivenKey.getOrDefault(keyer.key(given), List.of())) raise(scores, p, 50, byGiven);
        } else {
            String givenAgrees = "; given name key " + givenKey;
            String vowelsDiffer = "; given name " + given + " differs from the sources' only in vowels";
            for (Scored e : scores.values()) {
                Profile p = e.profile;
                double s = e.score;
                if (givenKey != null && p.givenKeys().isEmpty() && !p.initialKeys().isEmpty()) {
                    // the sources give only initials: a given name that starts with them fits as well as an initial
                    if (p.initialKeys().stream().anyMatch(givenKey::startsWith)) {
                        s += 25;
                        e.note("; the given name fits the initial the sources give");
                    } else {
                        s -= 50;
                        e.note("; the given name does not fit the initial the sources give");
                    }
                } else if (givenKey != null && !p.givenKeys().isEmpty()) {
                    if (p.givenKeys().stream().anyMatch(g -> PersonResolver.sameGivenName(g, givenKey))) {
                        s += 35;
                        e.note(givenAgrees);
                    } else if (p.givenKeys().stream().anyMatch(g -> sameVowelFrame(g, givenKey))) {
                        s += 25;
                        e.note(vowelsDiffer);
                    } else {
                        s -= 50;
                        e.note("; given names differ");
                    }
                } else if (initialKey != null && !initialKey.isEmpty()) {
                    if (p.givenKeys().stream().anyMatch(g -> g.startsWith(initialKey))) {
                        s += 25;
                        e.note("; initial fits the given name");
                    } else if (!p.givenKeys().isEmpty()) {
                        s -= 50;
                        e.note("; initial does not fit the given name");
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
                e.score = s;
            }
        }
        boolean surnameAlone = name.initials().isEmpty() && name.patronymic() == null
                && (oneWord || name.givenName() == null && name.surname() != null);
        if (surnameAlone) bestKnownBearer(scores, surname);
        if (birthYear != null) {
            String bornThen = "; born " + birthYear;
            for (Scored e : scores.values()) {
                Set<Integer> born = e.profile.birthYears();
                if (born.isEmpty()) continue;
                boolean fits = born.contains(birthYear);
                e.score = e.score + (fits ? 5 : -30);
                e.note(fits ? bornThen : "; born " + born + ", not " + birthYear);
            }
        }
        if (wanted != null) others(scores, wanted, mainPosting, byMain, familyPosting, byFamily, form, limit);
        // the best first, taken from a heap: only the candidates given out (and the rival after the first) are
        // ordered, not every person of a common family
        return answer(positive(scores.values())::poll, limit);
    }

    /**
     * The first {@code limit} candidates of {@code inRankOrder} (best first; null past the last), the first a
     * match when it scores enough and leads its rival by enough. Takes no more of them than that needs.
     */
    private static List<Candidate> answer(java.util.function.Supplier<Scored> inRankOrder, int limit) {
        List<Scored> ranked = new ArrayList<>(Math.min(limit + 1, 16));
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < limit && next(inRankOrder, ranked, i) != null; i++) {
            Scored e = ranked.get(i);
            double score = Math.min(100, e.score);
            double next = 0;
            for (int j = i + 1; i == 0 && next(inRankOrder, ranked, j) != null; j++) {
                if (i == 0 && mayBeTheSame(e.profile, ranked.get(j).profile)) continue;
                next = ranked.get(j).score;
                break;
            }
            boolean match = i == 0 && score >= MATCH_SCORE && score - next >= MATCH_MARGIN;
            out.add(new Candidate(e.profile.person().id(), e.profile.person().name(), score, match,
                    e.profile.description(), e.why()));
        }
        return out;
    }

    /**
     * A surname alone, without a birth year, in rank order without scoring the whole family: what
     * {@link #reconcile} gives when it scores each person of the surname's keys, its surname's points (the main key
     * or another form of the family 60, the family stem 45, the consonant skeleton 30; the first key of the most
     * points gives the reason) and the 25 of {@link #bestKnownBearer}. The best-known bearer and its rivals are
     * read off the keys' persons in order of documents, down to the persons it outweighs; the rest come key by
     * key by id, each at the key of its most points, as far as the answer takes them.
     */
    private final class SurnameAlone implements java.util.function.Supplier<Scored> {
        /** One key the surname's persons come from, in the order {@link #reconcile} reads them. */
        private record Source(Posting posting, double points, String reason, java.util.function.Predicate<Profile> holds) {}

        private final List<Source> sources = new ArrayList<>();
        private Profile bonus;
        private Scored first;
        private int level = 0; // the first source of the level being merged
        private int levelEnd;
        private Profile[][] arrays;
        private int[] at;
        private String lastId;

        SurnameAlone(String surname) {
            List<String> keys = keyer.keys(surname);
            String main = keys.isEmpty() ? "" : keys.get(0);
            String family = keyer.familyKey(surname);
            NameKeyer.FamilyForm form = keyer.familyForm(surname);
            sources.add(new Source(bySurnameKey.getOrDefault(main, NOBODY), 60, "surname key " + main,
                    p -> p.surnameKeys().contains(main)));
            sources.add(new Source(byFamilyKey.getOrDefault(family, NOBODY), 60, "family name " + family + " in another form",
                    p -> p.familyKeys().contains(family) && !otherSex(form, p)));
            for (int i = 1; i < keys.size(); i++) {
                String key = keys.get(i);
                double points = i == 1 ? 45 : 30;
                sources.add(new Source(byLooseKey.getOrDefault(key, NOBODY), points,
                        (i == 1 ? "family stem " : "consonant skeleton ") + key, p -> p.looseKeys().contains(key)));
                sources.add(new Source(bySurnameKey.getOrDefault(key, NOBODY), points, "surname " + key,
                        p -> p.surnameKeys().contains(key)));
            }
            // bestKnownBearer: the first person of the most documents among those of 60 points, the main key's
            // persons first; a person of the family of more documents is not one of the main key's
            Profile best = null;
            Profile[] mainPersons = sources.get(0).posting().inDocumentOrder();
            if (mainPersons.length > 0) best = mainPersons[0];
            for (Profile p : sources.get(1).posting().inDocumentOrder()) {
                if (otherSex(form, p)) continue;
                if (best == null || p.documents() > best.documents()) best = p;
                break;
            }
            if (best != null && !best.givenKeys().isEmpty() && best.documents() >= BEST_KNOWN_DOCUMENTS
                    && !rivalled(best, form)) {
                bonus = best;
                first = new Scored(best, 60 + BEST_KNOWN_BEARER, sourceOf(best).reason());
                first.note("; a surname alone, and the family's one bearer named in " + best.documents() + " documents");
            }
            startLevel();
        }

        /** Whether a candidate other than {@code best} is a rival by the rules of {@link #bestKnownBearer}. */
        private boolean rivalled(Profile best, NameKeyer.FamilyForm form) {
            for (Source source : sources) {
                for (Profile p : source.posting().inDocumentOrder()) {
                    if (p.documents() * BEST_KNOWN_RATIO <= best.documents()) break; // the rest are lesser
                    if (p.equals(best) || !source.holds().test(p)) continue;
                    boolean unnamed = p.givenKeys().isEmpty() && p.initialKeys().isEmpty();
                    if (!unnamed && !otherSex(form, p)) return true;
                }
            }
            return false;
        }

        /** The first source that holds {@code p}: the one of its most points (the sources go from most to fewest). */
        private Source sourceOf(Profile p) {
            for (Source source : sources) if (source.holds().test(p)) return source;
            throw new IllegalStateException("no key holds " + p.person().id());
        }

        private void startLevel() {
            if (level >= sources.size()) return;
            levelEnd = level;
            while (levelEnd < sources.size() && sources.get(levelEnd).points() == sources.get(level).points()) levelEnd++;
            arrays = new Profile[levelEnd - level][];
            at = new int[levelEnd - level];
            for (int i = level; i < levelEnd; i++) arrays[i - level] = sources.get(i).posting().inIdOrder();
            lastId = null;
        }

        @Override
        public Scored get() {
            if (first != null) {
                Scored out = first;
                first = null;
                return out;
            }
            while (level < sources.size()) {
                // the smallest id at the heads of this level's keys
                int pick = -1;
                for (int i = 0; i < arrays.length; i++) {
                    if (at[i] < arrays[i].length && (pick < 0
                            || arrays[i][at[i]].person().id().compareTo(arrays[pick][at[pick]].person().id()) < 0)) {
                        pick = i;
                    }
                }
                if (pick < 0) {
                    level = levelEnd;
                    startLevel();
                    continue;
                }
                Profile p = arrays[pick][at[pick]++];
                if (p.person().id().equals(lastId)) continue;
                Source source = sourceOf(p);
                // a person of another key of this level not held by it (a family's other sex), of a higher level, or the bonus
                if (source.points() != sources.get(level).points() || !sources.get(level + pick).holds().test(p)
                        || p.equals(bonus)) {
                    continue;
                }
                lastId = p.person().id();
                return new Scored(p, source.points(), source.reason());
            }
            return null;
        }
    }

    /** The persons of a key to score one by one: all of them, or those a given name or an initial can raise. */
    private static List<Profile> candidates(Posting posting, Posting.Wanted wanted) {
        return wanted == null ? posting.all : posting.wanted(wanted);
    }

    /** Whether a person's surname forms name the other sex than the looked-up form (Рыскулова for Рыскулов). */
    private static boolean otherSex(NameKeyer.FamilyForm form, Profile p) {
        return form != NameKeyer.FamilyForm.NONE && !p.forms().contains(form) && !p.forms().contains(NameKeyer.FamilyForm.NONE);
    }

    /**
     * The surname's persons that a given name or an initial cannot raise ({@link Posting.Wanted#raises}): each has
     * a given name that disagrees, so the surname's 60 points less 50 and less again for a patronymic or a birth
     * year that disagrees (a looser key's 45 or 30 less 50 is nothing). They tie at 10 and are given out by id:
     * the first {@code limit} of them are enough for the list and for the rival of the best.
     */
    private static void others(Map<Profile, Scored> scores, Posting.Wanted wanted, Posting main, String byMain,
                               Posting family, String byFamily, NameKeyer.FamilyForm form, int limit) {
        java.util.function.Predicate<Profile> tenPoints = p -> (wanted.birthYear() == null || p.birthYears().isEmpty())
                && (wanted.patronymicKey() == null || p.patronymicKeys().isEmpty()
                    || p.patronymicKeys().stream().anyMatch(k -> PersonResolver.samePatronymic(k, wanted.patronymicKey())));
        java.util.TreeMap<String, Scored> others = new java.util.TreeMap<>();
        String why = wanted.givenKey() != null ? "; given names differ" : "; initial does not fit the given name";
        for (Profile p : main.others(wanted, tenPoints, limit)) others.put(p.person().id(), new Scored(p, 10, byMain));
        for (Profile p : family.others(wanted, p -> !otherSex(form, p) && tenPoints.test(p), limit)) {
            others.putIfAbsent(p.person().id(), new Scored(p, 10, byFamily));
        }
        int n = 0;
        for (Scored s : others.values()) {
            if (n++ == limit) break;
            s.note(why);
            scores.put(s.profile, s);
        }
    }

    /** The candidates with points above zero in a heap, best on top (heapified at once, in linear time). */
    private static java.util.PriorityQueue<Scored> positive(java.util.Collection<Scored> all) {
        List<Scored> kept = new ArrayList<>(all.size());
        for (Scored s : all) if (s.score > 0) kept.add(s);
        return new java.util.PriorityQueue<>(kept);
    }

    /** The {@code i}th best candidate, taking candidates from {@code inRankOrder} as far as needed; null past the last. */
    private static Scored next(java.util.function.Supplier<Scored> inRankOrder, List<Scored> ranked, int i) {
        while (ranked.size() <= i) {
            Scored s = inRankOrder.get();
            if (s == null) return null;
            ranked.add(s);
        }
        return ranked.get(i);
    }
}
