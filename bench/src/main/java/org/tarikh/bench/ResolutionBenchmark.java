package org.tarikh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.tarikh.archive.Archive;
import org.tarikh.extract.Mention;
import org.tarikh.extract.names.PersonName;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Provenance;

/**
 * What adding documents costs in large archives: builds archives of each size with generated persons, then adds
 * documents one at a time (as a user adding files would) and times each addition: storing, indexing and
 * resolving the persons the document can touch. For reference, in the same run, the same archive resolved as a
 * whole once ({@link Archive#resolveAllPersons()}), which is what every ingest cost before resolution was
 * incremental.
 *
 * <p>The documents' persons are generated as extraction would give them (surname, given name, patronymic,
 * mentions), not extracted from text: text preparation and extraction cost the same per document at any archive
 * size and would make a 100,000-document archive take an hour to build. Names: a pool of synthetic Kazakh
 * surnames and given names growing with the archive (each person named in about eight documents), and twenty
 * well-known persons each named in one document in fifty, whose families therefore grow with the archive.
 *
 * <p>Usage: {@code ./bench/run.sh resolution [--sizes 10000,100000] [--add 100] [--seed 42]}.
 */
public final class ResolutionBenchmark {
    private static final String[] ONSETS = {"Жақ", "Нұр", "Сей", "Ер", "Тұр", "Ом", "Қо", "Ду", "Бай", "Әбі", "Мұ", "Қа",
            "Са", "Тө", "Жү", "Ай", "Шо", "Бі", "Ке", "Ыс"};
    private static final String[] MIDDLES = {"сы", "ма", "ғам", "іт", "ли", "ға", "сын", "ар", "жа", "лат", "рат", "қы",
            "ман", "бол", "те", "ғұл", "мыр", "сар", "тай", "ке"};
    private static final String[] ENDS = {"бек", "бай", "ұлы", "ов", "ев", "ин", "баев", "құлов", "жанов", "ғалиев"};
    private static final String[] GIVEN = {"Асқар", "Бейсен", "Ғабит", "Дәулет", "Ерлан", "Жұмабек", "Ілияс", "Қайрат",
            "Мағжан", "Нұрлан", "Оспан", "Сағат", "Талғат", "Үсен", "Шәкен", "Айгүл", "Бибігүл", "Гүлнар", "Зейнеп",
            "Күләш", "Мәрия", "Сәуле", "Ұлжан", "Шолпан", "Әлихан", "Міржақып", "Ахмет", "Тұрар", "Смағұл", "Халел"};
    private static final String[][] FAMOUS = {{"Сейфуллин", "Сәкен"}, {"Байтұрсынов", "Ахмет"}, {"Бөкейханов", "Әлихан"},
            {"Дулатов", "Міржақып"}, {"Жұмабаев", "Мағжан"}, {"Рысқұлов", "Тұрар"}, {"Аймауытов", "Жүсіпбек"},
            {"Майлин", "Бейімбет"}, {"Жансүгіров", "Ілияс"}, {"Голощёкин", "Филипп"}, {"Садуақасов", "Смағұл"},
            {"Досмұхамедов", "Халел"}, {"Қожанов", "Сұлтанбек"}, {"Асфендияров", "Санжар"}, {"Тынышбаев", "Мұхамеджан"},
            {"Ермеков", "Әлімхан"}, {"Қадырбаев", "Сейдалы"}, {"Кенжин", "Әбдірахман"}, {"Мыңбаев", "Жанайдар"},
            {"Нұрмақов", "Нығмет"}};

