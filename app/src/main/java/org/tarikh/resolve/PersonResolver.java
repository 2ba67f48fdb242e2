package org.tarikh.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tarikh.extract.Mention;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.extract.names.PersonName;
import org.tarikh.extract.names.PersonName.Gender;

/**
 * Resolves the persons that documents name into archive persons, across documents, scripts and spellings.
 *
 * <p>Rules, in order (each merge records its reason):
 * <ol>
 *   <li>Only persons whose surnames name one family ({@link NameKeyer#familyKey}) can be one person: a Kazakh
 *       family name is written as a Russian surname (-ов/-ев/-ин), as a patronym (-ұлы/-uly for a son, -қызы for a
 *       daughter) or as the bare stem, in Cyrillic and in several Latin alphabets, so Байтұрсынұлы, Baitursynov and
 *       Baitursyn, Бөкейхан and Bukeikhanov, Аймауытов and Ajmauytov meet. The ending says the bearer's sex
 *       ({@link NameKeyer#familyForm}), and a form that disagrees with the other's sex keeps two persons apart:
 *       Лекеров and Лекерова (a female form is another person), Дулатов and a Дулатова. Rule 5 is the only join
 *       across families.</li>
 *   <li>Two persons with given names are one when the given names are one (the same key, or the same key in
 *       another Russian case: Ахмет, Ахмета) and nothing else disagrees (sex, patronymic by its family key, so
 *       that Нұрмұхамедұлы and Нурмухамедович agree).</li>
 *   <li>A person known by initials only ({@code С. Сейфуллин}) joins the one person of that family whose given
 *       name starts with the initial; when two such persons exist it joins neither ({@code Б. Майлин} never joins a
 *       {@code С. Майлин}, and is not guessed between two Б-names).</li>
 *   <li>A person known by surname only joins the one person of that family it fits, if there is exactly one;
 *       else the surname-only mentions of the name stay a record of their own ({@code Аймауытұлы} joins the only
 *       Aimauytov; a lone {@code Байтұрсынұлы} is not guessed between two brothers).</li>
 *   <li>A surname written alone whose key differs from a named person's surname key only in its vowels joins that
 *       person ({@code Goloshikin} joins {@code Philip Goloshchekin}): Russian unstressed vowels are reduced (о and
 *       а, е, и and я are heard alike) and transliterators and OCR confuse vowels, rarely consonants. It takes the
 *       same consonants in the same order and the same number of syllables (one {@link NameKeyer#frame vowel
 *       frame}), at least {@value #MIN_FRAME_SYLLABLES} syllables (short frames are shared by many surnames:
 *       Калиев, Кулиев, Алиев), keys at most one edit per two syllables apart, agreeing gender, and that person
 *       must be the only named person in the archive with that frame; a frame more than {@value #CROWDED_FRAME_FAMILIES}
 *       family keys share is no evidence and joins nobody. Nurmakov never joins Kurmakov (another
 *       consonant); Кежанов joins neither Қожанов nor Қажанов when both are in the archive.</li>
 *   <li>Persons without a surname (a given name alone) are never merged across documents.</li>
 *   <li>Two persons whose sources give birth years more than {@value #BIRTH_YEAR_SLACK} years apart are two
 *       persons, whatever their names say (a part of every rule's "nothing else disagrees"): a register row of
 *       Ахмет Байтұрсынов born 1905 is not the Ахмет Байтұрсынов born 1872. Years one or two apart still agree:
 *       sources often differ by that much (an age given at the arrest, the old calendar). A person without a
 *       birth year agrees with any.</li>
 * </ol>
 * Leaving two records apart is preferred to merging two people.
 *
 * <p>Deterministic: the same inputs give the same persons and ids in any order. Thread-safe.
 */
public final class PersonResolver {
    static final int MIN_FRAME_SYLLABLES = 3;
    /** Rule 7: birth years further apart than this keep two persons apart. */
    static final int BIRTH_YEAR_SLACK = 2;

    private final NameKeyer keyer;
    /** Keys computed by {@link #fits} and {@link #familyKey}, by identity (one resolver lists one import's rows). */
    private final Map<DocumentPerson, Keyed> fitKeys = new java.util.IdentityHashMap<>();

    public PersonResolver(NameKeyer keyer) {
        this.keyer = keyer;
    }

    /**
     * A person's keys, and the years its birth claims name ({@link #birthYears}), read once: resolution compares
     * each person with every member of each cluster of its block.
     */
    private record Keyed(DocumentPerson person, String surnameKey, String familyKey, String givenKey,
                         String initialKey, String patronymicKey, Gender gender, List<Integer> birthYears) {
        boolean named() {
            return givenKey != null || initialKey != null;
        }
    }

