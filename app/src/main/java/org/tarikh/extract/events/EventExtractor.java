package org.tarikh.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.DateMention;
import org.tarikh.extract.dates.DateParser;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.lexicon.Months;
import org.tarikh.text.SentenceSplitter;

/**
 * Finds the biographical events that a text states about the persons it mentions: birth, death, arrest,
 * sentence, execution, exile, release, rehabilitation, burial, position, education and membership.
 *
 * <p>Rules:
 * <ul>
 *   <li>Each sentence is searched for the trigger words of all three languages ({@link TriggerLexicon}): a
 *       document may mix languages by paragraph, so {@code language} is only a hint.</li>
 *   <li>Person: the nearest person mention before the trigger in the sentence, with the persons coordinated
 *       with it ({@code Майлин мен Жансүгіров атылды} gives two); for a noun tied by {@code of}, the mention
 *       after it; else, when the clause has no subject of its own ({@code Арестован 20.07.1937 г.}) or a
 *       pronoun or a role noun stands for it ({@code he}, {@code ол}, {@code ақын}), the subject of the preceding
 *       sentences (on a card, the headword); else the first person mention after the trigger in the clause
 *       that is not in an oblique case; else no event. Manner adverbs ({@code Досрочно освобождён},
 *       {@code posthumously}) leave a clause subjectless.</li>
 *   <li>Date: the nearest date of the trigger's clause (clauses end at {@code ;}, a table cell's {@code |} or
 *       a tab, a spaced dash, {@code , and}, {@code and} before another trigger, and in Kazakh at every comma);
 *       Kazakh prefers the date before the verb, and a date across a comma is far ({@code Арестован в 1937
 *       году, расстрелян в 1938-м}); a date nearer to another trigger of the clause is that trigger's unless
 *       this one has none of its own. A noun trigger takes only a date beside it. A clause without a date takes
 *       one from a preceding clause of the sentence that has no trigger of its own. {@code on April 21 of the
 *       same year} takes its year from the date before it.</li>
 *   <li>Not an event: a negated or reported-false statement ({@code not}, {@code не}, {@code якобы},
 *       {@code false}, {@code емес}), a death read off a certificate ({@code a certificate of death of 1943}).</li>
 *   <li>Life spans after a name, {@code Аймауытов (1889-1931)}, state a birth and a death.</li>
 *   <li>Card lines {@code 1920-1921-инструктор Семипалатинского губисполкома (г. Семипалатинск)} are positions
 *       with {@code from}, {@code to}, {@code title}, {@code organisation} and the place in brackets.</li>
 *   <li>One document states one birth, death, sentence, execution, rehabilitation or burial of a person more than
 *       once: an undated mention is dropped when the document dates the same event elsewhere; a sentence the
 *       document repeats word for word gives its events once.</li>
 * </ul>
 *
 * <p>Example: {@code "Azimbai was shot on February 26, 1938"} gives {@code execution, azimbai, 1938-02-26}.
 *
 * <p>Thread-safe: holds only immutable, stateless helpers.
 */
