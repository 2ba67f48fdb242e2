package org.tarikh.extract.names;

import org.tarikh.lexicon.Initials;
import org.tarikh.lexicon.Months;
import org.tarikh.lexicon.NameKeyer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.extract.names.PersonName.Gender;

/**
 * Finds the persons a text names, in Kazakh, Russian and English, and groups the mentions of each within the
 * text: {@code "Zhusupbek Aymautov … Zh. Aymautov … Aymautov"} is one person with three mentions.
 *
 * <p>Candidates are runs of capitalised words and initials ({@code С. М. Меңдешев}, {@code Zh. Aymautov},
 * {@code ЛЕКЕРОВ Азимбай Лекерович}), taken as a person when the run has initials, a word with a surname or
 * patronymic ending (-ов/-ев/-ин, -ова/-ева/-ина, -ский, -ұлы/-қызы, -ович/-овна and their Latin renderings, with
 * Kazakh and Russian case endings after them), or a known given name beside another capitalised word. Words
 * that only look like surnames (month names, {@code Советов}) are on a stop list. Before that, a run is cut at
 * the words that are never part of a name ({@link NonNameWords}: places, institutions, and in Kazakh a word with a
 * case ending on an unknown stem right after a surname), so {@code "Голощекин Қазақстаннан"} is the surname
 * Голощекин and not a man whose given name is Қазақстан, and at the start of a run at the common words that
 * open a sentence ({@link SentenceOpeners}: {@code "Кейін Голощекин"} is Голощекин alone). A surname alone, in
 * Kazakh or Russian text, is taken only when the statistical name finder (when one is given for the language)
 * agrees or the document also names the person with a given name or initials. The name finder is not trusted to
 * start a person on its own: on encyclopedia text it takes too many organisations and towns for persons
 * (measured on the dev seeds: precision 0.62 with it, 0.93 without).
 *
 * <p>Thread-safe when the name-finder function and the place test are.
 */
public final class PersonFinder {
    /** One person in one text: its mentions as char spans of the text given, the fullest name, its parts. */
    public record Found(String name, PersonName parsed, List<int[]> spans) {}

    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*(?:[-‐][\\p{Lu}\\p{Ll}][\\p{L}\\p{M}]*)*");
    private static final Pattern SURNAME_LIKE = Pattern.compile(
            "(?iu).*(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|цкий|ская|цкая|ұлы|улы|қызы|кызы|ович|евич|овна|евна|ична"
                    + "|ov|ev|in|yn|ın|ova|eva|ina|yna|ına|sky|skiy|skaya|uly|ovich|evich|ovna|evna|yev|yeva|enko|енко|yan|ян)"
                    + "(?:а|у|ым|ом|ой|е|ы|ті|ты|ді|ды|ні|ны|ның|нің|тың|тің|дың|дің|ға|ге|қа|ке|на|не|а|е|да|де|та|те"
                    + "|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен|ге|ых|ым|ому|ого"
                    // the same Kazakh endings in the Latin alphabets (2018 ń ǵ, 2021 ñ ğ, informal ng gh):
                    // Tátimovtiń, Gaısınnyń, Qoyshybaevtyng, Seifullinge, Dulatovqa, Aimauytovpen
                    + "|[ndt][yıi](?:ń|ñ|ng)?|(?:ǵ|ğ|gh|g|q|k|n)[ae]|n?[dt][ae]n?|[mbp]en)?");
    private static final Pattern PATRONYM = Pattern.compile(
            "(?iu).*(?:ұлы|улы|қызы|кызы|ович|евич|овна|евна|ична|uly|ovich|evich|ovna|evna)(?:\\p{L}{0,4})");
    /**
     * A Russian compound adjective: a first stem with the linking vowel -о- and an adjective in -ский after the
     * hyphen ({@code Урало-Эмбенский}, {@code Волго-Донской}, {@code Uralo-Embenskiy}). Double surnames join two
     * names ({@code Римский-Корсаков}, {@code Семёнов-Тян-Шанский}), and their first part does not end in -о.
     */
    private static final Pattern COMPOUND_ADJECTIVE = Pattern.compile(
            "(?iu)\\p{L}{2,}[оo][-‐]\\p{L}{2,}(?:ский|ская|ское|ской|ского|ских|цкий|цкая|ской|sky|skiy|skii|skaya"
                    + "|skoye|skoe|skoy|skogo)");
    /** Places so common in the period's texts that the finder knows them without the gazetteer. */
    private static final Set<String> PLACE_STOP = Set.of("moscow", "москва", "berlin", "kremlin");
    private static final Set<String> STOP = Set.of(
            "the", "in", "on", "at", "of", "and", "by", "for", "from", "with", "after", "before", "during", "since",
            "soviet", "soviets", "советов", "советского", "союз", "ссср", "кпсс", "вкп",
            "berlin", "kremlin", "latin", "within", "begin", "margin", "origin", "lenin's", "moscow", "москва",
            "kazakh", "kazakhstan", "russian", "republic", "party", "committee", "central", "people", "state",
            "bolshevik", "bolsheviks", "alash", "orda", "алаш", "орда", "it", "he", "she", "they", "this", "that",
            "his", "her", "its", "there", "these", "those", "one", "but", "as", "also", "however", "when", "where",
            "then", "thus", "so", "today", "род", "член", "делегат", "источник",
            "литература", "кандидат", "председатель", "репрессирован", "арестован", "приговорен", "реабилитирован",
            // English words shaped like surnames (-in, -ov) that open sentences
            "grain", "again", "certain", "main", "plain", "chain", "domain", "terrain", "basin", "cabin", "captain",
            "remain", "contain", "explain", "maintain", "obtain", "kto", "кто", "что",
            // titles and roles written before a name: "Режиссер Ж. Шанин", "Lieutenant-General Kaliakparov"
            "режиссер", "режиссёр", "профессор", "академик", "генерал", "полковник", "майор", "капитан", "доктор",
            "писатель", "поэт", "товарищ", "нарком", "ақын", "жазушы", "жолдас",
            "general", "lieutenant-general", "major-general", "colonel", "professor", "academician", "doctor",
            "comrade", "poet", "writer", "commissar", "president", "minister", "premier", "chairman", "secretary",
            "президент", "министр", "премьер-министр", "депутат", "глава", "секретарь", "губернатор", "сенатор",
            "елбасы", "тұңғыш", "төраға", "төрағасы", "хатшы", "хатшысы", "әкім", "әкімі", "министрі", "депутаты",
            "президенті");

