package org.tarikh.text.kk;

import java.util.List;
import java.util.Set;

/**
 * A light, rule-based stemmer for Kazakh written in Cyrillic, made for search: the forms of one word should meet in
 * one term, even where that term is not a dictionary word. Example: {@code "сейфуллиннің" → "сейфуллин"}.
 *
 * <p>Kazakh stacks suffixes in a fixed order: <em>root + (verb: voice, negation, participle or verbal noun) +
 * plural + possessive + case</em>. The stemmer peels them from the outside in, one slot at a time, taking the
 * longest ending of a slot whose phonetic context fits. Each ending lists the letters that may stand before it,
 * because Kazakh chooses the first consonant of a suffix by the sound before it (genitive -ның after vowels and
 * м/н/ң, -дың after ж/з/л/р/й/у, -тың after voiceless consonants): an ending in the wrong context is a piece of
 * the root ({@code "өлке"} is not {@code өл + ке}, dative -ке comes only after voiceless consonants).
 *
 * <ol>
 *   <li><b>Case</b>, one of: relative {@link #RELATIVE} (-дағы); genitive {@link #GENITIVE}; ablative
 *       {@link #ABLATIVE}; instrumental {@link #INSTRUMENTAL}; locative {@link #LOCATIVE}; dative {@link #DATIVE};
 *       accusative {@link #ACCUSATIVE}. Endings that follow only a possessive (-н, -на, -нда, -нан, -ндағы) need
 *       -ы/-і before them. Dative -а/-е is taken only after -ым/-ім/-ың/-ің and then strips that 1st/2nd person
 *       possessive too ({@code "еліме" → "ел"}); a bare -м or -ң is never taken ({@code "білім"}, {@code "кезең"}).
 *       Accusative -ны/-ні after a vowel is read as -н + possessive -ы when the letter before is ы/і/и or the
 *       н-word is a known root ({@link #N_FINAL_ENDINGS}: {@code "қазақстаны" → "қазақстан"}).
 *       Past tense -ды/-ді after a verb-stem vowel (а, ә, е, ы, і) can only be a verb: it leads to step 5.</li>
 *   <li><b>Possessive</b> {@link #POSSESSIVE}: -ымыз/-іміз after consonants, -сы/-сі after vowels, -ы/-і after
 *       consonants. Vowel-final -мыз and polite -ңыз are left: they end roots such as {@code "маңыз"}.
 *       -сы after a vowel is read as root-final с + -ы when the root is a known one ({@link #S_FINAL_ROOTS}:
 *       {@code "кеңесі" → "кеңес"}) or the vowel before с is narrow ({@code "жұмысы" → "жұмыс"}). An -ы/-і after
 *       a consonant + ғ/г/қ/к (other than л/р/й before қ/к, where the root lost its vowel: {@code "халқы"}) is the
 *       adjective suffix -ғы/-гі/-қы/-кі and stays ({@code "соңғы"}, {@code "ішкі"}).</li>
 *   <li><b>Plural</b> {@link #PLURAL}: -лар/-лер after vowels and р/у/й, -дар after л/м/н/ң/ж/з, -тар after
 *       voiceless consonants.</li>
 *   <li><b>Verb forms</b> {@link #VERBAL}: participles -ған/-ген/-қан/-кен and -атын/-етін/-йтын, converb
 *       -ып/-іп/-п, verbal noun -у. Past tense after a consonant (-ды/-ты) was already taken as a case ending: it
 *       looks the same as the accusative, and both leave the verb stem ({@code "сотталды"}, {@code "сотталған"},
 *       {@code "сотталуы"} → {@code "соттал"}).</li>
 *   <li><b>Verb stem</b>: negation {@link #NEGATION} (-ма/-ба/-па) is dropped, then a stem-final vowel а/е/ы/і
 *       after a consonant, so that vowel-stem verbs meet one term whatever follows them ({@code "сайлады"},
 *       {@code "сайлау"}, {@code "сайлап"} → {@code "сайл"}; {@code "болады"} → {@code "бол"}).</li>
 *   <li><b>Root repair</b>, only after a suffix beginning with a vowel was removed: final ғ/г/б return to
 *       қ/к/п ({@code "кітабы" → "кітап"}, {@code "шаруашылығы" → "шаруашылық"}), and the narrow vowel dropped
 *       before a suffix returns between л/р/й and қ/к/н ({@code "халқы" → "халық"}, {@code "орны" → "орын"}).</li>
 * </ol>
 *
 * <p>Every cut leaves at least {@value #MIN_STEM} letters with a vowel, so {@code "ата"}, {@code "ана"},
 * {@code "ел"}, {@code "жыл"} stay. Words in {@link #KEPT_WORDS} (postpositions, pronouns, roots that look
 * inflected such as {@code "кітап"}, {@code "себеп"}) and words ending in a root of {@link #KEPT_ENDINGS}
 * ({@code "байтұрсын"}) are not cut further. What is deliberately <em>not</em> stripped, because it changes meaning
 * or is too often part of a root: derivation (-лық, -шы, -сыз, -ғы, -дай), voice (passive -ыл, reflexive -ын,
 * causative -дыр), present tense -а/-й, conditional -са, future -ар, person endings (-мын, -сың, -дық). Surnames
 * keep -ов/-ев/-ин: no rule removes them ({@code "жұмабаевты" → "жұмабаев"}).
 *
 * <p>Input is expected in lower case; a word with any character outside the Kazakh Cyrillic alphabet (Latin,
 * digits, hyphen, upper case) is returned as it is. Stateless and thread-safe.
 */