public final class EventExtractor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Set<EventType> ONCE = EnumSet.of(EventType.BIRTH, EventType.DEATH, EventType.SENTENCE,
            EventType.EXECUTION, EventType.REHABILITATION, EventType.BURIAL);
    private static final Set<EventType> LIFE_ENDS = EnumSet.of(EventType.BIRTH, EventType.DEATH,
            EventType.EXECUTION, EventType.BURIAL);
    private static final Set<EventType> VERDICTS = EnumSet.of(EventType.SENTENCE, EventType.EXECUTION);
    private static final Pattern COORDINATION = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+(?:and|и|мен|бен|пен"
            + "|men|ben|pen)\\s+|\\s*және\\s*)\\s*", FLAGS);
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\||\\t|\\s[-–—]\\s|\\sжәне\\s|,\\s*(?=(?:and|but|while|whereas"
            + "|where|when|which|и|а|но|однако|где|когда|затем|потом)\\s)", FLAGS);
    private static final Pattern AND_THEN = Pattern.compile("\\s(?:and|и)\\s+(?=(?:he|she|they|his|her|their"
            + "|then|later|on|in|он|она|затем|позже|в)\\s)", FLAGS);
    private static final Pattern ABLATIVE = Pattern.compile("(?:тан|тен|дан|ден|нан|нен|tan|ten|dan|den|nan|nen)\\z",
            FLAGS);
    /**
     * A mention in an oblique case ("Сталину", "Ленинге", "Lekerov's", a woman's "Пешковой") is not the subject of
     * its sentence.
     */
    private static final Pattern OBLIQUE = Pattern.compile("(?:ову|еву|ину|ым|ого|ому|ою|(?:ов|ев|ёв|ин|ын|ск|цк)ой"
            + "|ға|ге|қа|ке|ның|нің|дың"
            + "|дің|тың|тің|ды|ді|ты|ті|ны|ні|мен|бен|пен|нан|нен|дан|ден|тан|тен|нда|нде|'s|’s)$");
    private static final Pattern KK_COMMA = Pattern.compile(",");
    /** The Kazakh accusative on a name: Сәкенді, Мағжанды, Байтұрсыновты, Seifullindı. */
    private static final Pattern KK_ACCUSATIVE = Pattern.compile("(?:ны|ні|ды|ді|ты|ті|n[ıy]|d[ıy]|t[ıy])$");
    private static final Pattern ANAPHOR = Pattern.compile("(?<![\\p{L}])(?:he|she|his|her|him|the\\s+poet"
            + "|the\\s+writer|poet|он|она|его|её|ее|поэт|писатель|ол|оның|оны|оған|ақын|жазушы|ol|onyñ|onyng"
            + "|aqyn|jazýshy|ақынның|жазушының|aqynnyń|jazýshynyń)(?![\\p{L}])", FLAGS);
    /** A relative named through the person: his brother, его жена, оның інісі; the relative is the subject then. */
    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}])(?:(?:his|her|their)\\s+(?:\\p{L}+\\s+)?"
            + "(?:brother|sister|wife|husband|son|daughter|father|mother|uncle|nephew|cousin)s?"
            + "|(?:его|её|ее|их)\\s+(?:\\p{L}+\\s+)?(?:брат|сестра|жена|муж|сын|дочь|отец|мать|дядя|племянник)\\p{L}{0,2}"
            + "|(?:оның|олардың)\\s+(?:\\p{L}+\\s+)?(?:інісі|ағасы|әйелі|жұбайы|ұлы|қызы|әкесі|анасы|бауыры|қарындасы"
            + "|апасы|сіңлісі|немересі|жиені|күйеуі|балалары|туыстары))(?![\\p{L}])", FLAGS);
    private static final Set<String> FUNCTION_WORDS = Set.of("в", "во", "с", "со", "по", "до", "на", "от", "за",
            "к", "у", "и", "а", "но", "г", "гг", "год", "году", "года", "был", "была", "были", "затем", "позже",
            "впоследствии", "вновь", "повторно", "снова", "также", "же", "then", "later", "also", "however", "in",
            "on", "at", "of", "the", "a", "an", "after", "before", "since", "from", "by", "was", "were", "had",
            "been", "and", "thus", "so", "finally", "жылы", "ж", "жылдың", "жылғы", "алайда", "кейін", "соң",
            "содан", "соңынан", "бірақ", "екінші", "рет", "қайта", "де", "да", "та", "те", "jyly", "alaida",
            "keiin", "sonan", "year", "years", "early", "late", "end", "beginning", "same",
            // adverbs that qualify a biographical event without naming who: "Досрочно освобождён", "shot again"
            "досрочно", "заочно", "посмертно", "вторично", "незаконно", "необоснованно", "окончательно", "впервые",
            "again", "posthumously", "subsequently", "қайтадан", "сырттай");
    private static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһі]|(?<![\\p{L}])(?:жыл\\p{L}*|jyl\\p{L}*)");
    /** Kazakh words in an oblique case (ablative, locative, dative, instrumental) cannot be the subject. */
    private static final Pattern KK_OBLIQUE = Pattern.compile("(?:нан|нен|дан|ден|тан|тен|нда|нде|да|де|та|те"
            + "|ға|ге|қа|ке|на|не|мен|бен|пен|ында|інде|ынан|інен)$");
    private static final Set<String> KK_POSTPOSITIONS = Set.of("бұрын", "кейін", "соң", "дейін", "шейін", "бойы",
            "үшін", "бері", "ерте", "қайтадан", "тағы", "сонда", "онда");
    private static final Pattern NEGATION = Pattern.compile("(?<![\\p{L}])(?:not(?!\\s+(?:long|until|only|far))|never|no\\s+longer|falsely"
            + "|wrongly|allegedly|supposedly|rumou?red|не|ни|якобы|будто|ложно)(?![\\p{L}])|n't", FLAGS);
    private static final Pattern NEGATION_AFTER = Pattern.compile("^\\s*(?:емес|жоқ)(?![\\p{L}])", FLAGS);
    private static final Pattern FALSEHOOD = Pattern.compile("(?<![\\p{L}])(?:false|fake|forged|ложн\\p{L}*"
            + "|фальшив\\p{L}*|жалған|certificate|свидетельств\\p{L}*|справк\\p{L}*|куәлі\\p{L}*|анықтама\\p{L}*)"
            + "(?![\\p{L}])", FLAGS);
    private static final Pattern EN_PLACE = Pattern.compile("(?<![\\p{L}])(?:in|at|near)\\s+(?:the\\s+)?"
            + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)");
    private static final Pattern RU_PLACE = Pattern.compile("(?<![\\p{L}])(?:в|во|под|близ)\\s+(?:г\\.\\s*"
            + "|городе\\s+|ауле\\s+|селе\\s+|с\\.\\s*|урочище\\s+|пос\\.\\s*|поселке\\s+)?(\\p{Lu}[\\p{L}-]+)");
    private static final Pattern BRACKET_PLACE = Pattern.compile("\\((?:г\\.|город|аул|с\\.)\\s*([^()]{2,40})\\)");
    private static final Pattern KK_PLACE = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}-]+?)(?:нда|нде|да|де"
            + "|та|те)(?![\\p{L}])");
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "moscow's", "the", "fact",
            "absentia");
    static final Pattern CARD_LINE = Pattern.compile("(?:^|(?<=[.;:]\\s{0,3})|(?<=[.;:]\\s{0,3}[-–—*•]\\s{1,3})"
            + "|(?<=,\\s{0,3}(?:одновременно|затем|позднее|потом)\\s{1,3}))(?:(?:[сСвВ]|c|C)\\s+)?"
            + "(?<a>1[89]\\d\\d)(?:\\s*[-–]\\s*(?<b>1[89]\\d\\d))?\\s*[-–—]\\s*(?=\\p{Ll}|зав\\.|зам\\.)"
            + "(?!жыл|jyl|ж\\.|е\\s+год|х\\s+год|ых|ые|ies|s\\b|ші|шы|нші|ншы|ге|ға|да|де|дан|ден|тан|тен|го|й\\b)");
    private static final Pattern CARD_SPLIT = Pattern.compile(",\\s*(?:одновременно|затем|позднее|потом)\\s*"
            + "|,\\s*(?=(?:член|кандидат|зам\\.|зав\\.|председател|директор|секретар|заведующ)\\p{L}*)", FLAGS);
    private static final Pattern TITLE = Pattern.compile("^(?:(?:(?:перв|втор|треть|ответственн|главн|старш"
            + "|генеральн|народн|полномочн)\\p{L}{0,3}|один\\s+из)\\s+)*(?:(?:зам\\.|зав\\.|заместител\\p{L}{0,3}"
            + "|заведующ\\p{L}{0,3}|помощник\\p{L}{0,3}|член\\p{L}{0,3}\\s+коллегии|кандидат\\p{L}{0,3}\\s+в\\s+члены"
            + "|член\\p{L}{0,3}|председател\\p{L}{0,3}|инструктор\\p{L}{0,3}|слушател\\p{L}{0,3}|учащ\\p{L}{0,4}"
            + "|студент\\p{L}{0,3}|директор\\p{L}{0,3}|секретар\\p{L}{0,3}|нарком\\p{L}{0,3}|комиссар\\p{L}{0,3}"
            + "|редактор\\p{L}{0,3}|уполномоченн\\p{L}{0,3}|представител\\p{L}{0,3}|начальник\\p{L}{0,3}"
            + "|управляющ\\p{L}{0,3}|преподавател\\p{L}{0,3}|профессор\\p{L}{0,3}|ректор\\p{L}{0,3}"
            + "|организатор\\p{L}{0,3}|сотрудник\\p{L}{0,3}|консультант\\p{L}{0,3}|лектор\\p{L}{0,3}"
            + "|инспектор\\p{L}{0,3}|учител\\p{L}{0,3})(?![\\p{L}])(?:\\s*-\\s*|\\s+|(?<=\\.))?)+");
    /** A day and a month without a year: {@code April 21}, {@code 21 апреля}, {@code 21 сәуірде}. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\d])(?:(?<m1>" + Months.regex(false)
            + ")\\s+(?<d1>\\d{1,2})(?![\\d])|(?<d2>\\d{1,2})\\s*-?\\s*(?<m2>" + Months.regex(true) + "))", FLAGS);
    private static final int YEAR_REACH = 400;
    private static final Pattern QUESTION = Pattern.compile("\\?[»”\"')]*\\s*\\z");

    private final DateParser dates;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TriggerLexicon lexicon = new TriggerLexicon();
    private final SentencingDetails sentencing = new SentencingDetails();

    public EventExtractor() {
        this.dates = new DateParser();
    }

    /**
     * The events {@code text} states about the persons of {@code persons}, in text order. Null or empty input,
     * or spans outside the text, give fewer events, not an error; a rule that throws on some text is a bug, and the
     * ingest loop reports the file it failed on by name.
     *
     * @param language ISO 639-1 code of the document's main language ({@code kk}, {@code ru}, {@code en}); a hint
     */
    public List<Event> extract(String text, String language, List<PersonSpan> persons) {
        if (text == null || text.isEmpty() || persons == null || persons.isEmpty()) {
            return List.of();
        }
        return run(text, persons);
    }

    private record Clause(int start, int end) {
    }

    /**
     * A sentence that is a date alone ({@code 1937 жыл. 9 қазан.}, {@code 12 March 1938.}) heads what follows, as
     * in chronicles, diaries and case files: the next sentence's undated events took place then.
     */
    private static EdtfDate dateHeading(String sentence, List<DateMention> dates, SentenceSplitter.Sentence s) {
        if (dates.size() != 1) {
            return null;
        }
        DateMention d = dates.get(0);
        String rest = sentence.substring(0, d.start() - s.start()) + sentence.substring(d.end() - s.start());
        return rest.matches("[\\s.,:;–—-]*") ? d.date() : null;
    }

    private record Found(EventType type, String personId, EdtfDate date, String place, int sentenceStart,
                         int sentenceEnd, Map<String, String> details) {
    }

    private List<Event> run(String text, List<PersonSpan> given) {
        List<PersonSpan> persons = given.stream()
                .filter(p -> p != null && p.end() <= text.length())
                .sorted(Comparator.comparingInt(PersonSpan::start)).toList();
        List<DateMention> allDates = dates.find(text);
        List<Found> found = new ArrayList<>();
        // a text that names one person only: "he" before the name's first mention is that person ("In June 1929,
        // he was arrested" on a museum's page whose name line comes later)
        String subject = persons.stream().map(PersonSpan::personId).distinct().count() == 1
                ? persons.get(0).personId() : null;
        String previous = null;
        EdtfDate heading = null;
        boolean first = true;
        boolean headword = false; // a card: the person named in its first line is the subject of every line
        boolean datesSorted = true; // the parser gives them in text order; the walk below relies on it
        for (int i = 1; i < allDates.size(); i++) {
            datesSorted &= allDates.get(i - 1).start() <= allDates.get(i).start();
        }
        int firstPerson = 0;
        int firstDate = 0;
        int lastStart = 0;
        for (SentenceSplitter.Sentence s : splitter.split(text)) {
            String sentence = text.substring(s.start(), s.end());
            if (s.start() < lastStart) {
                firstPerson = 0; // sentences come in text order; should one not, look from the beginning again
                firstDate = 0;
            }
            lastStart = s.start();
            // the persons and dates inside the sentence, from the first that does not start before it: both lists
            // are sorted by start, so each is walked once over the whole text
            while (firstPerson < persons.size() && persons.get(firstPerson).start() < s.start()) {
                firstPerson++;
            }
            while (firstDate < allDates.size() && allDates.get(firstDate).start() < s.start()) {
                firstDate++;
            }
            List<PersonSpan> inSentence = within(persons, firstPerson, s, PersonSpan::start, PersonSpan::end);
            List<DateMention> sentenceDates = datesSorted
                    ? within(allDates, firstDate, s, DateMention::start, DateMention::end)
                    : allDates.stream().filter(d -> d.start() >= s.start() && d.end() <= s.end()).toList();
            if (subject == null && !inSentence.isEmpty()) {
                subject = inSentence.get(0).personId();
            }
            // a question asserts nothing: "Мағжан қашан, қай жерде қайтыс болды?" (when and where did he die?)
            List<TriggerLexicon.Match> triggers = QUESTION.matcher(sentence).find() ? List.of() : lexicon.find(sentence);
            lifespans(text, s, inSentence, persons, sentenceDates, found);
            annulments(text, s, inSentence, sentenceDates, found);
            boolean card = cardLines(text, s, inSentence, subject, triggers, found);
            for (TriggerLexicon.Match t : triggers) {
                if (card && t.type() == EventType.POSITION) {
                    continue;
                }
                event(text, s, sentence, t, triggers, inSentence, sentenceDates, allDates, subject, previous, heading,
                        found);
            }
            if (first) {
                headword = !inSentence.isEmpty() && mentionShare(inSentence, s) >= 0.6;
                first = false;
            } else if (!headword && !inSentence.isEmpty() && !startsWithAnaphor(sentence)) {
                // (a sentence that names no one changes no subject: the tests below are skipped for it)
                // a subject pronoun before any name ("In 1916 he spoke out with X and Y") keeps the sentence about
                // the person it refers back to: the names after it are companions or objects
                int pronoun = subjectPronoun(sentence);
                for (PersonSpan p : inSentence) {
                    if (pronoun >= 0 && p.start() - s.start() > pronoun) {
                        break;
                    }
                    if (!OBLIQUE.matcher(text.substring(p.start(), p.end())).find()) {
                        subject = p.personId();
                        break;
                    }
                }
            }
            previous = sentence;
            heading = dateHeading(sentence, sentenceDates, s);
        }
        return finish(text, found);
    }

    /**
     * The items of {@code sorted} (sorted by start) from {@code from} on that lie inside the sentence, in their order:
     * what filtering the whole list by {@code start >= s.start() && end <= s.end()} gives, when no item before
     * {@code from} starts inside the sentence.
     */
    static <T> List<T> within(List<T> sorted, int from, SentenceSplitter.Sentence s,
                              java.util.function.ToIntFunction<T> start, java.util.function.ToIntFunction<T> end) {
        List<T> out = null;
        for (int i = from; i < sorted.size(); i++) {
            T item = sorted.get(i);
            if (start.applyAsInt(item) > s.end()) {
                break;
            }
            if (start.applyAsInt(item) >= s.start() && end.applyAsInt(item) <= s.end()) {
                if (out == null) out = new ArrayList<>();
                out.add(item);
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    private void event(String text, SentenceSplitter.Sentence s, String sentence, TriggerLexicon.Match t,
                       List<TriggerLexicon.Match> triggers, List<PersonSpan> persons, List<DateMention> sentenceDates,
                       List<DateMention> allDates, String subject, String previous, EdtfDate heading,
                       List<Found> out) {
        int tStart = s.start() + t.start();
        int tEnd = s.start() + t.end();
        Clause clause = clause(text, s, t, triggers, sentenceDates);
        String before = text.substring(clause.start(), tStart);
        if (negated(text, clause, tStart, tEnd, before)) {
            return;
        }
        if ((t.type() == EventType.DEATH || t.type() == EventType.EXECUTION)
                && FALSEHOOD.matcher(text.substring(clause.start(), clause.end())).find()) {
            return;
        }
        List<String> who = persons(text, clause, t, tStart, tEnd, persons, subject,
                blankTriggers(text, s.start(), tStart, t, triggers));
        if (who.isEmpty()) {
            return;
        }
        EdtfDate date = date(text, s, clause, t, tStart, tEnd, triggers, sentenceDates, allDates);
        if (date == null && !t.nominal() && sentenceDates.isEmpty()) {
            date = heading;
        }
        List<DateMention.Alternative> alternatives = alternativesOf(date, clause, sentenceDates);
        String place = place(text, clause, t, tStart, tEnd);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("trigger", text.substring(tStart, tEnd));
        for (DateMention.Alternative a : alternatives) {
            // the same day in the other calendar is a detail of the one event, not a second date
            if (a.relation() == DateMention.Relation.NEW_STYLE) details.put("new_style", a.date().value());
            if (a.relation() == DateMention.Relation.OLD_STYLE) details.put("old_style", a.date().value());
        }
        if (date != null && !date.isInterval() && date.precision() == EdtfDate.Precision.SEASON) {
            // "1937 жылдың күзінде атылды": an event's date is a calendar date, so a season gives its year (as the
            // archive's annotators write it); the EDTF season code (1937-23) is kept as a detail
            details.put("season", date.value());
            date = EdtfDate.of(date.earliest().getYear());
        }
        if (VERDICTS.contains(t.type()) || t.type() == EventType.REHABILITATION) {
            details.putAll(sentencing.read(sentence, previous, t.type() == EventType.SENTENCE));
        }
        if (t.type() == EventType.POSITION || t.type() == EventType.EDUCATION || t.type() == EventType.MEMBERSHIP) {
            organisation(text, clause, t, tStart, tEnd, details);
            if (date != null && t.type() == EventType.MEMBERSHIP) {
                details.put("from", date.start().value());
            }
        }
        for (String id : who) {
            out.add(new Found(t.type(), id, date, place, s.start(), s.end(), details));
        }
        for (DateMention.Alternative a : alternatives) {
            if (a.relation() != DateMention.Relation.OTHER_SOURCES) continue;
            // "25 марта (в некоторых источниках – 25 октября) 1895": the text reports what other sources say, a
            // second claim of the same event that the dossier shows beside the first
            Map<String, String> other = new LinkedHashMap<>(details);
            other.put("alternative_to", date.value());
            other.put("according_to", a.note());
            for (String id : who) {
                out.add(new Found(t.type(), id, a.date(), place, s.start(), s.end(), other));
            }
        }
    }

    /** The parenthesised alternatives of the clause's date mention that gave an event its date. */
    private static List<DateMention.Alternative> alternativesOf(EdtfDate date, Clause clause, List<DateMention> dates) {
        if (date == null) return List.of();
        for (DateMention d : dates) {
            if (!d.alternatives().isEmpty() && d.date().equals(date) && d.start() >= clause.start() && d.end() <= clause.end()) {
                return d.alternatives();
            }
        }
        return List.of();
    }

    // ------------------------------------------------------------------ clauses and persons

    private Clause clause(String text, SentenceSplitter.Sentence s, TriggerLexicon.Match t,
                          List<TriggerLexicon.Match> triggers, List<DateMention> dates) {
        String sentence = text.substring(s.start(), s.end());
        List<Integer> cuts = new ArrayList<>();
        collect(CLAUSE_BREAK, sentence, cuts);
        // a dash inside a date's parentheses ("25 марта (в некоторых источниках – 25 октября) 1895") cuts no clause
        cuts.removeIf(cut -> dates.stream().anyMatch(d -> d.start() < s.start() + cut && s.start() + cut < d.end()));
        collect(AND_THEN, sentence, cuts);
        if (t.language().equals("kk")) {
            collect(KK_COMMA, sentence, cuts);
        }
        for (TriggerLexicon.Match other : triggers) {
            if (other.start() > 0) {
                String head = sentence.substring(0, other.start());
                Matcher and = AND_BEFORE_TRIGGER.matcher(head);
                if (and.find()) {
                    cuts.add(and.start());
                } else if (AND_OPENS_TRIGGER.matcher(sentence.substring(other.start())).matches()) {
                    cuts.add(other.start());
                }
            }
        }
        int from = 0;
        int to = sentence.length();
        for (int cut : cuts) {
            if (cut <= t.start() && cut > from) {
                from = cut;
            }
            if (cut >= t.end() && cut < to) {
                to = cut;
            }
        }
        return new Clause(s.start() + from, s.start() + to);
    }

    /** "and" (and a manner adverb, an auxiliary) right before another trigger: the clause is cut there. */
    private static final Pattern AND_BEFORE_TRIGGER = Pattern.compile("\\s(?:and|и|мен)\\s+(?:\\p{L}+ly\\s+)?"
            + "(?:(?:был[аио]?|was|were|then|затем|вновь|again)\\s+)*\\z", FLAGS);
    /** Another trigger that begins with "and". */
    private static final Pattern AND_OPENS_TRIGGER = Pattern.compile("(?is)^(?:and|и)\\s.*");

    private static void collect(Pattern p, String sentence, List<Integer> cuts) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            cuts.add(m.start());
        }
    }

    /**
     * The sentence up to the trigger with the other triggers blanked: in "were found guilty and executed" the
     * subject of "executed" is that of the first verb, so the search for a subject starts at the sentence.
     */
    private static String blankTriggers(String text, int sentenceStart, int tStart, TriggerLexicon.Match t,
                                        List<TriggerLexicon.Match> triggers) {
        char[] head = text.substring(sentenceStart, tStart).toCharArray();
        for (TriggerLexicon.Match o : triggers) {
            for (int i = o.start(); i < Math.min(o.end(), head.length); i++) {
                head[i] = ' ';
            }
        }
        return new String(head);
    }

    private static boolean negated(String text, Clause clause, int tStart, int tEnd, String before) {
        int windowStart = Math.max(clause.start(), tStart - 30);
        if (NEGATION.matcher(text.substring(windowStart, tStart)).find()) {
            return true;
        }
        String after = text.substring(tEnd, Math.min(clause.end(), tEnd + 20));
        return NEGATION_AFTER.matcher(after).find() || before.toLowerCase(Locale.ROOT).contains("false");
    }

    private List<String> persons(String text, Clause clause, TriggerLexicon.Match t, int tStart, int tEnd,
                                 List<PersonSpan> persons, String subject, String before) {
        if (t.field()) {
            return subject == null ? List.of() : List.of(subject);
        }
        if (t.personAdjacent()) {
            for (PersonSpan p : persons) {
                if (p.end() <= tStart && tStart - p.end() <= 5
                        && ABLATIVE.matcher(text.substring(p.start(), tStart).strip()).find()) {
                    return List.of(p.personId());
                }
            }
            return List.of();
        }
        if (t.personObject()) {
            // the object in the accusative before the verb, with no other person between them
            PersonSpan object = null;
            for (PersonSpan p : persons) {
                if (p.end() > tStart) break;
                object = KK_ACCUSATIVE.matcher(text.substring(p.start(), p.end())).find() ? p
                        : object != null && p.personId().equals(object.personId()) ? object : null;
            }
            return object == null ? List.of() : List.of(object.personId());
        }
        if (t.personAfter()) {
            for (PersonSpan p : persons) {
                if (p.start() >= tEnd && p.start() - tEnd <= 6) {
                    return List.of(p.personId());
                }
            }
            return List.of();
        }
        // a mention in an oblique case before the verb is its object or complement, not its subject ("по просьбе
        // Куловой освобождена Байтурсынова")
        List<PersonSpan> preceding = persons.stream().filter(p -> p.end() <= tStart)
                .filter(p -> !OBLIQUE.matcher(text.substring(p.start(), p.end())).find() || himself(text, p))
                .filter(p -> !"en".equals(t.language()) || !ofComplement(text, p))
                .filter(p -> !coordinatedWithOblique(text, p, persons)).toList();
        if (preceding.isEmpty() && RELATIVE.matcher(before).find()) {
            return List.of(); // "Оның інісі … атылды": his brother was shot, not he
        }
        boolean anaphor = ANAPHOR.matcher(before).find();
        if (!preceding.isEmpty() && !(anaphor && preceding.get(preceding.size() - 1).end() < clause.start()
                && subject != null)) {
            List<String> ids = new ArrayList<>();
            int i = preceding.size() - 1;
            ids.add(preceding.get(i).personId());
            while (i > 0 && preceding.get(i - 1).end() <= preceding.get(i).start()
                    && COORDINATION.matcher(text.substring(preceding.get(i - 1).end(), preceding.get(i).start()))
                            .matches()) {
                i--;
                if (!ids.contains(preceding.get(i).personId())) {
                    ids.add(0, preceding.get(i).personId());
                }
            }
            return ids;
        }
        if (subject != null && (t.nominal() || anaphor || subjectless(before))) {
            return List.of(subject);
        }
        // "Арестован Сейфуллин": the subject after the verb, but never a mention in an oblique case ("освобождён
        // благодаря ходатайству Пешковой")
        for (PersonSpan p : persons) {
            if (p.start() >= tEnd && p.end() <= clause.end() && p.start() - tEnd <= 40
                    && !OBLIQUE.matcher(text.substring(p.start(), p.end())).find()) {
                return List.of(p.personId());
            }
        }
        return List.of();
    }

    /** "of" right before a name: English marks its complements and possessors so ("the wife of Aimauytov"). */
    private static final Pattern EN_OF_BEFORE = Pattern.compile("(?<![\\p{L}])of\\s+\\z", FLAGS);
    /** The words for a person's body stand for the person: "the remains of Nurlanov were reburied" is his burial. */
    private static final Pattern EN_BODY_OF = Pattern.compile("(?<![\\p{L}])(?:remains|ashes|body|bones)\\s+of\\s+\\z", FLAGS);

    /**
     * Whether an English mention is the complement of a noun ({@code the manuscripts of Aimauytov fell into the hands
     * of a collector}, {@code the wife of Dulatov was arrested}): English has no case to mark it, but the
     * preposition does, and such a name is not the subject of the verb that follows, as a Russian or Kazakh name in
     * an oblique case is not.
     */
    private static boolean ofComplement(String text, PersonSpan p) {
        String before = text.substring(Math.max(0, p.start() - 20), p.start());
        return EN_OF_BEFORE.matcher(before).find() && !EN_BODY_OF.matcher(before).find();
    }

    /** The Kazakh reflexive after a genitive: {@code Тұрардың өзі} is "Turar himself". */
    private static final Pattern KK_SELF = Pattern.compile("\\A\\s+(?:өзі|ózi|ozi)(?![\\p{L}])", FLAGS);

    /**
     * Whether a mention in the Kazakh genitive is followed by {@code өзі} ("himself"): the genitive then names the
     * subject ({@code Сөйткен Тұрардың өзі де 1938 жылы атылды}: Turar himself was shot), not a possessor.
     */
    private static boolean himself(String text, PersonSpan p) {
        return KK_GENITIVE.matcher(text.substring(p.start(), p.end())).find()
                && KK_SELF.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 12))).find();
    }

    /** Kazakh coordination with мен/бен/пен/және and the comitative. */
    private static final Pattern KK_AND = Pattern.compile("\\s+(?:мен|бен|пен|және|men|ben|pen|jáne|jane)\\s+", FLAGS);

    /**
     * Kazakh puts a case ending only on the last of coordinated nouns: in {@code Ахмет Оспанов пен Сара
     * Оспанованың отбасында} both parents are in the genitive, so the first is no more a subject than the second.
     */
    private static boolean coordinatedWithOblique(String text, PersonSpan p, List<PersonSpan> persons) {
        for (PersonSpan next : persons) {
            if (next.start() >= p.end() && next.start() - p.end() <= 8
                    && KK_AND.matcher(text.substring(p.end(), next.start())).matches()) {
                return KK_OBLIQUE_NAME.matcher(text.substring(next.start(), next.end())).find()
                        || coordinatedWithOblique(text, next, persons);
            }
        }
        return false;
    }

    /** A Kazakh case ending on a name other than the nominative (genitive, dative, accusative, locative, ablative). */
    private static final Pattern KK_OBLIQUE_NAME = Pattern.compile("(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|ны|ні|ды|ді|ты"
            + "|ті|нда|нде|да|де|та|те|нан|нен|дан|ден|тан|тен)$");

    private boolean subjectless(String sentenceHead) {
        // words in brackets are an aside ("шешімімен (1. Сот, 2. Трибунал – ред.) өлім жазасына"), not a subject
        String head = sentenceHead.replaceAll("\\([^()]*\\)", " ");
        head = head.substring(head.lastIndexOf(')') + 1);
        for (DateMention d : dates.find(head)) {
            head = head.substring(0, d.start()) + " ".repeat(d.end() - d.start()) + head.substring(d.end());
        }
        boolean kazakh = KAZAKH_LETTERS.matcher(head).find();
        List<String> words = new ArrayList<>();
        List<Boolean> capitals = new ArrayList<>();
        for (String word : head.split("[^\\p{L}]+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(lower)) {
                words.add(lower);
                capitals.add(Character.isUpperCase(word.charAt(0)));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            // Kazakh marks the case of a noun phrase on its last word only ("Әскери алқаның шешімімен": by the
            // decision of the military board), so a word before an oblique one belongs to that oblique phrase; the
            // capitalised words of an institution's name run on to the word that bears the case ("КСРО Жоғарғы
            // Соты Әскери Алқасының шешімімен")
            if (kazakh && (kazakhOblique(words.get(i))
                    || (i + 1 < words.size() && kazakhOblique(words.get(i + 1)))
                    || (capitals.get(i) && obliqueName(words, capitals, i)))) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** Whether the run of capitalised words from {@code i} ends in, or stands right before, a word in an oblique case. */
    private static boolean obliqueName(List<String> words, List<Boolean> capitals, int i) {
        int j = i;
        while (j + 1 < words.size() && capitals.get(j + 1)) {
            j++;
        }
        return kazakhOblique(words.get(j)) || (j + 1 < words.size() && kazakhOblique(words.get(j + 1)));
    }

    private static boolean kazakhOblique(String word) {
        return KK_OBLIQUE.matcher(word).find() || KK_GENITIVE.matcher(word).find() || KK_POSTPOSITIONS.contains(word);
    }

    private static final Pattern KK_GENITIVE = Pattern.compile("(?:ның|нің|дың|дің|тың|тің)$");

    private static double mentionShare(List<PersonSpan> persons, SentenceSplitter.Sentence s) {
        int covered = 0;
        for (PersonSpan p : persons) {
            covered += p.end() - p.start();
        }
        return (double) covered / (s.end() - s.start());
    }

    /** A personal pronoun that can be a subject: he, she, он, она, ол. */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("(?<![\\p{L}])(?:he|she|он|она|ол)(?![\\p{L}])",
            FLAGS);

    /** The offset of the first subject pronoun of the sentence, or -1. */
    private static int subjectPronoun(String sentence) {
        Matcher m = SUBJECT_PRONOUN.matcher(sentence);
        return m.find() ? m.start() : -1;
    }

    private static boolean startsWithAnaphor(String sentence) {
        // the leftmost match, looked for only where it may start (the first 12 chars), not through the whole sentence
        Matcher m = ANAPHOR.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < Math.min(12, sentence.length()); i++) {
            if (m.region(i, sentence.length()).lookingAt()) {
                return sentence.substring(0, i).strip().split("\\s+").length <= 1;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ dates and places

    private EdtfDate date(String text, SentenceSplitter.Sentence s, Clause clause, TriggerLexicon.Match t,
                        int tStart, int tEnd, List<TriggerLexicon.Match> triggers, List<DateMention> sentenceDates,
                        List<DateMention> allDates) {
        List<DateMention> usable = sentenceDates.stream()
                .filter(d -> d.kind() != DateMention.Kind.LIFESPAN).toList();
        boolean kazakh = t.language().equals("kk");
        if (t.nominal()) {
            for (DateMention d : usable) {
                boolean after = d.start() >= tEnd && d.start() - tEnd <= 12;
                // beside it: no word between, nor a colon or semicolon that begins another statement
                boolean beforeIt = d.end() <= tStart && tStart - d.end() <= 4
                        && text.substring(d.end(), tStart).chars().noneMatch(c -> Character.isLetter(c) || c == ':'
                                || c == ';');
                if ((after && !kazakh) || beforeIt) {
                    return d.date();
                }
            }
            return null;
        }
        // "арестован 30 декабря 1937 г., расстрелян в марте 1938 года": a date nearer to another trigger of the
        // clause is that trigger's; it is taken only when the clause offers no date of this trigger's own
        // ("In 1937 he was arrested, sentenced and shot" dates all three)
        DateMention best = null;
        DateMention bestClaimed = null;
        int bestScore = Integer.MAX_VALUE;
        int bestClaimedScore = Integer.MAX_VALUE;
        for (DateMention d : usable) {
            if (d.start() < clause.start() || d.end() > clause.end()) {
                continue;
            }
            if (antecedentOfAnother(text, d.end(), tStart, s, triggers)) {
                continue;
            }
            int distance = distance(text, d, tStart, tEnd, kazakh);
            boolean claimed = false;
            for (TriggerLexicon.Match o : triggers) {
                int oStart = s.start() + o.start();
                int oEnd = s.start() + o.end();
                if (oStart != tStart && !o.nominal() && oStart >= clause.start() && oEnd <= clause.end()
                        && distance(text, d, oStart, oEnd, kazakh) < distance) {
                    claimed = true;
                    break;
                }
            }
            if (!claimed && distance < bestScore) {
                best = d;
                bestScore = distance;
            } else if (claimed && distance < bestClaimedScore) {
                bestClaimed = d;
                bestClaimedScore = distance;
            }
        }
        if (best != null && bound(text, best)) {
            return null; // "1937 жылға дейін … тұтқынға алынып": arrested before 1937, on a date the text does not give
        }
        if (best == null) {
            best = bestClaimed;
        }
        if (best != null) {
            if (best.date().precision() == EdtfDate.Precision.YEAR && !best.date().isInterval()) {
                // "in 1957, by the decision of April 16, he was rehabilitated": the day and month of the clause
                // refine its year
                EdtfDate day = dayMonth(text, clause, allDates,
                        end -> !antecedentOfAnother(text, end, tStart, s, triggers));
                if (day != null && day.earliest().getYear() == best.date().earliest().getYear()) {
                    return day;
                }
            }
            return best.date();
        }
        for (DateMention d : usable) {
            // "the decision of February 26, 1938, which sentenced him": the date of the noun the relative clause
            // hangs on is the date of its verb
            if (d.end() <= tStart && RELATIVE_VERB.matcher(text.substring(d.end(), tStart)).matches()) {
                return d.date();
            }
        }
        EdtfDate antecedent = dayMonth(text, new Clause(s.start(), tStart), allDates,
                end -> RELATIVE_VERB.matcher(text.substring(end, tStart)).matches());
        if (antecedent != null) {
            return antecedent;
        }
        EdtfDate partial = dayMonth(text, clause, allDates, end -> !antecedentOfAnother(text, end, tStart, s, triggers));
        if (partial != null) {
            return partial;
        }
        EdtfDate shared = coordinatedDate(text, s, t, tStart, triggers, sentenceDates, allDates);
        if (shared != null) {
            return shared;
        }
        // a preceding clause of the sentence that states no event of its own lends its date
        for (int i = usable.size() - 1; i >= 0; i--) {
            DateMention d = usable.get(i);
            if (d.end() > clause.start()) {
                continue;
            }
            boolean ownTrigger = triggers.stream().anyMatch(o -> s.start() + o.end() <= clause.start());
            return ownTrigger ? null : d.date();
        }
        return null;
    }

    /**
     * A date right before a relative pronoun and the verb it introduces ({@code of February 26, 1938, which
     * sentenced}, {@code от 26 февраля 1938 года, которым приговорён}): the date of the noun the relative clause hangs
     * on, so of that verb.
     */
    private static final Pattern RELATIVE_VERB = Pattern.compile("\\s*(?:года?|г\\.)?\\s*,\\s*(?:which|that|который"
            + "|которая|которое|которые|которым|которой|которого)\\s+(?:(?:was|were|had|has|был[аио]?)\\s+)?", FLAGS);

    /**
     * Whether the date ending at {@code end} is the antecedent's date of another trigger's relative clause
     * ({@link #RELATIVE_VERB}).
     */
    private static boolean antecedentOfAnother(String text, int end, int tStart, SentenceSplitter.Sentence s,
                                               List<TriggerLexicon.Match> triggers) {
        for (TriggerLexicon.Match o : triggers) {
            int oStart = s.start() + o.start();
            if (oStart != tStart && !o.nominal() && oStart >= end
                    && RELATIVE_VERB.matcher(text.substring(end, oStart)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A Kazakh postposition of time after a date: {@code 1937 жылға дейін} (until 1937). */
    private static final Pattern BOUND_AFTER = Pattern.compile("^\\s*(?:(?:жыл|jyl)\\p{L}*\\s+)?(?:дейін|шейін|deıin|deiin|sheıin)"
            + "(?![\\p{L}])", FLAGS);
    /** A preposition that makes a date a limit: {@code до 1937 года}, {@code until 1937}, {@code before 1937}. */
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?<![\\p{L}])(?:до|until|till|before)\\s+\\z", FLAGS);

    /**
     * Whether a date is a limit of the time ({@code until 1937}, {@code до 1937 года}, {@code 1937 жылға дейін})
     * rather than the time of the event: an event dated only by its limit is stated without a date.
     */
    private static boolean bound(String text, DateMention d) {
        String after = text.substring(d.end(), Math.min(text.length(), d.end() + 24));
        String before = text.substring(Math.max(0, d.start() - 8), d.start());
        return BOUND_AFTER.matcher(after).find() || BOUND_BEFORE.matcher(before).find();
    }

    /** What may stand between two coordinated verbs of one subject: "арестован и расстрелян", "arrested and shot". */
    private static final Pattern COORDINATED = Pattern.compile("(?:\\A\\s*,?\\s*|[\\s,](?:and|и|then|затем|потом)\\s+)"
            + "(?:(?:then|later|again|was|were|затем|потом|вновь|снова|был[аио]?)\\s+)*\\z", FLAGS);
    private static final Pattern NEW_SUBJECT = Pattern.compile("(?:his|her|their|its|оның|олардың)(?![\\p{L}])", FLAGS);
    private static final Pattern SAME_DAY = Pattern.compile("(?<![\\p{L}])(?:the\\s+same\\s+day|on\\s+the\\s+same\\s+day"
            + "|в\\s+тот\\s+же\\s+день|в\\s+этот\\s+же\\s+день|сол\\s+күні|сол\\s+күнi|сол\\s+күнгі|same\\s+day)", FLAGS);

    /**
     * A verb without a date of its own, joined by "and" (or a Kazakh converb and comma) to a dated verb before it,
     * shares that verb's year: "in October 1937 he was again arrested and shot" dates the shooting to 1937 only,
     * since the order of the two acts within the year is not said; "the same day" ("в тот же день", "сол күні")
     * gives the whole date.
     */
    private EdtfDate coordinatedDate(String text, SentenceSplitter.Sentence s, TriggerLexicon.Match t, int tStart,
                                     List<TriggerLexicon.Match> triggers, List<DateMention> sentenceDates,
                                     List<DateMention> allDates) {
        TriggerLexicon.Match before = null;
        for (TriggerLexicon.Match o : triggers) {
            if (!o.nominal() && s.start() + o.end() <= tStart) {
                before = o;
            }
        }
        String gap = before == null ? "" : text.substring(s.start() + before.end(), tStart);
        if (NEW_SUBJECT.matcher(text.substring(tStart)).lookingAt()) {
            return null; // "shot on 26 February 1938 and his ashes lay ...": a new subject, a new statement
        }
        if (before == null || !COORDINATED.matcher(gap).find() || gap.contains(";")) {
            return null;
        }
        int oStart = s.start() + before.start();
        int oEnd = s.start() + before.end();
        EdtfDate date = date(text, s, clause(text, s, before, triggers, sentenceDates), before, oStart, oEnd, triggers, sentenceDates,
                allDates);
        if (date == null) {
            return null;
        }
        if (SAME_DAY.matcher(text.substring(s.start(), s.end())).find()) {
            return date;
        }
        int year = date.earliest().getYear();
        return year == date.latest().getYear() ? EdtfDate.of(year) : date;
    }

    /**
     * Characters between a date and a trigger, and more across a comma: a comma separates predicates
     * ({@code Арестован в 1937 году, расстрелян в 1938-м}), so a date beyond one belongs to the other side. Kazakh
     * puts the date before the verb, so a date after it is far.
     */
    private static int distance(String text, DateMention d, int tStart, int tEnd, boolean kazakh) {
        boolean before = d.end() <= tStart;
        int distance = before ? tStart - d.end() : d.start() - tEnd;
        String gap = before ? text.substring(d.end(), tStart) : text.substring(tEnd, Math.max(tEnd, d.start()));
        if (gap.indexOf(',') >= 0) {
            distance += 100;
        }
        return kazakh && !before ? distance + 1000 : distance;
    }

    /**
     * {@code on April 21 of the same year}: a day and month without a year, dated by the date before it; only one
     * whose end {@code endTaken} accepts.
     */
    private static EdtfDate dayMonth(String text, Clause clause, List<DateMention> allDates,
                                     java.util.function.IntPredicate endTaken) {
        Matcher m = DAY_MONTH.matcher(text.substring(clause.start(), clause.end()));
        while (m.find()) {
            int at = clause.start() + m.start();
            if (allDates.stream().anyMatch(d -> d.start() <= at && d.end() > at)
                    || !endTaken.test(clause.start() + m.end())) {
                continue;
            }
            int month = Months.number(m.group("m1") != null ? m.group("m1") : m.group("m2"));
            int day = Integer.parseInt(m.group("d1") != null ? m.group("d1") : m.group("d2"));
            DateMention last = null;
            for (DateMention d : allDates) {
                if (d.end() <= at && at - d.end() <= YEAR_REACH) {
                    last = d;
                }
            }
            if (month == 0 || last == null) {
                continue;
            }
            String year = last.date().start().value().substring(0, 4);
            if (!year.chars().allMatch(Character::isDigit)) {
                continue;
            }
            // 31 April and the like: no date rather than a wrong one
            if (day >= 1 && java.time.YearMonth.of(Integer.parseInt(year), month).isValidDay(day)) {
                return EdtfDate.of(Integer.parseInt(year), month, day);
            }
        }
        return null;
    }

    private static String place(String text, Clause clause, TriggerLexicon.Match t, int tStart, int tEnd) {
        String after = text.substring(tEnd, clause.end());
        String before = text.substring(clause.start(), tStart);
        Matcher bracket = BRACKET_PLACE.matcher(after);
        if (bracket.find()) {
            return repairHyphen(bracket.group(1).strip());
        }
        switch (t.language()) {
            case "en" -> {
                Matcher m = EN_PLACE.matcher(after);
                while (m.find()) {
                    if (!NOT_PLACES.contains(m.group(1).split("\\s")[0].toLowerCase(Locale.ROOT))) {
                        return m.group(1);
                    }
                }
            }
            case "ru" -> {
                Matcher m = RU_PLACE.matcher(after);
                if (m.find()) {
                    return repairHyphen(m.group(1));
                }
                Matcher b = RU_PLACE.matcher(before);
                String last = null;
                while (b.find()) {
                    last = b.group(1);
                }
                return last;
            }
            default -> {
                Matcher m = KK_PLACE.matcher(before);
                String last = null;
                while (m.find()) {
                    if (m.start() > 0) {
                        last = m.group(1);
                    }
                }
                return last;
            }
        }
        return null;
    }

    /** Line-break hyphens left inside a name by print: {@code Се-мипалатинск} → {@code Семипалатинск}. */
    private static String repairHyphen(String name) {
        return name.replaceAll("(?<=\\p{Ll})-(?=\\p{Ll})", "");
    }

    private static void organisation(String text, Clause clause, TriggerLexicon.Match t, int tStart, int tEnd,
                                     Map<String, String> details) {
        if (t.language().equals("kk")) {
            String before = text.substring(clause.start(), tStart).strip();
            String[] words = before.split("\\s+");
            int from = Math.max(0, words.length - 3);
            String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)).strip();
            if (!phrase.isEmpty() && !phrase.matches(".*\\d.*")) {
                details.put("organisation", phrase);
            }
            return;
        }
        String trigger = text.substring(tStart, tEnd);
        if (t.personAfter() || trigger.toLowerCase(Locale.ROOT).contains("power")) {
            return;
        }
        if (t.type() == EventType.MEMBERSHIP && t.language().equals("en")) {
            details.put("organisation", trigger.replaceFirst("(?i)^(?:joined|member\\s+of)\\s+", ""));
            return;
        }
        String after = text.substring(tEnd, clause.end());
        after = after.replaceFirst("^\\s*(?:to\\s+the\\s+post\\s+of|as|from|at|in)\\s+", "");
        int stop = after.length();
        for (String end : new String[] {",", ".", ";", "(", " in ", " where ", " since ", " and ", " with ", " с 1", " с 2", " в 19"}) {
            int at = after.indexOf(end);
            if (at > 0 && at < stop) {
                stop = at;
            }
        }
        String phrase = after.substring(0, stop).strip();
        if (phrase.isEmpty()) {
            return;
        }
        if (t.type() == EventType.POSITION) {
            int of = phrase.indexOf(" of ");
            if (of > 0) {
                details.put("title", phrase.substring(0, of).replaceFirst("^(?:the|a|an)\\s+", ""));
                details.put("organisation", phrase.substring(of + 4));
            } else {
                details.put("title", phrase);
            }
        } else {
            details.put("organisation", phrase);
        }
    }

    // ------------------------------------------------------------------ annulled decisions

    /** A word that annuls a decision: отменил, отменено, отменены; annulled, quashed, overturned, set aside. */
    private static final Pattern ANNUL = Pattern.compile("(?<![\\p{L}])(?:отмен(?:ил[аио]?|ен[аоы]?|ён|яет|яются)"
            + "|annull?ed|quashed|overturned|revoked|set\\s+aside|reversed)(?![\\p{L}])", FLAGS);
    /** The annulled act: постановление, приговор, решение; decision, resolution, verdict, sentence. */
    private static final Pattern DECISION = Pattern.compile("(?<![\\p{L}])(?:постановлени|приговор|решени"
            + "|decision|resolution|verdict|sentence|ruling)\\p{L}*", FLAGS);
    /** What introduces the persons a decision concerned: о, об, в отношении; against, concerning, in respect of. */
    private static final Pattern CONCERNING = Pattern.compile("\\s(?:о|об|в\\s+отношении|against|concerning"
            + "|regarding|in\\s+respect\\s+of|in\\s+the\\s+case\\s+of)\\s+\\z", FLAGS);
    private static final Pattern DATED = Pattern.compile("(?:от|of|dated|and|и|,)\\s*\\z", FLAGS);
    private static final int DECISION_REACH = 250;

    /**
     * An annulled decision: a court that annuls (отменил, annulled, quashed) a decision dated on some days
     * concerning a list of persons ({@code Военная коллегия 12 мая 1958 г. отменила приговор от 3 марта 1938 г. в
     * отношении А, Б и В}) states for each person of the list a sentence on each date of the annulled decision and
     * a rehabilitation on the date of the annulment, the last date written before the decision noun. A list of
     * persons that is the object of one predicate shares its events. A negated annulment ({@code не отменил})
     * states nothing.
     */
    private static void annulments(String text, SentenceSplitter.Sentence s, List<PersonSpan> persons,
                                   List<DateMention> sentenceDates, List<Found> out) {
        String sentence = text.substring(s.start(), s.end());
        Matcher annul = ANNUL.matcher(sentence);
        if (persons.isEmpty() || !annul.find()
                || NEGATION.matcher(sentence.substring(Math.max(0, annul.start() - 4), annul.start())).find()) {
            return;
        }
        Matcher decision = DECISION.matcher(sentence);
        while (decision.find()) {
            int from = s.start() + decision.end();
            List<DateMention> annulled = new ArrayList<>();
            int last = from;
            for (DateMention d : sentenceDates) {
                if (d.start() >= from && d.start() - last <= DECISION_REACH && !d.date().isInterval()
                        && DATED.matcher(text.substring(last, d.start())).find()) {
                    annulled.add(d);
                    last = d.end();
                }
            }
            if (annulled.isEmpty()) {
                continue;
            }
            List<String> who = new ArrayList<>();
            int at = last;
            for (PersonSpan p : persons) {
                if (p.start() < at) {
                    continue;
                }
                String gap = text.substring(at, p.start());
                boolean first = who.isEmpty();
                if (first ? !CONCERNING.matcher(" " + gap).find() || gap.length() > 40
                        : !COORDINATION.matcher(gap).matches()) {
                    break;
                }
                if (!who.contains(p.personId())) {
                    who.add(p.personId());
                }
                at = p.end();
            }
            if (who.isEmpty()) {
                continue;
            }
            EdtfDate rehabilitated = null;
            for (DateMention d : sentenceDates) {
                if (d.end() <= s.start() + decision.start() && !d.date().isInterval()) {
                    rehabilitated = d.date();
                }
            }
            Map<String, String> details = Map.of("trigger", sentence.substring(annul.start(), annul.end()));
            for (String id : who) {
                for (DateMention d : annulled) {
                    out.add(new Found(EventType.SENTENCE, id, d.date(), null, s.start(), s.end(), details));
                }
                out.add(new Found(EventType.REHABILITATION, id, rehabilitated, null, s.start(), s.end(), details));
            }
            return;
        }
    }

    // ------------------------------------------------------------------ life spans and card lines

    /**
     * Life spans: an encyclopedia, a card or a title gives a person's birth and death as an interval of 15 to 110
     * years right after the name. The owner is, in this order:
     * <ol>
     *   <li>the person named right before the span, with only brackets, quotes or words between
     *       ({@code Аймауытов (1889-1931)});</li>
     *   <li>the person named right before the bracket that holds the span, whatever else the bracket holds first:
     *       the name in another script, a pronunciation, a template ({@code Ivan Petrov (Иван Петров; 12 April 1885 –
     *       30 August 1938)});</li>
     *   <li>in a heading written in capitals, as encyclopedias and library cards set their headwords
     *       ({@code KUZNETSOV MIKHAIL (1881-1937), teacher}), the person of the document whose name has one of the
     *       capitalised words, ignoring case.</li>
     * </ol>
     * A span that ends its line after a name, as in a title ({@code Ахмет Байтурсынов 1873-1937}), counts like a
     * bracketed one. A bracketed span that opens a line without a name before it, on a page whose title names its
     * person, is the page's first person's.
     */
    private static void lifespans(String text, SentenceSplitter.Sentence s, List<PersonSpan> persons,
                                  List<PersonSpan> everyone, List<DateMention> sentenceDates, List<Found> out) {
        for (DateMention d : sentenceDates) {
            EdtfDate date = d.date();
            if (!date.isInterval()) {
                continue;
            }
            int open = openBracketBefore(text, d.start(), Math.max(s.start(), d.start() - 120));
            boolean parenthesised = open >= 0;
            boolean endsLine = text.substring(d.end(), lineEnd(text, d.end())).isBlank();
            if (d.kind() != DateMention.Kind.LIFESPAN && !parenthesised && !endsLine) {
                continue;
            }
            int years = date.latest().getYear() - date.earliest().getYear();
            if (years < 15 || years > 110) {
                continue;
            }
            PersonSpan owner = null;
            for (PersonSpan p : persons) {
                if (p.end() <= d.start() && d.start() - p.end() <= 30
                        && text.substring(p.end(), d.start()).matches("[\\s*()\\[\\]«»\"\\p{L}-]*")) {
                    owner = p;
                }
            }
            if (owner == null && parenthesised) {
                for (PersonSpan p : persons) {
                    if (p.end() <= open && text.substring(p.end(), open).isBlank()) {
                        owner = p;
                    }
                }
            }
            String ownerId = owner != null ? owner.personId() : headwordOwner(text, d.start(), everyone);
            if (ownerId == null && parenthesised && opensLine(text, open)
                    && text.substring(open + 1, d.start()).isBlank() && !everyone.isEmpty()) {
                ownerId = everyone.get(0).personId(); // a span opening a line of a page about one person
            }
            // "Years of life 1866-1937", "Годы жизни: 1894–1938": a labelled line of a page about one person
            boolean labelled = endsLine && LIFE_LABEL.matcher(text.substring(text.lastIndexOf('\n', d.start() - 1) + 1,
                    d.start())).matches();
            if (ownerId == null && labelled && !everyone.isEmpty()) {
                ownerId = everyone.get(0).personId();
            }
            if (ownerId == null || (!parenthesised && endsLine && owner == null && !labelled)) {
                continue;
            }
            Map<String, String> details = Map.of("trigger", d.text());
            out.add(new Found(EventType.BIRTH, ownerId, date.start(), null, s.start(), s.end(), details));
            out.add(new Found(EventType.DEATH, ownerId, date.end(), null, s.start(), s.end(), details));
        }
        placedSpans(text, s, persons, everyone, sentenceDates, out);
    }

    /** The label of a line that gives a life's span and nothing else. */
    private static final Pattern LIFE_LABEL = Pattern.compile("\\s*[-*•]?\\s*(?:years\\s+of\\s+life|life\\s*span|lived"
            + "|годы\\s+жизни|жизнь|өмір\\s+(?:сүрген\\s+)?жылдары|ómir\\s+(?:súrgen\\s+)?jyldary)\\s*[:.–—-]?\\s*", FLAGS);

    /** Between the two dates of a placed span: the birthplace, then a dash. */
    private static final Pattern SPAN_MIDDLE = Pattern.compile("(?:,[^()\\d\\n]{0,90})?\\s*[-–—]\\s*");
    /** After the death date: the place of death, then the closing bracket. */
    private static final Pattern SPAN_END = Pattern.compile("(?:,[^()\\d\\n]{0,60})?\\)");

    /**
     * A life span with places: encyclopedias write each end of a life as a date and a place, {@code Иван Петров
     * (3.4.1890, Оренбургская губерния – 9.3.1938, Москва)}, {@code (1880, Kyzyl village - 1938)}, so the bracket
     * holds two dates, each perhaps followed by a place, with a dash between them. The owner is the person named
     * right before the bracket; a bracket that opens a line, as on a page about one person whose name is its
     * title, belongs to the page's first person.
     */
    private static void placedSpans(String text, SentenceSplitter.Sentence s, List<PersonSpan> persons,
                                    List<PersonSpan> everyone, List<DateMention> sentenceDates, List<Found> out) {
        for (int i = 0; i + 1 < sentenceDates.size(); i++) {
            DateMention born = sentenceDates.get(i);
            DateMention died = sentenceDates.get(i + 1);
            if (born.date().isInterval() || died.date().isInterval()
                    || !SPAN_MIDDLE.matcher(text.substring(born.end(), died.start())).matches()
                    || !SPAN_END.matcher(text).region(died.end(), text.length()).lookingAt()) {
                continue;
            }
            int open = openBracketBefore(text, born.start(), Math.max(0, born.start() - 120));
            if (open < 0 || !text.substring(open + 1, born.start()).matches("(?s)\\s*|.*;\\s*")) {
                continue;
            }
            int years = died.date().earliest().getYear() - born.date().latest().getYear();
            if (years < 15 || years > 110) {
                continue;
            }
            String owner = null;
            for (PersonSpan p : persons) {
                if (p.end() <= open && text.substring(p.end(), open).isBlank()) {
                    owner = p.personId();
                }
            }
            if (owner == null && opensLine(text, open) && !everyone.isEmpty()) {
                owner = everyone.get(0).personId();
            }
            if (owner == null) {
                continue;
            }
            Map<String, String> details = Map.of("trigger", text.substring(born.start(), died.end()));
            out.add(new Found(EventType.BIRTH, owner, born.date(), null, s.start(), s.end(), details));
            out.add(new Found(EventType.DEATH, owner, died.date(), null, s.start(), s.end(), details));
        }
    }

    private static boolean opensLine(String text, int at) {
        return text.substring(text.lastIndexOf('\n', at - 1) + 1, at).isBlank();
    }

    /** The offset of the opening bracket that holds {@code at}, searching back to {@code from}, or -1. */
    private static int openBracketBefore(String text, int at, int from) {
        int depth = 0;
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == ']') depth++;
            else if ((c == '(' || c == '[') && depth-- == 0) return i;
            else if (c == '\n' && i < at - 1 && text.charAt(i + 1) == '\n') return -1;
        }
        return -1;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}])\\p{Lu}{4,}(?![\\p{L}])");

    /**
     * The person a capitalised headword names: the line up to the span holds words in capitals
     * ({@code SEYFULLIN SAKEN (Sadvakas)}), and the first person of the document with one of them in its name.
     */
    private static String headwordOwner(String text, int at, List<PersonSpan> everyone) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String head = text.substring(lineStart, at);
        Matcher m = CAPITALISED_WORD.matcher(head);
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty() || head.replaceAll("\\([^()]*\\)", " ").matches(".*\\p{Ll}{2,}.*")) {
            return null;
        }
        for (PersonSpan p : everyone) {
            for (String w : text.substring(p.start(), p.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (words.contains(w)) {
                    return p.personId();
                }
            }
        }
        return null;
    }

    /**
     * Whether the sentence has four digits 18xx or 19xx in a row followed, after spaces, by a dash, as every match of
     * {@link #CARD_LINE} has ({@code 1920-1921-инструктор}, {@code 1925 – секретарь}).
     */
    static boolean hasCardYear(String sentence) {
        for (int i = 0; i + 3 < sentence.length(); i++) {
            if (sentence.charAt(i) == '1' && (sentence.charAt(i + 1) == '8' || sentence.charAt(i + 1) == '9')
                    && isAsciiDigit(sentence.charAt(i + 2)) && isAsciiDigit(sentence.charAt(i + 3))) {
                int j = i + 4;
                while (j < sentence.length() && isRegexSpace(sentence.charAt(j))) {
                    j++;
                }
                if (j < sentence.length() && "-–—".indexOf(sentence.charAt(j)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The characters of {@code \\s} in java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private boolean cardLines(String text, SentenceSplitter.Sentence s, List<PersonSpan> persons, String subject,
                              List<TriggerLexicon.Match> triggers, List<Found> out) {
        String sentence = text.substring(s.start(), s.end());
        if (!hasCardYear(sentence)) return false; // every card line starts with a year 18xx or 19xx
        Matcher m = CARD_LINE.matcher(sentence);
        List<int[]> lines = new ArrayList<>();
        List<String[]> years = new ArrayList<>();
        while (m.find()) {
            lines.add(new int[] {m.start(), m.end()});
            years.add(new String[] {m.group("a"), m.group("b")});
        }
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            int bodyStart = lines.get(i)[1];
            int bodyEnd = i + 1 < lines.size() ? lines.get(i + 1)[0] : sentence.length();
            String body = sentence.substring(bodyStart, bodyEnd);
            int lineStart = lines.get(i)[0];
            boolean statesEvent = triggers.stream().anyMatch(t -> t.type() != EventType.POSITION
                    && t.start() >= bodyStart && t.start() < bodyStart + 3);
            if (statesEvent) {
                continue;
            }
            String who = null;
            for (PersonSpan p : persons) {
                if (p.end() <= s.start() + lineStart) {
                    who = p.personId();
                }
            }
            who = who == null ? subject : who;
            if (who == null) {
                continue;
            }
            String from = years.get(i)[0];
            String to = years.get(i)[1];
            if (to != null && Integer.parseInt(to) < Integer.parseInt(from)) {
                continue;
            }
            EdtfDate date = EdtfDate.parse(to == null || to.equals(from) ? from : from + "/" + to);
            String place = null;
            Matcher bracket = BRACKET_PLACE.matcher(body);
            if (bracket.find()) {
                place = repairHyphen(bracket.group(1).strip());
            }
            for (String part : CARD_SPLIT.split(body)) {
                String post = part.replaceAll("\\([^()]*\\)", " ").strip().replaceAll("[.,;\\s]+$", "");
                if (post.isEmpty() || Character.isDigit(post.charAt(0)) || post.startsWith("в 1")) {
                    continue;
                }
                Map<String, String> details = new LinkedHashMap<>();
                details.put("from", from);
                details.put("to", to == null ? from : to);
                Matcher title = TITLE.matcher(post);
                if (title.find() && title.end() > 0) {
                    details.put("title", title.group().strip().replaceAll("[-\\s]+$", ""));
                    String organisation = post.substring(title.end()).strip();
                    if (!organisation.isEmpty()) {
                        details.put("organisation", organisation);
                    }
                } else {
                    details.put("title", post);
                }
                out.add(new Found(EventType.POSITION, who, date, place, s.start(), s.end(), details));
                any = true;
            }
        }
        return any;
    }

    // ------------------------------------------------------------------ output

    /** An infobox's or a card's cause of death: {@code Death Cause: Execution by firing squad}, {@code Причина смерти: расстрел}. */
    private static final Pattern CAUSE_OF_DEATH = Pattern.compile("(?m)^[\\s\\-*•|]*(?:death\\s+cause|cause\\s+of\\s+death"
            + "|причина\\s+смерти|өлім\\s+себебі|қайтыс\\s+болу\\s+себебі)\\s*[:|]\\s*(?<cause>[^\\n]{1,120})", FLAGS);
    /** Words of a cause of death that make the death an execution. */
    private static final Pattern EXECUTED = Pattern.compile("(?<![\\p{L}])(?:execut\\p{L}*|shot|firing\\s+squad"
            + "|расстрел\\p{L}*|казн\\p{L}*|атыл\\p{L}*|ату\\s+жаза\\p{L}*)", FLAGS);

    /**
     * The executions a card's cause of death states: the dated death of the lines just before it was an execution
     * ("Death Date: 1941-10-28" then "Death Cause: Execution by firing squad"), unless the text already dates one.
     */
    private static List<Found> executionsByCause(String text, List<Found> found) {
        List<Found> out = new ArrayList<>();
        if (text.indexOf("ause") < 0 && text.indexOf("ричин") < 0 && text.indexOf("ебеб") < 0) return out; // no such label
        Matcher m = CAUSE_OF_DEATH.matcher(text);
        while (m.find()) {
            if (!EXECUTED.matcher(m.group("cause")).find()) continue;
            Found death = null;
            for (Found f : found) {
                if (f.type() == EventType.DEATH && f.date() != null && f.sentenceEnd() <= m.start()
                        && m.start() - f.sentenceEnd() <= 400) {
                    death = f; // the last one before the cause: the card's own
                }
            }
            if (death == null) continue;
            String person = death.personId();
            if (found.stream().anyMatch(f -> f.type() == EventType.EXECUTION && f.personId().equals(person))) continue;
            out.add(new Found(EventType.EXECUTION, person, death.date(), null, m.start(), m.end(),
                    Map.of("trigger", m.group("cause").strip())));
        }
        return out;
    }

    private static List<Event> finish(String text, List<Found> found) {
        found = new ArrayList<>(found);
        found.addAll(executionsByCause(text, found));
        Set<String> dated = new HashSet<>();
        for (Found f : found) {
            if (f.date() != null && ONCE.contains(f.type())) {
                dated.add(f.type() + "\u0000" + f.personId());
            }
        }
        Set<String> seen = new HashSet<>();
        List<Event> out = new ArrayList<>();
        for (Found f : found) {
            if (f.date() == null && dated.contains(f.type() + "\u0000" + f.personId())) {
                continue;
            }
            if (f.date() != null && LIFE_ENDS.contains(f.type()) && found.stream().anyMatch(o -> o != f
                    && o.type() == f.type() && o.personId().equals(f.personId()) && o.date() != null
                    && !o.date().equals(f.date()) && f.date().contains(o.date()))) {
                // a life has one birth and one end: a year that the document states again as a day is that day
                // ("Рыскулов (1894-1938)" and "родился 26 декабря 1894 года")
                continue;
            }
            // the same sentence written twice in one document (a summary in the front matter, a repeated card)
            // states one fact once
            String sentence = text.substring(f.sentenceStart(), f.sentenceEnd()).replaceAll("\\s+", " ").strip();
            String key = f.type() + "\u0000" + f.personId() + "\u0000" + f.date() + "\u0000" + sentence
                    + "\u0000" + f.details().getOrDefault("title", "");
            if (!seen.add(key)) {
                continue;
            }
            out.add(new Event(f.type(), f.personId(), f.date(), f.place(),
                    text.substring(f.sentenceStart(), f.sentenceEnd()), f.sentenceStart(), f.sentenceEnd(),
                    f.details()));
        }
        out.sort(Comparator.comparingInt(Event::start));
        return List.copyOf(out);
    }
}
