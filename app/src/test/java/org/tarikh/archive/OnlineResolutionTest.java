package org.tarikh.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import org.tarikh.extract.EventType;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.Mention;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.extract.names.PersonName;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Provenance;

/**
 * Online resolution (a new mention joining its person without its family being read again) decides what resolving
 * everything at once decides: documents added one at a time to an archive, each resolved as it comes, give the same
 * persons as a fresh archive of the same documents resolved once, for random documents whose names collide in every
 * way the rules weigh (spellings of one family, namesakes, initials, surnames alone, women's forms, patronymics,
 * birth years that tell namesakes apart).
 */
class OnlineResolutionTest {
    private static final String[] SURNAMES = {"Сейфуллин", "Сейфулин", "Seifullin", "Дулатов", "Дулатұлы", "Dulatov",
            "Дулатова", "Байтұрсынов", "Baitursynov", "Байтурсынова", "Жұмабаев", "Жумабаев", "Zhumabaev"};
    private static final String[] GIVEN = {"Сәкен", "Saken", "Ахмет", "Ахмета", "Ahmet", "Міржақып", "Гүлнар", "Мағжан"};
    private static final String[] PATRONYMICS = {"Сейфоллаұлы", "Ахметович", "Жұмабайұлы"};

    private final List<Path> folders = new ArrayList<>();

    @AfterProperty
    void removeArchives() throws IOException {
        for (Path folder : folders) {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        folders.clear();
    }

    private Path folder() throws IOException {
        Path f = Files.createTempDirectory("tarikh-online");
        folders.add(f);
        return f;
    }

    /** Document {@code index} of a random archive: one to four persons named in the ways the rules weigh. */
    private static Archive.Extracted document(long seed, int index) {
        Random random = new Random(seed * 7919 + index);
        String id = String.format(Locale.ROOT, "d%06d", index);
        StringBuilder text = new StringBuilder();
        List<DocumentPerson> persons = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int k = 0; k < count; k++) {
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            int form = random.nextInt(10);
            String given = form < 7 ? GIVEN[random.nextInt(GIVEN.length)] : null; // 7 in 10 with a given name
            List<String> initials = form == 7 ? List.of(GIVEN[random.nextInt(GIVEN.length)].substring(0, 1) + ".") : List.of();
            String patronymic = given != null && random.nextInt(8) == 0 ? PATRONYMICS[random.nextInt(PATRONYMICS.length)] : null;
            String full = (given != null ? given + " " : initials.isEmpty() ? "" : initials.get(0) + " ") + surname;
            int start = text.length();
            text.append(full).append(" туралы. ");
            List<ExtractedEvent> events = new ArrayList<>();
            if (given != null && random.nextInt(6) == 0) {
                int year = 1890 + random.nextInt(3) * 10; // 1890, 1900 or 1910: namesakes told apart
                events.add(new ExtractedEvent(EventType.BIRTH, "p" + (k + 1), EdtfDate.of(year), null, full + " туған",
                        start, start + full.length(), Map.of()));
            }
            PersonName parsed = new PersonName(surname, given, patronymic, initials, full, PersonName.Gender.UNKNOWN);
            persons.add(new DocumentPerson(id, id + ".txt", "p" + (k + 1), full, parsed,
                    List.of(new Mention(full, start, start + full.length())), events));
        }
        String body = text.toString();
        StoredDocument doc = new StoredDocument(id, id + ".txt", "/generated/" + id + ".txt",
                String.format(Locale.ROOT, "%064x", seed * 100_000 + index), "txt", "kk",
                new Provenance(null, null, null, null, null, null, List.of()), body, body, List.of(), Map.of(),
                body.length(), "2026-12-03T00:00:00Z");
        return new Archive.Extracted(doc, persons);
    }

    /** The persons as sets of member keys: what resolution decided, whatever the ids. */
    private static Set<Set<String>> partition(Archive archive) {
        Set<Set<String>> out = new HashSet<>();
        for (ResolvedPerson p : archive.persons()) {
            Set<String> members = new TreeSet<>();
            for (DocumentPerson m : p.members()) members.add(m.memberKey());
            out.add(members);
        }
        return out;
    }

    @Property(tries = 6)
    void addingDocumentsOneByOneGivesTheFreshArchivesPersons(@ForAll long seed) throws IOException {
        int documents = 30;
        Set<Set<String>> incremental;
        long online;
        try (Archive archive = Archive.open(folder(), true)) {
            for (int i = 0; i < documents; i++) {
                Archive.Extracted d = document(seed, i);
                archive.storeExtracted(d.document(), d.persons());
                archive.resolvePersons();
            }
            incremental = partition(archive);
            online = archive.personsJoinedOnline();
            // and resolving the whole archive again changes nothing
            archive.resolveAllPersons();
            assertThat(partition(archive)).isEqualTo(incremental);
        }
        try (Archive fresh = Archive.open(folder(), true)) {
            List<Archive.Extracted> all = new ArrayList<>();
            for (int i = 0; i < documents; i++) all.add(document(seed, i));
            fresh.storeExtracted(all);
            fresh.resolveAllPersons();
            assertThat(incremental).isEqualTo(partition(fresh));
        }
        // the online path was taken: names repeat within thirty documents of these pools
        assertThat(online).isPositive();
    }
}
