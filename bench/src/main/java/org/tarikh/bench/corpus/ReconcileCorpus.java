package org.tarikh.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.tarikh.extract.EventType;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.extract.names.PersonName;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.ResolvedPerson;

/**
 * Archive persons and the names a user reconciles against them, for the reconciliation benchmark.
 *
 * <p><b>Persons</b> are built as resolution gives them ({@link ResolvedPerson} with its members), not resolved
 * from stored documents: the archive's real paths store and resolve about 180 documents a second on this machine,
 * so a million persons (over two million documents) would take hours. Person {@code n} is ordinary person
 * {@code n} of {@link ZipfNames} (so namesakes are as common as the name statistics make them: each is a person of
 * its own, as in a register of the repressed), or, one in fifty, a person of note of rank {@code n / 50} (the twenty
 * famous ones first) named in up to 400 documents by Zipf popularity. An ordinary person is named in one to four
 * documents; the first gives the Kazakh Cyrillic form, the others that, the Russian rendering or a Latin
 * romanisation ({@link Spellings}); one in five has a patronymic (Kazakh {@code -ұлы} or Russian {@code -ович}),
 * one in four a birth year.
 *
 * <p><b>Names</b> ({@link #query}): one in ten names no person of the archive (a surname stem past the
 * distribution's {@value ZipfNames#SURNAMES}: a family no person bears, unless its syllables happen to spell one);
 * the others name a person, nine in ten an ordinary one uniformly and one in ten a person of note by popularity,
 * written as a user types them: the Kazakh form as the sources give it, the Russian rendering, a Latin
 * romanisation, an initial and the surname, the other family form ({@code -ұлы} for {@code -ов} and back), the
 * surname alone, or with one letter of the surname wrong.
 *
 * <p>Pure functions of the seed and the sizes, thread-safe.
 */
public final class ReconcileCorpus {
    /** One person in this many is a person of note. */
    public static final int NOTABLE_EVERY = 50;

    /** How a query writes its name. */
    public enum Kind { ABSENT, KAZAKH, RUSSIAN, LATIN, INITIAL, OTHER_FAMILY_FORM, SURNAME_ALONE, TYPO }

    /**
     * A name to reconcile.
     *
     * @param person the id of the person it was written from, or null for a name of no archive person
     */
    public record Query(String name, Kind kind, String person) {}

    private final int persons;
    private final long seed;
    private final ZipfNames names;
    private final ZipfNames.Zipf notables;

    public ReconcileCorpus(int persons, long seed) {
        if (persons < NOTABLE_EVERY) throw new IllegalArgumentException("at least " + NOTABLE_EVERY + " persons, not " + persons);
        this.persons = persons;
        this.seed = seed;
        this.names = new ZipfNames(persons, seed);
        this.notables = new ZipfNames.Zipf(persons / NOTABLE_EVERY, 1.0, 0);
    }

    public int size() {
        return persons;
    }

    /** The id of person {@code n}. */
    public static String id(int n) {
        return String.format(Locale.ROOT, "P%08d", n);
    }

    /** {surname, given name} of person {@code n}. */
    private String[] name(int n) {
        return n % NOTABLE_EVERY == 0 ? names.notable(n / NOTABLE_EVERY) : names.person(n);
    }

    /** Person {@code n}, as resolution would give it from its documents. */
    public ResolvedPerson person(int n) {
        SplittableRandom r = new SplittableRandom(seed * 7_919 + n);
        String[] name = name(n);
        String surname = name[0], given = name[1];
        int documents = n % NOTABLE_EVERY == 0 ? Math.max(1, 400 / (n / NOTABLE_EVERY + 1)) : 1 + r.nextInt(4);
        String patronymic = null;
        if (r.nextInt(5) == 0) {
            String father = names.givenName(r);
            patronymic = r.nextBoolean() ? father + "ұлы" : Spellings.russian(father) + (vowelEnd(father) ? "евич" : "ович");
        }
        Integer born = r.nextInt(4) == 0 ? 1870 + r.nextInt(45) : null;
        List<DocumentPerson> members = new ArrayList<>(documents);
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        String id = id(n);
        for (int d = 0; d < documents; d++) {
            int spelling = d == 0 ? 0 : r.nextInt(4);
            String s = spell(surname, spelling), g = spell(given, spelling);
            String p = patronymic == null || spelling != 0 ? null : patronymic;
            String full = g + (p == null ? "" : " " + p) + " " + s;
            forms.add(full);
            String document = id + "-d" + d;
            List<ExtractedEvent> events = born != null && d == 0
                    ? List.of(new ExtractedEvent(EventType.BIRTH, "p1", EdtfDate.of(born), null, full + " туған", 0, full.length(), Map.of()))
                    : List.of();
            members.add(new DocumentPerson(document, "generated/" + document + ".txt", "p1", full,
                    new PersonName(s, g, p, List.of(), full, PersonName.Gender.UNKNOWN), List.of(), events));
        }
        return new ResolvedPerson(id, forms.iterator().next(), List.copyOf(forms), members, Map.of());
    }

