package org.tarikh.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tarikh.lexicon.KazakhLatin;

/**
 * What the words around a capitalised word say about whether it names a person, where its own shape cannot
 * tell. Two facts of writing in all three languages:
 *
 * <ol>
 *   <li><b>Enumerations hold things of one kind.</b> Capitalised words joined by commas and coordinators
 *       ({@code and}, {@code or}, {@code и}, {@code или}, {@code мен/пен/бен}, {@code және}) name things of the
 *       same kind: {@code "Bokeihanov, Tynyshbaev, Shokai etc."} are three persons although Shokai has no
 *       surname ending, and {@code "Москва мен Ленинград, … Харьков пен Саратов"} are towns although Харьков
 *       and Саратов end like Russian surnames. An enumeration needs three items, or two joined by a
 *       coordinator: a comma alone after a fronted phrase ({@code "In Semey, Aimauytov wrote"}) is no list, and
 *       an item that opens with a preposition or a stop word ends the walk.</li>
 *   <li><b>Kinship nouns in apposition introduce persons.</b> {@code "his father, Leker,"}, {@code "Gulbakhram,
 *       the wife of Saken Seifullin"}, {@code "said Muza (Marua), the daughter of Zhusupbek"}, {@code "жена
 *       Гульбахрам"}, {@code "қызы Мұза"}: the relatives of the repressed are named this way, often with a
 *       given name only. Kazakh names a person it introduces with {@code деген} ("called") before a noun of
 *       a person ({@code "Ерлан деген адам"}, {@code "Сара деген қызы"}, {@code "Асан, Үсен деген екі ұл"}) and
 *       writes a line of descent with {@code одан} ("from him"): {@code "Тоқтардан Ерден, одан Сапар туады"}.
 *       Digitised Kazakh texts often type the Latin {@code ə} for the Cyrillic {@code ә} ({@code əкесі}); the
 *       two are read alike here.</li>
 *   <li><b>A list framed by a noun of persons holds persons.</b> Russian and English name the members of a
 *       class in a list after the class noun or close it with "and other" + the class noun: {@code "поэтов
 *       Пушкина, Гейне и Байрона"}, {@code "переводил Шекспира, Гюго, Гейне и других поэтов"}, {@code "the
 *       writers Hugo, Heine and Byron"}, {@code "Hugo, Heine and other poets"}. Foreign surnames there have no
 *       Slavic ending, Russian ones stand in the genitive.</li>
 *   <li><b>Reported speech names its speaker.</b> A word right after a verb of saying that ends the clause
 *       ({@code "— said Muza."}, {@code "сказал Клинсман,"}, {@code "деді Мұза."}; not {@code "деді Мемлекет
 *       басшысы"}, a title) or right before one opening its clause, in English and
 *       Russian ({@code "Topalov said"}, {@code ". Бут рассказала"}; not {@code "премьер-министр Израиля
 *       заявил"}, a genitive after its noun) is who spoke: memoirs and interviews name witnesses and
 *       relatives this way, often by one name.</li>
 * </ol>
 *
 * <p>Pure functions of the text; thread-safe.
 */
final class NameContext {

    /** What may stand between two items of an enumeration. */
    private static final Pattern LIST_GAP = Pattern.compile(
            "(?iu)\\s*,\\s*(?:(?:and|or|и|или|және)\\s+)?|\\s+(?:and|or|&|и|или|мен|пен|бен|және)\\s+");
    /** A coordinator (not a bare comma) in a gap. */
    private static final Pattern COORDINATOR = Pattern.compile("(?iU).*\\b(?:and|or|и|или|мен|пен|бен|және)\\b.*|.*&.*");

