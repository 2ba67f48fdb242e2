package org.tarikh.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tarikh.extract.EventType;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.Mention;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.extract.names.PersonName;
import org.tarikh.ingest.ScannedPage;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.store.DocumentStore;
import org.tarikh.store.DocumentStore.BatchSaved;
import org.tarikh.store.DocumentStore.NewDocument;
import org.tarikh.store.DocumentStore.SaveOutcome;
import org.tarikh.store.SqlDocumentStore;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Provenance;

/**
 * The bulk path ({@link DocumentStore#saveNewAll}, {@link Archive#storeExtracted(List)}): a batch in one transaction
 * decides each document as {@link DocumentStore#saveNew} would one after the other (a duplicate of an earlier document
 * of the same batch, a replacement of a stored one and of one earlier in the batch, an unchanged one), stores the same
 * rows, and a document the database refuses is refused alone, by name, with nothing stored before it lost.
 */
abstract class BulkStoreContract {
    private final List<Path> folders = new ArrayList<>();
    private final List<AutoCloseable> open = new ArrayList<>();

    /** A new, empty store. */
    abstract SqlDocumentStore store(Path folder);

    /** The configuration of a new, empty archive. */
    abstract ArchiveConfig config();

    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable c : open) c.close();
        for (Path folder : folders) {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    Path folder() throws IOException {
        Path f = Files.createTempDirectory("tarikh-bulk");
        folders.add(f);
        return f;
    }

    private SqlDocumentStore newStore() throws IOException {
        SqlDocumentStore s = store(folder());
        open.add(s);
        return s;
    }

    /** Document {@code name} with this text at {@code /bulk/NAME.txt}, naming two persons (the second with a birth). */
    static NewDocument doc(String name, String text) {
        String id = "bulk-" + name;
        String body = "Сәкен Сейфуллин және Ахмет Байтұрсынов туралы: " + text;
        List<DocumentPerson> persons = List.of(
                person(id, name, "p1", "Сәкен Сейфуллин", "Сейфуллин", "Сәкен", body, List.of()),
                person(id, name, "p2", "Ахмет Байтұрсынов", "Байтұрсынов", "Ахмет", body,
                        List.of(new ExtractedEvent(EventType.BIRTH, "p2", EdtfDate.of(1872), null, "Ахмет Байтұрсынов",
                                body.indexOf("Ахмет"), body.indexOf("Ахмет") + 17, Map.of()))));
        String hash = sha256(text);
        StoredDocument d = new StoredDocument(id, name + ".txt", "/bulk/" + name + ".txt", hash, "txt", "kk",
                new Provenance(null, null, null, null, null, null, List.of()), body, body, List.of(),
                Map.of("origin", name), body.length(), "2026-12-03T00:00:00Z");
        return new NewDocument(d, persons);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return String.format(Locale.ROOT, "%064x", new java.math.BigInteger(1, digest));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static DocumentPerson person(String id, String name, String local, String full, String surname, String given,
                                         String body, List<ExtractedEvent> events) {
        int at = body.indexOf(full);
        return new DocumentPerson(id, name + ".txt", local, full,
                new PersonName(surname, given, null, List.of(), full, PersonName.Gender.UNKNOWN),
                List.of(new Mention(full, at, at + full.length())), events);
    }

    /** A document the database refuses: two persons of it share a local id (the key of document_persons). */
    static NewDocument bad(String name, String text) {
        NewDocument d = doc(name, text);
        List<DocumentPerson> twice = List.of(d.persons().get(0), new DocumentPerson(d.persons().get(1).documentId(),
                d.persons().get(1).source(), "p1", d.persons().get(1).name(), d.persons().get(1).parsed(),
                d.persons().get(1).mentions(), List.of()));
        return new NewDocument(d.document(), twice);
    }

    /** What a store holds of a document: its text, its metadata, its persons with mentions and events. */
    private static String rows(DocumentStore store, String id) {
        StoredDocument d = store.find(id).orElse(null);
        if (d == null) return "absent";
        StringBuilder out = new StringBuilder(d.text() + " | " + d.contentHash() + " | " + d.metadata());
        for (DocumentPerson p : store.documentPersonsIn(List.of(id))) {
            out.append(" | ").append(p.localId()).append(' ').append(p.name()).append(' ').append(p.mentions())
                    .append(' ').append(p.events());
        }
        return out.toString();
    }

    private static List<String> outcomes(List<BatchSaved> saved) {
        return saved.stream().map(s -> s.saved() == null ? "REFUSED" : s.saved().outcome().name()).toList();
    }

    @Test
    void aBatchDecidesAndStoresWhatSavingOneAfterAnotherWould() throws IOException {
        SqlDocumentStore bulk = newStore();
        SqlDocumentStore single = newStore();
        List<NewDocument> before = List.of(doc("kept", "бұрын сақталған"), doc("old", "ескі нұсқа"));
        for (SqlDocumentStore s : List.of(bulk, single)) {
            for (NewDocument d : before) s.saveNew(d.document(), d.persons(), List.of());
        }
        NewDocument twinOfKept = doc("copy-of-kept", "бұрын сақталған"); // another location, the same bytes
        List<NewDocument> batch = List.of(
                doc("a", "бірінші құжат"),
                doc("b", "екінші құжат"),
                doc("a-again", "бірінші құжат"), // a duplicate of a, stored earlier in this batch
                doc("old", "жаңа нұсқа"), // replaces a stored document
                doc("kept", "бұрын сақталған"), // unchanged
                twinOfKept, // a duplicate of a stored document
                doc("c", "үшінші құжат"),
                doc("c", "үшінші құжат, түзетілген"), // replaces c, stored earlier in this batch
                doc("a-later", "бірінші құжат түбі")); // new content whose hash no other document has

        List<BatchSaved> saved = bulk.saveNewAll(batch);
        List<String> one = new ArrayList<>();
        for (NewDocument d : batch) one.add(single.saveNew(d.document(), d.persons(), List.of()).outcome().name());

        assertThat(outcomes(saved)).containsExactly("ADDED", "ADDED", "DUPLICATE", "REPLACED", "UNCHANGED", "DUPLICATE",
                "ADDED", "REPLACED", "ADDED");
        assertThat(outcomes(saved)).isEqualTo(one);
        assertThat(saved.get(2).saved().twin().source()).isEqualTo("a.txt");
        assertThat(saved.get(5).saved().twin().source()).isEqualTo("kept.txt");
        for (String id : List.of("bulk-kept", "bulk-old", "bulk-a", "bulk-b", "bulk-a-again", "bulk-c", "bulk-a-later",
                "bulk-copy-of-kept")) {
            assertThat(rows(bulk, id)).as(id).isEqualTo(rows(single, id));
        }
        assertThat(bulk.find("bulk-old").orElseThrow().text()).contains("жаңа нұсқа");
        assertThat(bulk.find("bulk-c").orElseThrow().text()).contains("түзетілген");
        assertThat(bulk.find("bulk-a-again")).isEmpty();
        assertThat(bulk.count()).isEqualTo(single.count()).isEqualTo(6);
        // one outbox row per stored version, written with it: the two stored before, then a, b, old, c twice, a-later
        assertThat(bulk.pendingIndexChanges()).isEqualTo(single.pendingIndexChanges()).isEqualTo(8);
    }

    @Test
    void aDocumentTheDatabaseRefusesIsRefusedAloneByName() throws IOException {
        SqlDocumentStore store = newStore();
        NewDocument stored = doc("stored", "бұрыннан бар");
        store.saveNew(stored.document(), stored.persons(), List.of());
        List<NewDocument> batch = new ArrayList<>();
        for (int i = 0; i < 7; i++) batch.add(doc("n" + i, "құжат " + i));
        batch.add(3, bad("broken", "бұзылған жол"));
        batch.add(doc("stored", "бұрыннан бар, жаңа"));

        List<BatchSaved> saved = store.saveNewAll(batch);

        assertThat(outcomes(saved)).containsExactly("ADDED", "ADDED", "ADDED", "REFUSED", "ADDED", "ADDED", "ADDED",
                "ADDED", "REPLACED");
        assertThat(saved.get(3).refused()).startsWith("cannot store broken.txt: ").hasSizeGreaterThan(30)
                .doesNotContain("\n").doesNotContain("INSERT");
        assertThat(store.find("bulk-broken")).isEmpty();
        assertThat(store.documentPersonsIn(List.of("bulk-broken"))).isEmpty();
        for (int i = 0; i < 7; i++) assertThat(store.find("bulk-n" + i)).as("n" + i).isPresent();
        assertThat(store.documentPersonsIn(List.of("bulk-n6"))).hasSize(2);
        assertThat(store.find("bulk-stored").orElseThrow().text()).contains("жаңа");
        assertThat(store.count()).isEqualTo(8);
        assertThat(store.pendingIndexChanges()).isEqualTo(1 + 7 + 1);
    }

    @Test
    void aBatchStoresTheScannedPagesOfEachDocumentAsSavingOneAfterAnotherWould() throws IOException {
        SqlDocumentStore bulk = newStore();
        SqlDocumentStore single = newStore();
        List<NewDocument> batch = List.of(
                scanned(doc("scan", "бірінші оқылған нұсқа"), 2),
                doc("plain", "қағаз емес"),
                scanned(doc("scan", "екінші оқылған нұсқа"), 1), // a later version of the same scan, in the same batch
                scanned(doc("other", "басқа бет"), 3));
        for (NewDocument d : batch) single.saveNew(d.document(), d.persons(), d.pages());

        List<BatchSaved> saved = bulk.saveNewAll(batch);

        assertThat(outcomes(saved)).containsExactly("ADDED", "ADDED", "REPLACED", "ADDED");
        for (String id : List.of("bulk-scan", "bulk-plain", "bulk-other")) {
            assertThat(pages(bulk, id)).as(id).isEqualTo(pages(single, id));
        }
        assertThat(pages(bulk, "bulk-scan")).hasSize(1).first().asString().contains("екінші");
        assertThat(pages(bulk, "bulk-other")).hasSize(3);
        assertThat(pages(bulk, "bulk-plain")).isEmpty();
    }

    @Test
    void theFingerprintsOfManyLocationsAreReadAtOnce() throws IOException {
        SqlDocumentStore store = newStore();
        store.saveNewAll(List.of(doc("a", "бірінші"), doc("b", "екінші")));
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 1200; i++) asked.add("/bulk/missing-" + i + ".txt"); // more than one IN list holds
        asked.add("/bulk/b.txt");
        asked.add(0, "/bulk/a.txt");

        var known = store.findByLocations(asked);

        assertThat(known).containsOnlyKeys("/bulk/a.txt", "/bulk/b.txt");
        assertThat(known.get("/bulk/b.txt")).isEqualTo(store.findByLocation("/bulk/b.txt").orElseThrow());
        assertThat(known.get("/bulk/a.txt").contentHash()).isEqualTo(doc("a", "бірінші").document().contentHash());
    }

    /** The document as read from a scan of {@code count} pages, each page's one line and word its text. */
    private static NewDocument scanned(NewDocument d, int count) {
        String text = d.document().text();
        List<ScannedPage> pages = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            pages.add(new ScannedPage(n, 1000, 1400, Path.of("pages", d.document().id(), n + ".png"), "png", "kaz",
                    91.5, 0.25, List.of(new ScannedPage.Line(10, 20, 900, 40, 0, text.length(), 91.5)),
                    List.of(new ScannedPage.Word(0, 10, 20, 900, 40, 0, text.length(), 91.5, text))));
        }
        return new NewDocument(d.document(), d.persons(), pages);
    }

    /** A store's pages of a document: number, image, and each word with the text it was read as. */
    private static List<String> pages(DocumentStore store, String id) {
        return store.pages(id).stream().map(p -> p.number() + " " + p.image() + " " + p.ocrLanguages() + " "
                + p.words().stream().map(w -> w.start() + "-" + w.end() + ":" + w.ocrText()).toList()).toList();
    }

    @Test
    void theArchivesBulkPathIndexesWhatItStoresAndSaysWhatItRefused() throws IOException {
        Path folder = folder();
        ArchiveConfig config = config();
        List<Archive.Extracted> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            NewDocument d = doc("arch" + i, "Қарқаралы " + (i == 2 ? "Семей" : "ауылы") + " " + i);
            batch.add(new Archive.Extracted(d.document(), d.persons()));
        }
        NewDocument b = bad("arch-broken", "Семей бұзылған");
        batch.add(1, new Archive.Extracted(b.document(), b.persons()));
        List<Archive.StoreOutcome> out;
        try (Archive archive = Archive.open(folder, config, true); var bulk = archive.bulkLoad()) {
            out = archive.storeExtracted(batch);
            assertThat(out.stream().map(Archive.StoreOutcome::outcome).toList()).containsExactly(
                    IngestListener.Outcome.ADDED, IngestListener.Outcome.REJECTED, IngestListener.Outcome.ADDED,
                    IngestListener.Outcome.ADDED, IngestListener.Outcome.ADDED, IngestListener.Outcome.ADDED);
            assertThat(out.get(1).detail()).startsWith("cannot store arch-broken.txt: ");
            assertThat(archive.storeExtracted(batch.subList(0, 1)).get(0).outcome()).isEqualTo(IngestListener.Outcome.UNCHANGED);
        }
        try (Archive archive = Archive.open(folder, config, false)) {
            assertThat(archive.search("Семей", 10).total()).isEqualTo(1);
            assertThat(archive.search("Қарқаралы", 10).total()).isEqualTo(5);
        }
    }
}
