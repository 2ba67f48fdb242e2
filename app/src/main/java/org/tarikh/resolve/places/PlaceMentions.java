package org.tarikh.resolve.places;

import org.tarikh.lexicon.Gazetteer;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The places a running text names, as gazetteer ids. Example: {@code "Арестован в Алма-Ате, расстрелян в Москве"} →
 * Almaty, Moscow (when the gazetteer knows them).
 *
 * <p>Rules:
 * <ol>
 *   <li>A name is written with capitals in all three languages ({@code Семипалатинск}, {@code Ақ Мешіт},
 *       {@code Alma-Ata}): runs of one to three capitalised words, never across punctuation, are the candidates.
 *       Prepositions at their start (a sentence's {@code В}, {@code In}) are not part of the name
 *       ({@link Gazetteer#named} drops them).</li>
 *   <li>The whole run is looked up first, then its first word alone, never a later word alone: in {@code Алаш Орда}
 *       the {@code Орда} is part of another name, not the town once called Орда. Only when the run begins a sentence
 *       (whose first word has a capital anyway: {@code Ол Семейде оқыды}) is the rest of the run tried the same way.</li>
 *   <li>Fewer than four letters, or all capitals ({@code ОГПУ}, {@code НКВД}), is never a place.</li>
 *   <li>Soviet toponymy reused the words of the revolution and the names of its leaders (Октябрьск, Ленинск,
 *       Кировский, Советский, Правда); in the period's texts those words are the revolution and the leaders, so a
 *       candidate whose key begins with one of them ({@link #SOVIET_WORDS}) is not a place.</li>
 *   <li>A candidate that is a person's name in the same text is the person: Soviet and Kazakh places are often named
 *       after people (the villages Turar Ryskulov and Auezov, the town Abay), and a history of the period names the
 *       people far more often than those places. {@code isPersonWord} says whether a word belongs to a name the text
 *       gives a person.</li>
 *   <li>A name that fills a quotation ({@code «Абай» журналы}, {@code the newspaper "Kazakh"}) is the title of a
 *       journal, a newspaper, a book or a farm, not the town of that name.</li>
 * </ol>
 * Thread-safe.
 */
public final class PlaceMentions {
    /**
     * The candidates of rule 1: a capitalised word (an upper-case letter, then letters, marks, hyphens and
     * apostrophes), with up to two more after a space. {@link #nextRun} finds them.
     */
    static final Pattern RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?:[ \\u00A0]\\p{Lu}[\\p{L}\\p{M}'’\\-]*){0,2}");
    /** The spaces between a run's words (compiled once: {@link String#split} compiles a character class each call). */
    private static final Pattern SPACE = Pattern.compile("[ \\u00A0]");
    private static final int MAX_TEXT = 2_000_000;

    /** The revolution's words and leaders' names that Soviet place names were made of (stems). */
    static final java.util.List<String> SOVIET_WORDS = java.util.List.of(
            "Октябр", "Ленин", "Киров", "Сталин", "Совет", "Правд", "Коммун", "Красн", "Свердл", "Калинин",
            "Куйбыш", "Фрунз", "Дзержин", "Орджоникидз", "Молотов", "Каганович", "Ворошилов");

    private final Gazetteer gazetteer;
    private final org.tarikh.lexicon.NameKeyer keyer = new org.tarikh.lexicon.NameKeyer();
    private final java.util.List<String> sovietKeys = SOVIET_WORDS.stream().map(keyer::key).toList();

    public PlaceMentions(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The gazetteer ids of the places {@code text} names, in the order first named. */
    public Set<String> in(String text) {
        return in(text, word -> false);
    }

    /**
     * The gazetteer ids of the places {@code text} names, in the order first named, leaving out candidates whose last
     * word {@code isPersonWord} says is part of a person's name in this text.
     */
    public Set<String> in(String text, java.util.function.Predicate<String> isPersonWord) {
        Set<String> ids = new LinkedHashSet<>();
        if (text == null) return ids;
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        for (int[] run = nextRun(t, 0); run != null; run = nextRun(t, run[1])) {
            int start = run[0], end = run[1];
            String[] words = SPACE.split(t.substring(start, end));
            String found = firstPlace(words, isPersonWord);
            if (found == null && words.length > 1 && sentenceStart(t, start)) {
                // a sentence's first word has its capital from the sentence: the name may begin after it
                found = firstPlace(java.util.Arrays.copyOfRange(words, 1, words.length), isPersonWord);
            }
            // "институт имени Абая", "Абай атындағы": the namesake of an institution, not the town of that name
            // «Абай» журналы, the newspaper "Ak Zhol": a name that fills a quotation is a title
            if (found != null && !org.tarikh.extract.names.NamingConstructions.namedAfter(t, start, end)
                    && !org.tarikh.extract.names.NamingConstructions.fillsQuotation(t, start, end)) {
                ids.add(found);
            }
        }
        return ids;
    }

    /**
     * The next match of {@link #RUN} at or after {@code from} as {@code {start, end}}, or null: found by a scan of
     * the letters (the pattern's search was a fifth of the place finding of every indexed text).
     */
    static int[] nextRun(String t, int from) {
        int n = t.length();
        for (int i = from; i < n; i++) {
            int first = t.codePointAt(i);
            if (Character.getType(first) != Character.UPPERCASE_LETTER) continue;
            int end = wordEnd(t, i + Character.charCount(first));
            for (int more = 0; more < 2 && end + 1 < n; more++) {
                char space = t.charAt(end);
                int next = t.codePointAt(end + 1);
                if ((space != ' ' && space != '\u00A0') || Character.getType(next) != Character.UPPERCASE_LETTER) break;
                end = wordEnd(t, end + 1 + Character.charCount(next));
            }
            return new int[] {i, end};
        }
        return null;
    }

    /** Where the letters, marks, hyphens and apostrophes from {@code i} on end. */
    private static int wordEnd(String t, int i) {
        while (i < t.length()) {
            int c = t.codePointAt(i);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (!Character.isLetter(c) && !mark && c != '\'' && c != '’' && c != '-') return i;
            i += Character.charCount(c);
        }
        return i;
    }

    /** The whole run, else its first word: the id of the place, or null. */
    private String firstPlace(String[] words, java.util.function.Predicate<String> isPersonWord) {
        String run = String.join(" ", words);
        for (String candidate : words.length == 1 ? new String[] {run} : new String[] {run, words[0]}) {
            if (!plausible(candidate)) continue;
            String[] parts = candidate.split(" ");
            if (isPersonWord.test(parts[parts.length - 1])) return null;
            String key = keyer.key(candidate);
            if (sovietWord(key)) continue;
            var place = gazetteer.named(candidate);
            if (place.isPresent()) return place.get().geonameId();
        }
        return null;
    }

    private boolean sovietWord(String key) {
        for (String soviet : sovietKeys) if (key.startsWith(soviet)) return true;
        return false;
    }

    /** Whether the word at {@code start} begins a sentence, a line or the text. */
    private static boolean sentenceStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\t')) i--;
        if (i < 0) return true;
        char c = text.charAt(i);
        // not after an opening quote: «Малый Октябрь» is one name, not a sentence
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '\n' || c == '\r' || c == ':' || c == '—';
    }

    /** At least four letters, and not written all in capitals (ОГПУ, НКВД, KazSSR's abbreviations). */
    private static boolean plausible(String candidate) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 4 && upper < letters;
    }
}