    private static final String KIN_EN = "father|mother|wife|husband|son|daughter|brother|sister|widow|widower"
            + "|grandson|granddaughter|grandfather|grandmother|uncle|aunt|nephew|niece|cousin|stepson|stepdaughter"
            + "|sons|daughters|brothers|sisters|children";
    private static final String KIN_RU = "отец|мать|жена|муж|сын|дочь|брат|сестра|вдова|внук|внучка|дед|бабушка"
            + "|дядя|тётя|тетя|племянник|племянница|сыновья|дочери|братья|сёстры|сестры|супруга|супруг";
    /** The Russian kinship nouns in every case: "его отца Сейфуллу", "с дочкой Шолпан", "сестёр Рахимы". */
    private static final String KIN_RU_CASES = "отец|отца|отцу|отцом|отце|мать|матери|матерью"
            + "|жена|жены|жене|жену|женой|муж|мужа|мужу|мужем|муже|сын|сына|сыну|сыном|сыне"
            + "|дочь|дочери|дочерью|дочка|дочки|дочке|дочку|дочкой|брат|брата|брату|братом|брате"
            + "|сестра|сестры|сестре|сестру|сестрой|вдова|вдовы|вдове|вдову|вдовой"
            + "|внук|внука|внуку|внуком|внучка|внучки|внучке|внучку|внучкой|дед|деда|деду|дедом"
            + "|дедушка|дедушки|дедушке|дедушку|дедушкой|бабушка|бабушки|бабушке|бабушку|бабушкой"
            + "|дядя|дяди|дяде|дядю|дядей|тётя|тетя|тёти|тети|тёте|тете|тётю|тетю|тётей|тетей"
            + "|племянник|племянника|племяннику|племянником|племянница|племянницы|племяннице|племянницу|племянницей"
            + "|супруга|супруги|супруге|супругу|супругой|супруг|супругом"
            + "|сыновья|сыновей|сыновьям|дочерей|дочерям|братья|братьев|братьям|сёстры|сестры|сестёр|сестер"
            + "|сёстрам|сестрам|дети|детей|детям";
    /**
     * Kazakh kinship nouns with the possessive of the third person ("ақынның қызы Айша") and of the first, as
     * memoirs write them ("әкем Жармұхамед", my father), and жар, the spouse.
     */
    private static final String KIN_KK = "әкесі|шешесі|анасы|әйелі|жұбайы|зайыбы|күйеуі|ұлы|қызы|інісі|ағасы"
            + "|апасы|әпкесі|қарындасы|сіңлісі|немересі|атасы|әжесі|жесірі|балалары|ұлдары|қыздары|жары"
            + "|әкем|шешем|анам|әйелім|жұбайым|зайыбым|күйеуім|ұлым|қызым|інім|ағам|апам|әпкем|қарындасым|сіңлім"
            + "|немерем|атам|әжем|жарым";
    /** A Kazakh kinship noun as the whole word, for a word read from the Latin alphabet. */
    private static final Pattern KIN_KK_WORD = Pattern.compile("(?:" + KIN_KK + ")");
    /** The last word before a name, with the gap after it. */
    private static final Pattern LAST_WORD = Pattern.compile("(?<![\\p{L}])([\\p{L}]+)\\s*[,–—-]?\\s*$");
    /**
     * A kinship noun right before the word: "his father, Leker", "жена Гульбахрам", "қызы Мұза". In English a
     * possessive or article must come first ("the son" / "his son"), so a sentence that merely starts with "Son"
     * does not count.
     */
    private static final Pattern KIN_BEFORE = Pattern.compile("(?iu)(?:(?:\\b(?:his|her|their|whose|the|a)\\s+(?:"
            + KIN_EN + "))|(?:(?<![\\p{L}-])(?:" + KIN_RU_CASES + "|" + KIN_KK + ")))\\s*,?\\s*$");
    /** A kinship apposition right after the word: "Gulbakhram, the wife of", "Muza (Marua), the daughter of". */
    private static final Pattern KIN_AFTER = Pattern.compile("(?iu)^\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:,|—|–|-)\\s*(?:"
            + "(?:(?:the|his|her|their)\\s+(?:(?:eldest|elder|younger|youngest|only|second|first)\\s+)?(?:"
            + KIN_EN + ")\\s+of)"
            + "|(?:(?:" + KIN_RU + ")\\s+\\p{Lu})"
            + ")");

