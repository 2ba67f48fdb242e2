package org.tarikh.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.extract.EventType;

/**
 * The words that state a biographical event in English, Russian and Kazakh (Cyrillic and the 2021 Latin
 * alphabet), with the inflections that state it as a fact.
 *
 * <p>Rules:
 * <ul>
 *   <li>Verbs are matched in the forms that assert the event: English passives ({@code was shot},
 *       {@code and executed}, not the active {@code executed the commission}), Russian short participles
 *       ({@code арестован}, {@code расстреляна}), Kazakh past and converb forms ({@code тұтқындалды},
 *       {@code тұтқындалып}); Kazakh negative forms ({@code атылмады}) do not match.</li>
 *   <li>Nouns count only tied to a person: {@code his arrest}, {@code the execution of}, {@code оның қайтыс
 *       болуы}; such a <em>nominal</em> trigger takes only a date written right beside it.</li>
 *   <li>Longer phrases win over the words inside them: {@code convicted unreasonably} is a rehabilitation, not a
 *       sentence.</li>
 *   <li>A sentence to death is a sentence, not the execution: {@code ату жазасына кесілді}, {@code приговорён к
 *       расстрелу} and {@code sentenced to death} say what a court decided, and such sentences were commuted,
 *       changed and annulled; the shooting is its own fact ({@code атылды}, {@code расстрелян}, {@code was
 *       shot}).</li>
 * </ul>
 *
 * <p>Example: {@code "Ақын 1937 жылы тұтқындалып"} has the arrest trigger {@code тұтқындалып} (kk).
 *
 * <p>Stateless and thread-safe.
 */
final class TriggerLexicon {

    /** Where a trigger stands. {@code personAfter}: the person follows it ({@code the arrest of Seifullin}). */
    /**
     * @param personObject an active verb whose victim is its object, in the accusative before it ("Сәкенді …
     *     тұтқындады"): the person is that object, never a subject
     */
    /**
     * @param field a label that names what its line is about rather than who ("Birth Date:", "Дата смерти:",
     *     "Туған күні:"): the person is the one the document is about
     */
    record Match(EventType type, int start, int end, String language, boolean nominal, boolean personAfter,
                 boolean personAdjacent, boolean personObject, boolean field) {
    }