    /**
     * The keys by which resolution blocks: two document persons can end in one archive person only through a chain
     * of persons sharing one of these (the family key, or a vowel frame of at least {@value #MIN_FRAME_SYLLABLES}
     * syllables of the surname or family key, which rule 5 compares). Resolving a new document therefore reads only
     * the persons that share its persons' keys. All null for a person named without a surname.
     */
    /**
     * @param nameKey the family key and the core of the given name ({@link #sameGivenName}): the persons of a family
     *     who may bear one given name; null without a surname or a given name
     * @param formKey the surname key, the given name key and the sex: what a mention says of a name, for
     *     {@link #onlineJoin}; null without a surname or a given name
     */
    public record BlockKeys(String familyKey, String surnameFrame, String familyFrame, String nameKey, String formKey) {
        public BlockKeys(String familyKey, String surnameFrame, String familyFrame) {
            this(familyKey, surnameFrame, familyFrame, null, null);
        }
    }

    public BlockKeys blockKeys(DocumentPerson person) {
        Keyed k = keyed(person);
        if (k.surnameKey == null) return new BlockKeys(null, null, null);
        String surnameFrame = NameKeyer.frame(k.surnameKey);
        String familyFrame = k.familyKey == null ? null : NameKeyer.frame(k.familyKey);
        boolean named = k.familyKey != null && k.givenKey != null;
        return new BlockKeys(k.familyKey, syllables(surnameFrame) >= MIN_FRAME_SYLLABLES ? surnameFrame : null,
                familyFrame != null && syllables(familyFrame) >= MIN_FRAME_SYLLABLES ? familyFrame : null,
                named ? k.familyKey + "|" + givenCore(k.givenKey) : null, named ? formKey(k.surnameKey, k.givenKey, k.gender) : null);
    }

    private static String formKey(String surnameKey, String givenKey, Gender gender) {
        return surnameKey + "|" + givenKey + "|" + gender.name();
    }

    /**
     * What a new mention needs to join an archive person online, without the family being resolved again; null
     * when it is not such a mention. Only a <em>plain</em> mention qualifies: surname and given name, no patronymic,
     * no birth year, no initials in place of the given name.
     */
    public record OnlineJoin(String nameKey, String formKey, String anyGenderForm, Gender gender) {}

    /**
     * The rule of online insertion (the full resolution would decide the same, so the partition is the same):
     * a plain mention ({@link OnlineJoin}) joins person P directly when
     * <ol>
     *   <li>P is the only person holding mentions of the mention's family with its given name ({@link BlockKeys#nameKey}),
     *       no editor pinned any of P's mentions, and the mention's document is new (no earlier version, no pins);</li>
     *   <li>P holds a mention of the same surname key and given name key, and of the same sex when the new mention's
     *       sex is known ({@link BlockKeys#formKey}).</li>
     * </ol>
     * Why this is the full resolution's answer: the mention says nothing that P's mention of the same keys does not
     * (no patronymic or birth year, the same keys, no other sex), so it fits P by rules 2 and 7 and fits no other
     * person of its family (P is the only one of its given name); and since anything it disagrees with, that mention
     * of P disagrees with too, its joining changes no other decision: no initial or surname-only mention, namesake,
     * vowel variant (rule 5) or crowded frame is decided differently. Anything else (a patronymic, a birth year, a
     * second person of the name, a pin, a changed document) goes through the component's full resolution.
     */
    public OnlineJoin onlineJoin(DocumentPerson person) {
        Keyed k = keyed(person);
        if (k.surnameKey == null || k.familyKey == null || k.givenKey == null || k.patronymicKey != null
                || !birthYears(person).isEmpty()) {
            return null;
        }
        return new OnlineJoin(k.familyKey + "|" + givenCore(k.givenKey), formKey(k.surnameKey, k.givenKey, k.gender),
                k.surnameKey + "|" + k.givenKey + "|", k.gender);
    }

    /** Whether a person holding mentions of these form keys ({@link BlockKeys#formKey}) takes the mention online. */
    public static boolean onlineFits(OnlineJoin join, java.util.Collection<String> formsOfPerson) {
        if (join.gender() != Gender.UNKNOWN) return formsOfPerson.contains(join.formKey());
        for (String form : formsOfPerson) if (form.startsWith(join.anyGenderForm())) return true;
        return false;
    }