    public static void main(String[] args) throws IOException {
        int[] sizes = {10_000, 100_000};
        int add = 100;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--add" -> add = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println("# Adding documents to large archives (" + System.getProperty("bench.command", "ResolutionBenchmark") + ")");
        System.out.println("# machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap, Java " + System.getProperty("java.version"));
        System.out.println("| archive | build (s) | add 1 doc: median ms | p90 ms | max ms | of which resolution: median ms | p90 ms | whole-archive resolution once (ms) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int size : sizes) run(size, add, seed);
    }

    private static void run(int size, int add, long seed) throws IOException {
        Path folder = Files.createTempDirectory("tarikh-resolution-bench");
        try {
            Generator g = new Generator(size, seed);
            long t0 = System.nanoTime();
            try (Archive archive = Archive.open(folder, true)) {
                List<Archive.Extracted> batch = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    batch.add(g.document(i));
                    if (batch.size() == 1000 || i == size - 1) {
                        archive.storeExtracted(batch);
                        batch.clear();
                    }
                }
                archive.resolveAllPersons();
                double build = (System.nanoTime() - t0) / 1e9;
                long[] nanos = new long[add];
                long[] resolving = new long[add];
                for (int i = 0; i < add; i++) {
                    Archive.Extracted doc = g.document(size + i);
                    long s = System.nanoTime();
                    archive.storeExtracted(doc.document(), doc.persons());
                    long r = System.nanoTime();
                    archive.resolvePersons();
                    nanos[i] = System.nanoTime() - s;
                    resolving[i] = System.nanoTime() - r;
                }
                Arrays.sort(resolving);
                long s = System.nanoTime();
                archive.resolveAllPersons();
                long whole = System.nanoTime() - s;
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "| %,d documents (%,d persons) | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %,.0f |%n", size,
                        archive.persons().size(), build, nanos[add / 2] / 1e6, nanos[(int) (add * 0.9)] / 1e6,
                        nanos[add - 1] / 1e6, resolving[add / 2] / 1e6, resolving[(int) (add * 0.9)] / 1e6, whole / 1e6);
            }
        } finally {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Generated documents: four persons each, drawn from a pool that grows with the archive, and the famous. */
    private static final class Generator {
        private final int pool;
        private final long seed;

        Generator(int size, long seed) {
            this.pool = Math.max(100, size / 2);
            this.seed = seed;
        }

        Archive.Extracted document(int index) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003 + index);
            String id = String.format(Locale.ROOT, "g%015d", index);
            StringBuilder text = new StringBuilder();
            List<String[]> names = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                if (random.nextInt(50) == 0) names.add(FAMOUS[random.nextInt(FAMOUS.length)]);
                else names.add(person(random.nextInt(pool)));
            }
            List<DocumentPerson> persons = new ArrayList<>();
            for (int k = 0; k < names.size(); k++) {
                String[] n = names.get(k);
                String full = n[1] + " " + n[0];
                int start = text.length();
                text.append(full).append(" туралы құжат. ");
                PersonName parsed = new PersonName(n[0], n[1], null, List.of(), full, PersonName.Gender.UNKNOWN);
                persons.add(new DocumentPerson(id, "generated/" + id + ".txt", "p" + (k + 1), full, parsed,
                        List.of(new Mention(full, start, start + full.length()))));
            }
            String body = text.toString();
            StoredDocument doc = new StoredDocument(id, "generated/" + id + ".txt", "/generated/" + id + ".txt",
                    String.format(Locale.ROOT, "%064x", index), "txt", "kk",
                    new Provenance(null, null, null, null, null, null, List.of()), body, body, List.of(), Map.of(),
                    body.length(), "2026-12-03T00:00:00Z");
            return new Archive.Extracted(doc, persons);
        }

        /** Person {@code n} of the pool: a surname of two or three syllables with an ending, and a given name. */
        private String[] person(int n) {
            SplittableRandom r = new SplittableRandom(seed ^ (n * 0x9E3779B97F4A7C15L));
            String surname = ONSETS[r.nextInt(ONSETS.length)] + MIDDLES[r.nextInt(MIDDLES.length)]
                    + (r.nextBoolean() ? MIDDLES[r.nextInt(MIDDLES.length)] : "") + ENDS[r.nextInt(ENDS.length)];
            return new String[] {surname, GIVEN[r.nextInt(GIVEN.length)]};
        }
    }
}