    private record Entry(EventType type, Pattern pattern, String language, boolean nominal, boolean personAfter,
                         boolean personAdjacent, boolean personObject, boolean field, String first) {
        Entry(EventType type, Pattern pattern, String language, boolean nominal, boolean personAfter,
              boolean personAdjacent, boolean personObject, boolean field) {
            this(type, pattern, language, nominal, personAfter, personAdjacent, personObject, field,
                    FirstLetters.of(pattern.pattern()));
        }

        Entry(EventType type, Pattern pattern, String language, boolean nominal, boolean personAfter,
              boolean personAdjacent) {
            this(type, pattern, language, nominal, personAfter, personAdjacent, false, false);
        }

        Entry(EventType type, Pattern pattern, String language, boolean nominal, boolean personAfter,
              boolean personAdjacent, boolean personObject) {
            this(type, pattern, language, nominal, personAfter, personAdjacent, personObject, false);
        }
    }

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Entry> ENTRIES = List.of(
            // English
            verb(EventType.REHABILITATION, "en", "rehabilitated|(?:convicted|condemned|sentenced|repressed)\\s+"
                    + "(?:unreasonably|unjustly|groundlessly|illegally|without\\s+(?:grounds|reason))"
                    + "|posthumously\\s+acquitted"),
            verb(EventType.BIRTH, "en", "(?:was|were)\\s+born|born\\s+(?:on|in)"),
            verb(EventType.DEATH, "en", "died|passed\\s+away|life\\s+(?:[^.;]{0,80}\\s)?(?:broke\\s+off|was\\s+cut\\s+short)"),
            nominal(EventType.DEATH, "en", "(?:his|her)\\s+death"),
            // "fell into the hands of the rebels": the English idiom of being seized. "Taken prisoner" is not here: it
            // is a soldier's captivity in a war (Asfendiyarov in East Prussia, 1914), not an arrest
            verb(EventType.ARREST, "en", "(?:re-?)?arrested|(?:was|were)\\s+detained|fell\\s+into\\s+(?:the\\s+)?hands\\s+of"),
            nominal(EventType.ARREST, "en", "(?:his|her)\\s+(?:first\\s+|second\\s+|last\\s+)?arrest"),
            verb(EventType.SENTENCE, "en", "sentenced|condemned"),
            nominal(EventType.SENTENCE, "en", "(?:(?:death\\s+)?sentence|verdict)\\s+was\\s+(?:commuted|replaced)"
                    + "|commuted"),
            verb(EventType.EXECUTION, "en", "(?:was|were|been|being|and|then|later)\\s+(?:\\p{L}+ly\\s+)?(?:shot|executed)"
                    + "|(?:death\\s+|strict\\s+|the\\s+)?sentence\\s+was\\s+(?:carried\\s+out|executed)"),
            nominal(EventType.EXECUTION, "en", "(?:his|her)\\s+execution"),
            verb(EventType.EXILE, "en", "exiled|deported|banished|sent\\s+into\\s+exile"),
            verb(EventType.RELEASE, "en", "released(?!\\s+(?:a|an|the|his|her)\\s)|set\\s+free"),
            verb(EventType.BURIAL, "en", "(?:re)?buried|(?:re)?interred|(?:his|her)\\s+(?:ashes|remains)\\s+(?:lay|lie|lies|rest|rests)"),
            verb(EventType.EDUCATION, "en", "graduated\\s+from|studied(?=\\s[^.;]{0,60}(?:school|universit|institut"
                    + "|seminar|gymnas|madras|college|academy|courses|faculty))|received\\s+(?:his\\s+|her\\s+)?"
                    + "(?:\\p{L}+\\s+)?education|was\\s+educated"),
            verb(EventType.MEMBERSHIP, "en", "joined\\s+the\\s+(?:\\p{L}+\\s+){0,2}(?:party|Komsomol|Alash)"
                    + "|member\\s+of\\s+the\\s+(?:\\p{L}+\\s+){0,3}(?:party|Komsomol|Alash\\p{L}*)"),
            verb(EventType.POSITION, "en", "(?:was|were|been)\\s+(?:appointed|elected|named)|became\\s+(?:the\\s+)?"
                    + "(?:first\\s+)?(?:chairman|secretary|director|head|editor|commissar|president|rector)"
                    + "|came\\s+to\\s+power|served\\s+as|worked\\s+as"),
            new Entry(EventType.POSITION, Pattern.compile(B + "(?:the\\s+)?appointment\\s+of" + E, FLAGS), "en", true, true,
                    false),
            // infobox and card fields
            field(EventType.BIRTH, "en", "born|birth\\s+date|date\\s+of\\s+birth"),
            field(EventType.DEATH, "en", "died|death\\s+date|date\\s+of\\s+death"),
            field(EventType.BIRTH, "ru", "родил(?:ся|ась)|дата\\s+рождения"),
            field(EventType.DEATH, "ru", "умер(?:ла)?|дата\\s+смерти"),
            field(EventType.BIRTH, "kk", "туған\\s+(?:күні|уақыты)|tuǵan\\s+kúni"),
            field(EventType.DEATH, "kk", "қайтыс\\s+болған\\s+(?:күні|уақыты)|қайтыс\\s+болғаны|qaıtys\\s+bolǵan\\s+kúni"),
            // the fields of an archival card or a victims' database record ("Дата ареста:", "Осуждение:")
            field(EventType.BIRTH, "kk", "дүниеге\\s+келгені|туғаны"),
            field(EventType.ARREST, "ru", "дата\\s+ареста|арестован[аы]?"),
            field(EventType.SENTENCE, "ru", "осуждение|дата\\s+(?:осуждения|приговора)|осужден[аы]?"),
            field(EventType.EXECUTION, "ru", "дата\\s+(?:расстрела|казни)|расстрелян[аы]?"),
            field(EventType.REHABILITATION, "ru", "дата\\s+реабилитации|реабилитаци[яи]|реабилитирован[аы]?"),
            field(EventType.ARREST, "en", "arrested|date\\s+of\\s+arrest|arrest\\s+date"),
            field(EventType.SENTENCE, "en", "sentenced|convicted|date\\s+of\\s+(?:sentence|conviction)"
                    + "|sentence\\s+date"),
            field(EventType.EXECUTION, "en", "executed|date\\s+of\\s+execution|execution\\s+date"),
            field(EventType.REHABILITATION, "en", "rehabilitated|date\\s+of\\s+rehabilitation"
                    + "|rehabilitation\\s+date"),
            field(EventType.ARREST, "kk", "тұтқындалған\\s+(?:күні|уақыты)|тұтқындалғаны"),
            field(EventType.EXECUTION, "kk", "атылған\\s+(?:күні|уақыты)|атылғаны"),
            field(EventType.REHABILITATION, "kk", "ақталған\\s+(?:күні|уақыты)|ақталғаны"),
            // Russian
            verb(EventType.REHABILITATION, "ru", "реабилитирован[аы]?|необоснованно\\s+(?:осужд|репрессирова)\\p{L}*"),
            verb(EventType.BIRTH, "ru", "род\\.|родил(?:ся|ась)|рожд\\."),
            verb(EventType.DEATH, "ru", "умер(?:ла)?|скончал(?:ся|ась)|погиб(?:ла)?"),
            verb(EventType.ARREST, "ru", "арестован[аы]?|арестовали|под\\s+арестом"
                    + "|заключ[её]н[аы]?\\s+(?:в\\s+тюрьму|под\\s+стражу)"),
            // the historic present of Russian biographies (приговаривает, высылают) states the past; a commuted
            // sentence is a sentence
            verb(EventType.SENTENCE, "ru", "приговор[её]н[аы]?|осужд[её]н[аы]?|приговаривает|приговаривают"),
            // a commutation names no date of its own but the one beside it
            nominal(EventType.SENTENCE, "ru", "(?:(?:смертный|расстрельный)\\s+)?приговор\\s+(?:был\\s+)?"
                    + "замен(?:[её]н|или|ил|яют|яет)"),
            verb(EventType.EXECUTION, "ru", "расстрелян[аы]?|расстреляли|казн[её]н[аы]?"),
            verb(EventType.EXILE, "ru", "сослан[аы]?|выслан[аы]?|депортирован[аы]?|высылают|высылает|ссылают"),
            verb(EventType.RELEASE, "ru", "(?:освобожд[её]н[аы]?|освободил(?:ся|ась))(?!\\s+от\\s+(?:должност|работ|обязанност|занимаем))"),
            verb(EventType.BURIAL, "ru", "похоронен[аы]?|захоронен[аы]?"),
            verb(EventType.EDUCATION, "ru", "окончил[аи]?|учил(?:ся|ась)|обучал(?:ся|ась)|получил[аи]?\\s+(?:\\p{L}+\\s+)?"
                    + "образование"),
            verb(EventType.MEMBERSHIP, "ru", "член(?:ом)?(?=\\s+(?:\\p{L}+\\s+){0,2}(?:парт|ВКП|РКП|КПСС|КП|компарт"
                    + "|комсомол|ВЛКСМ|Алаш))|вступил[аи]?\\s+в(?=\\s+(?:\\p{L}+\\s+){0,2}(?:парт|ВКП|РКП|комсомол"
                    + "|ВЛКСМ|Алаш))"),
            verb(EventType.POSITION, "ru", "назначен[аы]?|избран[аы]?|утвержд[её]н[аы]?"),
            // Kazakh, Cyrillic and Latin script
            verb(EventType.REHABILITATION, "kk", "ақтал(?:ды|ып|ғанымен|ған)|aqtal(?:dy|yp|ǵan)"),
            // Kazakh biographies also tell a life in the historic present: дүниеге келеді, тұтқындалады
            verb(EventType.BIRTH, "kk", "туды|туылды|дүниеге\\s+кел(?:ді|ген|еді)|d[üuúý]n[iı]y?ege\\s+kel(?:d[iı]|gen|ed[iı])"
                    + "|туған(?=\\s*[.;]|\\s*$)|tuǵan(?=\\s*[.;]|\\s*$)"),
            verb(EventType.DEATH, "kk", "қайтыс\\s+бол(?:ды|ған|ып)|дүние\\s+салды|қаза\\s+тап(?:ты|қан)|көз\\s+жұмды"
                    + "|өмірі\\s+(?:[^.;]{0,40}\\s)?үзілді|жүрегі\\s+(?:[^.;]{0,60}\\s)?(?:соғуын\\s+)?тоқта(?:ды|ған|тты|тқан)|ömır[iı]\\s+(?:[^.;]{0,40}\\s)?üz[iı]ld[iı]"),
            // "Мұратбаевтан айрылды": an organisation or family "lost" the person named right before, in the ablative
            new Entry(EventType.DEATH, Pattern.compile(B + "(?:айрылды|айырылды|ajyryldy|aiyryldy)" + E, FLAGS), "kk", false,
                    false, true),
            nominal(EventType.DEATH, "kk", "қайтыс\\s+болу(?:ы|ына|ынан|ымен)|қазасы(?:на|нан)?"),
            verb(EventType.ARREST, "kk", "тұтқындал(?:ды|ып)|қамауға\\s+алын(?:ды|ып)|ұстал(?:ды|ып)"
                    + "|тұтқынға\\s+алын(?:ды|ып)|t[ūu]tqyndal(?:dy|yp)"),
            // active forms take the person as their object: "Сәкенді 1937 жылы тұтқындады" (they arrested Saken)
            activeVerb(EventType.ARREST, "kk", "тұтқында(?:ды|п)|(?:қамауға|тұтқынға)\\s+ал(?:ды|ып)|t[ūu]tqynda(?:dy|p)"),
            verb(EventType.SENTENCE, "kk", "соттал(?:ды|ып)|(?:(?:өлім|ату)\\s+)?(?:жазасына|жылға|жылдыққа)\\s+кесіл(?:ді|іп|сін)|sottal(?:dy|yp)"),
            // a commuted sentence is a sentence, as in Russian (приговор заменён): "ату жазасы он жылмен алмастырылды"
            verb(EventType.SENTENCE, "kk", "(?:жаза|үкім)\\p{L}{0,4}\\s+(?:[^.;]{0,60}\\s)?(?:алмастырыл|ауыстырыл)(?:ды|ып)"
                    + "|(?:jaza|úkım)\\p{L}{0,4}\\s+(?:[^.;]{0,60}\\s)?(?:almastyryl|aýystyryl)(?:dy|yp)"),
            verb(EventType.EXECUTION, "kk", "атыл(?:ды|ып)|atyl(?:dy|yp)"),
            activeVerb(EventType.EXECUTION, "kk", "атып\\s+(?:тастады|өлтірді)|atyp\\s+(?:tastady|öltırdı)"),
            activeVerb(EventType.EXILE, "kk", "жер\\s+аударды|jer\\s+aýdardy"),
            verb(EventType.EXILE, "kk", "жер\\s+аудар(?:ылды|ылып)|айдал(?:ды|ып)|jer\\s+aýdar(?:yldy|ylyp)"),
            verb(EventType.RELEASE, "kk", "(?<!(?:қызметтен|жұмыстан|орнынан|салықтан|лауазымынан)\\s)босатыл(?:ды|ып)"
                    + "|bosatyl(?:dy|yp)"),
            verb(EventType.BURIAL, "kk", "жерлен(?:ді|іп|ген)|jerlen(?:di|ip|gen)"),
            verb(EventType.EDUCATION, "kk", "оқыды|оқып|бітірді|білім\\s+алды|oqydy|oqyp|b[iı]t[iı]rd[iı]"),
            verb(EventType.MEMBERSHIP, "kk", "(?<!\\d\\s)мүшесі(?!\\s+(?:мен|бар|болған|саны))|мүше\\s+болды|партияға\\s+(?:кірді|өтті|қабылданды)"),
            verb(EventType.POSITION, "kk", "(?:болып|bolyp)\\s+(?:\\p{L}+\\s+){0,3}(?:сайланды|тағайындалды|істеді|"
                    + "қызмет\\s+атқарды|jūmys\\s+ıstedı)"));

