package org.tarikh.archive.register;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns a register of the repressed has, and the headers they go by in Russian, Kazakh and English (the
 * registers of Memorial's "Жертвы политического террора", the Open List, the Kazakh books of memory and
 * rehabilitation lists, and Tarikh's own {@code register.csv} export).
 *
 * <p>Headers are compared without case, spaces and punctuation, and without a part in brackets:
 * {@code "Год рождения (г.р.)"}, {@code "ГОД_РОЖДЕНИЯ"} and {@code "год рождения"} are one. A header that is none
 * of these is an unknown column: its values are kept as details of the row, never an error.
 *
 * <p>Example: {@code RegisterColumn.of("Тұтқындалған күні")} is {@link #ARREST}, {@code of("Кем осужден")} is
 * {@link #SENTENCE_BODY}, {@code of("ФИО")} is {@link #FULL_NAME}.
 */
public enum RegisterColumn {
    SURNAME("фамилия", "тегі", "тегi", "surname", "lastname", "familyname"),
    GIVEN_NAME("имя", "аты", "есімі", "givenname", "firstname", "forename"),
    PATRONYMIC("отчество", "әкесініңаты", "әкесінің", "әкесiнiңаты", "patronymic", "middlename", "fathersname"),
    /** Surname, given name and patronymic in one cell (the order is read by the name parser). */
    FULL_NAME("фио", "фамилияимяотчество", "фамилияимя", "атыжөні", "толықаты", "тегіатыәкесініңаты", "fullname",
            "name", "personname"),
    BIRTH("годрождения", "датарождения", "гр", "родился", "рождение", "туғанжылы", "туғанкүні", "туылғанжылы",
            "туғануақыты", "birthyear", "yearofbirth", "birth", "born", "dateofbirth", "birthdate"),
    BIRTH_PLACE("месторождения", "уроженец", "туғанжері", "туылғанжері", "туғанорны", "birthplace", "placeofbirth"),
    NATIONALITY("национальность", "ұлты", "nationality", "ethnicity"),
    OCCUPATION("местоработыпрофессия", "местоработы", "профессия", "должность", "родзанятий", "занятие",
            "местоработыдолжность", "қызметі", "жұмысорны", "мамандығы", "кәсібі", "occupation", "profession", "job",
            "employment"),
    RESIDENCE("местопроживания", "проживал", "адрес", "мекенжайы", "тұрғылықтыжері", "residence", "address"),
    ARREST("датаареста", "арестован", "арест", "тұтқындалғанкүні", "тұтқындалған", "қамауғаалынғанкүні",
            "қамауғаалынған", "arrest", "arrested", "arrestdate", "dateofarrest"),
    ARREST_PLACE("местоареста", "тұтқындалғанжері", "arrestplace", "placeofarrest"),
    SENTENCE("датаосуждения", "датаприговора", "сотталғанкүні", "үкімкүні", "үкімшығарылғанкүні", "sentencedate",
            "dateofsentence", "sentence", "sentenced", "convicted"),
    SENTENCE_BODY("осужден", "кемосужден", "органосуждения", "осудившийорган", "сотталған", "кімсоттады",
            "соттағанорган", "үкімшығарғанорган", "sentencebody", "sentencedby", "sentencingbody", "court"),
    SENTENCE_PLACE("sentenceplace", "местоосуждения"),
    ARTICLES("статья", "статьи", "статьяук", "обвинение", "бабы", "айыптау", "sentencearticles", "articles", "article",
            "charge", "charges"),
    PUNISHMENT("приговор", "меранаказания", "наказание", "үкім", "жаза", "жазасы", "punishment", "penalty", "verdict"),
    EXECUTION("датарасстрела", "расстрелян", "расстрел", "атылғанкүні", "атылған", "атылды", "execution", "executed",
            "dateofexecution", "executiondate"),
    EXECUTION_PLACE("месторасстрела", "атылғанжері", "executionplace", "placeofexecution"),
    DEATH("датасмерти", "умер", "смерть", "погиб", "қайтысболғанкүні", "қайтысболған", "death", "died",
            "dateofdeath", "deathdate"),
    DEATH_PLACE("местосмерти", "қайтысболғанжері", "deathplace", "placeofdeath"),
    REHABILITATION("датареабилитации", "реабилитирован", "реабилитация", "ақталғанкүні", "ақталған", "ақталды",
            "rehabilitation", "rehabilitated", "rehabilitationdate", "dateofrehabilitation"),
    REHABILITATION_BODY("органреабилитации", "реабилитировавшийорган", "кемреабилитирован", "ақтағанорган",
            "rehabilitationbody", "rehabilitatedby"),
    REHABILITATION_PLACE("rehabilitationplace"),
    SOURCE("источник", "источники", "источникданных", "дереккөз", "дереккөзі", "source", "sources");

    private final List<String> headers;
    private static final Map<String, RegisterColumn> BY_HEADER = new HashMap<>();

    static {
        for (RegisterColumn c : values()) for (String h : c.headers) BY_HEADER.put(h, c);
    }

    RegisterColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /** The column a header names, if it is one of ours. */
    public static Optional<RegisterColumn> of(String header) {
        if (header == null) return Optional.empty();
        RegisterColumn found = BY_HEADER.get(normalize(header));
        if (found == null) found = BY_HEADER.get(normalize(header.replaceAll("\\([^)]*\\)", "")));
        return Optional.ofNullable(found);
    }

    /** The header without case, ё, spaces, punctuation: {@code "Место работы / Профессия"} → {@code местоработыпрофессия}. */
    static String normalize(String header) {
        String lower = header.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The name of the column in a row's details: {@code birth_place}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the header is Russian, Kazakh or English: the language the register's document is given. */
    static String language(String header) {
        String n = normalize(header);
        if (n.codePoints().anyMatch(c -> "әіңғүұқөһ".indexOf(c) >= 0)) return "kk";
        if (n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) return "ru";
        return "en";
    }
}
