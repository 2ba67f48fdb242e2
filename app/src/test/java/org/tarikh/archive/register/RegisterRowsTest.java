package org.tarikh.archive.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.extract.EventType;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.names.PersonName;
import org.tarikh.ingest.TableReader;
import org.tarikh.ingest.UnreadableDocumentException;
import org.tarikh.resolve.DocumentPerson;

/** Register files of our own making, read by the real table reader and row reader. */
class RegisterRowsTest {
    @TempDir Path dir;

    private RegisterRows.Reading read(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new RegisterRows().read(new TableReader().read(file), "doc", name);
    }

    private RegisterRows.Reading read(String name, String text) throws Exception {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<EventType, ExtractedEvent> events(DocumentPerson p) {
        return p.events().stream().collect(Collectors.toMap(ExtractedEvent::type, e -> e));
    }

    private static String date(DocumentPerson p, EventType type) {
        ExtractedEvent e = events(p).get(type);
        return e == null || e.date() == null ? null : e.date().value();
    }

    @Test
    void russianHeadersWithSemicolonsAndABomGiveEveryClaimOfTheRow() throws Exception {
        String csv = "\uFEFFФамилия;Имя;Отчество;Год рождения;Место рождения;Национальность;Место работы / Профессия;"
                + "Дата ареста;Кем осужден;Дата осуждения;Статья;Приговор;Дата расстрела;Дата реабилитации;"
                + "Орган реабилитации;Источник;Шифр дела\r\n"
                + "ЖАНТЕМИРОВ;Болат;Серикович;1901;аул № 4 Каркаралинского уезда;казах;учитель;12.10.1937;"
                + "тройка при НКВД КазССР;12 октября 1937 г.;58-10;ВМН;1937-10-20;10.1958;Верховный суд КазССР;"
                + "Книга скорби, т. 2;д. 1234\r\n";
        RegisterRows.Reading reading = read("ru.csv", csv);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.language()).isEqualTo("ru");
        RegisterRows.Row row = reading.rows().get(0);
        assertThat(row.line()).isEqualTo(2);
        DocumentPerson p = row.person();
        assertThat(p.localId()).isEqualTo("r2");
        assertThat(p.parsed()).isEqualTo(new PersonName("Жантемиров", "Болат", "Серикович", List.of(),
                "Жантемиров Болат Серикович", PersonName.Gender.MALE));
        assertThat(date(p, EventType.BIRTH)).isEqualTo("1901");
        assertThat(events(p).get(EventType.BIRTH).place()).isEqualTo("аул № 4 Каркаралинского уезда");
        assertThat(date(p, EventType.ARREST)).isEqualTo("1937-10-12");
        assertThat(date(p, EventType.SENTENCE)).isEqualTo("1937-10-12");
        assertThat(events(p).get(EventType.SENTENCE).details()).containsEntry("body", "тройка при НКВД КазССР")
                .containsEntry("articles", "58-10").containsEntry("punishment", "ВМН");
        assertThat(date(p, EventType.EXECUTION)).isEqualTo("1937-10-20");
        assertThat(date(p, EventType.REHABILITATION)).isEqualTo("1958-10");
        assertThat(events(p).get(EventType.REHABILITATION).details()).containsEntry("body", "Верховный суд КазССР");
        assertThat(events(p).get(EventType.POSITION).details()).containsEntry("title", "учитель");
        assertThat(row.details()).containsEntry("nationality", "казах").containsEntry("source", "Книга скорби, т. 2")
                .containsEntry("Шифр дела", "д. 1234");
        // every claim quotes the row as the document's text has it
        String text = new TableReader().read(dir.resolve("ru.csv")).text();
        for (ExtractedEvent e : p.events()) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()).startsWith("ЖАНТЕМИРОВ;").endsWith("д. 1234");
        }
        assertThat(p.mentions()).singleElement().satisfies(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo("ЖАНТЕМИРОВ"));
    }

    @Test
    void kazakhHeadersWithTabsAndAFullNameColumn() throws Exception {
        String tsv = "Аты-жөні\tТуған жылы\tТуған жері\tҰлты\tҚызметі\tТұтқындалған күні\tҮкім\tАтылған күні\tАқталған күні\tДереккөз\n"
                + "Сейітқазиев Нұрлан Әбілұлы\t1899\tҚарқаралы\tқазақ\tмұғалім\t1937 жылы 3 қарашада\tату\t1938 жылғы 2 ақпан\t1989\tАқталғандар тізімі\n";
        RegisterRows.Reading reading = read("kk.tsv", tsv);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.language()).isEqualTo("kk");
        DocumentPerson p = reading.rows().get(0).person();
        assertThat(p.parsed().surname()).isEqualTo("Сейітқазиев");
        assertThat(p.parsed().givenName()).isEqualTo("Нұрлан");
        assertThat(p.parsed().patronymic()).isEqualTo("Әбілұлы");
        assertThat(date(p, EventType.BIRTH)).isEqualTo("1899");
        assertThat(date(p, EventType.ARREST)).isEqualTo("1937-11-03");
        assertThat(date(p, EventType.EXECUTION)).isEqualTo("1938-02-02");
        assertThat(date(p, EventType.REHABILITATION)).isEqualTo("1989");
        assertThat(events(p).get(EventType.SENTENCE).details()).containsEntry("punishment", "ату");
        assertThat(reading.rows().get(0).details()).containsEntry("nationality", "қазақ").containsEntry("source", "Ақталғандар тізімі");
    }

    @Test
    void windows1251CsvIsDetectedAndRead() throws Exception {
        String csv = "Фамилия,Имя,Год рождения,Дата ареста\nКасымов,Ахмет,1890,15.03.1938\nСергеева,Анна,1905,\n";
        RegisterRows.Reading reading = read("cp1251.csv", csv.getBytes(Charset.forName("windows-1251")));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).extracting(r -> r.person().name()).containsExactly("Касымов Ахмет", "Сергеева Анна");
        assertThat(date(reading.rows().get(0).person(), EventType.ARREST)).isEqualTo("1938-03-15");
    }

    @Test
    void englishHeadersInAnXlsxWorkbookWithARealDateCell() throws Exception {
        Path file = dir.resolve("en.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("register");
            Row header = sheet.createRow(0);
            String[] names = {"Surname", "Given name", "Year of birth", "Date of arrest", "Sentenced by", "Sentence date",
                    "Punishment", "Remarks"};
            for (int i = 0; i < names.length; i++) header.createCell(i).setCellValue(names[i]);
            CellStyle dated = book.createCellStyle();
            dated.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Row r = sheet.createRow(2); // a blank row 2 between: the person is on Excel row 3
            r.createCell(0).setCellValue("Dulatov");
            r.createCell(1).setCellValue("Mirzhakyp");
            r.createCell(2).setCellValue(1885);
            r.createCell(3).setCellValue(LocalDate.of(1928, 12, 31));
            r.getCell(3).setCellStyle(dated);
            r.createCell(4).setCellValue("OGPU collegium");
            r.createCell(5).setCellValue("4.1930");
            r.createCell(6).setCellValue("10 years");
            r.createCell(7).setCellValue("died in the camp");
            book.write(out);
        }
        RegisterRows.Reading reading = new RegisterRows().read(new TableReader().read(file), "doc", "en.xlsx");
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.language()).isEqualTo("en");
        RegisterRows.Row row = reading.rows().get(0);
        assertThat(row.line()).isEqualTo(3);
        assertThat(row.person().name()).isEqualTo("Dulatov Mirzhakyp");
        assertThat(date(row.person(), EventType.BIRTH)).isEqualTo("1885");
        assertThat(date(row.person(), EventType.ARREST)).isEqualTo("1928-12-31");
        assertThat(date(row.person(), EventType.SENTENCE)).isEqualTo("1930-04");
        assertThat(events(row.person()).get(EventType.SENTENCE).details()).containsEntry("body", "OGPU collegium")
                .containsEntry("punishment", "10 years");
        assertThat(row.details()).containsEntry("Remarks", "died in the camp");
    }

    @Test
    void badRowsAreNamedByLineColumnValueAndReasonAndTheRestIsRead() throws Exception {
        String csv = "Фамилия;Имя;Дата ареста;Дата расстрела\n"
                + "Ахметов;Бекет;31.02.1937;\n"          // line 2: no such day
                + ";;12.05.1937;\n"                      // line 3: no name
                + "Бекетов;Ахмет;1937\n"                 // line 4: three fields
                + "Омаров;Серік;13.13.1937;\n"           // line 5: no month 13
                + "Нурланов;Асхат;вчера;\n"              // line 6: not a date
                + "Садыков;Ержан;1937;неизвестно\n"      // line 7: fine, 'unknown' is no date
                + "Темиров;Ерлан;\"05.06.1937;\n"        // line 8: a quote never closed
                + "Ещё;Один;1938;\n";
        RegisterRows.Reading reading = read("bad.csv", csv);
        Map<Integer, String> problems = reading.problems().stream()
                .collect(Collectors.toMap(RegisterRows.Problem::line, RegisterRows.Problem::message));
        assertThat(problems).containsOnlyKeys(2, 3, 4, 5, 6);
        assertThat(problems.get(2)).isEqualTo("line 2, Дата ареста '31.02.1937': there is no day 31 in February 1937");
        assertThat(problems.get(3)).contains("no name");
        assertThat(problems.get(4)).contains("3 fields where the header has 4");
        assertThat(problems.get(5)).contains("13.13.1937").contains("no month 13");
        assertThat(problems.get(6)).contains("'вчера'").contains("not a date");
        assertThat(reading.rows()).extracting(RegisterRows.Row::line).containsExactly(7);
        TableReader.Table table = new TableReader().read(dir.resolve("bad.csv"));
        assertThat(table.problem()).startsWith("line 8: a quote opened on this line is never closed");
    }

    @Test
    void aTitleAboveTheHeaderIsPassedOver() throws Exception {
        RegisterRows.Reading reading = read("titled.csv", "Список лиц, реабилитированных в 1989 году\n\nФамилия;Имя;Дата ареста\nОмаров;Серік;1937\n");
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.person().name()).isEqualTo("Омаров Серік");
        });
    }

    @Test
    void initialsInTheNameColumnsAreInitials() throws Exception {
        RegisterRows.Reading reading = read("initials.csv", "Фамилия,Имя,Отчество\nСейфуллин,С.,Ш.\nSeifullin,Saken,\n");
        assertThat(reading.rows().get(0).person().parsed()).isEqualTo(new PersonName("Сейфуллин", null, null,
                List.of("С", "Ш"), "Сейфуллин С. Ш.", PersonName.Gender.UNKNOWN));
        assertThat(reading.rows().get(1).person().parsed().givenName()).isEqualTo("Saken");
    }

    @Test
    void aFileWithoutANameColumnIsRefusedWithItsHeader() throws Exception {
        assertThatThrownBy(() -> read("noname.csv", "Год рождения,Дата ареста\n1900,1937\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Год рождения, Дата ареста")
                .hasMessageContaining("no surname, given name or full name column");
    }

    @Test
    void anOldExcelWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path file = dir.resolve("old.xls");
        Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertThatThrownBy(() -> new TableReader().read(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(".xlsx or .csv");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1937|1937", "12.10.1937|1937-10-12", "2.1.1938|1938-01-02", "12/10/1937|1937-10-12", "12 октября 1937|1937-10-12",
            "12 октября 1937 г.|1937-10-12", "1937-10-12|1937-10-12", "10.1937|1937-10", "1937-10|1937-10", "ок. 1900|1900~",
            "1901?|1901?", "1937 жылы 3 қарашада|1937-11-03", "October 12, 1937|1937-10-12", "1923/1925|1923/1925"})
    void registerDateForms(String cell, String edtf) {
        RegisterDates.Reading r = new RegisterDates().read(cell);
        assertThat(r.error()).isNull();
        assertThat(r.date().value()).isEqualTo(edtf);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31.02.1937|no day 31 in February 1937", "1937-02-30|no day 30", "00.1937|no month 0",
            "29.02.1937|no day 29", "1600|outside", "не помню|not a date"})
    void brokenDatesSayWhy(String cell, String reason) {
        assertThat(new RegisterDates().read(cell).error()).contains(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Фамилия|SURNAME", "ФАМИЛИЯ|SURNAME", " фамилия |SURNAME", "Тегі|SURNAME",
            "Last name|SURNAME", "last_name|SURNAME", "Әкесінің аты|PATRONYMIC", "ФИО|FULL_NAME", "Ф.И.О.|FULL_NAME",
            "Аты-жөні|FULL_NAME", "Год рождения (г.р.)|BIRTH", "Место работы / Профессия|OCCUPATION",
            "Кем осужден|SENTENCE_BODY", "Осужден|SENTENCE_BODY", "Дата ареста|ARREST", "Ақталған күні|REHABILITATION",
            "Реабилитирован|REHABILITATION", "Дереккөз|SOURCE", "sentence_body|SENTENCE_BODY", "birth_place|BIRTH_PLACE"})
    void headerVariants(String header, RegisterColumn column) {
        assertThat(RegisterColumn.of(header)).contains(column);
    }

    @Test
    void aSentenceCellWithDateAndBodyIsSplit() throws Exception {
        RegisterRows.Reading reading = read("memorial.csv", "ФИО,Осужден,Реабилитирован\n"
                + "\"Лекеров Азимбай Лекерович\",\"08.02.1938, выездная сессия ВК ВС СССР\",\"12 апреля 1958 г. Верховный суд СССР\"\n");
        assertThat(reading.problems()).isEmpty();
        DocumentPerson p = reading.rows().get(0).person();
        assertThat(p.parsed().surname()).isEqualTo("Лекеров");
        assertThat(p.parsed().givenName()).isEqualTo("Азимбай");
        assertThat(date(p, EventType.SENTENCE)).isEqualTo("1938-02-08");
        assertThat(events(p).get(EventType.SENTENCE).details()).containsEntry("body", "выездная сессия ВК ВС СССР");
        assertThat(date(p, EventType.REHABILITATION)).isEqualTo("1958-04-12");
        assertThat(events(p).get(EventType.REHABILITATION).details()).containsEntry("body", "Верховный суд СССР");
    }
}
