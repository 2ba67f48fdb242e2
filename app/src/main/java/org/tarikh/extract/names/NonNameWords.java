package org.tarikh.extract.names;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.tarikh.text.kk.KazakhStemmer;

/**
 * Capitalised words that stand beside a person's name in running text without being part of it, so that a run of
 * capitalised words ends before them: in {@code "1933 жылдың қаңтарында Голощекин Қазақстаннан кері
 * шақырылды"} the person is {@code Голощекин}, not a man with the given name {@code Қазақстан}.
 *
 * <p>Rules, for a word that is not an initial and not shaped like a surname or patronymic (the caller checks
 * that: surnames such as {@code Киров} also name towns):
 *
 * <ol>
 *   <li>A known given name ({@link GivenNames}, as written or without a Kazakh case ending) is never refused:
 *       {@code "Сейфуллин Сәкенге"} keeps Сәкен.</li>
 *   <li>A word for an institution, a body, a state or a country ({@code institution-words.txt}: ЦК, ОГПУ,
 *       Совнарком, Кеңес, Одақ, Ресей …) is refused in any case form: Russian endings, Kazakh endings (by
 *       {@link KazakhStemmer}) and an abbreviation before a hyphen ({@code ОГПУ-ға}).</li>
 *   <li>A place name under a case ending is refused: a Kazakh ending ({@code Қазақстаннан}, {@code Алматыда})
 *       or a Russian oblique one ({@code Казахстана}, {@code Москвы}, {@code Семипалатинске}); the place test
 *       is given by the caller (the gazetteer). A town named as written is kept: many given names are also
 *       towns ({@code Нұрсұлтан}, {@code Абай}, {@code Аят}), while countries and republics, Kazakhstan under
 *       its names included, are institution words (rule 2).</li>
 *   <li>Right after a surname, a Cyrillic word with a Kazakh case ending (-ның/-дың/-тың, -ны/-ды/-ты, -ға/-қа,
 *       -на, -да/-та/-нда, -нан/-дан/-тан, -мен/-бен/-пен with their front-vowel forms, each after the sounds
 *       that take it) whose stem is no known given name is refused, in Kazakh text or when the word has Kazakh
 *       letters. Kazakh declines only the last word of a name, so in surname-first order the ending would sit
 *       on the given name, and an unknown stem there is far more often the place or thing the sentence goes
 *       on to: {@code "Голощекин Қазақстаннан"}. Russian text is left out: {@code Мухамеда} is a genitive of
 *       a name, not a locative. Before a surname the rule would do harm: many given names end like a case
 *       ending ({@code Дариға}, {@code Дастан}, {@code Саида}); on KazNERD's validation part it cost 1.1 points of
 *       person recall there, while after a surname it gains.</li>
 *   <li>A Kazakh word in the locative followed by the relative suffix -ғы/-гі/-қы/-кі ({@code Колымадағы},
 *       {@code Семейдегі}, {@code Алматыдағы}, {@code Кремльдегі}; Latin {@code Almatydaǵy}, {@code Semeydegi}) is an
 *       adjective, "the one in X", in any place of a run: {@code "Ахмет Қарағандыдағы лагерьде"} names Ахмет. The
 *       suffix makes adjectives of places and times and ends no Kazakh, Russian or foreign name.</li>
 * </ol>
 *
 * <p>A word shaped like a surname is refused only when it is a word of rule 2 and no known given name
 * ({@link #refusesSurnameShaped}): many names of countries end like Russian surnames ({@code China},
 * {@code Argentina}, {@code Украины}), and "Families fled toward China" names no person.
 *
 * <p>Immutable after construction; thread-safe when the place test is.
 */
final class NonNameWords {

    private static final String RESOURCE = "institution-words.txt";
    /** Russian noun endings, longest first: Совнаркома, Совнаркому, Совнаркомом, Союзе, Германии, Россией. */
    private static final String[] RUSSIAN_ENDINGS = {
        "ами", "ями", "ого", "его", "ому", "ему", "ией", "ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях", "ов",
        "ев", "ию", "ии", "ия", "ы", "и", "а", "я", "у", "ю", "е"
    };

    /** Russian case endings of place names other than the nominative: Москвы, Казахстана, Семипалатинске. */
    private static final String[] RUSSIAN_OBLIQUE = {"а", "я", "у", "ю", "е", "ы", "и", "ом", "ем", "ой", "ей", "ью"};

    /**
     * The Kazakh locative (-да/-де/-та/-те/-нда/-нде) with the relative suffix -ғы/-гі (and -қы/-кі), in Cyrillic
     * and in the Latin alphabets (2018 ǵ, 2021 ğ, informal gh/g; ı, i and y for the vowels).
     */
    private static final java.util.regex.Pattern LOCATIVE_ADJECTIVE = java.util.regex.Pattern.compile(
            "(?iu)\\p{L}{2,}(?:[дт]а(?:ғы|қы)|[дт]е(?:гі|кі)|[dt]a(?:ǵ|ğ|gh|g|q)[yıi]|[dt]e(?:g|k)[iі])");