public final class KazakhStemmer {

    /** Fewest letters a cut may leave; the stem must also keep a vowel. */
    public static final int MIN_STEM = 2;

    static final String VOWELS = "аәеёиоөұүыіэюя";
    static final String FRONT_VOWELS = "әеөүіэ";
    /** Voiceless consonants; Russian loans also end in б/в/г/д that sound voiceless and take т-/қ-/п- suffixes. */
    static final String VOICELESS = "пткқсшщфхцчһ";
    static final String LOAN_DEVOICED = "бвгд";
    static final String NASALS = "мнң";
    /** Voiced consonants and sonorants other than nasals; у after a vowel behaves as one. */
    static final String VOICED = "жзйлруь";
    static final String CONSONANTS = VOICELESS + LOAN_DEVOICED + NASALS + VOICED + "ғ";
    /** The third person possessive vowels, required before -н, -на, -нда, -нан, -ндағы. */
    static final String POSSESSIVE_VOWELS = "ыі";
    /** Vowels that end verb stems, before past tense -ды and after which a verb vowel is dropped. */
    static final String VERB_STEM_VOWELS = "аәеыі";

    private static final String AFTER_VOWEL_OR_VOICED = VOWELS + VOICED + NASALS;
    private static final String AFTER_VOICELESS = VOICELESS + LOAN_DEVOICED;

    /** What one ending does to the rest of the word. */
    enum Kind {
        CASE,
        /** -н, -на, -нда...: the possessive before it must go too. */
        CASE_AFTER_POSSESSIVE,
        /** Dative -а/-е after a 1st/2nd person singular possessive -ым/-ім/-ың/-ің. */
        DATIVE_AFTER_PERSONAL,
        /** Accusative -ны/-ні after a vowel: may be н + possessive -ы instead. */
        ACCUSATIVE_AFTER_VOWEL,
        /** Past tense -ды/-ді after a verb-stem vowel. */
        PAST_AFTER_VOWEL,
        POSSESSIVE,
        /** Possessive -сы/-сі after a vowel: may be root-final с + -ы instead. */
        POSSESSIVE_SY,
        /** Possessive -ы/-і after a consonant. */
        POSSESSIVE_Y,
        PLURAL,
        VERBAL,
        NEGATION
    }

