package org.tarikh.extract.names;

import java.util.List;
import java.util.Locale;
import org.tarikh.extract.names.PersonName.Gender;
import org.tarikh.lexicon.KazakhLatin;

/**
 * Reads one word of a name: what part it can be (surname, patronymic, other) and its form without case endings.
 * {@code "Сейфуллиннің"} → {@code Сейфуллин}, {@code "Рыскуловой"} → {@code Рыскулова} (female).
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A word that already ends in a name suffix is nominative: surnames in -ов/-ев/-ёв/-ин/-ын, -ова/-ева/-ина,
 *       -ский/-ская, -енко, -ян, -дзе, -швили (Latin -ov/-ev/-in/-ova/-eva/-ina/-sky/-skaya/-enko/-yan/-dze);
 *       patronymics in -ович/-евич/-ич, -овна/-евна/-ична (Latin -ovich/-ovna); Kazakh patronyms in
 *       -ұлы/-улы/-uly, -қызы/-кызы/-qyzy. A Cyrillic -ова with no Kazakh letter may also be the Russian genitive of
 *       -ов: it is read as -ов with a feminine alternative; in Latin script or with Kazakh letters it is feminine.</li>
 *   <li>Kazakh endings on the last word of a name (Kazakh declines only the last word), each only after the
 *       sounds that take it: genitive -ның/-нің (vowels, м н ң), -дың/-дің (л р й у з ж), -тың/-тің (voiceless and
 *       б в г д, as Kazakh treats Russian -в: Жұмабаевтың); accusative -ны/-ні, -ды/-ді, -ты/-ті, -н; dative
 *       -ға/-ге, -қа/-ке, -на/-не; locative -да/-де, -та/-те, -нда/-нде; ablative -дан/-ден, -нан/-нен, -тан/-тен;
 *       instrumental -мен (also after м н ң, as in Қазақстанмен)/-бен/-пен; plural -лар/-лер, -дар/-дер,
 *       -тар/-тер; possessive -ы/-і/-сы/-сі; -н, -на, -нда
 *       only after a possessive -ы/-і. Endings stack (Бөкейхановтардың). They are taken off when what remains
 *       ends in a name suffix, or is a known given name; on other words only the unmistakable genitive,
 *       ablative, instrumental and -ға/-ге/-қа/-ке, and the stem keeps three letters.</li>
 *   <li>Russian endings of surnames in -ов/-ев/-ин: -а (genitive, or feminine nominative: ambiguous), -у (dative,
 *       or feminine accusative: ambiguous), -ым/-ом (instrumental, male), -е (prepositional, male), -ой (feminine),
 *       -ых/-ыми (plural); Armenian -ян: -яна/-яну/-яном/-яне; -ского/-скому/-ским/-ском → -ский (genitive,
 *       dative, instrumental, prepositional, which the given name before shares), -ской/-скую → -ская; patronymics
 *       -овича/-овичу/-овичем/-овиче → -ович, -овны/-овне/-овну/-овной → -овна.</li>
 *   <li>A Latin surname in -ovym/-evym/-inym/-ynym is a Russian instrumental left in a transliterated
 *       translation ({@code A. Petrovym} → Petrov, male): English does not decline names and Kazakh puts -мен
 *       after them, so no other reading of the ending exists.</li>
 * </ol>
 *
 * <p>Stateless apart from the lexicon it is given; thread-safe.
 */
final class NameInflection {

    /** What a word can be in a name. */
    enum Kind {
        SURNAME,
        /** Russian patronymic in -ович/-овна. */
        PATRONYMIC,
        /** Kazakh patronym in -ұлы/-қызы: a patronymic next to a surname, else the family name itself. */
        PATRONYM,
        OTHER
    }

    /** The Russian case a surname ending shows, which given names and patronymics of the same mention share. */
    enum RussianCase {
        NONE,
        GENITIVE,
        DATIVE,
        INSTRUMENTAL,
        PREPOSITIONAL,
        FEMININE_OBLIQUE,
        PLURAL
    }