    private final NameParser parser;
    private final NameKeyer keyer;
    private final GivenNames givenNames;
    private final NonNameWords nonNames;
    private final SentenceOpeners openers;
    private final BiFunction<String, String, StatisticalSpans> nameFinder;
    private final Predicate<String> placeName;
    private final NameInflection inflection;

    /** The statistical name finder's person spans in one text, asked for one stretch at a time. */
    @FunctionalInterface
    public interface StatisticalSpans {
        /** Whether a person span of the finder overlaps the chars {@code [start, end)} of the text. */
        boolean overlaps(int start, int end);
    }

    /**
     * A finder that knows no place names: only institution words and Kazakh case endings cut runs.
     *
     * @param nameFinder statistical person spans for a text and its language (char offsets), or none
     */
    public PersonFinder(NameParser parser, NameKeyer keyer, BiFunction<String, String, StatisticalSpans> nameFinder) {
        this(parser, keyer, nameFinder, word -> false);
    }

    /**
     * @param nameFinder statistical person spans for a text and its language (char offsets), or none
     * @param placeName whether one capitalised word names a place, as written or inflected ({@code "Москвы"},
     *     {@code "Қазақстаннан"}): such a word is never part of a person's name
     */
    public PersonFinder(NameParser parser, NameKeyer keyer, BiFunction<String, String, StatisticalSpans> nameFinder,
                        Predicate<String> placeName) {
        this.parser = parser;
        this.keyer = keyer;
        this.givenNames = new GivenNames(keyer);
        this.inflection = new NameInflection(givenNames);
        this.nonNames = new NonNameWords(givenNames, inflection, placeName);
        this.openers = new SentenceOpeners(givenNames, inflection);
        this.nameFinder = nameFinder;
        this.placeName = placeName;
    }

    /**
     * @param lone a single capitalised word that may only join a person named in full with that given name
     * @param context what the words around it say ({@link NameContext}): a person though alone, a place though
     *     shaped like a surname, or nothing
     */
    private record Candidate(int start, int end, String text, PersonName name, boolean confirmed, boolean lone,
                             Context context) {
        Candidate(int start, int end, String text, PersonName name, boolean confirmed, boolean lone) {
            this(start, end, text, name, confirmed, lone, Context.NONE);
        }

        boolean named() {
            return name.givenName() != null || !name.initials().isEmpty();
        }

        Candidate with(Context c, PersonName n) {
            return new Candidate(start, end, text, n, confirmed, c == Context.PERSON ? lone && n.surname() == null : lone, c);
        }
    }

    private enum Context { NONE, PERSON, PLACE }

    public List<Found> find(String text, String language) {
        // the statistical name finder is costly (most of extraction's time) and only needed to confirm a lone
        // surname in Kazakh or Russian text, so it runs at most once per text and only when asked
        StatisticalSpans statistical = new StatisticalSpans() {
            private StatisticalSpans spans;

            @Override
            public boolean overlaps(int start, int end) {
                if (spans == null) spans = nameFinder == null ? (s, e) -> false : nameFinder.apply(text, language);
                return spans.overlaps(start, end);
            }
        };
        List<Candidate> candidates = new ArrayList<>();
        SentenceOpeners.Text sentenceOpeners = openers.in(text);
        // the runs cut into name pieces and the words between them, in text order: the items of enumerations
        List<int[]> segments = new ArrayList<>();
        for (int[] run : runs(text)) {
            int at = run[0];
            for (int[] piece : withoutNonNames(text, run, language, sentenceOpeners)) {
                addTrimmed(text, segments, at, piece[0]);
                segments.add(piece);
                at = piece[1];
                Candidate c = judge(text, piece[0], piece[1], language);
                if (c != null) candidates.add(c);
            }
            addTrimmed(text, segments, at, run[1]);
        }
        candidates.sort((a, b) -> Integer.compare(a.start, b.start));
        candidates = catalogueForms(text, candidates);
        return aliases(text, group(inContext(text, segments, candidates), language, statistical), candidates);
    }