    private static Entry verb(EventType type, String language, String regex) {
        return new Entry(type, Pattern.compile(B + "(?:" + regex + ")" + E, FLAGS), language, false, false, false);
    }

    private static Entry activeVerb(EventType type, String language, String regex) {
        return new Entry(type, Pattern.compile(B + "(?:" + regex + ")" + E, FLAGS), language, false, false, false, true);
    }

    /**
     * An infobox or card field: the label at the start of a line, before a colon or a table bar ("Born:", "Birth
     * Date:", "Дата рождения:", "Қайтыс болған күні:"). Its date is the one after it on the line.
     */
    private static Entry field(EventType type, String language, String regex) {
        return new Entry(type, Pattern.compile("(?m)(?<=^[\\s\\-*•|]{0,4})(?:" + regex + ")(?=\\s*[:|])", FLAGS), language,
                false, false, false, false, true);
    }

    private static Entry nominal(EventType type, String language, String regex) {
        return new Entry(type, Pattern.compile(B + "(?:" + regex + ")" + E, FLAGS), language, true, false, false);
    }

    /** The first letters of each pattern ({@link FirstLetters#of}; {@code null} for one always scanned), for tests. */
    static List<String> firstLettersOfEntries() {
        return ENTRIES.stream().map(Entry::first).toList();
    }