    /**
     * One reading of a word.
     *
     * @param base the word without endings, in its written case
     * @param feminineAlternative the feminine nominative when the ending may also be feminine (-ова, -ову), else null
     */
    record Reading(String base, Kind kind, Gender gender, String feminineAlternative, RussianCase russianCase) {}

    private static final String VOWELS = "аәеёиіоөұүыэюя";
    private static final String SONORANTS = "лрйузжи";
    private static final String NASALS = "мнң";
    private static final String VOICELESS_LIKE = "кқпстфхһцчшщбвгғд";
    private static final String KAZAKH_LETTERS = "әғқңөұүһі";

    private static final String[] MALE_SURNAME_SUFFIXES = {"ов", "ев", "ёв", "ин", "ын"};
    private static final String[] FEMALE_SURNAME_SUFFIXES = {"ова", "ева", "ёва", "ина", "ына"};
    private static final String[] OTHER_SURNAME_SUFFIXES = {"енко", "ян", "дзе", "швили"};
    private static final String[] LATIN_MALE_SURNAME_SUFFIXES = {"ov", "ev", "in", "yn", "sky", "skiy", "skii", "ski"};
    private static final String[] LATIN_FEMALE_SURNAME_SUFFIXES = {"ova", "eva", "ina", "yna", "skaya", "skaia"};
    private static final String[] LATIN_OTHER_SURNAME_SUFFIXES = {"enko", "yan", "ian", "dze", "shvili"};
    private static final String[] MALE_PATRONYM = {"ұлы", "улы", "uly", "uli", "ūly", "ogly", "оглы"};
    private static final String[] FEMALE_PATRONYM = {"қызы", "кызы", "qyzy", "kyzy", "qızı", "kizi"};
    private static final String[] MALE_PATRONYMIC = {"ович", "евич", "ьич", "ovich", "evich", "ovič", "ovitch"};
    private static final String[] FEMALE_PATRONYMIC = {"овна", "евна", "ична", "ovna", "evna", "ichna"};

    private record Ending(String text, String after) {}

    private static final String POSSESSIVE = "POSS";
    private static final String V = VOWELS;
    private static final String SON_NAS = SONORANTS + NASALS;

    /** Kazakh case endings, longest first so that -нда is tried before -да. */
    private static final Ending[] CASE_ENDINGS = {
        new Ending("ның", V + NASALS), new Ending("нің", V + NASALS),
        new Ending("дың", SONORANTS), new Ending("дің", SONORANTS),
        new Ending("тың", VOICELESS_LIKE), new Ending("тің", VOICELESS_LIKE),
        new Ending("дан", V + SONORANTS), new Ending("ден", V + SONORANTS),
        new Ending("нан", NASALS + POSSESSIVE), new Ending("нен", NASALS + POSSESSIVE),
        new Ending("тан", VOICELESS_LIKE), new Ending("тен", VOICELESS_LIKE),
        new Ending("мен", V + "рлуймнң"), new Ending("бен", "жзмнң"), new Ending("пен", VOICELESS_LIKE),
        new Ending("нда", POSSESSIVE), new Ending("нде", POSSESSIVE),
        new Ending("ға", V + SON_NAS), new Ending("ге", V + SON_NAS),
        new Ending("қа", VOICELESS_LIKE), new Ending("ке", VOICELESS_LIKE),
        new Ending("на", POSSESSIVE), new Ending("не", POSSESSIVE),
        new Ending("ны", V), new Ending("ні", V),
        new Ending("ды", SON_NAS), new Ending("ді", SON_NAS),
        new Ending("ты", VOICELESS_LIKE), new Ending("ті", VOICELESS_LIKE),
        new Ending("да", V + SON_NAS), new Ending("де", V + SON_NAS),
        new Ending("та", VOICELESS_LIKE), new Ending("те", VOICELESS_LIKE),
        new Ending("н", POSSESSIVE),
    };

    /** The endings taken off words that do not end in a name suffix: those no given name ends in by itself. */
    private static final int SAFE_CASE_ENDINGS = 19;