    /**
     * What writing marks as another name of the person just named: a name in parentheses right after a name
     * ({@code "Қ. Нұрланов (Қасымхан Нұрланұлы)"}), or after {@code born},
     * {@code née}, {@code урождённый/урождённая}, {@code в девичестве}, {@code настоящее имя}, {@code настоящая фамилия}, {@code шын аты}
     * or {@code шын есімі} ({@code "Jan Kowalski, born Jakub Nowak"}). Encyclopedias and biographies give a
     * birth name, a real name or another spelling so; the words must be the whole of the parenthesis, and a
     * parenthesis without such a word must hold a full name (one word there is as often a country or, in a
     * score, the player who assisted).
     */
    private static final Pattern ALIAS_GAP = Pattern.compile(
            "(?iu)\\s*(?:\\(\\s*(?:(?:born|née|nee|урожд(?:ённый|енный|ённая|енная|\\.)|настоящее\\s+имя|настоящая\\s+фамилия"
                    + "|в\\s+девичестве|шын\\s+(?:аты|есімі))\\s*:?\\s*)?|,?\\s*(?:born|née|урожд(?:ённый|енный|ённая|енная|\\.)|настоящее\\s+имя"
                    + "|настоящая\\s+фамилия|в\\s+девичестве|шын\\s+(?:аты|есімі))\\s*:?\\s*)");

    /**
     * Joins each person named as another name of the person before it ({@link #ALIAS_GAP}) to that person; a lone
     * word so named after a word of the construction (a birth given name, which the grouping kept for no one)
     * becomes a mention of that person.
     * The person keeps the name it was first named by; persons whose sexes disagree stay apart.
     */
    private List<Found> aliases(String text, List<Found> found, List<Candidate> candidates) {
        List<Found> out = new ArrayList<>(found);
        for (Candidate b : candidates) {
            int ai = -1;
            for (int i = 0; i < out.size() && ai < 0; i++) {
                for (int[] span : out.get(i).spans()) {
                    if (span[1] > b.start || !aliasGap(text, span[1], b.start, b.end)) continue;
                    // a bare parenthesis holds another name of the person when it is a full name; one word in
                    // brackets after a name is as often another person (a goal and its assist) or a country
                    boolean worded = text.substring(span[1], b.start).indexOf('(') < 0
                            || !text.substring(span[1], b.start).matches("\\s*\\(\\s*");
                    boolean full = b.name.givenName() != null && !b.lone
                            && (b.name.surname() != null || b.name.patronymic() != null);
                    if (worded || full) ai = i;
                }
            }
            if (ai < 0) continue;
            Found a = out.get(ai);
            int bi = -1;
            for (int i = 0; i < out.size() && bi < 0; i++) {
                for (int[] span : out.get(i).spans()) if (span[0] == b.start && span[1] == b.end) bi = i;
            }
            if (bi == ai) continue;
            Gender ga = a.parsed().gender(), gb = b.name.gender();
            if (ga != Gender.UNKNOWN && gb != Gender.UNKNOWN && ga != gb) continue;
            List<int[]> spans = new ArrayList<>(a.spans());
            if (bi < 0) {
                spans.add(new int[] {b.start, b.end});
            } else {
                spans.addAll(out.get(bi).spans());
            }
            spans.sort((x, y) -> Integer.compare(x[0], y[0]));
            out.set(ai, new Found(a.name(), a.parsed(), spans));
            if (bi >= 0) out.remove(bi);
        }
        return out;
    }

    private static boolean aliasGap(String text, int from, int start, int end) {
        if (start - from > 40) return false;
        Matcher m = ALIAS_GAP.matcher(text).region(from, start);
        if (!m.matches()) return false;
        if (text.substring(from, start).indexOf('(') < 0) return true;
        int close = end;
        while (close < text.length() && Character.isWhitespace(text.charAt(close))) close++;
        return close < text.length() && text.charAt(close) == ')';
    }