    /** Every person, in order. */
    public List<ResolvedPerson> persons() {
        List<ResolvedPerson> out = new ArrayList<>(persons);
        for (int n = 0; n < persons; n++) out.add(person(n));
        return out;
    }

    /** Query {@code i} of the mix (see the class comment). */
    public Query query(int i) {
        SplittableRandom r = new SplittableRandom(seed * 104_729 + i * 0x9E3779B97F4A7C15L);
        if (r.nextInt(10) == 0) {
            String stem = names.stem(ZipfNames.SURNAMES + r.nextInt(10_000_000));
            String ending = new String[] {"ов", "ев", "ұлы", ""}[r.nextInt(4)];
            return new Query(names.givenName(r) + " " + stem + ending, Kind.ABSENT, null);
        }
        int n = r.nextInt(10) == 0 ? notables.sample(r) * NOTABLE_EVERY : r.nextInt(persons);
        String[] name = name(n);
        String surname = name[0], given = name[1];
        int roll = r.nextInt(100);
        Kind kind = roll < 30 ? Kind.KAZAKH : roll < 45 ? Kind.RUSSIAN : roll < 60 ? Kind.LATIN : roll < 72 ? Kind.INITIAL
                : roll < 82 ? Kind.OTHER_FAMILY_FORM : roll < 90 ? Kind.SURNAME_ALONE : Kind.TYPO;
        String text = switch (kind) {
            case KAZAKH -> given + " " + surname;
            case RUSSIAN -> Spellings.russian(given) + " " + Spellings.russian(surname);
            case LATIN -> spell(given, 2 + r.nextInt(2)) + " " + spell(surname, 2 + r.nextInt(2));
            case INITIAL -> r.nextBoolean() ? given.charAt(0) + ". " + surname
                    : Spellings.latin(given).charAt(0) + ". " + Spellings.latin(surname);
            case OTHER_FAMILY_FORM -> given + " " + otherFamilyForm(surname);
            case SURNAME_ALONE -> surname;
            case TYPO -> given + " " + typo(surname, r);
            case ABSENT -> throw new AssertionError();
        };
        return new Query(text, kind, id(n));
    }

    /** 0 Kazakh Cyrillic, 1 Russian, 2 Russian-based Latin, 3 Latin keeping Kazakh sounds. */
    private static String spell(String kazakh, int spelling) {
        return switch (spelling) {
            case 0 -> kazakh;
            case 1 -> Spellings.russian(kazakh);
            case 2 -> Spellings.latin(kazakh);
            default -> Spellings.latinKazakhSounds(kazakh);
        };
    }

    private static boolean vowelEnd(String word) {
        return "аәеиоөұүыіуэюя".indexOf(Character.toLowerCase(word.charAt(word.length() - 1))) >= 0;
    }

    /** {@code Дулатов} → {@code Дулатұлы}, {@code Дулатұлы} → {@code Дулатов}; a bare stem gains {@code -ов}. */
    static String otherFamilyForm(String surname) {
        if (surname.endsWith("ұлы")) return surname.substring(0, surname.length() - 3) + "ов";
        if (surname.endsWith("ов") || surname.endsWith("ев")) return surname.substring(0, surname.length() - 2) + "ұлы";
        if (surname.endsWith("ин")) return surname.substring(0, surname.length() - 2) + "ұлы";
        return surname + "ов";
    }

    /** One letter after the first replaced by another of its kind (a vowel by a vowel, a consonant by a consonant). */
    static String typo(String surname, SplittableRandom r) {
        if (surname.length() < 3) return surname;
        int at = 1 + r.nextInt(surname.length() - 1);
        char c = surname.charAt(at);
        String vowels = "аеиоуыәөұүі", consonants = "бвгджзклмнпрстхшқғң";
        String pool = vowels.indexOf(c) >= 0 ? vowels : consonants;
        char other = pool.charAt(r.nextInt(pool.length()));
        if (other == c) other = pool.charAt((pool.indexOf(c) + 1) % pool.length());
        return surname.substring(0, at) + other + surname.substring(at + 1);
    }
}