    /**
     * Persons found to be one individual, before an id is given: the members, why each belongs, the display name,
     * every form seen, and the readable base from which a new id is made ({@code p-seifullin-saken}).
     */
    public record Group(List<DocumentPerson> members, Map<String, String> reasons, String name, List<String> names,
                        String idBase) {
        public Group {
            members = List.copyOf(members);
            reasons = Map.copyOf(reasons);
            names = List.copyOf(names);
        }

        /** How much the documents say of this person: the mentions of its members. */
        public int evidence() {
            int n = 0;
            for (DocumentPerson m : members) n += Math.max(1, m.mentions().size());
            return n;
        }
    }

    /** Resolves with ids made from the names ({@link Group#idBase}, numbered when taken): for one-off resolution. */
    public List<ResolvedPerson> resolve(List<DocumentPerson> persons) {
        Set<String> usedIds = new LinkedHashSet<>();
        List<ResolvedPerson> out = new ArrayList<>();
        for (Group g : group(persons)) {
            String id = g.idBase();
            for (int n = 2; usedIds.contains(id); n++) id = g.idBase() + "-" + n;
            usedIds.add(id);
            out.add(new ResolvedPerson(id, g.name(), g.names(), g.members(), g.reasons()));
        }
        out.sort(Comparator.comparing(ResolvedPerson::id));
        return out;
    }

    /**
     * A vowel frame borne by more than this many family keys names none of them: rule 5 does not apply to it. The
     * rule rests on the frame being rare (a transliteration's or a misprint's variant of one name); a frame many
     * families share (short, common consonants) is no evidence, and an archive that grows crowds more frames, so
     * without this bound rule 5 would make every resolution read ever more families.
     */
    public static final int CROWDED_FRAME_FAMILIES = 4;

    /** Groups the persons documents name into individuals (the rules of the class comment); no ids. */
    public List<Group> group(List<DocumentPerson> persons) {
        return group(persons, Set.of());
    }

    /**
     * As {@link #group(List)}, knowing that these frames ({@code s:} surname frames, {@code g:} family-key frames) are
     * crowded in the archive beyond the persons given (see {@link #CROWDED_FRAME_FAMILIES}).
     */
    public List<Group> group(List<DocumentPerson> persons, Set<String> crowdedElsewhere) {
        return group(persons, crowdedElsewhere, PARALLEL_FROM);
    }

    /** As {@link #group(List, Set)}, on several threads from {@code parallelFrom} items on (see {@link #inOrder}). */
    List<Group> group(List<DocumentPerson> persons, Set<String> crowdedElsewhere, int parallelFrom) {
        Set<String> crowded = new java.util.HashSet<>(crowdedElsewhere);
        crowded.addAll(crowdedFrames(persons));
        List<DocumentPerson> sorted = new ArrayList<>(persons);
        sorted.sort(Comparator.comparing(DocumentPerson::memberKey));
        Map<String, List<Keyed>> blocks = new TreeMap<>();
        List<List<Keyed>> groups = new ArrayList<>();
        Map<String, String> reasons = new HashMap<>();
        for (Keyed k : inOrder(sorted, this::keyed, parallelFrom)) {
            if (k.surnameKey == null) {
                groups.add(List.of(k));
                reasons.put(k.person.memberKey(), "named by given name only; not merged across documents");
            } else {
                blocks.computeIfAbsent(k.familyKey, x -> new ArrayList<>()).add(k);
            }
        }
        // the families are resolved apart (nothing joins two but rules 5, below), each with reasons of its own
        record Resolved(List<List<Keyed>> clusters, Map<String, String> reasons) {}
        for (Resolved r : inOrder(new ArrayList<>(blocks.values()), block -> {
            Map<String, String> own = new HashMap<>();
            return new Resolved(resolveBlock(block, own), own);
        }, parallelFrom)) {
            groups.addAll(r.clusters);
            reasons.putAll(r.reasons);
        }
        groups = joinVowelVariants(groups, reasons, crowded);
        groups = joinNamedVowelVariants(groups, reasons, crowded);
        return inOrder(groups, group -> toGroup(group, reasons), parallelFrom);
    }

    /** Below this many items {@link #inOrder} stays on the calling thread: a resolution of one document's families. */
    private static final int PARALLEL_FROM = 256;

    /**
     * {@code f} of each item, in the items' order, computed on the common pool's threads and the caller's when there
     * are enough items: the resolution after an ingest groups every family it touched (20,000 persons after 2,000
     * documents) on the ingesting thread alone while the other cores stood idle. {@code f} must not share mutable
     * state between items.
     */
    static <T, R> List<R> inOrder(List<T> items, java.util.function.Function<? super T, ? extends R> f) {
        return inOrder(items, f, PARALLEL_FROM);
    }