    /**
     * Library catalogues, archival cards and encyclopedia indexes write a person surname first, then a comma,
     * then the given name and the patronymic: {@code "Петров, Иван Сергеевич"}. A lone surname right before a
     * comma and a given name with a patronymic (and no surname of its own) is one person; a list of persons
     * names each with a surname ({@code "Петров, Иван Сергеевич Орлов"} stays two).
     */
    private List<Candidate> catalogueForms(String text, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate a = candidates.get(i);
            Candidate b = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
            PersonName merged = null;
            if (b != null && a.name.surname() != null && a.name.givenName() == null && a.name.initials().isEmpty()
                    && a.name.patronymic() == null && a.text.indexOf(' ') < 0 && b.name.patronymic() != null
                    && b.name.initials().isEmpty() && b.text.split(" ").length == 2
                    && text.substring(a.end, b.start).matches(",[ \\t]*")) {
                merged = parser.parse(b.text + " " + a.text);
                if (merged.surname() == null || merged.givenName() == null || merged.patronymic() == null) merged = null;
            }
            if (merged != null) {
                out.add(new Candidate(a.start, b.end, text.substring(a.start, b.end), merged, a.confirmed || b.confirmed,
                        false));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static void addTrimmed(String text, List<int[]> segments, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (from < to) segments.add(new int[] {from, to});
    }

    /**
     * Marks the candidates whose neighbourhood decides what their shape cannot ({@link NameContext}): a lone word
     * in apposition with a kinship noun, or listed among persons only, is a person; a lone surname-shaped word
     * listed among more places than persons is a place.
     */
    private List<Candidate> inContext(String text, List<int[]> runs, List<Candidate> candidates) {
        Map<Integer, Candidate> byStart = new java.util.HashMap<>();
        for (Candidate c : candidates) byStart.put(c.start, c);
        // a lone word a kinship noun or a verb of saying introduces is a person, and so counts as one among the
        // items of a list it stands in ("трёх сестёр Рахимы, Салимы и Халимы")
        java.util.Set<Integer> introduced = new java.util.HashSet<>();
        java.util.Set<Integer> kin = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            boolean alone = c.lone || (c.name.surname() != null && !c.named());
            if (!alone || isPlace(c.text)) continue;
            if (NameContext.kinApposition(text, c.start, c.end)) kin.add(c.start);
            if (kin.contains(c.start) || NameContext.speaker(text, c.start, c.end)) introduced.add(c.start);
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        int r = 0;
        for (Candidate c : candidates) {
            boolean alone = c.lone || (c.name.surname() != null && !c.named());
            if (!alone) {
                out.add(c);
                continue;
            }
            if (introduced.contains(c.start)) {
                out.add(c.with(Context.PERSON, c.name));
                continue;
            }
            while (r < runs.size() && runs.get(r)[1] <= c.start) r++;
            if (r >= runs.size() || runs.get(r)[0] != c.start || runs.get(r)[1] != c.end) {
                out.add(c);
                continue;
            }
            List<int[]> others = NameContext.enumeration(text, runs, r);
            int places = 0, persons = 0;
            boolean surnamesOnly = true;
            // a list a kinship noun introduces ("трёх сестёр Рахимы, Салимы и Халимы") is a list of persons
            boolean kinList = false;
            for (int[] o : others) kinList |= kin.contains(o[0]);
            boolean framed = false;
            if (!others.isEmpty() && !kinList) {
                // "поэтов Пушкина, Гейне и Байрона", "Гюго, Гейне и других поэтов": a class noun frames the list
                int from = Math.min(c.start, others.get(0)[0]);
                int to = Math.max(c.end, others.get(others.size() - 1)[1]);
                framed = kinList = NameContext.classFramed(text, from, to);
            }
            for (int[] o : others) {
                Candidate other = byStart.get(o[0]);
                if (isPlace(text.substring(o[0], o[1]))) places++;
                else if (other != null && other.end == o[1] && (!other.lone || kinList)) {
                    persons++;
                    surnamesOnly &= other.name.givenName() == null;
                }
            }
            // one other item alone must be named in full: a surname alone beside a lone word may be a town under a
            // case ending as well ("между Киевом и Анкарой")
            boolean enough = others.size() > 1 || kinList || !others.isEmpty() && byStart.get(others.get(0)[0]) != null
                    && byStart.get(others.get(0)[0]).named();
            // in a framed list every item is a person although some are no candidates ("Максима Горького")
            boolean allPersons = persons == others.size() || framed && places == 0;
            if (!others.isEmpty() && c.lone && allPersons && enough && !isPlace(c.text)) {
                PersonName name = surnamesOnly
                        ? new PersonName(c.text, null, null, List.of(), c.text, Gender.UNKNOWN) : c.name;
                out.add(c.with(Context.PERSON, name));
            } else if (!c.lone && places > 0 && places > persons) {
                out.add(c.with(Context.PLACE, c.name));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private boolean isPlace(String words) {
        return PLACE_STOP.contains(words.toLowerCase(Locale.ROOT)) || placeName.test(words);
    }

    /**
     * The spans {@link #WORD} finds one after another in {@code text[from, to)}, read code point by code point: a
     * capital letter, letters and marks, and hyphenated parts that begin with a letter. The pattern's search over
     * every text was a twentieth of person finding when ingesting.
     */
    static List<int[]> capitalisedWords(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (Character.getType(c) != Character.UPPERCASE_LETTER) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = lettersOrMarks(text, i + Character.charCount(c), to);
            while (i + 1 < to && (text.charAt(i) == '-' || text.charAt(i) == '‐')) {
                int next = text.codePointAt(i + 1);
                int type = Character.getType(next);
                if (type != Character.UPPERCASE_LETTER && type != Character.LOWERCASE_LETTER) break;
                i = lettersOrMarks(text, i + 1 + Character.charCount(next), to);
            }
            words.add(new int[] {start, i});
        }
        return words;
    }

    /** For tests: the spans {@link #WORD} itself finds in {@code text[from, to)}. */
    static List<int[]> capitalisedWordsScanned(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) words.add(new int[] {m.start(), m.end()});
        return words;
    }

    /** The end of the run of {@code [\p{L}\p{M}]} from {@code i}, before {@code to}. */
    private static int lettersOrMarks(String text, int i, int to) {
        while (i < to) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (!Character.isLetter(c) && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** Runs of capitalised words and initials separated by spaces (an initial's dot included). */
    private static List<int[]> runs(String text) {
        List<int[]> runs = new ArrayList<>();
        int runStart = -1, runEnd = -1;
        for (int[] word : capitalisedWords(text, 0, text.length())) {
            int start = word[0], end = word[1];
            boolean initial = Initials.isInitial(text, start, end);
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) continue; // inside a word (camelCase)
            int wordEnd = initial ? end + 1 : end;
            boolean afterInitial = runStart >= 0 && runEnd > 0 && text.charAt(runEnd - 1) == '.';
            if (runStart >= 0 && (afterInitial ? Initials.gapAfterInitial(text, runEnd, start) : gapIsSpace(text, runEnd, start))) {
                runEnd = wordEnd;
            } else {
                if (runStart >= 0) runs.add(new int[] {runStart, runEnd});
                runStart = start;
                runEnd = wordEnd;
            }
        }
        if (runStart >= 0) runs.add(new int[] {runStart, runEnd});
        return runs;
    }

    /**
     * The run cut into pieces at the words that cannot be part of a name ({@link NonNameWords}), those words left
     * out: {@code "Голощекин Қазақстаннан"} → {@code "Голощекин"}. Initials are never cut out there, words shaped
     * like surnames or patronymics only when they are country or institution words ({@code "fled toward China"}).
     * The first word of a run, whatever its shape, is also cut when it is a common word that opens a sentence ({@link SentenceOpeners}): {@code "Кейін Голощекин"} → {@code "Голощекин"}.
     */
    private List<int[]> withoutNonNames(String text, int[] run, String language, SentenceOpeners.Text sentenceOpeners) {
        List<int[]> words = capitalisedWords(text, run[0], run[1]);
        List<int[]> pieces = new ArrayList<>();
        int pieceStart = -1, pieceEnd = -1;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            boolean initial = isInitial(text, w);
            // a sentence opener may look like a surname ("Keiın", "Один"): the text's own lower-case use of it
            // outweighs its shape
            String word = text.substring(w[0], w[1]);
            boolean nameShaped = surnameWord(text, w) || patronymWord(text, w);
            // a capital letter without its period is a preposition, a conjunction or a Roman numeral ("В
            // Долинке", "V Всеказахский съезд"), never an initial
            boolean bareLetter = !initial && w[1] - w[0] == 1;
            // a short word in capitals before a name that has its surname already is an abbreviation of a body or
            // a country ("РФ Дмитрий Медведев", "ФИДЕ Веселином Топаловым"); a surname in capitals heads a card
            // before the given name and patronymic ("ЛЕКЕРОВ Азимбай Лекерович", "ЦОЙ Виктор Робертович")
            boolean acronym = !initial && !nameShaped && w[1] - w[0] <= 5 && word.equals(word.toUpperCase(Locale.ROOT))
                    && !givenNames.contains(word) && surnameFollows(text, words, i);
            // "жены Максима Горького", "Сергея Кирова": after a Russian given name in an oblique case, a word in the
            // same case is its surname, though a town bears the name (Горький, Киров)
            boolean surnameOfGiven = i > 0 && "ru".equals(language)
                    && surnameOfInflectedGiven(text.substring(words.get(i - 1)[0], words.get(i - 1)[1]), word);
            boolean refused = bareLetter || acronym || COMPOUND_ADJECTIVE.matcher(word).matches() || !initial && ((!nameShaped
                    && !surnameOfGiven && nonNames.refuses(word, i > 0 && surnameShaped(text, words.get(i - 1)), language))
                    || (nameShaped && nonNames.refusesSurnameShaped(word))
                    || (i == 0 && sentenceOpeners.refuses(w[0], w[1])));
            if (refused) {
                if (pieceStart >= 0) pieces.add(new int[] {pieceStart, pieceEnd});
                pieceStart = -1;
            } else {
                if (pieceStart < 0) pieceStart = w[0];
                pieceEnd = initial ? w[1] + 1 : w[1];
            }
        }
        if (pieceStart >= 0) pieces.add(new int[] {pieceStart, pieceEnd});
        return pieces;
    }

    /**
     * Whether {@code word} is the surname of a Russian given name {@code given} written in an oblique case: the word
     * reads as a surname in a case (genitive, dative, instrumental, prepositional) and {@code given} is a known
     * man's name in that case, not in the nominative ({@code "Максима" "Горького"}, {@code "Сергею" "Кирову"}).
     * Russian declines the given name and the surname together, so the agreement marks the pair as one name.
     */
    private boolean surnameOfInflectedGiven(String given, String word) {
        if (givenNames.contains(given)) return false;
        NameInflection.Reading reading = inflection.read(word, true);
        if (reading.kind() != NameInflection.Kind.SURNAME) return false;
        return switch (reading.russianCase()) {
            case GENITIVE, DATIVE, INSTRUMENTAL, PREPOSITIONAL ->
                    inflection.masculineGivenNominative(given, reading.russianCase(), false) != null;
            default -> false;
        };
    }

    /**
     * Whether the first of two words cannot be a given name in the case the second, a Russian surname, shows:
     * Russian declines both ({@code Иосифу Сталину}, {@code с Тураром Рыскуловым}), so in {@code "Письмо Сталину"}
     * at a sentence's start the first word is the sentence's. Only cases whose endings are certain count (dative,
     * instrumental, prepositional), and only when the first word is no known given name.
     */
    private boolean disagreesInCase(String first, String surname) {
        if (givenNames.contains(first) || !isCyrillic(first.charAt(0))) return false;
        NameInflection.Reading reading = inflection.read(surname, true);
        if (reading.kind() != NameInflection.Kind.SURNAME) return false;
        String lower = first.toLowerCase(Locale.ROOT);
        return switch (reading.russianCase()) {
            case DATIVE -> !(lower.endsWith("у") || lower.endsWith("ю") || lower.endsWith("е") || lower.endsWith("и"));
            case INSTRUMENTAL -> !(lower.endsWith("ом") || lower.endsWith("ем") || lower.endsWith("ём")
                    || lower.endsWith("ой") || lower.endsWith("ей") || lower.endsWith("ёй") || lower.endsWith("ью"));
            case PREPOSITIONAL -> !(lower.endsWith("е") || lower.endsWith("и"));
            default -> false;
        };
    }

    private static boolean surnameFollows(String text, List<int[]> words, int i) {
        for (int j = i + 1; j < words.size(); j++) {
            if (surnameWord(text, words.get(j)) && !patronymWord(text, words.get(j))) return true;
        }
        return false;
    }

    private static boolean surnameShaped(String text, int[] w) {
        return !isInitial(text, w) && (surnameWord(text, w) || patronymWord(text, w));
    }

    private static boolean isInitial(String text, int[] w) {
        return Initials.isInitial(text, w[0], w[1]);
    }

    private static boolean gapIsSpace(String text, int from, int to) {
        if (to - from > 3 || to <= from) return false;
        for (int i = from; i < to; i++) if (text.charAt(i) != ' ' && text.charAt(i) != '\u00a0') return false;
        return true;
    }

    private Candidate judge(String text, int start, int end, String language) {
        // drop stop words and lone capitalised sentence starters at the edges
        List<int[]> words = capitalisedWords(text, start, end);
        // "Koyandin Fair", "Romanov Family", "Asfendiyarov … Medical University": the run names an institution
        if (!words.isEmpty() && NamingConstructions.INSTITUTION_TAILS.contains(lower(text, words.get(words.size() - 1)))) {
            return null;
        }
        // month names (the lexicon's, in every form) stand beside names in dates: "21 мая Сейфуллин"
        while (!words.isEmpty() && stop(lower(text, words.get(0)))) words.remove(0);
        while (!words.isEmpty() && stop(lower(text, words.get(words.size() - 1)))) words.remove(words.size() - 1);
        if (words.isEmpty() || words.size() > 5) return null;
        // an infobox field: "Alma Mater:" is its label, "Death Place: Kuybyshev" a place, and in
        // "Предшественник Иван Петров" the first word labels the line
        if (InfoboxFields.isLabel(text, words.get(0)[0], endOf(text, words.get(words.size() - 1)))
                || InfoboxFields.inNonPersonField(text, words.get(0)[0])) {
            return null;
        }
        if (words.size() > 1 && InfoboxFields.isRelationLabel(text, words.get(0)[0], text.substring(words.get(0)[0],
                words.get(0)[1]))) {
            words.remove(0);
        }
        // "Тұрар Рысқұлов Сталинге хат жазды": two surnames side by side are two persons; keep the first name
        while (words.size() >= 3 && surnameWord(text, words.get(words.size() - 1))
                && surnameWord(text, words.get(words.size() - 2)) && !patronymWord(text, words.get(words.size() - 2))) {
            words.remove(words.size() - 1);
        }
        // Russian and Kazakh write initials before the surname or after it, never after a given name: in
        // "Мақаланы Ә.Б. Сейітов жазды" the first word is the sentence's, not the name's ("Harry S. Truman" is English)
        if (words.size() >= 3 && !isInitial(text, words.get(0)) && isInitial(text, words.get(1))
                && !isInitial(text, words.get(words.size() - 1)) && isCyrillic(text.charAt(words.get(0)[0]))) {
            words.remove(0);
        }
        // "He met in Akmolinsk S. Seyfullin": a place is no given name, and initials follow no given name in Russian
        // or Kazakh; in English "Harry S. Truman" keeps its first word unless it is a place
        if (words.size() >= 3 && isInitial(text, words.get(1)) && !isInitial(text, words.get(0))
                && isPlace(text.substring(words.get(0)[0], words.get(0)[1]))) {
            words.remove(0);
        }
        // "Речь Анатолия Луначарского …": at a sentence's start, a word before a given name that is itself no name
        // (no given name, not shaped like a surname) has its capital from the sentence; a heading in capitals keeps
        // its words
        if (words.size() >= 3 && sentenceStart(text, words.get(0)[0]) && !isInitial(text, words.get(0))
                && !surnameShaped(text, words.get(0)) && !isInitial(text, words.get(1))) {
            String first = text.substring(words.get(0)[0], words.get(0)[1]);
            String second = text.substring(words.get(1)[0], words.get(1)[1]);
            if (!first.equals(first.toUpperCase(Locale.ROOT)) && !givenNames.contains(first) && !inflectedGivenName(first)
                    && (givenNames.contains(second) || inflectedGivenName(second))) {
                words.remove(0);
            }
        }
        // "Остались Сакен и …" in Russian: a sentence's first word before a known given name, itself no name and not
        // shaped like a surname, is the sentence's (Russian writes a surname first only in -ов/-ин shapes or in
        // lists; Kazakh "Шоқай Мұстафа" is left alone)
        if (words.size() == 2 && "ru".equals(language) && sentenceStart(text, words.get(0)[0])
                && !isInitial(text, words.get(0)) && !surnameShaped(text, words.get(0)) && !isInitial(text, words.get(1))
                && !surnameShaped(text, words.get(1))) {
            String first = text.substring(words.get(0)[0], words.get(0)[1]);
            String second = text.substring(words.get(1)[0], words.get(1)[1]);
            if (!first.equals(first.toUpperCase(Locale.ROOT)) && !NameInflection.hasKazakhLetters(first)
                    && !givenNames.contains(first) && !inflectedGivenName(first) && givenNames.contains(second)) {
                words.remove(0);
            }
        }
        // "Письмо Сталину …" at a sentence's start: a first word that does not share the surname's case is no name
        if (words.size() == 2 && "ru".equals(language) && !isInitial(text, words.get(0)) && !isInitial(text, words.get(1))
                && sentenceStart(text, words.get(0)[0])
                && disagreesInCase(text.substring(words.get(0)[0], words.get(0)[1]),
                        text.substring(words.get(1)[0], words.get(1)[1]))) {
            words.remove(0);
        }
        int s = words.get(0)[0];
        int e = endOf(text, words.get(words.size() - 1));
        if (NamingConstructions.namesakeBefore(text, s) || NamingConstructions.quotedTitle(text, s, e, words.size())
                || Credits.isCredit(text, s, e, words.size(), text.substring(words.get(0)[0], words.get(0)[1]),
                        text.substring(words.get(words.size() - 1)[0], words.get(words.size() - 1)[1]))) {
            return null;
        }
        switch (NamingConstructions.after(text, e)) {
            case NAMESAKE -> {
                return null;
            }
            case PLACE -> {
                // "Т. Жүргенов ауылы" is a village; in "Сәкен Сейфуллин Ақмола облысында" the place is the last word
                if (words.size() < 3) return null;
                words.remove(words.size() - 1);
                e = endOf(text, words.get(words.size() - 1));
            }
            case NONE -> { }
        }
        int initials = 0, surnameLike = 0, mixedCase = 0, given = 0;
        for (int[] w : words) {
            String word = text.substring(w[0], w[1]);
            boolean isInitial = isInitial(text, w);
            if (isInitial) initials++;
            else if (word.length() >= 4 && SURNAME_WORDS.get(word, x -> SURNAME_LIKE.matcher(x).matches())) surnameLike++;
            else if (givenNames.contains(word)) given++;
            // "Максима Горького": a known given name under a Russian or Kazakh case ending opens a two-word name
            else if (words.size() == 2 && w == words.get(0) && inflectedGivenName(word)) given++;
            if (!isInitial && !word.equals(word.toUpperCase(Locale.ROOT))) mixedCase++;
        }
        int named = words.size() - initials;
        if (named == 0) return null;
        if (mixedCase == 0) return null; // a heading in capitals
        boolean accept = (initials > 0 && named >= 1 && named <= 2) || surnameLike > 0
                || (given > 0 && named >= 2 && named <= 3);
        if (!accept && words.size() == 2 && sentenceStart(text, s)) {
            // "Стихи Магжана читали": a common word capitalised because it opens the sentence, then the name
            s = words.get(1)[0];
            words.remove(0);
        }
        if (!accept) {
            // a lone capitalised word may still be a given name the text uses for someone it named in full
            // ("Azimbai was shot"): kept as a candidate that can only join such a person, never start one
            if (words.size() != 1 || mixedCase == 0) return null;
            String word = text.substring(s, e);
            return new Candidate(s, e, word, new PersonName(null, word, null, List.of(), word, Gender.UNKNOWN), false, true);
        }
        String mention = text.substring(s, e);
        PersonName name = parser.parse(mention);
        if (name.surname() == null && name.givenName() == null) return null;
        if (NameContext.womanInAccusativeBefore(text, s)) name = parser.feminineAccusative(mention, name);
        return new Candidate(s, e, mention, name, false, false);
    }

    private boolean inflectedGivenName(String word) {
        for (String stem : inflection.givenNameStems(word)) if (givenNames.contains(stem)) return true;
        return false;
    }

    private static boolean stop(String lower) {
        return STOP.contains(lower) || MONTH_NAMES.get(lower, Months::isName);
    }

    /** The answers of {@link Months#isName} for the words seen so far, asked of the edge words of every run. */
    private static final com.github.benmanes.caffeine.cache.Cache<String, Boolean> MONTH_NAMES = wordCache();

    private static boolean isCyrillic(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }

    /** The end of a word of a name, an initial's full stop included. */
    private static int endOf(String text, int[] w) {
        return isInitial(text, w) ? w[1] + 1 : w[1];
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || "«\"“(—–-".indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || ".!?\n:;".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean surnameWord(String text, int[] w) {
        String word = text.substring(w[0], w[1]);
        return word.length() >= 4 && SURNAME_WORDS.get(word, x -> SURNAME_LIKE.matcher(x).matches());
    }

    private static boolean patronymWord(String text, int[] w) {
        return PATRONYM_WORDS.get(text.substring(w[0], w[1]), x -> PATRONYM.matcher(x).matches());
    }

    /**
     * The answers of {@link #SURNAME_LIKE} and {@link #PATRONYM} for the words seen so far: both depend on the word
     * alone, and each word of every candidate is asked again and again (in a profile of ingest, the two patterns'
     * case-insensitive alternations, tried at every position of the word, were a tenth of person finding).
     */
    private static final com.github.benmanes.caffeine.cache.Cache<String, Boolean> SURNAME_WORDS = wordCache();
    private static final com.github.benmanes.caffeine.cache.Cache<String, Boolean> PATRONYM_WORDS = wordCache();

    private static com.github.benmanes.caffeine.cache.Cache<String, Boolean> wordCache() {
        return com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(100_000).build();
    }

    private static String lower(String text, int[] w) {
        return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    }

    /** Groups mentions into persons: full names first, then initials, surnames and given names alone. */
    private List<Found> group(List<Candidate> candidates, String language,
                              StatisticalSpans statistical) {
        List<List<Candidate>> persons = new ArrayList<>();
        // per person: surname key, given-name key, gender, initial key (for persons known by initials only)
        Map<List<Candidate>, String[]> keys = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.name.surname() == null || c.name.givenName() == null) continue;
            String sk = keyer.key(c.name.surname()), gk = keyer.key(c.name.givenName());
            List<Candidate> home = null;
            for (var e : keys.entrySet()) {
                if (e.getValue()[0].equals(sk) && e.getValue()[1].equals(gk) && genderFits(e.getValue()[2], c.name.gender())) {
                    home = e.getKey();
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                persons.add(home);
                keys.put(home, new String[] {sk, gk, c.name.gender().name(), null});
            }
            home.add(c);
        }
        for (Candidate c : candidates) {
            if (c.name.surname() != null && c.name.givenName() != null) continue;
            if (c.name.surname() != null) {
                String sk = keyer.key(c.name.surname());
                String ik = c.name.initials().isEmpty() ? null : keyer.key(c.name.initials().get(0));
                List<Candidate> best = null;
                for (var e : keys.entrySet()) {
                    String[] k = e.getValue();
                    if (!k[0].equals(sk) || !genderFits(k[2], c.name.gender())) continue;
                    if (ik != null && k[1] != null && !k[1].startsWith(ik)) continue;
                    if (ik != null && k[1] == null && k[3] != null && !ik.equals(k[3])) continue;
                    if (best == null || lastStart(e.getKey(), c.start) > lastStart(best, c.start)) best = e.getKey();
                }
                if (best == null) {
                    boolean acceptAlone = c.context != Context.PLACE && (c.named() || "en".equals(language)
                            || c.context == Context.PERSON
                            || statistical.overlaps(c.start, c.end));
                    if (!acceptAlone) continue;
                    best = new ArrayList<>();
                    persons.add(best);
                    keys.put(best, new String[] {sk, null, c.name.gender().name(), ik});
                }
                best.add(c);
            } else {
                String gk = keyer.key(c.name.givenName());
                List<Candidate> home = null;
                int fits = 0;
                for (var e : keys.entrySet()) {
                    if (gk.equals(e.getValue()[1])) {
                        home = e.getKey();
                        fits++;
                    }
                }
                if (fits == 0 && c.lone) {
                    // a given name under a case ending: "Сәкеннің өлеңдері", "Магжана арестовали" is the one
                    // person of the text with that given name
                    java.util.Set<List<Candidate>> homes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                    for (String stem : inflection.givenNameStems(c.text)) {
                        String sk = keyer.key(stem);
                        for (var e : keys.entrySet()) if (sk.equals(e.getValue()[1])) homes.add(e.getKey());
                    }
                    if (homes.size() == 1) {
                        home = homes.iterator().next();
                        fits = 1;
                    }
                }
                if (fits == 0 && c.context == Context.PERSON) {
                    // a relative or a speaker named by one word may be a person named in full by surname
                    for (var e : keys.entrySet()) {
                        if (gk.equals(e.getValue()[0])) {
                            home = e.getKey();
                            fits++;
                        }
                    }
                }
                if (fits == 1) {
                    home.add(c);
                } else if (fits == 0 && (c.context == Context.PERSON || !c.lone && statistical.overlaps(c.start, c.end))) {
                    List<Candidate> alone = new ArrayList<>();
                    alone.add(c);
                    persons.add(alone);
                    keys.put(alone, new String[] {"", gk, c.name.gender().name(), null});
                }
            }
        }
        List<Found> out = new ArrayList<>();
        for (List<Candidate> person : persons) {
            person.sort((a, b) -> Integer.compare(a.start, b.start));
            Candidate fullest = person.stream().max((a, b) -> Integer.compare(richness(a.name), richness(b.name))).orElseThrow();
            List<int[]> spans = person.stream().map(c -> new int[] {c.start, c.end}).toList();
            out.add(new Found(fullest.name.base(), fullest.name, spans));
        }
        out.sort((a, b) -> Integer.compare(a.spans().get(0)[0], b.spans().get(0)[0]));
        return out;
    }

    private static int lastStart(List<Candidate> person, int before) {
        int last = -1;
        for (Candidate c : person) if (c.start < before) last = Math.max(last, c.start);
        return last;
    }

    private static boolean genderFits(String known, Gender gender) {
        return gender == Gender.UNKNOWN || known.equals(Gender.UNKNOWN.name()) || known.equals(gender.name());
    }

    private static int richness(PersonName n) {
        return (n.surname() != null ? 4 : 0) + (n.givenName() != null ? 4 : 0) + (n.patronymic() != null ? 2 : 0)
                + n.initials().size();
    }
}