    /** An ending and the letters that may stand right before it. */
    record Ending(String text, String after, Kind kind) {
        Ending {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("empty ending for " + kind);
            }
        }
    }

    static final List<Ending> RELATIVE = List.of(
            new Ending("дағы", AFTER_VOWEL_OR_VOICED, Kind.CASE),
            new Ending("дегі", AFTER_VOWEL_OR_VOICED, Kind.CASE),
            new Ending("тағы", AFTER_VOICELESS, Kind.CASE),
            new Ending("тегі", AFTER_VOICELESS, Kind.CASE),
            new Ending("ндағы", POSSESSIVE_VOWELS, Kind.CASE_AFTER_POSSESSIVE),
            new Ending("ндегі", POSSESSIVE_VOWELS, Kind.CASE_AFTER_POSSESSIVE));

    static final List<Ending> GENITIVE = List.of(
            new Ending("ның", VOWELS + NASALS, Kind.CASE),
            new Ending("нің", VOWELS + NASALS, Kind.CASE),
            new Ending("дың", VOICED, Kind.CASE),
            new Ending("дің", VOICED, Kind.CASE),
            new Ending("тың", AFTER_VOICELESS, Kind.CASE),
            new Ending("тің", AFTER_VOICELESS, Kind.CASE));

    static final List<Ending> ABLATIVE = List.of(
            new Ending("дан", VOWELS + VOICED, Kind.CASE),
            new Ending("ден", VOWELS + VOICED, Kind.CASE),
            new Ending("тан", AFTER_VOICELESS, Kind.CASE),
            new Ending("тен", AFTER_VOICELESS, Kind.CASE),
            new Ending("нан", NASALS + POSSESSIVE_VOWELS, Kind.CASE),
            new Ending("нен", NASALS + POSSESSIVE_VOWELS, Kind.CASE),
            new Ending("ндан", POSSESSIVE_VOWELS, Kind.CASE_AFTER_POSSESSIVE),
            new Ending("нден", POSSESSIVE_VOWELS, Kind.CASE_AFTER_POSSESSIVE));

    static final List<Ending> INSTRUMENTAL = List.of(
            new Ending("мен", VOWELS + VOICED + NASALS, Kind.CASE),
            new Ending("бен", NASALS + "жз", Kind.CASE),
            new Ending("пен", AFTER_VOICELESS, Kind.CASE),
            new Ending("менен", VOWELS + VOICED + NASALS, Kind.CASE),
            new Ending("бенен", NASALS + "жз", Kind.CASE),
            new Ending("пенен", AFTER_VOICELESS, Kind.CASE));

    static final List<Ending> LOCATIVE = List.of(
            new Ending("да", AFTER_VOWEL_OR_VOICED, Kind.CASE),
            new Ending("де", AFTER_VOWEL_OR_VOICED, Kind.CASE),
            new Ending("та", AFTER_VOICELESS, Kind.CASE),
            new Ending("те", AFTER_VOICELESS, Kind.CASE),
            new Ending("нда", POSSESSIVE_VOWELS, Kind.CASE_AFTER_POSSESSIVE),
            new Ending("нде", POSSESSIVE_VOWELS, Kind.CASE_AFTER_POSSESSIVE));

    static final List<Ending> DATIVE = List.of(
            new Ending("ға", AFTER_VOWEL_OR_VOICED, Kind.CASE),
            new Ending("ге", AFTER_VOWEL_OR_VOICED, Kind.CASE),
            new Ending("қа", AFTER_VOICELESS, Kind.CASE),
            new Ending("ке", AFTER_VOICELESS, Kind.CASE),
            new Ending("на", POSSESSIVE_VOWELS, Kind.CASE_AFTER_POSSESSIVE),
            new Ending("не", POSSESSIVE_VOWELS, Kind.CASE_AFTER_POSSESSIVE),
            new Ending("а", "мң", Kind.DATIVE_AFTER_PERSONAL),
            new Ending("е", "мң", Kind.DATIVE_AFTER_PERSONAL));

    static final List<Ending> ACCUSATIVE = List.of(
            new Ending("ны", VOWELS, Kind.ACCUSATIVE_AFTER_VOWEL),
            new Ending("ні", VOWELS, Kind.ACCUSATIVE_AFTER_VOWEL),
            new Ending("ды", VOICED + NASALS, Kind.CASE),
            new Ending("ді", VOICED + NASALS, Kind.CASE),
            new Ending("ты", AFTER_VOICELESS, Kind.CASE),
            new Ending("ті", AFTER_VOICELESS, Kind.CASE),
            new Ending("н", POSSESSIVE_VOWELS, Kind.CASE_AFTER_POSSESSIVE));

    /** Past tense 3rd person after a vowel-final verb stem; after a consonant it is spelled like the accusative. */
    static final List<Ending> PAST = List.of(
            new Ending("ды", VERB_STEM_VOWELS, Kind.PAST_AFTER_VOWEL),
            new Ending("ді", VERB_STEM_VOWELS, Kind.PAST_AFTER_VOWEL));

    static final List<Ending> POSSESSIVE = List.of(
            new Ending("ымыз", CONSONANTS, Kind.POSSESSIVE),
            new Ending("іміз", CONSONANTS, Kind.POSSESSIVE),
            new Ending("сы", VOWELS, Kind.POSSESSIVE_SY),
            new Ending("сі", VOWELS, Kind.POSSESSIVE_SY),
            new Ending("ы", CONSONANTS, Kind.POSSESSIVE_Y),
            new Ending("і", CONSONANTS, Kind.POSSESSIVE_Y));

    /** 1st/2nd person singular possessive, stripped only under dative -а/-е: alone they end too many roots. */
    static final List<Ending> PERSONAL_POSSESSIVE = List.of(
            new Ending("ым", CONSONANTS, Kind.POSSESSIVE),
            new Ending("ім", CONSONANTS, Kind.POSSESSIVE),
            new Ending("ың", CONSONANTS, Kind.POSSESSIVE),
            new Ending("ің", CONSONANTS, Kind.POSSESSIVE));

    static final List<Ending> PLURAL = List.of(
            new Ending("лар", VOWELS + "руй", Kind.PLURAL),
            new Ending("лер", VOWELS + "руй", Kind.PLURAL),
            new Ending("дар", NASALS + "лжз", Kind.PLURAL),
            new Ending("дер", NASALS + "лжз", Kind.PLURAL),
            new Ending("тар", AFTER_VOICELESS, Kind.PLURAL),
            new Ending("тер", AFTER_VOICELESS, Kind.PLURAL));

    static final List<Ending> VERBAL = List.of(
            new Ending("атын", CONSONANTS, Kind.VERBAL),
            new Ending("етін", CONSONANTS, Kind.VERBAL),
            new Ending("йтын", "аәе", Kind.VERBAL),
            new Ending("йтін", "аәе", Kind.VERBAL),
            new Ending("ған", AFTER_VOWEL_OR_VOICED, Kind.VERBAL),
            new Ending("ген", AFTER_VOWEL_OR_VOICED, Kind.VERBAL),
            new Ending("қан", VOICELESS, Kind.VERBAL),
            new Ending("кен", VOICELESS, Kind.VERBAL),
            new Ending("ып", CONSONANTS, Kind.VERBAL),
            new Ending("іп", CONSONANTS, Kind.VERBAL),
            new Ending("п", VERB_STEM_VOWELS, Kind.VERBAL),
            new Ending("у", VOWELS + CONSONANTS, Kind.VERBAL));

    static final List<Ending> NEGATION = List.of(
            new Ending("ма", VOWELS + VOICED, Kind.NEGATION),
            new Ending("ме", VOWELS + VOICED, Kind.NEGATION),
            new Ending("ба", NASALS + "жз", Kind.NEGATION),
            new Ending("бе", NASALS + "жз", Kind.NEGATION),
            new Ending("па", VOICELESS, Kind.NEGATION),
            new Ending("пе", VOICELESS, Kind.NEGATION));

    /** All case endings of one slot, longest first so that -ндағы wins over -ы and -нан over -н. */
    private static final List<Ending> CASE_SLOT = longestFirst(
            RELATIVE, GENITIVE, ABLATIVE, INSTRUMENTAL, LOCATIVE, DATIVE, ACCUSATIVE, PAST);
    private static final List<Ending> POSSESSIVE_SLOT = longestFirst(POSSESSIVE);
    private static final List<Ending> PERSONAL_SLOT = longestFirst(PERSONAL_POSSESSIVE);
    private static final List<Ending> PLURAL_SLOT = longestFirst(PLURAL);
    private static final List<Ending> VERBAL_SLOT = longestFirst(VERBAL);
    private static final List<Ending> NEGATION_SLOT = longestFirst(NEGATION);

    /**
     * Words that end like an inflected form but are roots or function words, returned as they are: postpositions
     * and pronouns ({@code туралы}, {@code кейін}, {@code оның}), and common roots whose end is an ending
     * ({@code кітап} is not кіта + -п, {@code себеп} not себе + -п, {@code сауда} not сау + -да).
     */
    static final Set<String> KEPT_WORDS = Set.of(
            // postpositions, adverbs, conjunctions
            "туралы", "арқылы", "қарсы", "сияқты", "кейін", "дейін", "шейін", "үшін", "бері", "бірге", "бұрын",
            "сайын", "тағы", "басқа", "тіпті", "ғана", "және", "немесе", "екен", "еді", "жақсы", "өте",
            // pronouns and demonstratives
            "осы", "осында", "мұнда", "онда", "сонда", "мұны", "оны", "соны", "бұны", "оның", "мұның", "соның",
            "бұның", "біреу", "екеу", "үшеу", "төртеу",
            // roots that end like a suffix
            "кітап", "себеп", "жауап", "есеп", "талап", "тәртіп", "кәсіп", "жүсіп", "сауда", "пайда", "қорған",
            "мекен", "мәскеу", "қарағанды", "ауру", "мектеп", "тап", "әдеп", "орда", "алашорда",
            // roots in -ын/-ін whose vowel falls before a suffix (орны), not a root + possessive + accusative -н
            "орын", "ақын", "ойын", "жиын", "еркін", "келін", "ерін", "мұрын", "қиын", "түтін",
            // countries in -стан, which is not с + ablative -тан (соғыстан is)
            "қазақстан", "түркістан", "өзбекстан", "қырғызстан", "тәжікстан", "түрікменстан", "ауғанстан",
            "дағыстан", "пәкістан", "үндістан", "арабстан", "татарстан", "башқұртстан",
            // roots in -дан/-ан that are no ablative and no participle
            "майдан", "заман", "орман", "қазан", "дұшпан", "ұран");

    /** Root ends that keep a word whole when it reaches them: names in -тұрсын (Байтұрсын, Ақтұрсын). */
    static final List<String> KEPT_ENDINGS = List.of("тұрсын");

    /** Roots ending in н: before a possessive -ы they are not a vowel root + accusative -ны. */
    static final List<String> N_FINAL_ENDINGS = List.of(
            "ған", "ген", "қан", "кен", "стан", "хан", "заман", "майдан", "жан", "ұран", "орман", "қазан",
            "дұшпан");

    /** Participles whose -н is not an accusative after a possessive. */
    static final List<String> PARTICIPLES_IN_N = List.of("атын", "етін", "йтын", "йтін");

    /** Roots ending in с after a broad vowel: before -ы they are not a vowel root + possessive -сы. */
    static final Set<String> S_FINAL_ROOTS = Set.of(
            "кеңес", "күрес", "бас", "тас", "жас", "қас", "ас", "дос", "жолдас", "замандас", "отандас", "қандас",
            "бәсекелес", "әріптес");

    /** Compounds ending in these с-roots ({@code "облкеңес"}, {@code "саяси күрес"} written as one word). */
    static final List<String> S_FINAL_ENDINGS = List.of("кеңес", "күрес", "жолдас");

    public KazakhStemmer() {}

    /**
     * Returns the stem of one lower-cased Kazakh word, or the word itself when nothing can be stripped or the word
     * is not Kazakh Cyrillic. Never throws; {@code null} gives {@code null}.
     */
    public String stem(String lowercasedWord) {
        if (lowercasedWord == null || lowercasedWord.length() <= MIN_STEM || !isKazakhCyrillic(lowercasedWord)) {
            return lowercasedWord;
        }
        Cut cut = new Cut(lowercasedWord);
        if (cut.kept()) {
            return lowercasedWord;
        }
        Ending caseEnding = cut.strip(CASE_SLOT);
        if (caseEnding != null && caseEnding.kind() == Kind.PAST_AFTER_VOWEL) {
            cut.verbStem();
            return cut.repaired();
        }
        boolean possessiveDone = false;
        if (caseEnding != null && caseEnding.kind() == Kind.DATIVE_AFTER_PERSONAL) {
            possessiveDone = cut.strip(PERSONAL_SLOT) != null;
            if (!possessiveDone) {
                cut.undo(); // -а/-е with no possessive before it is part of the root
            }
        } else if (caseEnding != null && caseEnding.kind() == Kind.CASE_AFTER_POSSESSIVE) {
            possessiveDone = cut.strip(POSSESSIVE_SLOT) != null;
            if (!possessiveDone) {
                cut.undo(); // "қиын" is no қи + -ы + -н
            }
        }
        if (!possessiveDone && !cut.kept()) {
            cut.strip(POSSESSIVE_SLOT);
        }
        if (!cut.kept()) {
            cut.strip(PLURAL_SLOT);
        }
        if (!cut.kept() && cut.strip(VERBAL_SLOT) != null) {
            cut.verbStem();
        }
        return cut.repaired();
    }

    /** The word being cut: local to one call, so the stemmer itself keeps no state. */
    private static final class Cut {
        private String text;
        private String before;
        /** Whether the last removal began with a vowel or took a stem vowel, so the root may need repair. */
        private boolean vowelRemoved;
        private boolean vowelRemovedBefore;

        Cut(String text) {
            this.text = text;
            this.before = text;
        }

        boolean kept() {
            if (KEPT_WORDS.contains(text)) {
                return true;
            }
            for (String ending : KEPT_ENDINGS) {
                if (text.endsWith(ending)) {
                    return true;
                }
            }
            return false;
        }

        void undo() {
            text = before;
            vowelRemoved = vowelRemovedBefore;
        }

        /** Removes the first ending of the slot that fits and returns it, or null if none does. */
        Ending strip(List<Ending> slot) {
            for (Ending ending : slot) {
                String suffix = ending.text();
                if (!text.endsWith(suffix)) {
                    continue;
                }
                String rest = text.substring(0, text.length() - suffix.length());
                if (!fits(rest, ending)) {
                    continue;
                }
                before = text;
                vowelRemovedBefore = vowelRemoved;
                text = rest;
                vowelRemoved = isVowel(suffix.charAt(0)) || suffix.charAt(0) == 'у';
                return ending;
            }
            return null;
        }

        /** Negation, then the vowel that ends a vowel-stem verb. */
        void verbStem() {
            strip(NEGATION_SLOT);
            int n = text.length();
            if (n >= MIN_STEM + 1
                    && VERB_STEM_VOWELS.indexOf(text.charAt(n - 1)) >= 0
                    && CONSONANTS.indexOf(text.charAt(n - 2)) >= 0
                    && hasVowel(text.substring(0, n - 1))) {
                text = text.substring(0, n - 1);
                vowelRemoved = false;
                restoreDroppedVowel();
            }
        }

        String repaired() {
            if (vowelRemoved) {
                alternateFinalConsonant();
                restoreDroppedVowel();
            }
            return text;
        }

        /** Voiced ғ/г/б between vowels go back to the word-final қ/к/п of the root. */
        private void alternateFinalConsonant() {
            int n = text.length();
            char last = text.charAt(n - 1);
            char root = switch (last) {
                case 'ғ' -> 'қ';
                case 'г' -> 'к';
                case 'б' -> 'п';
                default -> last;
            };
            if (root != last && n >= 2 && isVowel(text.charAt(n - 2))) {
                text = text.substring(0, n - 1) + root;
            }
        }

        /** халқ → халық, орн → орын: the narrow vowel of the last syllable falls before a vowel suffix. */
        private void restoreDroppedVowel() {
            int n = text.length();
            if (n < 3) {
                return;
            }
            char last = text.charAt(n - 1);
            char prev = text.charAt(n - 2);
            if ("қкн".indexOf(last) >= 0 && "лрй".indexOf(prev) >= 0) {
                char narrow = isFront(text) ? 'і' : 'ы';
                text = text.substring(0, n - 1) + narrow + last;
            }
        }

        private boolean fits(String rest, Ending ending) {
            if (rest.length() < MIN_STEM || !hasVowel(rest)) {
                return false;
            }
            char last = rest.charAt(rest.length() - 1);
            if (ending.after().indexOf(last) < 0) {
                return false;
            }
            return switch (ending.kind()) {
                case DATIVE_AFTER_PERSONAL -> rest.length() >= 4
                        && POSSESSIVE_VOWELS.indexOf(rest.charAt(rest.length() - 2)) >= 0;
                case ACCUSATIVE_AFTER_VOWEL -> "ыіи".indexOf(last) < 0 && !endsWithAny(rest + "н", N_FINAL_ENDINGS);
                case POSSESSIVE_SY -> rest.length() >= MIN_STEM + 1
                        && "ыіұүуи".indexOf(last) < 0
                        && !S_FINAL_ROOTS.contains(rest + "с")
                        && !endsWithAny(rest + "с", S_FINAL_ENDINGS);
                case POSSESSIVE_Y -> !isDerivationalSuffix(rest);
                case CASE_AFTER_POSSESSIVE -> !endsWithAny(rest + ending.text(), PARTICIPLES_IN_N);
                case VERBAL -> !(ending.text().equals("у") && isVowel(last) && rest.length() < 3);
                default -> true;
            };
        }

        /**
         * -ғы/-гі/-қы/-кі after a consonant makes adjectives (соңғы, ішкі; халқы has л/р/й before қ), -шы/-ші after
         * a consonant or у makes agents (жұмысшы, оқушы; күші is күш + -і).
         */
        private static boolean isDerivationalSuffix(String rest) {
            int n = rest.length();
            if (n < 2) {
                return false;
            }
            char last = rest.charAt(n - 1);
            char prev = rest.charAt(n - 2);
            if (last == 'ш') {
                return !isVowel(prev);
            }
            if ("ғг".indexOf(last) >= 0) {
                return !isVowel(prev);
            }
            if ("қк".indexOf(last) >= 0) {
                return !isVowel(prev) && "лрй".indexOf(prev) < 0;
            }
            return false;
        }
    }

    static boolean isKazakhCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (VOWELS.indexOf(c) < 0 && CONSONANTS.indexOf(c) < 0 && "ъь".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isVowel(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Vowel harmony: the last vowel of the word decides front or back suffixes. */
    private static boolean isFront(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (isVowel(c)) {
                return FRONT_VOWELS.indexOf(c) >= 0 || c == 'и';
            }
        }
        return false;
    }

    private static boolean endsWithAny(String s, List<String> endings) {
        for (String ending : endings) {
            if (s.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    @SafeVarargs
    private static List<Ending> longestFirst(List<Ending>... groups) {
        return java.util.stream.Stream.of(groups)
                .flatMap(List::stream)
                .sorted(java.util.Comparator.comparingInt((Ending e) -> e.text().length()).reversed())
                .toList();
    }
}