    private static <T, R> List<R> inOrder(List<T> items, java.util.function.Function<? super T, ? extends R> f,
                                          int parallelFrom) {
        if (items.size() < parallelFrom) {
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) out.add(f.apply(item));
            return out;
        }
        return items.parallelStream().<R>map(f).toList();
    }

    /**
     * A person known only by a surname whose spelling differs from one named person's only in vowels joins that
     * person (rule 5 of the class comment). Groups are compared by position, not by equality of their contents.
     */
    /** The frames of these persons borne by more than {@link #CROWDED_FRAME_FAMILIES} family keys, marked s: or g:. */
    public Set<String> crowdedFrames(List<DocumentPerson> persons) {
        Map<String, Set<String>> families = new HashMap<>();
        for (DocumentPerson p : persons) {
            BlockKeys k = blockKeys(p);
            if (k.familyKey() == null) continue;
            if (k.surnameFrame() != null) families.computeIfAbsent("s:" + k.surnameFrame(), f -> new java.util.HashSet<>()).add(k.familyKey());
            if (k.familyFrame() != null) families.computeIfAbsent("g:" + k.familyFrame(), f -> new java.util.HashSet<>()).add(k.familyKey());
        }
        Set<String> out = new java.util.HashSet<>();
        families.forEach((frame, keys) -> {
            if (keys.size() > CROWDED_FRAME_FAMILIES) out.add(frame);
        });
        return out;
    }

    private List<List<Keyed>> joinVowelVariants(List<List<Keyed>> groups, Map<String, String> reasons, Set<String> crowded) {
        Map<String, List<Integer>> namedByFrame = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Keyed> group = groups.get(i);
            if (group.stream().noneMatch(Keyed::named)) continue;
            Set<String> frames = new LinkedHashSet<>();
            for (Keyed k : group) if (k.surnameKey != null) frames.add(NameKeyer.frame(k.surnameKey));
            for (String frame : frames) namedByFrame.computeIfAbsent(frame, f -> new ArrayList<>()).add(i);
        }
        Set<Integer> joined = new LinkedHashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Keyed> lone = groups.get(i);
            String key = lone.get(0).surnameKey;
            if (key == null || lone.stream().anyMatch(k -> k.named() || !key.equals(k.surnameKey))) continue;
            String frame = NameKeyer.frame(key);
            int syllables = syllables(frame);
            if (syllables < MIN_FRAME_SYLLABLES || crowded.contains("s:" + frame)) continue;
            List<Integer> candidates = namedByFrame.getOrDefault(frame, List.of());
            if (candidates.size() != 1) {
                if (candidates.size() > 1) {
                    for (Keyed k : lone) {
                        reasons.merge(k.person.memberKey(), "; " + candidates.size() + " named persons have the consonants "
                                + frame + " of surname key " + key + "; not guessed", String::concat);
                    }
                }
                continue;
            }
            List<Keyed> home = groups.get(candidates.get(0));
            if (!lone.stream().allMatch(k -> home.stream().allMatch(m -> compatible(m, k)))) continue;
            Keyed nearest = null;
            int distance = Integer.MAX_VALUE;
            for (Keyed m : home) {
                if (m.surnameKey == null || !frame.equals(NameKeyer.frame(m.surnameKey))) continue;
                int d = editDistance(key, m.surnameKey);
                if (d < distance) {
                    distance = d;
                    nearest = m;
                }
            }
            if (nearest == null || distance > syllables / 2) continue;
            Keyed named = home.stream().filter(Keyed::named).findFirst().orElseThrow();
            for (Keyed k : lone) {
                reasons.put(k.person.memberKey(), "surname only; surname key " + key + " differs from " + nearest.surnameKey
                        + " (" + nearest.person.name() + ") only in vowels (" + distance + " letters over " + syllables
                        + " syllables; consonants " + frame + "), and " + named.person.name()
                        + " is the only named person with those consonants");
            }
            home.addAll(lone);
            joined.add(i);
        }
        List<List<Keyed>> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) if (!joined.contains(i)) out.add(groups.get(i));
        return out;
    }

    /**
     * Rule 5 for named persons: two persons with one given name whose family keys differ only in vowels (one
     * {@link NameKeyer#frame vowel frame} of at least {@value #MIN_FRAME_SYLLABLES} syllables, at most one edit
     * per two syllables) are one, when nothing else disagrees and each is the other's only such match. Russian
     * spelling renders Kazakh vowels its own way (Сәдуақасов, Садвокасов; Сейітжапар, Сейтжапар), so a Russian and
     * a Kazakh page write one name so; a given name that agrees as well makes two people unlikely.
     */
    private List<List<Keyed>> joinNamedVowelVariants(List<List<Keyed>> groups, Map<String, String> reasons, Set<String> crowded) {
        Map<String, List<Integer>> byFrame = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            Set<String> frames = new LinkedHashSet<>();
            for (Keyed k : groups.get(i)) if (k.givenKey != null && k.familyKey != null) frames.add(NameKeyer.frame(k.familyKey));
            for (String frame : frames) {
                if (syllables(frame) >= MIN_FRAME_SYLLABLES && !crowded.contains("g:" + frame)) {
                    byFrame.computeIfAbsent(frame, f -> new ArrayList<>()).add(i);
                }
            }
        }
        int[] home = new int[groups.size()];
        for (int i = 0; i < home.length; i++) home[i] = i;
        for (List<Integer> sharing : byFrame.values()) {
            for (int a : sharing) {
                List<Integer> partners = sharing.stream().filter(b -> b != a && sameNameByVowels(groups.get(a), groups.get(b))).toList();
                if (partners.size() != 1) continue;
                int b = partners.get(0);
                if (sharing.stream().filter(c -> c != b && sameNameByVowels(groups.get(b), groups.get(c))).count() != 1) continue;
                int from = Math.max(find(home, a), find(home, b)), to = Math.min(find(home, a), find(home, b));
                if (from == to) continue;
                home[from] = to;
                Keyed named = groups.get(to).stream().filter(k -> k.givenKey != null).findFirst().orElseThrow();
                for (Keyed k : groups.get(from)) {
                    reasons.put(k.person.memberKey(), "family key " + k.familyKey + " differs from " + named.familyKey + " ("
                            + named.person.name() + ") only in vowels, the given names agree, and neither has another such match");
                }
            }
        }
        // a root is never after its members (joins point to the lower index), so it opens its list first
        Map<Integer, List<Keyed>> merged = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) merged.computeIfAbsent(find(home, i), r -> new ArrayList<>()).addAll(groups.get(i));
        return new ArrayList<>(merged.values());
    }

    private static int find(int[] home, int i) {
        while (home[i] != i) i = home[i];
        return i;
    }

    private boolean sameNameByVowels(List<Keyed> a, List<Keyed> b) {
        if (!a.stream().allMatch(x -> b.stream().allMatch(y -> compatible(x, y)))) return false;
        for (Keyed x : a) {
            if (x.givenKey == null || x.familyKey == null) continue;
            for (Keyed y : b) {
                if (y.givenKey == null || y.familyKey == null || x.familyKey.equals(y.familyKey)) continue;
                String frame = NameKeyer.frame(x.familyKey);
                if (frame.equals(NameKeyer.frame(y.familyKey)) && sameGivenName(x.givenKey, y.givenKey)
                        && editDistance(x.familyKey, y.familyKey) <= syllables(frame) / 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int syllables(String frame) {
        int n = 0;
        for (int i = 0; i < frame.length(); i++) if (frame.charAt(i) == '.') n++;
        return n;
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one letter each count one. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private Keyed keyed(DocumentPerson p) {
        PersonName n = p.parsed();
        String surname = blankToNull(key(n.surname()));
        String family = n.surname() == null ? null : blankToNull(keyer.familyKey(n.surname()));
        String given = blankToNull(key(n.givenName()));
        String initial = given == null && !n.initials().isEmpty() ? blankToNull(key(n.initials().get(0))) : null;
        String patronymic = n.patronymic() == null ? null : blankToNull(patronymicKey(keyer, n.patronymic()));
        Gender gender = n.gender();
        if (gender == Gender.UNKNOWN && n.surname() != null) {
            // the ending of a Russian surname or a Kazakh patronymic family name agrees with the bearer's sex
            gender = switch (keyer.familyForm(n.surname())) {
                case MALE -> Gender.MALE;
                case FEMALE -> Gender.FEMALE;
                case NONE -> Gender.UNKNOWN;
            };
        }
        return new Keyed(p, surname, family, given, initial, patronymic, gender, birthYears(p));
    }

    /**
     * The father's name a patronymic gives, marked with the convention that wrote it: {@code "r:"} for the Russian
     * -ович/-овна, {@code "k:"} for the Kazakh -ұлы/-қызы. Нұрмұхамедұлы and Нурмухамедович both name
     * Нұрмұхамед; but a Kazakh father's name is often rendered in Russian by another form of the name
     * (Сейітжапарұлы and Джафарович, Жапар and Джафар), so patronymics of the two conventions are compared only
     * when their fathers' names meet, and never disagree otherwise.
     */
    static String patronymicKey(NameKeyer keyer, String patronymic) {
        String main = keyer.key(patronymic);
        String father = keyer.familyKey(patronymic);
        if (main.isEmpty()) return null;
        boolean kazakh = main.endsWith("ulu") || main.endsWith("uli") || main.endsWith("kizi") || main.endsWith("kuzu");
        boolean russian = !kazakh && !father.equals(main);
        return (kazakh ? "k:" : russian ? "r:" : "") + father;
    }

    static boolean samePatronymic(String a, String b) {
        if (a == null || b == null || a.equals(b)) return true;
        // the fathers' names differ (the same ones would be equal keys or, across conventions, equal after the mark)
        boolean sameConvention = a.startsWith("k:") == b.startsWith("k:") && a.startsWith("r:") == b.startsWith("r:");
        return !sameConvention;
    }

    private String key(String s) {
        return s == null ? null : keyer.key(s);
    }

    private List<List<Keyed>> resolveBlock(List<Keyed> block, Map<String, String> reasons) {
        List<Cluster> clusters = new ArrayList<>();
        // 1. persons with a given name: one cluster per compatible given name. Those whose patronymic or birth year
        // can tell two namesakes apart come first; a person who says less and fits two such persons is not guessed
        // between them (a register's row of surname and given name alone, beside two brothers' records)
        List<Keyed> telling = new ArrayList<>(), plain = new ArrayList<>();
        for (Keyed k : block) {
            if (k.givenKey == null) continue;
            (k.patronymicKey != null || !k.birthYears.isEmpty() ? telling : plain).add(k);
        }
        // every member of a cluster of this step bears its given name (one core, sameGivenName), so a person is
        // tried against the clusters of its own given name only, in the order they were made
        Map<String, List<Cluster>> byGivenName = new HashMap<>();
        Map<String, List<Keyed>> undecided = new LinkedHashMap<>();
        for (List<Keyed> pass : List.of(telling, plain)) {
            for (Keyed k : pass) {
                List<Cluster> sameName = byGivenName.computeIfAbsent(givenCore(k.givenKey), x -> new ArrayList<>());
                List<Cluster> fits = new ArrayList<>();
                for (Cluster c : sameName) if (c.fits(k)) fits.add(c);
                if (pass == plain && fits.size() > 1) {
                    undecided.computeIfAbsent(givenCore(k.givenKey) + "|" + k.gender, x -> new ArrayList<>()).add(k);
                    reasons.put(k.person.memberKey(), "given name key " + k.givenKey + " fits " + fits.size()
                            + " persons of surname key " + k.surnameKey + " that their patronymics or birth years tell apart; not guessed");
                    continue;
                }
                Cluster home = fits.isEmpty() ? null : fits.get(0);
                if (home == null) {
                    home = new Cluster();
                    clusters.add(home);
                    sameName.add(home);
                    reasons.put(k.person.memberKey(), "first of its name: surname key " + k.surnameKey + ", given name key " + k.givenKey);
                } else {
                    Keyed first = home.first();
                    reasons.put(k.person.memberKey(), (k.surnameKey.equals(first.surnameKey)
                            ? "surname key " + k.surnameKey
                            : "family " + k.familyKey + " (" + k.person.parsed().surname() + " and " + first.person.parsed().surname()
                                    + " are two forms of one family name)")
                            + " and given name key " + k.givenKey + " agree with " + first.person.name() + " (" + first.person.source() + ")");
                }
                home.add(k);
            }
        }
        for (List<Keyed> u : undecided.values()) clusters.add(Cluster.of(u));
        // 2. initials only: join the single compatible cluster, else group by initial
        Map<String, List<Keyed>> byInitial = new LinkedHashMap<>();
        for (Keyed k : block) {
            if (k.givenKey != null || k.initialKey == null) continue;
            List<Cluster> fits = sameFormFirst(k, fitting(clusters, k));
            if (fits.size() == 1) {
                fits.get(0).add(k);
                reasons.put(k.person.memberKey(), "initial " + k.person.parsed().initials().get(0) + " fits the given name of "
                        + fits.get(0).first().person.name() + ", the only person of surname key " + k.surnameKey + " it fits");
            } else {
                byInitial.computeIfAbsent(k.initialKey + "|" + k.gender, x -> new ArrayList<>()).add(k);
                reasons.put(k.person.memberKey(), fits.isEmpty()
                        ? "initial " + k.initialKey + " fits no named person of surname key " + k.surnameKey
                        : "initial " + k.initialKey + " fits " + fits.size() + " persons of surname key " + k.surnameKey + "; not guessed");
            }
        }
        for (List<Keyed> i : byInitial.values()) clusters.add(Cluster.of(i));
        // 3. surname only: join the single compatible cluster, else stay together apart
        List<Keyed> leftover = new ArrayList<>();
        for (Keyed k : block) {
            if (k.named()) continue;
            List<Cluster> fits = sameFormFirst(k, fitting(clusters, k));
            if (fits.size() == 1) {
                fits.get(0).add(k);
                Keyed first = fits.get(0).first();
                reasons.put(k.person.memberKey(), "surname only; " + first.person.name()
                        + (k.surnameKey.equals(first.surnameKey)
                                ? " is the only person of surname key " + k.surnameKey
                                : " is the only person of the family " + k.familyKey + " it fits ("
                                        + k.person.parsed().surname() + " and " + first.person.parsed().surname()
                                        + " are two forms of the family name)"));
            } else {
                leftover.add(k);
                reasons.put(k.person.memberKey(), fits.isEmpty()
                        ? "surname only; surname key " + k.surnameKey
                        : "surname only, and " + fits.size() + " persons bear surname key " + k.surnameKey + "; not guessed");
            }
        }
        List<List<Keyed>> out = new ArrayList<>(clusters.size() + 1);
        for (Cluster c : clusters) out.add(c.members);
        if (!leftover.isEmpty()) out.add(leftover);
        return out;
    }

    private static List<Cluster> fitting(List<Cluster> clusters, Keyed k) {
        List<Cluster> fits = new ArrayList<>();
        for (Cluster c : clusters) if (c.fits(k)) fits.add(c);
        return fits;
    }

    /**
     * What {@link #compatible} reads of a name: two members of one form fit the same persons. A family of one name
     * written in 2,000 documents is one or a few forms, so a person is compared with those, not with every member
     * (which made resolving such a family quadratic in its mentions).
     */
    private record Form(Gender gender, String givenKey, String initialKey, String patronymicKey, List<Integer> birthYears) {
        static Form of(Keyed k) {
            return new Form(k.gender, k.givenKey, k.initialKey, k.patronymicKey, k.birthYears);
        }
    }

    /** A person being built from one family's members, with one member of each {@link Form} among them. */
    private static final class Cluster {
        final List<Keyed> members = new ArrayList<>();
        private final Map<Form, Keyed> forms = new LinkedHashMap<>();
        /** The surname keys its named members bear ({@link #sameFormFirst}). */
        private final Set<String> namedSurnames = new HashSet<>();

        static Cluster of(List<Keyed> members) {
            Cluster c = new Cluster();
            for (Keyed k : members) c.add(k);
            return c;
        }

        void add(Keyed k) {
            members.add(k);
            forms.putIfAbsent(Form.of(k), k);
            if (k.named()) namedSurnames.add(k.surnameKey);
        }

        Keyed first() {
            return members.get(0);
        }

        /** Nothing any member says disagrees with {@code k} ({@link #compatible}). */
        boolean fits(Keyed k) {
            for (Keyed m : forms.values()) if (!compatible(m, k)) return false;
            return true;
        }
    }

    /**
     * Of several persons of one family a mention fits, the one written with the mention's own form of the name:
     * a lone Мүсірепов is the Мүсірепов of the family, not his son Мүсірепұлы. When none or several bear that form,
     * all fitting persons stay candidates (and the mention is not guessed between them).
     */
    private static List<Cluster> sameFormFirst(Keyed k, List<Cluster> fits) {
        if (fits.size() < 2) return fits;
        List<Cluster> sameForm = fits.stream().filter(c -> c.namedSurnames.contains(k.surnameKey)).toList();
        return sameForm.size() == 1 ? sameForm : fits;
    }

    /** Nothing the two name forms say disagrees (given-name agreement is checked by the caller where needed). */
    private static boolean compatible(Keyed a, Keyed b) {
        if (a.gender != Gender.UNKNOWN && b.gender != Gender.UNKNOWN && a.gender != b.gender) return false;
        if (a.givenKey != null && b.givenKey != null && !sameGivenName(a.givenKey, b.givenKey)) return false;
        if (a.givenKey != null && b.initialKey != null && !a.givenKey.startsWith(b.initialKey)) return false;
        if (b.givenKey != null && a.initialKey != null && !b.givenKey.startsWith(a.initialKey)) return false;
        if (a.initialKey != null && b.initialKey != null && !a.initialKey.equals(b.initialKey)) return false;
        return samePatronymic(a.patronymicKey, b.patronymicKey) && birthYearsAgree(a.birthYears, b.birthYears);
    }

    /** Rule 7: some birth year of one is within {@value #BIRTH_YEAR_SLACK} years of some birth year of the other, or one has none. */
    static boolean birthYearsAgree(List<Integer> ya, List<Integer> yb) {
        if (ya.isEmpty() || yb.isEmpty()) return true;
        for (int x : ya) for (int y : yb) if (Math.abs(x - y) <= BIRTH_YEAR_SLACK) return true;
        return false;
    }

    /** The years of the person's birth claims that name one year (a decade or a span names none). */
    private static List<Integer> birthYears(DocumentPerson p) {
        List<Integer> years = new ArrayList<>(1);
        for (org.tarikh.extract.ExtractedEvent e : p.events()) {
            if (e.type() != org.tarikh.extract.EventType.BIRTH || e.date() == null) continue;
            int from = e.date().earliest().getYear(), to = e.date().latest().getYear();
            if (from == to) years.add(from);
        }
        return years;
    }

    /**
     * Whether two document persons could be one person by these rules: one family ({@link NameKeyer#familyKey}),
     * and nothing their names or birth years say disagrees (given names, initials, patronymics, sex, rule 7). Used
     * to find the records that fit more than one archive person, for an editor; {@link #resolve} does not call it.
     */
    public boolean fits(DocumentPerson a, DocumentPerson b) {
        Keyed ka = keyedOnce(a), kb = keyedOnce(b);
        return ka.familyKey != null && ka.familyKey.equals(kb.familyKey) && compatible(ka, kb);
    }

    /** The family key by which {@link #resolve} blocks a person, or null for a person without a surname. */
    public String familyKey(DocumentPerson p) {
        return keyedOnce(p).familyKey;
    }

    /** The keys of a person for {@link #fits} and {@link #familyKey}, computed once per person object. */
    private Keyed keyedOnce(DocumentPerson p) {
        synchronized (fitKeys) {
            return fitKeys.computeIfAbsent(p, this::keyed);
        }
    }

    /**
     * Two given-name keys name one given name: the same key, or the same word in another Russian case. Russian
     * declines given names: a man's name ending in a consonant takes -а, -у, -ом, -е (Ахмет, Ахмета, Ахметом), a
     * woman's in -а changes it to -ы, -е, -у, -ой (Азиза, Азизы, Азизой); so the keys agree when they are equal
     * once a final ending is taken from a stem of at least three letters that ends in a consonant. Gender is
     * checked apart ({@link #compatible}), so Азиз and Азиза of a man and a woman stay two.
     */
    static boolean sameGivenName(String a, String b) {
        return a.equals(b) || givenCore(a).equals(givenCore(b));
    }

    /** The core of a given-name key: {@link #sameGivenName} compares these; always a prefix of the key. */
    static String givenCore(String key) {
        String core = key;
        if (core.endsWith("um") || core.endsWith("ui")) {
            core = core.substring(0, core.length() - 2);
        } else {
            int end = core.length();
            while (end > 0 && "aeiu".indexOf(core.charAt(end - 1)) >= 0) end--;
            if (end < core.length() - 1) return key; // two vowels: a name's own ending (Мария), no case
            core = core.substring(0, end);
        }
        return core.length() >= 3 && "aeiou".indexOf(core.charAt(core.length() - 1)) < 0 ? core : key;
    }

    /** The group of these members as one person (display name, forms, id base), with their reasons. */
    public Group describe(List<DocumentPerson> members, Map<String, String> reasons) {
        return toGroup(members.stream().map(this::keyed).toList(), reasons);
    }

    private Group toGroup(List<Keyed> group, Map<String, String> reasons) {
        List<DocumentPerson> members = group.stream().map(Keyed::person).sorted(Comparator.comparing(DocumentPerson::memberKey)).toList();
        Map<String, Integer> fullForms = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (DocumentPerson m : members) {
            names.add(m.name());
            for (Mention mention : m.mentions()) names.add(mention.text());
            fullForms.merge(m.name(), m.parsed().givenName() != null && m.parsed().surname() != null ? 3 : 1, Integer::sum);
        }
        String display = fullForms.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(members.get(0).name());
        Keyed first = group.get(0);
        String given = group.stream().map(Keyed::givenKey).filter(g -> g != null).findFirst()
                .orElse(group.stream().map(Keyed::initialKey).filter(g -> g != null).findFirst().orElse(null));
        String base = "p-" + (first.surnameKey == null ? "" : first.surnameKey)
                + (given == null ? "" : (first.surnameKey == null ? "" : "-") + given);
        if (first.gender == Gender.FEMALE) base += "-f";
        Map<String, String> why = new LinkedHashMap<>();
        for (DocumentPerson m : members) why.put(m.memberKey(), reasons.getOrDefault(m.memberKey(), ""));
        return new Group(members, why, display, new ArrayList<>(names), base);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
