package org.tarikh.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.search.PersonHit;

/** A search for a surname alone lists the archive persons of that family above the hits, when they are few. */
class SurnameSearchTest {
    @TempDir Path archiveDir;
    @TempDir Path docs;

    @Test
    void aSurnameAloneListsEveryPersonOfThatSurnameInAnyScript() throws Exception {
        // three brothers of one family, written in three ways; a woman of the family; and someone else
        write("a.txt", "Мұхтар Омарұлы Жанботаев 1899 жылы Семейде туған. Ол мұғалім болды.");
        write("b.txt", "Бауыржан Жанботаев в 1937 году был арестован в Алма-Ате.");
        write("c.txt", "Yerlan Zhanbotayev was a teacher in Semey; he was arrested in 1938.");
        write("d.txt", "Гүлнар Жанботаева 1905 жылы туған.");
        write("e.txt", "Асқар Тоқпанов 1937 жылы тұтқындалды.");
        try (Archive archive = Archive.open(archiveDir, true)) {
            archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            List<String> family = archive.persons().stream()
                    .filter(p -> p.names().stream().anyMatch(n -> n.matches("(?i).*(Жанботаев|Zhanbotayev)(?!а).*")))
                    .map(p -> p.id()).toList();
            assertThat(family).as("the three men of the family are three archive persons").hasSize(3);

            for (String query : List.of("Жанботаев", "Zhanbotayev", "Janbotaev")) {
                List<String> shown = archive.search(query, 10).persons().stream().map(PersonHit::id).toList();
                assertThat(shown).as(query).containsExactlyInAnyOrderElementsOf(family);
            }
            assertThat(archive.search("Тоқпанов", 10).persons()).hasSize(1);
            // two words are a name, not a family: only the persons that name fits
            assertThat(archive.search("Бауыржан Жанботаев", 10).persons()).hasSize(1);
        }
    }

    @Test
    void theRussianFormOfASurnameListsThePersonsTheArchiveNamesInTheKazakhFormAndBack() throws Exception {
        write("a.txt", "Ахмет Байтұрсынұлы 1873 жылы Торғайда туған. Ол ақын болды.");
        write("b.txt", "Серік Мұсаұлы 1901 жылы Семейде туған. Ол мұғалім болды.");
        write("c.txt", "Ерлан Әлиұлы 1903 жылы Ақтөбеде туған. Ол дәрігер болды.");
        write("d.txt", "Бауыржан Исаев в 1937 году был арестован в Алма-Ате.");
        try (Archive archive = Archive.open(archiveDir, true)) {
            archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            for (String[] asked : new String[][] {{"Байтурсынов", "Байтұрсынұлы"}, {"Baitursynov", "Байтұрсынұлы"},
                    {"Мусаев", "Мұсаұлы"}, {"Musayev", "Мұсаұлы"}, {"Алиев", "Әлиұлы"}, {"Исаұлы", "Исаев"},
                    {"Isauly", "Исаев"}}) {
                List<String> shown = archive.search(asked[0], 10).persons().stream().map(PersonHit::name).toList();
                assertThat(shown).as(asked[0]).anyMatch(name -> name.contains(asked[1]));
            }
        }
    }

    @Test
    void aCommonSurnameListsNoOneItDoesNotName() throws Exception {
        String[] given = {"Асан", "Үсен", "Бақыт", "Дәурен", "Ерлан", "Жұмабай", "Қайрат", "Мейрам", "Нұрлан"};
        for (int i = 0; i < given.length; i++) {
            write("p" + i + ".txt", given[i] + " Сарыбаев " + (1890 + i) + " жылы туған, " + (1930 + i) + " жылы тұтқындалды.");
        }
        try (Archive archive = Archive.open(archiveDir, true)) {
            archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            long sarybaevs = archive.persons().stream().filter(p -> p.name().contains("Сарыбаев")).count();
            assertThat(sarybaevs).isGreaterThan(Archive.SURNAME_PERSONS);
            assertThat(archive.search("Сарыбаев", 10).persons()).as("more than " + Archive.SURNAME_PERSONS
                    + " persons of the surname: none listed").isEmpty();
        }
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(docs.resolve(name), text, StandardCharsets.UTF_8);
    }
}
