package org.tarikh.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.export.PersonExports;
import org.tarikh.resolve.Candidate;
import org.tarikh.resolve.Register;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.search.QuerySyntaxException;
import org.tarikh.search.SearchJson;

/**
 * What an archive answers, written once and run on every store and search configuration (the subclasses): ingest,
 * re-ingest of a changed file, search with every syntax, facets, persons, reconciliation, exports and curation. A
 * configuration other than the embedded one must also give exactly the embedded archive's answers for the same files.
 */
abstract class ArchiveContract {
    @TempDir Path work;

    /** The configuration under test: each call a fresh, empty store. */
    abstract ArchiveConfig config();

    static final List<String> QUERIES = List.of(
            "Байтұрсынов", "Baitursynov", "Байтурсынов", // a name in three scripts and spellings
            "\"Алаш Орда\"", "Алаш*", "арестован OR тұтқындалды", "Байтурсынов -Семипалатинск",
            "title:linguist", "person:Байтұрсынов", "place:Семипалатинск", "year:1929", "decade:1920s", "lang:ru", "kind:text",
            "1929 Семей", "famine");

    Path docs() throws Exception {
        Path docs = Files.createDirectories(work.resolve("docs"));
        write(docs.resolve("teacher.txt"), """
                Ахмет Байтұрсынов 1872 жылы Торғай облысында туған. Ол 1929 жылы тұтқындалды.
                Алаш Орда үкіметінде Ахмет Байтұрсынов оқу ісін басқарды.
                """);
        write(docs.resolve("report.txt"), """
                В 1929 году Ахмет Байтурсынов был арестован в Алма-Ате. Его товарищ Миржакып Дулатов
                был арестован в Семипалатинске в 1928 году. Оба состояли в партии Алаш Орда.
                """);
        write(docs.resolve("note.md"), """
                ---
                title: A note on the linguist
                ---
                Akhmet Baitursynov, born in 1872, was arrested in 1929. During the famine of 1932 his
                colleague Mirzhakyp Dulatov died in a camp.
                """);
        write(docs.resolve("letter.txt"), """
                Смағұл Сәдуақасов 1927 жылы Семей қаласында сөз сөйледі. Кейін ол Мәскеуге кетті.
                """);
        return docs;
    }

    static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static IngestReport ingest(Archive archive, Path... paths) {
        return archive.ingest(List.of(paths), Archive.DEFAULT_MAX_DOCUMENT_BYTES, new IngestListener() {});
    }

    /** Every answer the contract compares, as plain values (JSON-like maps and strings). */
    static Map<String, Object> answers(Archive archive) {
        return answers(archive, true);
    }

