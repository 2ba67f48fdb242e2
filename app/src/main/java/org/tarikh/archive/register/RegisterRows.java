package org.tarikh.archive.register;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarikh.extract.EventType;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.Mention;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.extract.names.NameParser;
import org.tarikh.extract.names.PersonName;
import org.tarikh.extract.names.PersonName.Gender;
import org.tarikh.ingest.TableReader;
import org.tarikh.resolve.DocumentPerson;

/**
 * Reads the rows of a register table as claims: each row is one person of the register's document (local id
 * {@code r} and the row's line: {@code r17}), with the events the row states, each quoting the row.
 *
 * <p>Rules:
 * <ul>
 *   <li>The header must have a surname, a given name or a full-name column ({@link RegisterColumn}), else the file
 *       is refused; it is the first row, or one of the {@value #HEADER_SEARCH} rows under it when a title or notes
 *       come first. Columns of no known kind are kept as details of the row under their header.</li>
 *   <li>The name: surname, given name and patronymic columns as written (a word in capitals, {@code ЛЕКЕРОВ}, is
 *       written with one capital); or a full-name column ({@code ФИО}, {@code name}) read by the {@link NameParser}
 *       (card order {@code Лекеров Азимбай Лекерович} and prose order {@code Turar Ryskulov} both), split in Russian
 *       order (surname, given name, patronymic) when the parser finds no surname. The patronymic's ending gives the
 *       sex (-ович, -ұлы a man; -овна, -қызы a woman).</li>
 *   <li>Events: birth (date, place), arrest (date, place), sentence (date, body, articles, punishment, place),
 *       execution (date, place), death (date, place), rehabilitation (date, body, place), occupation as a position
 *       ({@code title}). A date cell that holds more than its date ({@code "10.10.1937, тройка НКВД"}) gives the
 *       rest to the body of a sentence or rehabilitation if there is no body column, else to a {@code note}.
 *       A sentence or rehabilitation column that begins with a date ({@code Осужден: "08.02.1938 ВК ВС СССР"})
 *       gives that date when there is no date column. A value that a spreadsheet would run as a formula and that an
 *       export therefore wrote with a {@code '} first ({@code '-…}) is read without it.</li>
 *   <li>A row is refused, with its line, the column, the value and the reason, when its number of fields differs
 *       from the header's (CSV; extra empty fields are no error), when it has no name, or when a date column holds
 *       a date that does not exist or no date. Refused rows are not stored; the rest go in.</li>
 * </ul>
 * Thread-safe.
 */
public final class RegisterRows {
    private static final List<RegisterColumn> NAME_COLUMNS = List.of(RegisterColumn.SURNAME, RegisterColumn.GIVEN_NAME,
            RegisterColumn.FULL_NAME);

    /** One refused row: its line, the column and value at fault (null for the whole row), and why. */
    public record Problem(int line, String column, String value, String reason) {
        public String message() {
            return "line " + line + (column == null ? "" : ", " + column) + (value == null ? "" : " '" + value + "'")
                    + ": " + reason;
        }
    }

    /** A row read: the person it names with its claims, and the row's other values by column. */
    public record Row(int line, DocumentPerson person, Map<String, String> details) {
        public Row {
            details = Map.copyOf(details);
        }
    }

    /** What a table gives: its rows as persons, the refused rows, and the language of its headers. */
    public record Reading(List<Row> rows, List<Problem> problems, String language) {
        public Reading {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}?\\.?");

    /** How many rows under the first may be a title or notes before the header. */
    private static final int HEADER_SEARCH = 10;

    private static boolean namesSomeone(List<String> header) {
        return header.stream().anyMatch(h -> RegisterColumn.of(h == null ? null : h.replace("\uFEFF", ""))
                .filter(NAME_COLUMNS::contains).isPresent());
    }

    private final NameParser names = new NameParser();
    private final RegisterDates dates = new RegisterDates();