    /** The triggers in {@code text}, by position; of two that overlap, the earlier-listed longer one stays. */
    List<Match> find(String original) {
        return find(original, true);
    }

    /**
     * As {@link #find(String)}; {@code skipImpossible} tries each pattern only at the word starts of the text that
     * begin with one of its first letters ({@link FirstLetters}), which gives the same triggers at a fraction of the
     * cost (most of the sixty patterns cannot match a given sentence, and each used to be tried at every position).
     */
    List<Match> find(String original, boolean skipImpossible) {
        String text = cyrillicI(original);
        List<Match> all = new ArrayList<>();
        if (!skipImpossible) {
            for (Entry entry : ENTRIES) {
                Matcher m = entry.pattern().matcher(text);
                while (m.find()) add(all, entry, text, m);
            }
        } else {
            filtered(text, all);
        }
        all.sort(Comparator.comparingInt((Match m) -> -(m.end() - m.start())));
        List<Match> kept = new ArrayList<>();
        for (Match m : all) {
            boolean inside = kept.stream().anyMatch(k -> m.start() >= k.start() && m.end() <= k.end());
            if (!inside) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start).thenComparing(m -> m.type().wire()));
        return kept;
    }

    /** For each case-folded first letter below {@link #BY_LETTER_READ}, the filtered entries that may begin with it. */
    private static final char BY_LETTER_READ = '\u0530';
    private static final int[] NONE = new int[0];
    private static final int[][] BY_LETTER = byLetter();

    private static int[][] byLetter() {
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < BY_LETTER_READ; c++) lists.add(new ArrayList<>());
        for (int e = 0; e < ENTRIES.size(); e++) {
            String first = ENTRIES.get(e).first();
            if (first == null) continue;
            for (char c : first.toCharArray()) {
                if (c >= BY_LETTER_READ) throw new IllegalStateException("first letter out of the table: " + c);
                if (!lists.get(c).contains(e)) lists.get(c).add(e);
            }
        }
        int[][] out = new int[BY_LETTER_READ][];
        for (int c = 0; c < BY_LETTER_READ; c++) {
            out[c] = lists.get(c).isEmpty() ? NONE : lists.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** Per entry, which first two characters a match can begin with ({@link Pairs}). */
    private static final Pairs[] PAIRS = ENTRIES.stream().map(e -> new Pairs(e.pattern())).toArray(Pairs[]::new);

    /**
     * Whether a match of a pattern can begin with two given characters (each below {@link #BY_LETTER_READ}; any
     * other is let through): the pattern tried on the two-character text is matched, or runs out of input
     * ({@code hitEnd}). The attempt at a word start of a longer text reads the same two characters first; the
     * lookbehinds the entries begin with pass at the start of the short text (they are negative, or a field's
     * {@code (?<=^…)}, which holds there), so a pair refused here begins no match anywhere. Cells are filled as pairs
     * occur; threads racing on one fill it with the same value.
     */
    static final class Pairs {
        private final Pattern pattern;
        private final byte[][] rows = new byte[BY_LETTER_READ][];

        Pairs(Pattern pattern) {
            this.pattern = pattern;
        }

        boolean mayBegin(char c, char d) {
            if (c >= BY_LETTER_READ || d >= BY_LETTER_READ) return true;
            byte[] row = rows[c];
            if (row == null) {
                row = new byte[BY_LETTER_READ];
                rows[c] = row;
            }
            byte known = row[d];
            if (known == 0) {
                Matcher m = pattern.matcher(new String(new char[] {c, d}));
                known = m.lookingAt() || m.hitEnd() ? (byte) 1 : (byte) 2;
                row[d] = known;
            }
            return known == 1;
        }
    }

    private static int[] entriesBeginningWith(char folded) {
        return folded < BY_LETTER_READ ? BY_LETTER[folded] : NONE;
    }

    /**
     * The matches {@code find()} of each entry gives, in the order of the entries: an entry with first letters
     * ({@link FirstLetters}) is tried only at the word starts whose character folds to one of them, where
     * {@code lookingAt()} makes the very attempt {@code find()} would make there; the entries that may begin at a word
     * start are looked up by its letter, not each entry asked about each word start.
     */
    private static void filtered(String text, List<Match> all) {
        FirstLetters.Starts starts = FirstLetters.starts(text);
        int n = ENTRIES.size();
        Matcher[] matchers = new Matcher[n];
        int[] from = new int[n];
        int[] tried = new int[n]; // the word start (plus one) an entry was last tried at: one attempt per start
        @SuppressWarnings("unchecked")
        List<Match>[] found = new List[n];
        for (int i = 0; i < starts.size(); i++) {
            int at = starts.position(i);
            for (int f = 0; f < 3; f++) {
                char folded = starts.fold(i, f);
                if (f > 0 && (folded == starts.fold(i, 0) || (f == 2 && folded == starts.fold(i, 1)))) continue;
                for (int e : entriesBeginningWith(folded)) {
                    if (tried[e] == i + 1 || at < from[e]) continue;
                    tried[e] = i + 1;
                    if (at + 1 < text.length() && !PAIRS[e].mayBegin(text.charAt(at), text.charAt(at + 1))) continue;
                    Entry entry = ENTRIES.get(e);
                    Matcher m = matchers[e];
                    if (m == null) {
                        m = entry.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                        matchers[e] = m;
                    }
                    m.region(at, text.length());
                    if (m.lookingAt()) {
                        if (found[e] == null) found[e] = new ArrayList<>();
                        add(found[e], entry, text, m);
                        from[e] = m.end() > at ? m.end() : at + 1;
                    }
                }
            }
        }
        for (int e = 0; e < n; e++) {
            Entry entry = ENTRIES.get(e);
            if (entry.first() == null) {
                Matcher m = entry.pattern().matcher(text);
                while (m.find()) add(all, entry, text, m);
            } else if (found[e] != null) {
                all.addAll(found[e]);
            }
        }
    }

    private static void add(List<Match> all, Entry entry, String text, Matcher m) {
        if (entry.language().equals("kk") && attributive(text, m.end())) return;
        all.add(new Match(entry.type(), m.start(), m.end(), entry.language(), entry.nominal(), entry.personAfter(),
                entry.personAdjacent(), entry.personObject(), entry.field()));
    }

    /** A Kazakh participle (-ған/-ген/-қан/-кен), alone or after a converb, and the word it ends. */
    private static final Pattern PARTICIPLE_END = Pattern.compile("(?:ған|ген|қан|кен|ǵan|gen|qan|ken)$");
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+(?!(?:еді|екен|болатын|деп|делінеді|edi|eken|bolatyn"
            + "|dep)(?![\\p{L}]))\\p{L}");
    private static final Pattern PARTICIPLE_AFTER = Pattern.compile("^\\s+(?!(?:деген|degen)(?![\\p{L}]))\\p{L}+(?:ған|ген|қан|кен|ǵan|gen|qan|ken)"
            + "(?=\\s+(?!(?:еді|екен|болатын|деп|edi|eken|bolatyn|dep)(?![\\p{L}]))\\p{L})");

    /**
     * Whether a Kazakh verb form ending at {@code end} modifies the noun after it instead of stating an event: a
     * participle before a noun ({@code ақталған қағазы}, the paper of acquittal) or a converb with an auxiliary
     * participle before one ({@code ұсталып кеткен туыстар}, relatives who were arrested). The quotative {@code деген} is no
     * auxiliary: {@code кесілсін деген үкім} (a verdict that he be sentenced) reports what the verdict said. A participle that ends
     * the clause, or stands before {@code еді}, {@code екен}, {@code болатын}, {@code деп}, states the event.
     */
    static boolean attributive(String text, int end) {
        String rest = text.substring(end, Math.min(text.length(), end + 40));
        String word = text.substring(Math.max(0, end - 6), end);
        if (PARTICIPLE_END.matcher(word).find()) {
            return NOUN_AFTER.matcher(rest).find();
        }
        return PARTICIPLE_AFTER.matcher(rest).find();
    }

    /**
     * The text with a Latin {@code i}/{@code I} between Cyrillic letters read as the Kazakh {@code і}/{@code І}:
     * Kazakh typed on a Russian keyboard often takes the Latin letter for the one the keyboard lacks
     * ({@code келедi}). The length and offsets are kept.
     */
    static String cyrillicI(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'i' || c == 'I') && (cyrillic(text, i - 1) || cyrillic(text, i + 1))
                    && !latin(text, i - 1) && !latin(text, i + 1)) {
                if (chars == null) chars = text.toCharArray();
                chars[i] = c == 'i' ? 'і' : 'І';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean cyrillic(String text, int i) {
        return i >= 0 && i < text.length() && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean latin(String text, int i) {
        return i >= 0 && i < text.length() && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.LATIN;
    }

}