    private final GivenNames givenNames;
    private final NameInflection inflection;
    private final Predicate<String> placeName;
    private final KazakhStemmer stemmer = new KazakhStemmer();
    private final Set<String> institutions;
    private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> institutionWords =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(100_000).build();

    /**
     * @param placeName whether one word names a place, as written or inflected ({@code "Москвы"} → Moscow); never
     *     null
     */
    NonNameWords(GivenNames givenNames, NameInflection inflection, Predicate<String> placeName) {
        if (placeName == null) {
            throw new IllegalArgumentException("placeName test is null; pass word -> false for none");
        }
        this.givenNames = givenNames;
        this.inflection = inflection;
        this.placeName = placeName;
        this.institutions = WordList.read(NonNameWords.class, RESOURCE, w -> w.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} cannot be part of a person's name where it stands.
     *
     * @param word one capitalised word of a run, not an initial nor shaped like a surname
     * @param afterSurname whether the word right before it in the run is shaped like a surname
     * @param language the language of the text ({@code "kk"}, {@code "ru"}, {@code "en"} …)
     */
    boolean refuses(String word, boolean afterSurname, String language) {
        if (givenNames.contains(word)) {
            return false;
        }
        String caseStem = inflection.kazakhCaseStem(word);
        if (caseStem != null && givenNames.contains(caseStem)) {
            return false;
        }
        if (isInstitution(word) || isLocativeAdjective(word)) {
            return true;
        }
        if ((caseStem != null || hasRussianObliqueEnding(word)) && placeName.test(word)) {
            return true;
        }
        return afterSurname && caseStem != null
                && ("kk".equals(language) || NameInflection.hasKazakhLetters(word));
    }

    /**
     * Whether a word shaped like a surname or patronymic is still no part of a name: a country, state or
     * institution word in some case form ({@code "China"}, {@code "Украины"}), and no known given name.
     */
    boolean refusesSurnameShaped(String word) {
        return !givenNames.contains(word) && isInstitution(word);
    }

    /** Rule 5: a Kazakh adjective "the one in X" made of a place or time in the locative. */
    static boolean isLocativeAdjective(String word) {
        return mayBeLocativeAdjective(word) && LOCATIVE_ADJECTIVE.matcher(word).matches();
    }

    /**
     * Whether the word ends as every match of {@link #LOCATIVE_ADJECTIVE} ends, letters folded as {@code (?iu)}
     * folds them: one of ғ қ г к ǵ ğ h g q k, then one of ы і y ı i. A cheap test first: the pattern tries every
     * length of the word's stem against each ending.
     */
    static boolean mayBeLocativeAdjective(String word) {
        int n = word.length();
        if (n < 4) return false;
        return LOCATIVE_LAST.indexOf(fold(word.charAt(n - 1))) >= 0 && LOCATIVE_BEFORE_LAST.indexOf(fold(word.charAt(n - 2))) >= 0;
    }

    private static final String LOCATIVE_LAST = folded("ыіyıi");
    private static final String LOCATIVE_BEFORE_LAST = folded("ғқгкǵğhgqk");

    private static String folded(String letters) {
        StringBuilder out = new StringBuilder();
        for (char c : letters.toCharArray()) out.append(fold(c));
        return out.toString();
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** For tests: the pattern alone. */
    static boolean locativeAdjectiveScanned(String word) {
        return LOCATIVE_ADJECTIVE.matcher(word).matches();
    }

    private static boolean hasRussianObliqueEnding(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 4) {
            return false;
        }
        for (String ending : RUSSIAN_OBLIQUE) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word, in some case form, is a word of {@code institution-words.txt}. The answers are kept per word:
     * each word of every run is asked, a text's words recur, and the case forms tried (a stem, some fifty endings)
     * made this a twentieth of person finding when ingesting.
     */
    boolean isInstitution(String word) {
        return institutionWords.get(word, this::isInstitutionForm);
    }

    private boolean isInstitutionForm(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        int hyphen = lower.indexOf('-');
        if (hyphen > 0 && institutions.contains(lower.substring(0, hyphen))) {
            return true;
        }
        if (institutions.contains(lower) || institutions.contains(stemmer.stem(lower))) {
            return true;
        }
        for (String ending : RUSSIAN_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 2
                    && institutions.contains(lower.substring(0, lower.length() - ending.length()))) {
                return true;
            }
        }
        // nouns in -а/-я/-ь/-й lose it before an ending: Партии, Россией, Сибири, Китая
        for (String ending : RUSSIAN_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 2) {
                String stem = lower.substring(0, lower.length() - ending.length());
                if (institutions.contains(stem + "а") || institutions.contains(stem + "я")
                        || institutions.contains(stem + "ь") || institutions.contains(stem + "й")) {
                    return true;
                }
            }
        }
        return false;
    }
}
