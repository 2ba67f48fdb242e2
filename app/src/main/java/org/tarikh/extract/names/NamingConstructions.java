package org.tarikh.extract.names;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The constructions in which a person's name names something else: an institution, a street, a town, a prize, a
 * family or a book. A name there is no mention of a person. Facts of writing in the three languages:
 *
 * <ol>
 *   <li><b>"Named after".</b> Russian puts {@code имени}/{@code им.} before the namesake ({@code библиотека имени
 *       Абая Кунанбаева}, {@code им. Ч. Ч. Валиханова}), Kazakh puts {@code атындағы} after it ({@code Абай
 *       атындағы театр}), English writes {@code named after} or {@code the town of X}.</li>
 *   <li><b>A place or an institution noun right after the name.</b> Kazakh and English put the common noun after
 *       the proper name ({@code Жүргенов ауылы}, {@code Мирзоян қаласы}, {@code Абай көшесі}, {@code Құнанбай
 *       әулеті}, {@code Lenin Street}, {@code Koyandin fair}, {@code Romanov Family}, {@code Narymanov
 *       institute}), and Russian does so with adjectives of places ({@code Шушинский уезд}, {@code Карагандинская
 *       областная библиотека}). An institution noun ({@link Tail#NAMESAKE}) makes the whole run a namesake; a
 *       noun of an administrative place ({@link Tail#PLACE}) names a place by the word before it, which after a
 *       full name is often a place apart from the person ({@code Сәкен Сейфуллин Ақмола облысында}).</li>
 *   <li><b>A place noun right before the name in Russian</b>: {@code улица Абая}, {@code ул. Байтурсынова},
 *       {@code город Мирзоян}, {@code г. Киров}, {@code село Ашан}.</li>
 *   <li><b>A title in quotation marks.</b> Two or more capitalised words that fill a quotation are the title of a
 *       book, a newspaper, a film or a farm ({@code “Unhappy Jamal”}, {@code «Абай жолы»}); one word there is
 *       left alone, since a nickname is written that way.</li>
 * </ol>
 *
 * <p>Pure functions of the text; thread-safe.
 */
public final class NamingConstructions {

    /** What the words right after a name make of it. */
    enum Tail { NONE, NAMESAKE, PLACE }

    /** Words before a namesake: Russian {@code имени}, {@code им.} (with an adjective: имени покойного), English. */
    private static final String NAMED_AFTER_WORDS =
            "(?:имени|им\\.)(?:\\s+\\p{Ll}{3,})?|named\\s+after|in\\s+honou?r\\s+of";
    /** The Kazakh postposition after a namesake, {@code атындағы} ("named after"), in both scripts. */
    private static final String NAMED_AFTER_TAIL = "атындағы|атында|атынд\\p{L}*|atyndaǵy|atyndagy|atyndağy|atyndaghy";
    private static final Pattern NAMED_AFTER_BEFORE = Pattern.compile("(?iU)(?<![\\p{L}\\p{M}])(?:" + NAMED_AFTER_WORDS
            + ")\\s*$");
    private static final Pattern NAMED_AFTER_AFTER = Pattern.compile("(?iU)\\s*(?:" + NAMED_AFTER_TAIL
            + ")(?![\\p{L}\\p{M}])");

    /** What may stand between a name and the noun after it: a closing bracket, a parenthesis, white space. */
    private static final String LEAD = "(?iU)\\)?\\s*(?:\\([^()]{1,30}\\)\\s*)?";
    private static final Pattern LEAD_PATTERN = Pattern.compile(LEAD);
    /** Institution, thing and family nouns after a name: the run is the namesake's. */
    private static final String NAMESAKE_WORDS = "family|families|dynasty|clan|monarchy|empire|horde|fair|institute"
            + "|university|museum|library|school|college|academy|prize|award|prison|jail|theatre|theater|street|avenue|square|prospect|station|canal"
            + "|administration|foundation|memorial|monument|hospital|stadium|mosque|cathedral|church"
            + "|" + NAMED_AFTER_TAIL
            + "|әулеті\\p{L}*|әулет|көшесі\\p{L}*|көш\\.|даңғылы\\p{L}*|мұражайы\\p{L}*|музейі\\p{L}*|кітапхана\\p{L}*"
            + "|университеті\\p{L}*|институты\\p{L}*|мектебі\\p{L}*|театры\\p{L}*|сыйлығы\\p{L}*|түрмесі\\p{L}*"
            + "|köşesi\\p{L}*|kóshesi\\p{L}*|koshesi\\p{L}*|kóşesi\\p{L}*"
            + "|улиц\\p{L}*|проспект\\p{L}*|библиотек\\p{L}*|институт\\p{L}*|университет\\p{L}*|музе[йяюе]\\p{L}*"
            + "|преми\\p{L}*|тюрьм\\p{L}*|ярмарк\\p{L}*|колхоз\\p{L}*|совхоз\\p{L}*|завод\\p{L}*|лагер[ьяюе]\\p{L}*"
            + "|площад\\p{L}*|канал\\p{L}*";
    private static final Pattern NAMESAKE_AFTER = Pattern.compile(LEAD + "(?:" + NAMESAKE_WORDS + ")(?![\\p{L}\\p{M}])");
    /** Nouns of administrative places and land after a name: the word before them names a place. */
    private static final String PLACE_WORDS = "district|region|province|u[iy]?ezd|volost|parish|oblast|okrug|raion"
            + "|area|village|aul|town|city|gubernia|governorate|county|river|lake|valley|mountains?"
            + "|район\\p{L}*|уезд\\p{L}*|волост\\p{L}*|губерни\\p{L}*|област\\p{L}*|округ\\p{L}*|сел[оау]"
            + "|ауданы\\p{L}*|аудандық|облысы\\p{L}*|облыстық|ауылы\\p{L}*|қаласы\\p{L}*|қалалық|уезі\\p{L}*"
            + "|болысы\\p{L}*|өзені\\p{L}*|aýdany\\p{L}*|audany\\p{L}*|aýyly\\p{L}*|auyly\\p{L}*|qalasy\\p{L}*"
            + "|oblysy\\p{L}*";
    private static final Pattern PLACE_AFTER = Pattern.compile(LEAD + "(?:" + PLACE_WORDS + ")(?![\\p{L}\\p{M}])");
    /**
     * The first two letters, folded, that the nouns of {@link #NAMESAKE_WORDS} and {@link #PLACE_WORDS} can begin
     * with, and the first letters whose second one the pattern leaves open ({@code u[iy]?ezd}): a name followed by
     * anything else is followed by none of them, and the two patterns, each an alternation of about a hundred
     * nouns tried letter by letter, are not tried (they were a twentieth of person finding when ingesting).
     */
    private static final Set<String> NOUN_STARTS = new java.util.HashSet<>();
    private static final Set<Integer> OPEN_NOUN_STARTS = new java.util.HashSet<>();

    static {
        for (String words : List.of(NAMESAKE_WORDS, PLACE_WORDS)) {
            for (String noun : words.split("\\|")) {
                if (noun.length() < 2 || !Character.isLetter(noun.charAt(0)) || noun.contains("(") || noun.contains(")")) {
                    throw new IllegalStateException("a noun after a name must begin with a letter: " + noun);
                }
                boolean literalSecond = Character.isLetter(noun.charAt(1))
                        && (noun.length() == 2 || "?*+{".indexOf(noun.charAt(2)) < 0);
                if (literalSecond) {
                    NOUN_STARTS.add(new String(new int[] {fold(noun.charAt(0)), fold(noun.charAt(1))}, 0, 2));
                } else {
                    OPEN_NOUN_STARTS.add(fold(noun.charAt(0)));
                }
            }
        }
    }
    /** Words right before a name that make it a namesake or a place. */
    private static final Pattern BEFORE = Pattern.compile("(?iU)(?<![\\p{L}\\p{M}])(?:" + NAMED_AFTER_WORDS
            + "|(?:town|city|village|aul|settlement|district|region|station|street|avenue)\\s+of"
            + "|улица|улицы|улице|улицу|ул\\.|проспект|проспекта|переулок|площадь|город|(?<!\\d\\s?)г\\.|село|аул"
            + "|посёлок|поселок|пос\\.|станция)\\s*$");
    private static final String OPENING_QUOTES = "«“„\"";
    private static final String CLOSING_QUOTES = "»”“\"";

    private NamingConstructions() {}

    /** What follows the name ending at {@code end}. */
    static Tail after(String text, int end) {
        int to = Math.min(text.length(), end + 60);
        if (!mayBeginNoun(text, leadEnd(text, end, to), to)) return Tail.NONE;
        if (NAMESAKE_AFTER.matcher(text).region(end, to).lookingAt()) return Tail.NAMESAKE;
        if (PLACE_AFTER.matcher(text).region(end, to).lookingAt()) return Tail.PLACE;
        return Tail.NONE;
    }

    /**
     * Where the longest {@link #LEAD} from {@code end} ends. Read directly in the common case, a closing bracket or
     * spaces and then a letter, a digit or a punctuation mark (none of which the lead's white space or parenthesis
     * takes); else by the pattern.
     */
    static int leadEnd(String text, int end, int to) {
        int at = end;
        if (at < to && text.charAt(at) == ')') at++;
        while (at < to && text.charAt(at) == ' ') at++;
        if (at < to && (Character.isLetterOrDigit(text.charAt(at)) || ",.;:!?»\"".indexOf(text.charAt(at)) >= 0)) {
            return at;
        }
        java.util.regex.Matcher lead = LEAD_PATTERN.matcher(text).region(end, to);
        return lead.lookingAt() ? lead.end() : end;
    }

    /** For tests: where the longest {@link #LEAD} from {@code end} ends, by the pattern. */
    static int leadEndScanned(String text, int end, int to) {
        java.util.regex.Matcher lead = LEAD_PATTERN.matcher(text).region(end, to);
        return lead.lookingAt() ? lead.end() : end;
    }

    /**
     * Whether a noun of {@link #NAMESAKE_AFTER} or {@link #PLACE_AFTER} may begin at {@code at}, the end of the longest
     * {@link #LEAD} (a noun begins with a letter, so nowhere else in the lead), before {@code to}.
     */
    static boolean mayBeginNoun(String text, int at, int to) {
        if (at >= to) return false;
        int first = text.codePointAt(at);
        if (OPEN_NOUN_STARTS.contains(fold(first))) return true;
        int next = at + Character.charCount(first);
        return next < to && NOUN_STARTS.contains(new String(new int[] {fold(first), fold(text.codePointAt(next))}, 0, 2));
    }

    /** For tests: the answer of {@link #after} from the two patterns alone. */
    static Tail afterScanned(String text, int end) {
        int to = Math.min(text.length(), end + 60);
        if (NAMESAKE_AFTER.matcher(text).region(end, to).lookingAt()) return Tail.NAMESAKE;
        if (PLACE_AFTER.matcher(text).region(end, to).lookingAt()) return Tail.PLACE;
        return Tail.NONE;
    }

    /** {@link #fold} of one char, read directly for ASCII and the Russian alphabet's 32 letters. */
    static char foldChar(char c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        if (c >= 0x430 && c <= 0x44F) return c;
        if (c >= 0x410 && c <= 0x42F) return (char) (c + 32);
        return (char) fold(c);
    }

    /** A code point as a case-insensitive Unicode pattern compares it: lower case of the upper case. */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whether the words right before {@code start} make the name that follows a namesake or a place. */
    static boolean namesakeBefore(String text, int start) {
        int from = start;
        // the line the name stands on, at most 40 characters back
        while (from > 0 && start - from < 40 && text.charAt(from - 1) != '\n') from--;
        if (!mayHoldBeforeWord(text, from, start)) return false;
        // the stretch copied, so that the look-behinds see back to its start and no further, as in its own search
        String stretch = text.substring(from, start);
        return BEFORE.matcher(stretch).useTransparentBounds(true)
                .region(lastWords(stretch, 0, stretch.length(), 3), stretch.length()).find();
    }

    /**
     * Where the last {@code words} words of {@code text[from, start)} and the white space after them begin, words
     * being cut where the pattern's {@code \s} matches ({@link #whiteSpace}): a match of {@link #BEFORE} is at most
     * three words ({@code in honour of}) and white space to the end, so it begins there or later; its
     * search from there, with the look-behinds seeing the text before, answers as the search of the whole stretch.
     */
    static int lastWords(String text, int from, int start, int words) {
        int i = start;
        while (i > from && whiteSpace(text.charAt(i - 1))) i--;
        for (int word = 0; word < words; word++) {
            while (i > from && !whiteSpace(text.charAt(i - 1))) i--;
            while (i > from && whiteSpace(text.charAt(i - 1))) i--;
        }
        return i;
    }

    /** What {@code \\s} matches under {@code UNICODE_CHARACTER_CLASS}: the White_Space characters. */
    static boolean whiteSpace(char c) {
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || (c >= 0x9 && c <= 0xd) || c == 0x85;
    }

    /** For tests: {@link #namesakeBefore} by the search of the whole stretch. */
    static boolean namesakeBeforeScanned(String text, int start) {
        int from = start;
        while (from > 0 && start - from < 40 && text.charAt(from - 1) != '\n') from--;
        return BEFORE.matcher(text).region(from, start).find();
    }

    /** The search {@link #namesakeBefore} makes once {@link #mayHoldBeforeWord} lets it, for the test of the gate. */
    static boolean searchedBefore(String text, int from, int start) {
        return BEFORE.matcher(text).region(from, start).find();
    }

    /**
     * Pieces one of which every match of {@link #BEFORE} holds, case-folded: {@code of} ends the English ones, and the
     * Russian ones begin so ({@code имени}, {@code им.}, {@code ул.}, {@code город}, {@code г.} …).
     */
    private static final String[] BEFORE_PIECES = {"of", "им", "named", "ул", "проспект", "переулок", "площадь",
            "город", "г.", "село", "аул", "посёлок", "поселок", "пос.", "станция"};

    /**
     * Whether {@code text[from, start)} holds one of {@link #BEFORE_PIECES}, each character case-folded as the
     * case-insensitive match folds it: a cheap test before the search, which tries every position of the stretch.
     */
    static boolean mayHoldBeforeWord(String text, int from, int start) {
        char[] folded = new char[start - from];
        for (int i = from; i < start; i++) folded[i - from] = foldChar(text.charAt(i));
        String stretch = new String(folded);
        for (String piece : BEFORE_PIECES) {
            if (stretch.contains(piece)) return true;
        }
        return false;
    }

    /**
     * Whether the words {@code [start, end)} stand in a "named after" construction ({@code институт имени Абая},
     * {@code Абай атындағы театр}, {@code a school named after Abai}): they name the person something was named
     * after, not a person present in the text nor a place, even when a town bears the same name.
     */
    public static boolean namedAfter(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 40 && text.charAt(from - 1) != '\n') from--;
        if (NAMED_AFTER_BEFORE.matcher(text).region(from, start).find()) return true;
        return NAMED_AFTER_AFTER.matcher(text).region(end, Math.min(text.length(), end + 30)).lookingAt();
    }

    /** Whether the run {@code [start, end)} of {@code words} words fills a quotation: a title. */
    static boolean quotedTitle(String text, int start, int end, int words) {
        return words >= 2 && fillsQuotation(text, start, end);
    }

    /**
     * Whether the words {@code [start, end)} are the whole of a quotation ({@code «Абай»}, {@code "Ak Zhol"}): the
     * title of a journal, a newspaper, a book or a farm, which writing in all three languages puts in quotation
     * marks, and which is no place even when a town bears the name (the journal «Абай», the town Abay).
     */
    public static boolean fillsQuotation(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') after++;
        return before >= 0 && OPENING_QUOTES.indexOf(text.charAt(before)) >= 0
                && after < text.length() && CLOSING_QUOTES.indexOf(text.charAt(after)) >= 0;
    }

    /** Capitalised nouns that end a run naming an institution or a family: "Koyandin Fair", "Romanov Family". */
    static final Set<String> INSTITUTION_TAILS = Set.of("family", "families", "dynasty", "fair", "institute",
            "university", "museum", "library", "school", "college", "academy", "prize", "award", "prison", "jail",
            "theatre", "theater", "street", "avenue", "square", "prospect", "station", "canal", "administration",
            "foundation", "memorial", "monument", "hospital", "stadium", "mosque", "cathedral", "church", "district",
            "region", "province", "village", "county", "airport", "park", "bridge", "mine", "plant", "factory");
}
