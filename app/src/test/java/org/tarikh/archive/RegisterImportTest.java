package org.tarikh.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.TarikhException;
import org.tarikh.archive.register.RegisterReport;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.store.DocumentStore;

/**
 * Register files imported into real archives that already hold documents: rows join the persons the documents
 * name (in Russian, Kazakh and Latin forms), a birth year that disagrees keeps a row apart, a row that fits two
 * persons is listed for an editor, re-import is idempotent and a changed file replaces its rows.
 */
class RegisterImportTest {
    @TempDir Path dir;

    private Archive archiveWith(Map<String, String> documents) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (var e : documents.entrySet()) Files.writeString(docs.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        Archive archive = Archive.open(dir.resolve("archive"), true);
        if (!documents.isEmpty()) archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        return archive;
    }

    private Path register(String name, String csv) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** The archive person holding the register row of that line. */
    private static ResolvedPerson personOfRow(Archive archive, String documentId, int line) {
        return archive.persons().stream()
                .filter(p -> p.members().stream().anyMatch(m -> m.documentId().equals(documentId) && m.localId().equals("r" + line)))
                .findFirst().orElseThrow();
    }

    private static Optional<DocumentPerson> fromDocument(ResolvedPerson person, String source) {
        return person.members().stream().filter(m -> m.source().endsWith(source)).findFirst();
    }

    @Test
    void rowsJoinPersonsNamedInRussianKazakhAndLatinDocuments() throws Exception {
        try (Archive archive = archiveWith(Map.of(
                "ru.txt", "Турар Рыскулов родился в 1894 году. В 1937 году Турар Рыскулов был арестован в Москве.",
                "kk.txt", "Мағжан Жұмабаев 1893 жылы туған. Мағжан Жұмабаев ақын болды.",
                "en.txt", "Saken Seifullin was born in 1894. Saken Seifullin was a poet and a writer."))) {
            RegisterReport report = archive.importRegister(register("joins.csv", """
                    Фамилия,Имя,Год рождения,Дата ареста
                    Рыскулов,Турар,1894,21.05.1937
                    Жумабаев,Магжан,1893,1937
                    Сейфуллин,Сакен,,1937
                    Иксбаев,Игрек,1900,1937
                    """), "joins.csv");
            assertThat(report.rejected()).isEmpty();
            assertThat(report.rows()).isEqualTo(4);
            assertThat(report.joined()).isEqualTo(3);
            assertThat(fromDocument(personOfRow(archive, report.documentId(), 2), "ru.txt")).isPresent();
            assertThat(fromDocument(personOfRow(archive, report.documentId(), 3), "kk.txt")).isPresent();
            assertThat(fromDocument(personOfRow(archive, report.documentId(), 4), "en.txt")).isPresent();
            assertThat(personOfRow(archive, report.documentId(), 5).members()).hasSize(1);
            // the row's claims are the person's, quoting the row
            ResolvedPerson ryskulov = personOfRow(archive, report.documentId(), 2);
            assertThat(ryskulov.members().stream().flatMap(m -> m.events().stream())
                    .filter(e -> e.date() != null && e.date().value().equals("1937-05-21")).findFirst())
                    .hasValueSatisfying(e -> assertThat(e.text()).isEqualTo("Рыскулов,Турар,1894,21.05.1937"));
            // the register is a document search finds
            assertThat(archive.search("Иксбаев", 10).hits()).extracting(h -> h.source()).contains("joins.csv");

            // a Kazakh register writing one name in Latin letters and one in Kazakh Cyrillic
            RegisterReport kazakh = archive.importRegister(register("kk.csv", """
                    Тегі,Аты,Туған жылы
                    Ryskulov,Turar,1894
                    Жұмабаев,Мағжан,1893
                    """), "kk.csv");
            assertThat(kazakh.joined()).isEqualTo(2);
            assertThat(fromDocument(personOfRow(archive, kazakh.documentId(), 2), "ru.txt")).isPresent();
            assertThat(fromDocument(personOfRow(archive, kazakh.documentId(), 3), "kk.txt")).isPresent();
        }
    }

    @Test
    void aBirthYearThatDisagreesKeepsARowApartAndOneThatIsCloseDoesNot() throws Exception {
        try (Archive archive = archiveWith(Map.of("ru.txt", "Турар Рыскулов родился в 1894 году. Турар Рыскулов был наркомом."))) {
            RegisterReport report = archive.importRegister(register("years.csv", """
                    Фамилия;Имя;Год рождения
                    Рыскулов;Турар;1921
                    Рыскулов;Турар;1895
                    """), "years.csv");
            assertThat(fromDocument(personOfRow(archive, report.documentId(), 2), "ru.txt")).isEmpty();
            assertThat(fromDocument(personOfRow(archive, report.documentId(), 3), "ru.txt")).isPresent();
            assertThat(report.joined()).isEqualTo(1);
        }
    }

