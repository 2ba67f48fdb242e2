package org.tarikh.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a register of the repressed as CSV rows, seeded and deterministic (row <i>i</i> of seed <i>s</i> is
 * always the same): the persons of note of {@link Lexicon#PERSONS} (5%, as the corpus's documents name them, so
 * they can join) and ordinary persons built like the corpus's (surname from a father's name, Kazakh or Russian
 * spelling), with birth years and places, arrests, sentences by the period's bodies, executions and
 * rehabilitations in the date forms registers use ({@code 1937}, {@code 12.10.1937}, {@code 12 октября 1937},
 * {@code 1937-10-12}, {@code 10.1937}). About 1% of rows are bad on purpose: a day that does not exist
 * ({@code 31.02.1937}), no name, or a missing field. Headers are Russian; semicolons separate the fields.
 */
public final class RegisterGenerator {
    public static final List<String> HEADER = List.of("Фамилия", "Имя", "Отчество", "Год рождения", "Место рождения",
            "Национальность", "Место работы / Профессия", "Дата ареста", "Кем осужден", "Дата осуждения", "Приговор",
            "Дата расстрела", "Дата реабилитации", "Источник");
    private static final String[] MONTHS = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"};
    private static final List<String> BODIES = List.of("тройка при НКВД КазССР", "ОСО при НКВД СССР",
            "ВК ВС СССР", "Коллегия ОГПУ", "спецколлегия Верховного суда КазССР", "Особое совещание при НКВД");
    private static final List<String> PUNISHMENTS = List.of("ВМН", "расстрел", "10 лет ИТЛ", "8 лет ИТЛ",
            "5 лет ссылки", "3 года ИТЛ");
    private static final List<String> JOBS = List.of("учитель", "колхозник", "бухгалтер", "агроном", "председатель аулсовета",
            "журналист", "врач", "счетовод", "рабочий", "писатель");
    private static final List<String> SOURCES = List.of("Книга скорби Казахстана", "Открытый список",
            "Книга памяти Карагандинской обл.", "Ақталғандар тізімі");
    /** Register sets of bad rows apart from good ones: one in this many rows is bad. */
    public static final int BAD_EVERY = 97;

    private RegisterGenerator() {}

    /** The CSV text: header and {@code rows} rows, semicolon-separated, with CRLF line ends. */
    public static String csv(int rows, long seed) {
        StringBuilder out = new StringBuilder(String.join(";", HEADER)).append("\r\n");
        for (int i = 0; i < rows; i++) out.append(row(i, seed)).append("\r\n");
        return out.toString();
    }

    /** Row {@code i} (0-based) of the register of seed {@code seed}, as a CSV line. */
    public static String row(int i, long seed) {
        Random random = new Random(seed * 1_000_003L + i);
        List<String> cells = new ArrayList<>();
        boolean woman = random.nextInt(5) == 0;
        String surname, given, patronymic;
        if (random.nextInt(20) == 0) {
            String[] name = pick(random, pick(random, Lexicon.PERSONS).russian()).split(" ");
            if (name.length < 2 || name[0].endsWith(".")) name = new String[] {name[name.length - 1], "Ахмет"};
            given = name[0];
            surname = name[1];
            patronymic = "";
            woman = false;
        } else {
            boolean russian = random.nextBoolean();
            String first = pick(random, woman ? Lexicon.WOMEN : Lexicon.MEN);
            String father = pick(random, Lexicon.MEN);
            String family = CorpusGenerator.surnameOf(pick(random, Lexicon.MEN)) + (woman ? "а" : "");
            surname = russian ? Spellings.russian(family) : family;
            given = russian ? Spellings.russian(first) : first;
            patronymic = russian ? Spellings.russian(father) + (woman ? "овна" : "ович") : father + (woman ? "қызы" : "ұлы");
            if (random.nextInt(3) == 0) patronymic = "";
            if (random.nextInt(6) == 0) surname = surname.toUpperCase(java.util.Locale.ROOT);
        }
        int born = 1870 + random.nextInt(45);
        int arrested = 1928 + random.nextInt(11);
        int month = 1 + random.nextInt(12), day = 1 + random.nextInt(28);
        Lexicon.Place place = pick(random, Lexicon.PLACES);
        boolean shot = random.nextInt(3) == 0;
        cells.add(surname);
        cells.add(given);
        cells.add(patronymic);
        cells.add(String.valueOf(born));
        cells.add(random.nextBoolean() ? pick(random, place.russian()) : place.kazakh());
        cells.add(woman || random.nextInt(5) > 0 ? (woman ? "казашка" : "казах") : "русский");
        cells.add(random.nextInt(3) == 0 ? "" : pick(random, JOBS));
        cells.add(date(random, arrested, month, day));
        cells.add(pick(random, BODIES));
        int sentenced = arrested + (month > 10 ? 1 : 0);
        int sentenceMonth = month > 10 ? 1 + random.nextInt(3) : month + 1 + random.nextInt(2);
        cells.add(date(random, sentenced, sentenceMonth, day));
        cells.add(shot ? "ВМН" : pick(random, PUNISHMENTS.subList(2, PUNISHMENTS.size())));
        cells.add(shot ? date(random, sentenced, sentenceMonth, Math.min(28, day + 1 + random.nextInt(5))) : "");
        cells.add(random.nextInt(4) == 0 ? "" : date(random, 1956 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        cells.add(pick(random, SOURCES));
        if (i % BAD_EVERY == BAD_EVERY - 1) {
            switch (random.nextInt(3)) {
                case 0 -> cells.set(7, "31.02." + arrested);          // a day that does not exist
                case 1 -> { cells.set(0, ""); cells.set(1, ""); cells.set(2, ""); } // no name
                default -> cells.remove(cells.size() - 1);           // a field missing
            }
        }
        return String.join(";", cells);
    }

    /** A date in one of the forms registers write; now and then only the year or the month. */
    private static String date(Random random, int year, int month, int day) {
        return switch (random.nextInt(6)) {
            case 0 -> String.valueOf(year);
            case 1 -> "%02d.%02d.%d".formatted(day, month, year);
            case 2 -> day + " " + MONTHS[month - 1] + " " + year + (random.nextBoolean() ? " г." : "");
            case 3 -> "%d-%02d-%02d".formatted(year, month, day);
            case 4 -> "%02d.%d".formatted(month, year);
            default -> "%d.%d.%d".formatted(day, month, year);
        };
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