    /**
     * "деген" (called) after the word, then at most two modifiers (a numeral, a nationality, an adjective) and a
     * noun of a person: "Ерлан деген адам", "Сара деген қызы", "Асан, Үсен деген екі ұл", "Ахмет деген татар
     * көпестің".
     */
    private static final Pattern CALLED_AFTER = Pattern.compile("(?iu)^\\s+деген\\s+(?:\\p{Ll}+\\s+){0,2}?(?:"
            + "адам|адамның|адамды|адамнан|кісі|кісінің|кісіні|кісіден|ұл|ұлы|ұлдың|ұлды|ұлым|қыз|қызы|қыздың|қызды"
            + "|бала|баласы|баланың|жігіт|жігіттің|әйел|әйелі|әйелдің|қария|ақсақал|шал|кемпір|саудагер|саудагердің"
            + "|көпес|көпестің|бай|байдың|молда|молданың|ақын|ақынның|мұғалім|мұғалімнің|жесір|қожа|қожаның"
            + ")(?![\\p{L}\\p{M}])");
    /** "одан" (from him) right before the word in a line of descent, the word ending its clause or the line. */
    private static final Pattern DESCENT_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])одан\\s+$");
    private static final Pattern DESCENT_AFTER = Pattern.compile(
            "(?iu)^(?:\\s*[,;.]|\\s+(?:туады|туған|туды|тарайды|тараған)(?![\\p{L}\\p{M}]))");

    /** Russian nouns of classes of persons in the genitive plural, English ones in the plural. */
    private static final String CLASS_RU = "поэтов|писателей|авторов|учёных|ученых|деятелей|композиторов|художников"
            + "|философов|классиков|учеников|учителей|товарищей|соратников|лидеров|членов|друзей|современников"
            + "|героев|руководителей|революционеров|просветителей|мыслителей|акынов|драматургов|публицистов"
            + "|переводчиков|историков|поэтесс|писательниц|ханов|батыров|биев|мастеров|артистов|актёров|актеров";
    private static final String CLASS_EN = "poets|writers|authors|scholars|scientists|thinkers|composers|painters"
            + "|artists|philosophers|classics|students|pupils|comrades|leaders|members|friends|contemporaries"
            + "|heroes|revolutionaries|enlighteners|akyns|playwrights|dramatists|historians|khans|batyrs";
    /** A class noun right before the list: "поэтов Пушкина, ...", "the writers Hugo, ...". */
    private static final Pattern CLASS_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + CLASS_RU + "|"
            + CLASS_EN + ")\\s*:?\\s*$");
    /** "и других поэтов", "and other poets" right after the list. */
    private static final Pattern CLASS_AFTER = Pattern.compile("(?iu)^\\s*,?\\s*(?:(?:и|а\\s+также)\\s+(?:других|прочих"
            + "|многих)\\s+(?:" + CLASS_RU + ")|(?:and|&)\\s+(?:other|many\\s+other)\\s+(?:" + CLASS_EN
            + "))(?![\\p{L}\\p{M}])");

    private static final String SAY_EN = "said|says|recalled|recalls|remembered|remembers|wrote|writes|told|tells"
            + "|explained|added|noted|continued|replied|answered|asked|admitted|insisted";
    private static final String SAY_RU = "сказал|сказала|говорит|говорил|говорила|вспоминает|вспоминал|вспоминала"
            + "|рассказал|рассказала|рассказывает|рассказывал|рассказывала|пишет|писал|писала|отметил|отметила"
            + "|заявил|заявила|подчеркнул|подчеркнула|добавил|добавила|продолжил|продолжила|ответил|ответила"
            + "|признался|призналась|пояснил|пояснила|уточнил|уточнила";
    private static final String SAY_KK = "деді|дейді|деген|айтты|айтады|айтқан|жазды|жазады|жазған|еске алады"
            + "|еске алды|атап өтті";
    /** A verb of saying right before the word: "said Muza", "сказал Клинсман", "деді Мұза". */
    private static final Pattern SAID_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}-])(?:" + SAY_EN + "|" + SAY_RU + "|"
            + SAY_KK + ")\\s+$");
    /** A verb of saying right after the word, in English and Russian: "Topalov said", "Бут рассказала". */
    private static final Pattern SAID_AFTER = Pattern.compile("(?iu)^\\s+(?:" + SAY_EN + "|" + SAY_RU + ")(?![\\p{L}-])");

    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[.,;:!?()«»\"“”—–]|-\\s|$)");

    private static final Pattern CLAUSE_START = Pattern.compile("(?:^|[.!?:;«»\"“”—–]\\s*|,\\s*|\\n\\s*)$");
    /** Words that open a clause before a verb of saying without naming anyone. */
    private static final Set<String> FUNCTION_WORDS = Set.of("как", "так", "также", "он", "она", "они", "оно", "это",
            "все", "всё", "кто", "что", "никто", "каждый", "he", "she", "they", "it", "this", "that", "everyone",
            "nobody", "one", "who", "as", "so", "ол", "олар", "бұл", "ешкім", "барлығы");

    private static final Set<String> STOP_OPENERS = Set.of(
            "in", "on", "at", "of", "by", "for", "from", "to", "with", "after", "before", "during", "since", "the",
            "however", "then", "when", "where", "there", "thus", "also", "but",
            "в", "во", "на", "из", "от", "до", "по", "при", "с", "со", "у", "к", "за", "о", "об");

    private NameContext() {}

    /**
     * The other items of the enumeration the run at {@code index} stands in, as text spans; empty when it stands
     * in none.
     *
     * @param runs runs of capitalised words in text order (char offsets)
     */
    static List<int[]> enumeration(String text, List<int[]> runs, int index) {
        int first = index, last = index;
        boolean coordinated = false;
        while (first > 0 && gapJoins(text, runs.get(first - 1), runs.get(first)) && isItem(text, runs.get(first - 1))) {
            coordinated |= COORDINATOR.matcher(text.substring(runs.get(first - 1)[1], runs.get(first)[0])).matches();
            first--;
        }
        while (last + 1 < runs.size() && gapJoins(text, runs.get(last), runs.get(last + 1))
                && isItem(text, runs.get(last + 1))) {
            coordinated |= COORDINATOR.matcher(text.substring(runs.get(last)[1], runs.get(last + 1)[0])).matches();
            last++;
        }
        int items = last - first + 1;
        if (items < 2 || (items == 2 && !coordinated)) return List.of();
        List<int[]> others = new ArrayList<>();
        for (int i = first; i <= last; i++) if (i != index) others.add(runs.get(i));
        return others;
    }

    private static boolean gapJoins(String text, int[] left, int[] right) {
        return right[0] - left[1] <= 12 && LIST_GAP.matcher(text.substring(left[1], right[0])).matches();
    }

    /** An item of a list is a name, not a phrase opening with a preposition or a stop word ("In Semey"). */
    private static boolean isItem(String text, int[] run) {
        int space = text.indexOf(' ', run[0]);
        String first = text.substring(run[0], space < 0 || space > run[1] ? run[1] : space);
        return !STOP_OPENERS.contains(first.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun of a class of persons frames the list spanning {@code [start, end)}. */
    static boolean classFramed(String text, int start, int end) {
        return CLASS_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()
                || CLASS_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).lookingAt();
    }

    /** Whether the word at {@code [start, end)} is the speaker of reported speech. */
    static boolean speaker(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 20), start);
        String after = text.substring(end, Math.min(text.length(), end + 20));
        // after the verb the speaker's name ends the clause: "деді Мұза." but "деді Мемлекет басшысы" (the head
        // of state) is a title, not a name
        // before the verb it opens the clause: "Бут рассказала" but "премьер-министр Израиля заявил" (a
        // genitive after its noun) or "Как пишет" (a conjunction)
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        return CLAUSE_END.matcher(after).lookingAt() && endsWith(SAID_BEFORE, before)
                || SAID_AFTER.matcher(after).lookingAt() && CLAUSE_START.matcher(before).find()
                        && !FUNCTION_WORDS.contains(word);
    }

    /**
     * A Russian noun for a woman in the accusative right before a name: "выслали жену Айгуль Сериковну", "арестовали
     * дочь". Russian declines a name in apposition in the noun's case, and the feminine accusative -у/-ю of a
     * given name in -а/-я and of a surname in -ова/-ина ({@code Асель Омарову}) looks like the masculine dative
     * (-у of {@code Омаров}) unless the noun says whose it is.
     */
    private static final String WOMEN_ACCUSATIVE = "жену|супругу|дочь|дочку|мать|сестру|вдову|внучку|племянницу|тётю"
            + "|тетю|бабушку|невестку|свекровь|тёщу|тещу|мачеху|падчерицу|женщину|девушку|гражданку|учительницу"
            + "|поэтессу|писательницу|актрису";
    private static final Pattern WOMAN_ACCUSATIVE_BEFORE =
            Pattern.compile("(?iu)(?<![\\p{L}-])(?:" + WOMEN_ACCUSATIVE + ")\\s+$");
    /** The patterns {@link #endsWith} tries only after one of their last words, with those words. */
    private static final java.util.Map<Pattern, Set<String>> LAST_WORDS = java.util.Map.of(
            KIN_BEFORE, lastWords(KIN_EN, KIN_RU_CASES, KIN_KK), SAID_BEFORE, lastWords(SAY_EN, SAY_RU, SAY_KK),
            DESCENT_BEFORE, lastWords("одан"), WOMAN_ACCUSATIVE_BEFORE, lastWords(WOMEN_ACCUSATIVE));

    /** Whether a Russian noun for a woman in the accusative stands right before {@code start}. */
    static boolean womanInAccusativeBefore(String text, int start) {
        return endsWith(WOMAN_ACCUSATIVE_BEFORE, text.substring(Math.max(0, start - 30), start));
    }

    /** Whether the word at {@code [start, end)} stands in apposition with a kinship noun. */
    static boolean kinApposition(String text, int start, int end) {
        String before = schwa(text.substring(Math.max(0, start - 40), start));
        String after = schwa(text.substring(end, Math.min(text.length(), end + 80)));
        return endsWith(KIN_BEFORE, before) || KIN_AFTER.matcher(after).lookingAt() || latinKazakhKin(before)
                || CALLED_AFTER.matcher(after).lookingAt()
                || DESCENT_AFTER.matcher(after).lookingAt() && endsWith(DESCENT_BEFORE, before);
    }

    /**
     * {@code pattern.matcher(text).find()} for {@link #KIN_BEFORE}, {@link #DESCENT_BEFORE}, {@link #SAID_BEFORE} and
     * {@link #WOMAN_ACCUSATIVE_BEFORE},
     * tried only from where a match can begin. A match of any is at most two words without white space in them (a
     * kinship noun, and in English the possessive or article before it; a verb of saying such as {@code еске алады}),
     * then white space, a comma and white space to the end; so it
     * cannot begin before the second run of non-space characters from the end. The look-behinds still see the text
     * before (transparent bounds), and {@code $} the same end. The same answer, without trying each of the forty
     * starts of the text with every alternative of the patterns (a profile of ingest put a tenth of person finding
     * in these two scans). Before that, the text's last word must be one a match can end with ({@link
     * #LAST_WORDS}): most texts before a name end with no such word, and are not searched at all.
     */
    static boolean endsWith(Pattern pattern, String text) {
        // each pattern's words are whole words at the end of the text (after them only white space and a comma), so
        // a text whose last word, folded as (?iu) folds, is none of them cannot match
        Set<String> lastWords = LAST_WORDS.get(pattern);
        if (lastWords != null && !lastWords.contains(foldedLastWord(text))) return false;
        int end = text.length();
        // $ also matches before a last line terminator that \s does not match (U+0085, U+2028, U+2029)
        if (end > 0 && "\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) end--;
        int i = skipSpaceBack(text, end);
        if (i > 0 && text.charAt(i - 1) == ',') i = skipSpaceBack(text, i - 1);
        for (int word = 0; word < 2; word++) {
            while (i > 0 && !regexSpace(text.charAt(i - 1))) i--;
            i = skipSpaceBack(text, i);
        }
        return pattern.matcher(text).useTransparentBounds(true).region(i, text.length()).find();
    }

    /** The last word of each alternative of {@code alternations} ({@code "еске алады"} → алады), folded. */
    private static Set<String> lastWords(String... alternations) {
        Set<String> words = new java.util.HashSet<>();
        for (String alternation : alternations) {
            for (String alternative : alternation.split("\\|")) {
                words.add(fold(alternative.substring(alternative.lastIndexOf(' ') + 1)));
            }
        }
        return Set.copyOf(words);
    }

    /**
     * The letters that end {@code text} before white space, a comma and white space (and a final line terminator,
     * before which {@code $} matches), folded as a case-insensitive pattern compares them; empty when none.
     */
    private static String foldedLastWord(String text) {
        int i = text.length();
        if (i > 0 && "\u0085\u2028\u2029".indexOf(text.charAt(i - 1)) >= 0) i--;
        i = skipSpaceBack(text, i);
        if (i > 0 && text.charAt(i - 1) == ',') i = skipSpaceBack(text, i - 1);
        int end = i;
        while (i > 0 && Character.isLetter(text.codePointBefore(i))) i -= Character.charCount(text.codePointBefore(i));
        return fold(text.substring(i, end));
    }

    /** Each code point as {@code (?iu)} compares it: lower case of the upper case. */
    private static String fold(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        word.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }

    private static int skipSpaceBack(String text, int i) {
        while (i > 0 && regexSpace(text.charAt(i - 1))) i--;
        return i;
    }

    /** What {@code \s} matches in these patterns (no {@code UNICODE_CHARACTER_CLASS}). */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** For tests: whether the patterns' own scan of the whole text agrees with {@link #endsWith}. */
    static boolean kinBeforeScanned(String before) {
        return KIN_BEFORE.matcher(before).find();
    }

    static boolean kinBeforeFromEnd(String before) {
        return endsWith(KIN_BEFORE, before);
    }

    static boolean descentBeforeScanned(String before) {
        return DESCENT_BEFORE.matcher(before).find();
    }

    static boolean descentBeforeFromEnd(String before) {
        return endsWith(DESCENT_BEFORE, before);
    }

    static boolean saidBeforeScanned(String before) {
        return SAID_BEFORE.matcher(before).find();
    }

    static boolean saidBeforeFromEnd(String before) {
        return endsWith(SAID_BEFORE, before);
    }

    static boolean womanBeforeScanned(String before) {
        return WOMAN_ACCUSATIVE_BEFORE.matcher(before).find();
    }

    /**
     * The letters of the last word of {@code before} when only white space, at most one comma or dash, and white
     * space follow it, as {@link #LAST_WORD} finds them (read from the end: the pattern's search tried every start
     * of the forty characters); null when there is none.
     */
    static String lastWord(String before) {
        int i = before.length();
        // the pattern's $ also matches before a final line terminator that \s does not take
        if (i > 0 && "\u0085\u2028\u2029".indexOf(before.charAt(i - 1)) >= 0) i--;
        i = skipSpaceBack(before, i);
        if (i > 0 && ",–—-".indexOf(before.charAt(i - 1)) >= 0) i = skipSpaceBack(before, i - 1);
        int end = i;
        while (i > 0 && Character.isLetter(before.codePointBefore(i))) i -= Character.charCount(before.codePointBefore(i));
        return i == end ? null : before.substring(i, end);
    }

    /** For tests: the word {@link #LAST_WORD} finds, or null. */
    static String lastWordScanned(String before) {
        java.util.regex.Matcher m = LAST_WORD.matcher(before);
        return m.find() ? m.group(1) : null;
    }

    /** The Latin schwa digitised Kazakh types for the Cyrillic one, read as the Cyrillic. */
    private static String schwa(String s) {
        return s.replace('\u0259', '\u04D9').replace('\u018F', '\u04D8');
    }

    /** A Kazakh kinship noun written in the Latin alphabet right before the word: "Tátimovtiń jary Shákitaı". */
    private static boolean latinKazakhKin(String before) {
        String word = lastWord(before);
        if (word == null) return false;
        word = word.toLowerCase(Locale.ROOT);
        return KazakhLatin.isLatinWord(word) && KIN_KK_WORD.matcher(KazakhLatin.toCyrillic(word)).matches();
    }
}