    private static final Ending[] POSSESSIVE_AND_PLURAL = {
        new Ending("лар", V + "руй"), new Ending("лер", V + "руй"),
        new Ending("дар", "лзжмнң"), new Ending("дер", "лзжмнң"),
        new Ending("тар", VOICELESS_LIKE), new Ending("тер", VOICELESS_LIKE),
        new Ending("сы", V), new Ending("сі", V),
        new Ending("ы", VOICELESS_LIKE + SON_NAS), new Ending("і", VOICELESS_LIKE + SON_NAS),
    };

    private final GivenNames givenNames;

    NameInflection(GivenNames givenNames) {
        this.givenNames = givenNames;
    }

    /**
     * Reads a word that stands in a name.
     *
     * @param word one word, letters in their display case
     * @param last whether it is the last word of the mention, the only one that takes Kazakh endings
     */
    Reading read(String word, boolean last) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (givenNames.contains(word)) {
            return new Reading(word, Kind.OTHER, Gender.UNKNOWN, null, RussianCase.NONE);
        }
        if (last && isCyrillic(lower)) {
            // Дулатұлына, Дулатұлын: a patronym under Kazakh endings looks like -ина/-ын surnames otherwise.
            Reading patronym = stripKazakh(word, 0);
            if (patronym != null && patronym.kind() == Kind.PATRONYM) {
                return patronym;
            }
        }
        Reading nominative = nominative(word, lower);
        if (nominative != null) {
            return nominative;
        }
        if (!isCyrillic(lower)) {
            Reading latinKazakh = last ? stripLatinKazakh(word, lower) : null;
            return latinKazakh != null ? latinKazakh
                    : new Reading(word, Kind.OTHER, Gender.UNKNOWN, null, RussianCase.NONE);
        }
        if (last) {
            Reading kazakh = stripKazakh(word, 0);
            if (kazakh != null) {
                return kazakh;
            }
        }
        Reading russian = stripRussian(word, lower);
        if (russian != null) {
            return russian;
        }
        if (last) {
            Reading given = stripKazakhFromOtherWord(word);
            if (given != null) {
                return given;
            }
        }
        return new Reading(word, Kind.OTHER, Gender.UNKNOWN, null, RussianCase.NONE);
    }

    /** Russian masculine given name in the case {@code russianCase}, back to the nominative; null when unsure. */
    String masculineGivenNominative(String word, RussianCase russianCase, boolean evenIfUnknown) {
        String lower = word.toLowerCase(Locale.ROOT);
        String[][] endings = switch (russianCase) {
            case GENITIVE -> new String[][] {{"я", "й"}, {"а", ""}};
            case DATIVE -> new String[][] {{"ю", "й"}, {"у", ""}};
            case INSTRUMENTAL -> new String[][] {{"ем", "й"}, {"ом", ""}};
            case PREPOSITIONAL -> new String[][] {{"ае", "ай"}, {"ее", "ей"}, {"е", ""}};
            default -> new String[0][];
        };
        for (String[] ending : endings) {
            if (lower.endsWith(ending[0]) && lower.length() - ending[0].length() >= 2) {
                String candidate = keepCase(word, word.length() - ending[0].length(), ending[1]);
                boolean consonantEnd = ending[1].isEmpty()
                        && VOWELS.indexOf(candidate.toLowerCase(Locale.ROOT).charAt(candidate.length() - 1)) < 0;
                if (givenNames.genderOf(candidate) == Gender.MALE
                        || (evenIfUnknown && (consonantEnd || !ending[1].isEmpty()))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Russian feminine given name after a feminine oblique surname (Гульнары Дулатовой), back to the nominative. */
    String feminineGivenNominative(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String[][] endings = {{"ой", "а"}, {"ей", "я"}, {"ы", "а"}, {"и", "я"}, {"е", "а"}, {"у", "а"}, {"ю", "я"}};
        for (String[] ending : endings) {
            if (lower.endsWith(ending[0]) && lower.length() - ending[0].length() >= 2) {
                String candidate = keepCase(word, word.length() - ending[0].length(), ending[1]);
                if (givenNames.genderOf(candidate) == Gender.FEMALE || ending[0].equals("ы")) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * The word without a Kazakh case ending (genitive, accusative, dative, locative, ablative, instrumental) that
     * the sound before it takes, when the word is Cyrillic and has one and the stem keeps three letters; else null.
     * The bare accusative -н after a possessive is not counted: too many given names end in -ын/-ін (Тұрсын).
     * {@code "Қазақстаннан"} → {@code Қазақстан}, {@code "Мәскеуге"} → {@code Мәскеу}, {@code "Сәкен"} → null.
     */
    String kazakhCaseStem(String word) {
        if (!isCyrillic(word.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String lower = lowerLetters(word);
        for (Ending ending : CASE_ENDINGS) {
            if (ending.text().length() < 2) {
                continue;
            }
            String stem = strip(word, lower, ending);
            if (stem != null) {
                return stem;
            }
        }
        return null;
    }

    /**
     * What a lone word may be as a given name without its ending, for finding the person it refers to: a Kazakh
     * case ending ({@code Сәкеннің}, {@code Сәкенді} → Сәкен; {@code Säkenniñ} → Säken), a Russian oblique case
     * of a man's or a woman's name ({@code Магжана} → Магжан, {@code Гульнары} → Гульнара) or an English
     * possessive ({@code Saken's}). Several readings may come back; the caller keeps the one a person in the text
     * bears. Empty when the word shows no ending.
     */
    List<String> givenNameStems(String word) {
        List<String> stems = new java.util.ArrayList<>(4);
        String lower = word.toLowerCase(Locale.ROOT);
        if (isCyrillic(lower)) {
            String kazakh = kazakhCaseStem(word);
            if (kazakh != null) stems.add(kazakh);
            for (RussianCase c : new RussianCase[] {RussianCase.GENITIVE, RussianCase.DATIVE, RussianCase.INSTRUMENTAL,
                    RussianCase.PREPOSITIONAL}) {
                String stem = masculineGivenNominative(word, c, true);
                if (stem != null && !stems.contains(stem)) stems.add(stem);
            }
            String feminine = feminineGivenNominative(word);
            if (feminine != null && !stems.contains(feminine)) stems.add(feminine);
        } else if (KazakhLatin.isLatinWord(lower)) {
            String possessive = stripEnglishPossessive(word);
            if (!possessive.equals(word)) stems.add(possessive);
            String cyrillic = KazakhLatin.toCyrillic(lower);
            String stem = kazakhCaseStem(cyrillic);
            if (stem != null) {
                String latin = KazakhLatin.latinStem(word, stem);
                if (latin != null && latin.length() >= 3) {
                    stems.add(latin);
                }
            }
        }
        return stems;
    }

    static boolean hasKazakhLetters(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (KAZAKH_LETTERS.indexOf(lower.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCyrillic(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 0x400 && c < 0x500) {
                return true;
            }
        }
        return false;
    }

    private Reading nominative(String word, String lower) {
        if (endsWithAny(lower, MALE_PATRONYM, 2)) {
            return new Reading(word, Kind.PATRONYM, Gender.MALE, null, RussianCase.NONE);
        }
        if (endsWithAny(lower, FEMALE_PATRONYM, 2)) {
            return new Reading(word, Kind.PATRONYM, Gender.FEMALE, null, RussianCase.NONE);
        }
        if (endsWithAny(lower, MALE_PATRONYMIC, 2)) {
            return new Reading(word, Kind.PATRONYMIC, Gender.MALE, null, RussianCase.NONE);
        }
        if (endsWithAny(lower, FEMALE_PATRONYMIC, 2)) {
            return new Reading(word, Kind.PATRONYMIC, Gender.FEMALE, null, RussianCase.NONE);
        }
        boolean cyrillic = isCyrillic(lower);
        if (cyrillic) {
            if (endsWithAny(lower, FEMALE_SURNAME_SUFFIXES, 3)) {
                if (hasKazakhLetters(lower)) {
                    return new Reading(word, Kind.SURNAME, Gender.FEMALE, null, RussianCase.NONE);
                }
                String masculine = word.substring(0, word.length() - 1);
                return new Reading(masculine, Kind.SURNAME, Gender.UNKNOWN, word, RussianCase.GENITIVE);
            }
            if (lower.endsWith("ская") || lower.endsWith("цкая")) {
                return new Reading(word, Kind.SURNAME, Gender.FEMALE, null, RussianCase.NONE);
            }
            if (lower.endsWith("ский") || lower.endsWith("цкий")) {
                return new Reading(word, Kind.SURNAME, Gender.MALE, null, RussianCase.NONE);
            }
            if (endsWithAny(lower, MALE_SURNAME_SUFFIXES, 3) && !lower.endsWith("ддин")) {
                return new Reading(word, Kind.SURNAME, Gender.MALE, null, RussianCase.NONE);
            }
            if (endsWithAny(lower, OTHER_SURNAME_SUFFIXES, 3)) {
                return new Reading(word, Kind.SURNAME, Gender.UNKNOWN, null, RussianCase.NONE);
            }
            return null;
        }
        String latin = stripEnglishPossessive(word);
        String latinLower = latin.toLowerCase(Locale.ROOT);
        // English does not decline: a Latin -ova is a woman's surname, never a genitive.
        if (endsWithAny(latinLower, LATIN_FEMALE_SURNAME_SUFFIXES, 3)) {
            return new Reading(latin, Kind.SURNAME, Gender.FEMALE, null, RussianCase.NONE);
        }
        if (endsWithAny(latinLower, LATIN_MALE_SURNAME_SUFFIXES, 3) && !latinLower.endsWith("ddin")) {
            return new Reading(latin, Kind.SURNAME, Gender.MALE, null, RussianCase.NONE);
        }
        if (endsWithAny(latinLower, LATIN_OTHER_SURNAME_SUFFIXES, 3)) {
            return new Reading(latin, Kind.SURNAME, Gender.UNKNOWN, null, RussianCase.NONE);
        }
        // a Russian sentence put into Latin letters keeps its case endings: "together with A. Petrovym" is the
        // instrumental of Petrov (Петровым); English and Kazakh put no -ym after -ov/-ev/-in
        for (String suffix : LATIN_MALE_SURNAME_SUFFIXES) {
            if (suffix.length() == 2 && latinLower.endsWith(suffix + "ym") && latinLower.length() >= 7) {
                return new Reading(latin.substring(0, latin.length() - 2), Kind.SURNAME, Gender.MALE, null,
                        RussianCase.INSTRUMENTAL);
            }
        }
        if (!latin.equals(word)) {
            return new Reading(latin, Kind.OTHER, Gender.UNKNOWN, null, RussianCase.NONE);
        }
        return null;
    }

    private static String stripEnglishPossessive(String word) {
        for (String suffix : new String[] {"'s", "’s", "'S", "’S"}) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 1) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private Reading stripKazakh(String word, int depth) {
        if (depth > 0) {
            Reading done = nominative(word, word.toLowerCase(Locale.ROOT));
            if (done != null && done.kind() != Kind.OTHER) {
                if (done.feminineAlternative() != null) {
                    // Kazakh endings rule out the Russian genitive: -ова before them is a woman's name.
                    return new Reading(word, Kind.SURNAME, Gender.FEMALE, null, RussianCase.NONE);
                }
                return done;
            }
        }
        if (depth >= 3) {
            return null;
        }
        String lower = lowerLetters(word);
        for (Ending[] table : new Ending[][] {CASE_ENDINGS, POSSESSIVE_AND_PLURAL}) {
            for (Ending ending : table) {
                String stem = strip(word, lower, ending);
                if (stem != null) {
                    Reading reading = stripKazakh(stem, depth + 1);
                    if (reading != null) {
                        return reading;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A surname or patronym in the Kazakh Latin alphabet under Kazakh endings, read through its Cyrillic form:
     * {@code "Seifullinnıñ"} (Сейфуллиннің) → {@code Seifullin}, {@code "Aimauytovqa"} → {@code Aimauytov}. Only a
     * stem shaped like a surname or patronym is taken; every ending is one Latin letter per Cyrillic letter, so
     * the Latin stem is the word less as many letters as the Cyrillic reading lost. Null when none is found.
     */
    private Reading stripLatinKazakh(String word, String lower) {
        if (!KazakhLatin.isLatinWord(lower)) {
            return null;
        }
        String cyrillic = KazakhLatin.toCyrillic(lower);
        Reading reading = stripKazakh(cyrillic, 0);
        if (reading == null || (reading.kind() != Kind.SURNAME && reading.kind() != Kind.PATRONYM)) {
            return null;
        }
        String stem = KazakhLatin.latinStem(word, reading.base());
        if (stem == null || stem.length() < 3) {
            return null;
        }
        return new Reading(stem, reading.kind(), reading.gender(), null, RussianCase.NONE);
    }

    private Reading stripKazakhFromOtherWord(String word) {
        String lower = lowerLetters(word);
        for (int i = 0; i < CASE_ENDINGS.length; i++) {
            String stem = strip(word, lower, CASE_ENDINGS[i]);
            if (stem == null || stem.length() < 3) {
                continue;
            }
            if (givenNames.contains(stem) || i < SAFE_CASE_ENDINGS) {
                return new Reading(stem, Kind.OTHER, Gender.UNKNOWN, null, RussianCase.NONE);
            }
        }
        return null;
    }

    /**
     * The word in lower case letter by letter, so that its length is the word's: String.toLowerCase makes İ two
     * characters. Made once per word for all the endings tried on it (made once per ending, it was most of the
     * time of {@link #kazakhCaseStem} when ingesting).
     */
    private static String lowerLetters(String word) {
        StringBuilder lowered = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) lowered.append(Character.toLowerCase(word.charAt(i)));
        return lowered.toString();
    }

    /**
     * The word without {@code ending}, when the sound before the ending is one that takes it; else null.
     *
     * @param lower the word's {@link #lowerLetters}
     */
    private static String strip(String word, String lower, Ending ending) {
        int stemLength = lower.length() - ending.text().length();
        if (stemLength < 3 || !lower.endsWith(ending.text())) {
            return null;
        }
        char before = lower.charAt(stemLength - 1);
        boolean possessiveBefore = before == 'ы' || before == 'і';
        boolean allowed = ending.after().indexOf(before) >= 0
                || (ending.after().contains(POSSESSIVE) && possessiveBefore);
        return allowed ? word.substring(0, stemLength) : null;
    }

    private Reading stripRussian(String word, String lower) {
        String[][] patronymics = {
            {"овича", "ович"}, {"евича", "евич"}, {"овичу", "ович"}, {"евичу", "евич"}, {"овичем", "ович"},
            {"евичем", "евич"}, {"овиче", "ович"}, {"евиче", "евич"}
        };
        for (String[] p : patronymics) {
            if (lower.endsWith(p[0]) && lower.length() > p[0].length() + 1) {
                RussianCase russianCase = caseOfPatronymic(p[0]);
                return new Reading(keepCase(word, word.length() - p[0].length(), p[1]), Kind.PATRONYMIC, Gender.MALE,
                        null, russianCase);
            }
        }
        String[][] feminine = {
            {"овны", "овна"}, {"евны", "евна"}, {"овне", "овна"}, {"евне", "евна"}, {"овну", "овна"},
            {"евну", "евна"}, {"овной", "овна"}, {"евной", "евна"}
        };
        for (String[] p : feminine) {
            if (lower.endsWith(p[0]) && lower.length() > p[0].length() + 1) {
                return new Reading(keepCase(word, word.length() - p[0].length(), p[1]), Kind.PATRONYMIC,
                        Gender.FEMALE, null, RussianCase.FEMININE_OBLIQUE);
            }
        }
        String[][] adjectival = {
            {"ского", "ский"}, {"скому", "ский"}, {"ским", "ский"}, {"ском", "ский"},
            {"цкого", "цкий"}, {"цкому", "цкий"}, {"цким", "цкий"}, {"цком", "цкий"},
            {"ького", "ький"}, {"ькому", "ький"}, {"ьким", "ький"}, {"ьком", "ький"},
            {"ской", "ская"}, {"скую", "ская"}, {"цкой", "цкая"}, {"цкую", "цкая"}
        };
        for (String[] p : adjectival) {
            if (lower.endsWith(p[0]) && lower.length() > p[0].length() + 1) {
                boolean female = p[1].endsWith("ая");
                // the case the ending shows is the given name's too: "Анатолия Луначарского" is Анатолий's
                RussianCase russianCase = female ? RussianCase.FEMININE_OBLIQUE : switch (p[0].substring(2)) {
                    case "ого" -> RussianCase.GENITIVE;
                    case "ому" -> RussianCase.DATIVE;
                    case "им" -> RussianCase.INSTRUMENTAL;
                    default -> RussianCase.PREPOSITIONAL;
                };
                return new Reading(keepCase(word, word.length() - p[0].length(), p[1]), Kind.SURNAME,
                        female ? Gender.FEMALE : Gender.MALE, null, russianCase);
            }
        }
        for (String[] p : new String[][] {{"яна", "ян"}, {"яну", "ян"}, {"яном", "ян"}, {"яне", "ян"}}) {
            if (lower.endsWith(p[0]) && lower.length() > p[0].length() + 2) {
                RussianCase russianCase = switch (p[0]) {
                    case "яна" -> RussianCase.GENITIVE;
                    case "яну" -> RussianCase.DATIVE;
                    case "яном" -> RussianCase.INSTRUMENTAL;
                    default -> RussianCase.PREPOSITIONAL;
                };
                return new Reading(keepCase(word, word.length() - p[0].length(), p[1]), Kind.SURNAME, Gender.MALE,
                        null, russianCase);
            }
        }
        for (String ending : new String[] {"ыми", "ых", "ым", "ом", "ой", "у", "а", "е"}) {
            if (!lower.endsWith(ending)) {
                continue;
            }
            String stem = word.substring(0, word.length() - ending.length());
            String stemLower = stem.toLowerCase(Locale.ROOT);
            if (!endsWithAny(stemLower, MALE_SURNAME_SUFFIXES, 3) || stemLower.endsWith("ддин")) {
                continue;
            }
            return switch (ending) {
                case "ой" -> new Reading(stem + keepCaseOf(word, "а"), Kind.SURNAME, Gender.FEMALE, null,
                        RussianCase.FEMININE_OBLIQUE);
                case "а" -> new Reading(stem, Kind.SURNAME, Gender.UNKNOWN, word, RussianCase.GENITIVE);
                case "у" -> new Reading(stem, Kind.SURNAME, Gender.UNKNOWN, stem + keepCaseOf(word, "а"),
                        RussianCase.DATIVE);
                case "ым", "ом" -> new Reading(stem, Kind.SURNAME, Gender.MALE, null, RussianCase.INSTRUMENTAL);
                case "е" -> new Reading(stem, Kind.SURNAME, Gender.MALE, null, RussianCase.PREPOSITIONAL);
                default -> new Reading(stem, Kind.SURNAME, Gender.UNKNOWN, null, RussianCase.PLURAL);
            };
        }
        return null;
    }

    private static RussianCase caseOfPatronymic(String ending) {
        if (ending.endsWith("а")) {
            return RussianCase.GENITIVE;
        }
        if (ending.endsWith("у")) {
            return RussianCase.DATIVE;
        }
        if (ending.endsWith("ем")) {
            return RussianCase.INSTRUMENTAL;
        }
        return RussianCase.PREPOSITIONAL;
    }

    private static boolean endsWithAny(String lower, String[] suffixes, int minimumStem) {
        for (String suffix : suffixes) {
            if (lower.endsWith(suffix) && lower.length() - suffix.length() >= minimumStem) {
                return true;
            }
        }
        return false;
    }

    /** {@code word[0, keep)} + {@code addition} in the case of the word (upper case for a headword in capitals). */
    private static String keepCase(String word, int keep, String addition) {
        return word.substring(0, keep) + keepCaseOf(word, addition);
    }

    private static String keepCaseOf(String word, String addition) {
        boolean upper = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                && !word.equals(word.toLowerCase(Locale.ROOT));
        return upper ? addition.toUpperCase(Locale.ROOT) : addition;
    }
}