    @Test
    void aRowThatFitsTwoPersonsIsListedForAnEditorAndStoredSo() throws Exception {
        try (Archive archive = archiveWith(Map.of(
                "a.txt", "Ахмет Касымов родился в 1890 году. Ахмет Касымов был учителем.",
                "b.txt", "Ахмет Касымов родился в 1912 году. Ахмет Касымов был агрономом."))) {
            List<ResolvedPerson> kasymovs = archive.persons().stream().filter(p -> p.name().contains("Касымов")).toList();
            assertThat(kasymovs).as("two persons of one name, kept apart by their birth years").hasSize(2);
            RegisterReport report = archive.importRegister(register("ambiguous.csv", """
                    Фамилия,Имя,Год рождения
                    Касымов,Ахмет,
                    Касымов,Ахмет,1912
                    """), "ambiguous.csv");
            assertThat(report.review()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(2);
                List<String> named = new java.util.ArrayList<>(r.candidates().stream().map(RegisterReport.Fit::id).toList());
                if (r.joined()) named.add(r.person());
                assertThat(named).containsExactlyInAnyOrderElementsOf(kasymovs.stream().map(ResolvedPerson::id).toList());
                assertThat(r.reason()).contains("Касымов");
            });
            ResolvedPerson ofRow = personOfRow(archive, report.documentId(), 2);
            assertThat(ofRow.members().stream().map(DocumentPerson::source).filter(s -> s.endsWith(".txt")).count())
                    .as("never both").isLessThanOrEqualTo(1);
            List<DocumentStore.RegisterReview> stored = archive.registerReview();
            assertThat(stored).singleElement().satisfies(s -> {
                assertThat(s.line()).isEqualTo(2);
                assertThat(s.source()).isEqualTo("ambiguous.csv");
                assertThat(s.review()).isEqualTo(report.review().get(0).reason());
            });
        }
    }

    @Test
    void reImportIsIdempotentAndAChangedFileReplacesItsRows() throws Exception {
        try (Archive archive = archiveWith(Map.of())) {
            Path file = register("twice.csv", "Фамилия,Имя,Дата ареста\nОмаров,Серік,1937\nНұрланов,Асхат,1938\n");
            RegisterReport first = archive.importRegister(file, "twice.csv");
            assertThat(first.outcome()).isEqualTo("added");
            List<ResolvedPerson> before = archive.persons();
            RegisterReport again = archive.importRegister(file, "twice.csv");
            assertThat(again.outcome()).isEqualTo("unchanged");
            assertThat(archive.persons()).isEqualTo(before);
            assertThat(archive.documentCount()).isEqualTo(1);

            Files.writeString(file, "Фамилия,Имя,Дата ареста\nОмаров,Серік,1936\n", StandardCharsets.UTF_8);
            RegisterReport changed = archive.importRegister(file, "twice.csv");
            assertThat(changed.outcome()).isEqualTo("replaced");
            assertThat(archive.documentCount()).isEqualTo(1);
            assertThat(archive.persons()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Омаров Серік");
                assertThat(p.members()).singleElement().satisfies(m -> assertThat(m.events()).singleElement()
                        .satisfies(e -> assertThat(e.date().value()).isEqualTo("1936")));
            });
        }
    }

    @Test
    void anUnchangedFileWhoseRowsWereNeverResolvedIsResolvedOnReImport() throws Exception {
        Path file = register("stopped.csv", "Фамилия,Имя,Дата ареста\nОмаров,Серік,1937\n");
        try (Archive archive = archiveWith(Map.of())) {
            archive.importRegister(file, "stopped.csv");
        }
        // as if the import had been killed after storing the file and before resolving it
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("archive").resolve("tarikh.db"));
             var statement = db.createStatement()) {
            statement.executeUpdate("DELETE FROM person_members");
            statement.executeUpdate("DELETE FROM persons");
            statement.executeUpdate("UPDATE documents SET resolved = 0");
        }
        try (Archive archive = Archive.open(dir.resolve("archive"), true)) {
            assertThat(archive.importRegister(file, "stopped.csv").outcome()).isEqualTo("unchanged");
            assertThat(archive.persons()).extracting(ResolvedPerson::name).containsExactly("Омаров Серік");
        }
    }

    @Test
    void aFileThatIsNoRegisterIsRefusedNamingIt() throws Exception {
        try (Archive archive = archiveWith(Map.of())) {
            Path file = register("prices.csv", "item,price\nbread,3\n");
            assertThatThrownBy(() -> archive.importRegister(file, "prices.csv")).isInstanceOf(TarikhException.class)
                    .hasMessageStartingWith("prices.csv is not a register").hasMessageContaining("item, price");
            assertThat(archive.documentCount()).isZero();
        }
    }
}