    /**
     * @param scoresCompared whether hits' scores are part of the answer: not against the search cluster, whose BM25
     *     statistics count the versions an update replaced until segments merge (same hits, same order, other scores)
     */
    static Map<String, Object> answers(Archive archive, boolean scoresCompared) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", archive.documentCount());
        for (String q : QUERIES) out.put("search " + q, tiesInIdOrder(SearchJson.results(archive.search(q, 20)),
                scoresCompared));
        List<ResolvedPerson> persons = archive.persons();
        List<String> people = new ArrayList<>();
        for (ResolvedPerson p : persons) people.add(p.id() + " " + p.name() + " " + p.names() + " " + p.members().size());
        out.put("persons", people);
        for (String name : List.of("Baitursynov", "Дулатов Миржакып", "Садвокасов")) {
            out.put("reconcile " + name, archive.reconcile(name, 3).stream().map(Candidate::toString).toList());
        }
        out.put("claims.csv", PersonExports.claimsCsv(persons, false));
        out.put("register.csv", PersonExports.registerCsv(Register.rows(persons), false));
        out.put("json-ld", PersonExports.jsonLdGraph(persons, "https://archive.example", id -> id).toString());
        return out;
    }

    /**
     * The results with hits of equal score put in id order: an engine orders such ties as it happened to index the
     * documents (ingest indexes on several threads; OpenSearch spreads them over shards), so the contract compares
     * which hits come, with what scores, in score order.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> tiesInIdOrder(Map<String, Object> results, boolean scoresCompared) {
        Map<String, Object> out = new LinkedHashMap<>(results);
        Object hits = results.get("hits");
        if (hits instanceof List<?> list) {
            List<Map<String, Object>> sorted = new ArrayList<>((List<Map<String, Object>>) list);
            sorted.sort(java.util.Comparator.comparing((Map<String, Object> h) -> -((Number) h.get("score")).doubleValue())
                    .thenComparing(h -> String.valueOf(h.get("id"))));
            if (!scoresCompared) {
                // which hits, not their order: a phrase is scored with each shard's own statistics even under
                // dfs_query_then_fetch, so on a small index the order of phrase hits can differ (the cluster test
                // OpenSearchMatchesLuceneTest compares the order of every other query)
                sorted.sort(java.util.Comparator.comparing(h -> String.valueOf(h.get("id"))));
                List<Map<String, Object>> unscored = new ArrayList<>();
                for (Map<String, Object> h : sorted) {
                    Map<String, Object> copy = new LinkedHashMap<>(h);
                    copy.remove("score");
                    unscored.add(copy);
                }
                sorted = unscored;
            }
            out.put("hits", sorted);
        }
        return out;
    }

    Archive open(Path folder, ArchiveConfig config, boolean writable) {
        return Archive.open(folder, config, writable);
    }

    @Test
    void ingestReingestSearchPersonsReconcileAndExports() throws Exception {
        ArchiveConfig config = config();
        Path docs = docs();
        Path folder = work.resolve("archive");
        try (Archive archive = open(folder, config, true)) {
            IngestReport first = ingest(archive, docs);
            assertThat(first.added()).isEqualTo(4);
            assertThat(first.rejected()).isEmpty();
            IngestReport again = ingest(archive, docs);
            assertThat(again.unchanged()).isEqualTo(4);
            assertThat(again.added() + again.replaced()).isZero();
            assertThat(archive.pendingIndexChanges()).isZero();
        }
        try (Archive reader = open(folder, config, false)) {
            assertThat(reader.documentCount()).isEqualTo(4);
            assertThat(reader.search("Байтұрсынов", 10).total()).isEqualTo(3); // kk, ru and en spellings
            assertThat(reader.search("\"Алаш Орда\"", 10).total()).isEqualTo(2);
            assertThat(reader.search("Байтурсынов -Семипалатинск", 10).hits()).extracting(h -> h.source())
                    .noneMatch(s -> s.endsWith("report.txt"));
            assertThat(reader.search("title:linguist", 10).hits()).extracting(h -> h.source()).singleElement()
                    .satisfies(s -> assertThat(s).endsWith("note.md"));
            assertThat(reader.search("place:Семипалатинск", 10).total()).isGreaterThanOrEqualTo(1);
            assertThat(reader.search("Алаш", 10).facets()).containsKey("lang");
            assertThatThrownBy(() -> reader.search("\"Алаш Орда", 10)).isInstanceOf(QuerySyntaxException.class);
            ResolvedPerson baitursynov = reader.persons().stream()
                    .filter(p -> p.names().stream().anyMatch(n -> n.contains("Байтұрсынов"))).findFirst().orElseThrow();
            assertThat(baitursynov.members()).extracting(m -> m.source()).anyMatch(s -> s.endsWith("report.txt"));
            assertThat(reader.reconcile("Akhmet Baitursynov", 1)).extracting(Candidate::id).containsExactly(baitursynov.id());
        }
        // a changed file replaces its version: the old words are gone from search, the new ones found
        write(docs.resolve("letter.txt"), "Смағұл Сәдуақасов 1933 жылы Мәскеуде қайтыс болды.\n");
        try (Archive archive = open(folder, config, true)) {
            IngestReport changed = ingest(archive, docs);
            assertThat(changed.replaced()).isEqualTo(1);
            assertThat(changed.unchanged()).isEqualTo(3);
            assertThat(archive.search("сөйледі", 10).total()).isZero();
            assertThat(archive.search("1933", 10).total()).isEqualTo(1);
            assertThat(archive.documentCount()).isEqualTo(4);
        }
        if (!config.embeddedDatabase() || !config.embeddedSearch()) {
            // the same files on the embedded archive: every answer is the same
            Path embedded = work.resolve("embedded");
            try (Archive reference = Archive.open(embedded, true)) {
                write(docs.resolve("letter.txt"), "Смағұл Сәдуақасов 1927 жылы Семей қаласында сөз сөйледі. Кейін ол Мәскеуге кетті.\n");
                ingest(reference, docs);
                write(docs.resolve("letter.txt"), "Смағұл Сәдуақасов 1933 жылы Мәскеуде қайтыс болды.\n");
                ingest(reference, docs);
            }
            try (Archive reference = Archive.open(embedded, false); Archive archive = open(folder, config, false)) {
                boolean scores = config.embeddedSearch();
                Map<String, Object> expected = answers(reference, scores), actual = answers(archive, scores);
                for (String key : expected.keySet()) {
                    assertThat(actual.get(key)).as(key).isEqualTo(expected.get(key));
                }
            }
        }
    }

    @Test
    void curationMergesSplitsAndUndoesTheSameWay() throws Exception {
        ArchiveConfig config = config();
        Path docs = docs();
        Path folder = work.resolve("archive");
        List<String> trail = new ArrayList<>();
        try (Archive archive = open(folder, config, true)) {
            ingest(archive, docs);
            trail.addAll(curate(archive));
        }
        try (Archive reader = open(folder, config, false)) {
            assertThat(reader.audit(null)).extracting(Curator.AuditEvent::action).containsExactly("merge", "undo", "split");
        }
        if (!config.embeddedDatabase()) {
            Path embedded = work.resolve("embedded");
            List<String> expected;
            try (Archive reference = Archive.open(embedded, true)) {
                ingest(reference, docs);
                expected = curate(reference);
            }
            assertThat(trail).isEqualTo(expected);
            try (Archive reference = Archive.open(embedded, false); Archive archive = open(folder, config, false)) {
                assertThat(answers(archive).get("persons")).isEqualTo(answers(reference).get("persons"));
            }
        }
    }

    /** Merges two persons, undoes it, splits one: returns what each step left, to compare across stores. */
    private static List<String> curate(Archive archive) {
        List<String> out = new ArrayList<>();
        ResolvedPerson a = named(archive, "Дулатов"), b = named(archive, "Сәдуақасов");
        Curator curator = archive.curator();
        Curator.Change merge = curator.merge("aliya", "test merge", a.id(), b.id());
        out.add(merge.action() + " " + merge.person() + " " + archive.persons().size());
        assertThat(archive.personStatus(a.id().equals(merge.person()) ? b.id() : a.id())).contains("merged");
        Curator.Change undo = curator.undo("aliya", "it was wrong", merge.id());
        out.add(undo.action() + " " + archive.persons().size());
        assertThat(archive.personStatus(a.id())).contains("active");
        ResolvedPerson baitursynov = named(archive, "Байтұрсынов");
        String report = baitursynov.members().stream().map(m -> m.documentId())
                .filter(d -> archive.document(d).orElseThrow().source().endsWith("report.txt")).findFirst().orElseThrow();
        Curator.Change split = curator.split("aliya", "another man", baitursynov.id(), List.of(report));
        out.add(split.action() + " " + archive.persons().size() + " " + archive.person(baitursynov.id()).orElseThrow().members().size());
        return out;
    }

    private static ResolvedPerson named(Archive archive, String part) {
        return archive.persons().stream().filter(p -> p.names().stream().anyMatch(n -> n.contains(part))).findFirst()
                .orElseThrow(() -> new AssertionError("no person named " + part + " in " + archive.persons().stream().map(ResolvedPerson::name).toList()));
    }
}