    /**
     * Reads the table's rows as persons of the document {@code documentId}.
     *
     * @throws IllegalArgumentException when the header has no name column, with what the header has
     */
    public Reading read(TableReader.Table table, String documentId, String source) {
        List<String> header = table.header();
        List<TableReader.Row> body = table.rows();
        if (!namesSomeone(header)) {
            // a title or a note above the header ("Список лиц, реабилитированных …"): the header is the first row that has a name column
            for (int i = 0; i < Math.min(HEADER_SEARCH, body.size()); i++) {
                if (namesSomeone(body.get(i).cells())) {
                    header = body.get(i).cells();
                    body = body.subList(i + 1, body.size());
                    break;
                }
            }
        }
        Map<RegisterColumn, Integer> columns = new EnumMap<>(RegisterColumn.class);
        Map<Integer, String> unknown = new LinkedHashMap<>();
        Map<String, Integer> languages = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).strip();
            if (h.startsWith("\uFEFF")) h = h.substring(1);
            Optional<RegisterColumn> column = RegisterColumn.of(h);
            if (column.isPresent() && !columns.containsKey(column.get())) {
                columns.put(column.get(), i);
                languages.merge(RegisterColumn.language(h), 1, Integer::sum);
            } else if (!h.isEmpty()) {
                unknown.put(i, h);
            }
        }
        if (NAME_COLUMNS.stream().noneMatch(columns::containsKey)) {
            throw new IllegalArgumentException("has no surname, given name or full name column (its header is: "
                    + String.join(", ", header) + "); a register needs one of Фамилия, Имя, ФИО, Тегі, Аты, "
                    + "Аты-жөні, Surname, Given name, Name");
        }
        String language = languages.containsKey("kk") ? "kk"
                : languages.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int width = header.size();
        while (width > 0 && (header.get(width - 1) == null || header.get(width - 1).isBlank())) width--;
        for (TableReader.Row row : body) {
            List<String> cells = row.cells();
            if ("csv".equals(table.format()) && cells.size() != width
                    && !(cells.size() > width && cells.subList(width, cells.size()).stream().allMatch(String::isBlank))) {
                String text = table.text().substring(row.start(), row.end());
                problems.add(new Problem(row.line(), null, text.length() > 80 ? text.substring(0, 77) + "…" : text,
                        cells.size() + " fields where the header has " + width));
                continue;
            }
            try {
                rows.add(row(table, row, columns, unknown, header, documentId, source));
            } catch (Refused r) {
                problems.add(r.problem);
            }
        }
        return new Reading(rows, problems, language);
    }

    private static final class Refused extends Exception {
        final Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private Row row(TableReader.Table table, TableReader.Row row, Map<RegisterColumn, Integer> columns,
                    Map<Integer, String> unknown, List<String> header, String documentId, String source) throws Refused {
        Map<RegisterColumn, String> v = new EnumMap<>(RegisterColumn.class);
        columns.forEach((column, i) -> {
            String value = cell(row.cells(), i);
            if (value != null) v.put(column, value);
        });
        String text = table.text().substring(row.start(), row.end());
        Named named = name(v);
        if (named == null) throw new Refused(new Problem(row.line(), null, null, "no name (surname, given name or full name)"));
        List<ExtractedEvent> events = new ArrayList<>();
        String local = "r" + row.line();
        Map<String, String> details = new LinkedHashMap<>();
        // birth, arrest, execution, death: a date and a place
        event(events, EventType.BIRTH, date(v, RegisterColumn.BIRTH, header, columns, row), v.get(RegisterColumn.BIRTH_PLACE), Map.of(), local, row, text);
        event(events, EventType.ARREST, date(v, RegisterColumn.ARREST, header, columns, row), v.get(RegisterColumn.ARREST_PLACE), Map.of(), local, row, text);
        // sentence and rehabilitation: a date and a body, either of which may share the other's cell
        Dated sentence = dateWithBody(v, RegisterColumn.SENTENCE, RegisterColumn.SENTENCE_BODY, header, columns, row);
        Map<String, String> sentenceDetails = new LinkedHashMap<>();
        put(sentenceDetails, "body", sentence.body);
        put(sentenceDetails, "articles", v.get(RegisterColumn.ARTICLES));
        put(sentenceDetails, "punishment", v.get(RegisterColumn.PUNISHMENT));
        put(sentenceDetails, "note", sentence.note);
        event(events, EventType.SENTENCE, new Dated(sentence.date, null, null), v.get(RegisterColumn.SENTENCE_PLACE), sentenceDetails, local, row, text);
        event(events, EventType.EXECUTION, date(v, RegisterColumn.EXECUTION, header, columns, row), v.get(RegisterColumn.EXECUTION_PLACE), Map.of(), local, row, text);
        event(events, EventType.DEATH, date(v, RegisterColumn.DEATH, header, columns, row), v.get(RegisterColumn.DEATH_PLACE), Map.of(), local, row, text);
        Dated rehabilitation = dateWithBody(v, RegisterColumn.REHABILITATION, RegisterColumn.REHABILITATION_BODY, header, columns, row);
        Map<String, String> rehabilitationDetails = new LinkedHashMap<>();
        put(rehabilitationDetails, "body", rehabilitation.body);
        put(rehabilitationDetails, "note", rehabilitation.note);
        event(events, EventType.REHABILITATION, new Dated(rehabilitation.date, null, null), v.get(RegisterColumn.REHABILITATION_PLACE), rehabilitationDetails, local, row, text);
        if (v.containsKey(RegisterColumn.OCCUPATION)) {
            events.add(new ExtractedEvent(EventType.POSITION, local, null, null, text, row.start(), row.end(),
                    Map.of("title", v.get(RegisterColumn.OCCUPATION))));
        }
        for (RegisterColumn c : List.of(RegisterColumn.NATIONALITY, RegisterColumn.OCCUPATION, RegisterColumn.RESIDENCE, RegisterColumn.SOURCE)) {
            put(details, c.wire(), v.get(c));
        }
        unknown.forEach((i, h) -> put(details, h, cell(row.cells(), i)));
        List<Mention> mentions = new ArrayList<>();
        int at = text.indexOf(named.written);
        if (at >= 0) mentions.add(new Mention(named.written, row.start() + at, row.start() + at + named.written.length()));
        DocumentPerson person = new DocumentPerson(documentId, source, local, named.name.base(), named.name, mentions, events);
        return new Row(row.line(), person, details);
    }

    private static void event(List<ExtractedEvent> events, EventType type, Dated dated, String place,
                              Map<String, String> details, String local, TableReader.Row row, String text) {
        if (dated.date == null && place == null && details.isEmpty() && dated.note == null) return;
        Map<String, String> all = new LinkedHashMap<>(details);
        if (dated.note != null && !all.containsKey("note")) all.put("note", dated.note);
        events.add(new ExtractedEvent(type, local, dated.date, place, text, row.start(), row.end(), all));
    }

    private record Dated(EdtfDate date, String body, String note) {
        static final Dated NONE = new Dated(null, null, null);
    }

    private Dated date(Map<RegisterColumn, String> v, RegisterColumn column, List<String> header,
                       Map<RegisterColumn, Integer> columns, TableReader.Row row) throws Refused {
        String value = v.get(column);
        if (value == null) return Dated.NONE;
        RegisterDates.Reading r = dates.read(value);
        if (r.error() != null) throw new Refused(new Problem(row.line(), header.get(columns.get(column)).strip(), value, r.error()));
        return new Dated(r.date(), null, r.remainder());
    }

    /** A date column and a body column of one event; each may hold the other's value too. */
    private Dated dateWithBody(Map<RegisterColumn, String> v, RegisterColumn dateColumn, RegisterColumn bodyColumn,
                               List<String> header, Map<RegisterColumn, Integer> columns, TableReader.Row row) throws Refused {
        String body = v.get(bodyColumn);
        Dated dated = date(v, dateColumn, header, columns, row);
        EdtfDate date = dated.date;
        String note = dated.note;
        if (body == null && note != null) {
            body = note;
            note = null;
        } else if (body != null && date == null && !v.containsKey(dateColumn) && Character.isDigit(body.charAt(0))) {
            RegisterDates.Reading r = dates.read(body);
            if (r.error() == null && r.date() != null) {
                date = r.date();
                body = r.remainder();
            }
        }
        return new Dated(date, body, note);
    }

    private static void put(Map<String, String> details, String key, String value) {
        if (value != null && !value.isBlank()) details.put(key, value);
    }

    /** A cell's value stripped; null when blank; a formula guard ({@code '} before = + - @) taken off. */
    private static String cell(List<String> cells, int i) {
        if (i >= cells.size() || cells.get(i) == null) return null;
        String value = cells.get(i).strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) value = value.substring(1);
        return value.isEmpty() ? null : value;
    }

    private record Named(PersonName name, String written) {}

    private Named name(Map<RegisterColumn, String> v) {
        String surname = v.get(RegisterColumn.SURNAME), given = v.get(RegisterColumn.GIVEN_NAME),
                patronymic = v.get(RegisterColumn.PATRONYMIC);
        if (surname == null && given == null && patronymic == null) {
            String full = v.get(RegisterColumn.FULL_NAME);
            return full == null ? null : fullName(full);
        }
        if (surname == null && given == null) return null;
        surname = capitalised(surname);
        given = capitalised(given);
        patronymic = capitalised(patronymic);
        String base = String.join(" ", java.util.stream.Stream.of(surname, given, patronymic).filter(s -> s != null).toList());
        // a given name or patronymic written as an initial (Т., Zh.) is an initial, not a name
        List<String> initials = new ArrayList<>();
        if (given != null && INITIAL.matcher(given).matches()) {
            initials.add(given.replace(".", ""));
            given = null;
            if (patronymic != null && INITIAL.matcher(patronymic).matches()) {
                initials.add(patronymic.replace(".", ""));
                patronymic = null;
            }
        }
        if (surname == null && given == null) return null;
        return new Named(new PersonName(surname, given, patronymic, initials, base, gender(patronymic)),
                v.get(surname != null ? RegisterColumn.SURNAME : RegisterColumn.GIVEN_NAME));
    }

    private Named fullName(String full) {
        String written = full.replaceAll("\\s+", " ");
        String shown = capitalised(written);
        PersonName parsed = null;
        try {
            parsed = names.parse(shown);
        } catch (RuntimeException unreadable) {
            // split by position below
        }
        if (parsed == null || parsed.surname() == null && parsed.givenName() == null) {
            String[] words = shown.split(" ");
            String surname = words[0];
            String given = words.length > 1 ? words[1] : null;
            String patronymic = words.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(words, 2, words.length)) : null;
            return new Named(new PersonName(surname, given, patronymic, List.of(), shown, gender(patronymic)), full.strip());
        }
        if (parsed.surname() == null && parsed.givenName() != null && shown.contains(" ")) {
            // the parser took a surname of no known form for a given name: Russian order, surname first
            String[] words = shown.split(" ");
            String patronymic = words.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(words, 2, words.length)) : null;
            return new Named(new PersonName(words[0], words[1], patronymic, List.of(), shown, gender(patronymic)), full.strip());
        }
        return new Named(new PersonName(parsed.surname(), parsed.givenName(), parsed.patronymic(), parsed.initials(),
                shown, parsed.gender()), full.strip());
    }

    /** ЛЕКЕРОВ → Лекеров, ЖАНСУГУРОВ-ЖАНСУГУРУЛЫ → Жансугуров-Жансугурулы; other words as written. */
    static String capitalised(String value) {
        if (value == null) return null;
        StringBuilder out = new StringBuilder();
        for (String word : value.strip().split("\\s+")) {
            if (!out.isEmpty()) out.append(' ');
            boolean caps = word.length() > 1 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
            if (!caps) {
                out.append(word);
                continue;
            }
            StringBuilder w = new StringBuilder();
            boolean start = true;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                w.appendCodePoint(start ? cp : Character.toLowerCase(cp));
                start = !Character.isLetter(cp);
                i += Character.charCount(cp);
            }
            out.append(w);
        }
        return out.toString();
    }

    /** The sex a patronymic's ending says: -ович/-евич/-ич and -ұлы/-улы/-uly a man, -овна/-ична and -қызы a woman. */
    static Gender gender(String patronymic) {
        if (patronymic == null) return Gender.UNKNOWN;
        String p = patronymic.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (p.endsWith("ич") || p.endsWith("ұлы") || p.endsWith("улы") || p.endsWith("uly") || p.endsWith("ugli")) return Gender.MALE;
        if (p.endsWith("на") || p.endsWith("қызы") || p.endsWith("кызы") || p.endsWith("qyzy") || p.endsWith("kyzy")) return Gender.FEMALE;
        return Gender.UNKNOWN;
    }
}
