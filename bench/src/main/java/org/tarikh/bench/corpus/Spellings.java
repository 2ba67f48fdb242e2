package org.tarikh.bench.corpus;

import java.util.Locale;
import java.util.Map;

/**
 * The spellings one Kazakh name takes across the sources, derived by rule so that the generated corpus has the
 * variation a historian meets: Kazakh Cyrillic, its Russian rendering without the Kazakh letters, and two Latin
 * romanisations (the Russian-based one of Soviet and Western literature, and one that keeps Kazakh sounds).
 *
 * <p>Rules: Russian drops the Kazakh letters to their nearest Russian ones (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ ү→у,
 * һ→х, і→и); the Russian-based romanisation follows BGN/PCGN without diacritics (ж→zh, х→kh, щ→shch, ы→y);
 * the Kazakh-based one writes қ→q, ғ→gh, ң→ng. Example: {@code "Сәрсенбайұлы"} → {@code "Сарсенбайулы"},
 * {@code "Sarsenbayuly"}; {@code "Қасымов"} → {@code "Касымов"}, {@code "Kasymov"}, {@code "Qasymov"}.
 * Kazakh text in the 2021 Latin alphabet ({@link #kazakhLatin}): {@code "Ашаршылық"} → {@code "Aşarşylyq"}.
 *
 * <p>Pure functions, thread-safe.
 */
public final class Spellings {
    private static final Map<Character, String> KAZAKH_TO_RUSSIAN = Map.of(
            'ә', "а", 'ғ', "г", 'қ', "к", 'ң', "н", 'ө', "о", 'ұ', "у", 'ү', "у", 'һ', "х", 'і', "и");
    private static final Map<Character, String> RUSSIAN_TO_LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));
    private static final Map<Character, String> KAZAKH_SOUNDS_TO_LATIN = Map.of(
            'ә', "a", 'ғ', "gh", 'қ', "q", 'ң', "ng", 'ө', "o", 'ұ', "u", 'ү', "u", 'һ', "h", 'і', "i");
    /** The Kazakh Latin alphabet of 2021 (ä ğ q ñ ö ū ü ı ş), letter for letter. */
    private static final Map<Character, String> KAZAKH_2021 = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "ä"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ғ', "ğ"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "io"), Map.entry('ж', "j"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('қ', "q"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "ñ"), Map.entry('о', "o"),
            Map.entry('ө', "ö"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ұ', "ū"), Map.entry('ү', "ü"), Map.entry('ф', "f"), Map.entry('х', "h"),
            Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "ş"), Map.entry('щ', "şş"),
            Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('і', "ı"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "iu"), Map.entry('я', "ia"));

    private Spellings() {}

    /** {@code "Қасымов"} → {@code "Касымов"}. */
    public static String russian(String kazakh) {
        return map(kazakh, KAZAKH_TO_RUSSIAN);
    }

    /** {@code "Қасымов"} → {@code "Kasymov"} (through the Russian form). */
    public static String latin(String kazakh) {
        return map(russian(kazakh), RUSSIAN_TO_LATIN);
    }

    /** {@code "Қасымов"} → {@code "Qasymov"} (Kazakh sounds kept). */
    public static String latinKazakhSounds(String kazakh) {
        return map(map(kazakh, KAZAKH_SOUNDS_TO_LATIN), RUSSIAN_TO_LATIN);
    }

    /** Kazakh Cyrillic text in the 2021 Latin alphabet; other characters pass through. */
    public static String kazakhLatin(String kazakh) {
        return map(kazakh, KAZAKH_2021);
    }

    private static String map(String text, Map<Character, String> table) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String replacement = table.get(lower);
            if (replacement == null) {
                out.append(c);
            } else if (lower != c && !replacement.isEmpty()) {
                // capitalise only the first letter: Ж → Zh, not ZH
                out.append(replacement.substring(0, 1).toUpperCase(Locale.ROOT)).append(replacement, 1, replacement.length());
            } else {
                out.append(replacement);
            }
        }
        return out.toString();
    }
}
