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
import org.tarikh.bench.corpus.ZipfNames;
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
 * size and would make a 100,000-document archive take an hour to build.
 *
 * <p>Names follow the shape of real name statistics rather than a uniform pool (generator version 2):
 * <ul>
 *   <li>Surnames: a Zipf–Mandelbrot distribution, P(rank r) ∝ 1/(r + 10), over 60,000 surname stems. Surname
 *       frequencies of national populations are close to a power law with exponent about 1 (Zipf's law holds for
 *       surnames in most countries studied); the offset 10 flattens the head so that the commonest surname is
 *       about 1% of persons, as the commonest surnames are in Russia and Kazakhstan, not 9% as a pure Zipf over
 *       60,000 names would give. So most families are small, the common ones are large, and the distinct surnames
 *       grow with the archive (the run prints how many, and the largest family).</li>
 *   <li>Given names: a Zipf–Mandelbrot distribution, P(rank r) ∝ 1/(r + 5), over 100 common names: the
 *       commonest is about 6% of persons.</li>
 *   <li>Persons: the archive's ordinary persons (half as many as documents) are named uniformly, about eight
 *       documents each; one person slot in ten names a person of note instead. Persons of note are a hundredth of
 *       the archive's documents in number (the twenty best known first, then generated ones) and are named with
 *       Zipf popularity, P(rank r) ∝ 1/r: a few are named in hundreds or thousands of documents, most in a few.
 *       A larger archive thus has more persons of note, as a larger collection covers more of history, while the
 *       best known stay the most named.</li>
 * </ul>
 * Version 1 drew surnames uniformly from about 8,400 stems whatever the archive's size, and named twenty persons
 * in a fixed share of documents; its families grew with the archive at every rank.
 *
 * <p>Usage: {@code ./bench/run.sh resolution [--sizes 10000,100000] [--add 100] [--seed 42]}.
 */
public final class ResolutionBenchmark {
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
        System.out.println("| archive | build (s) | add 1 doc: median ms | p90 ms | max ms | of which resolution: median ms | p90 ms | document persons read: median | p90 | added persons joined online | whole-archive resolution once (ms) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int size : sizes) run(size, add, seed);
        for (int size : sizes) System.out.println(names(size, seed));
    }

    /** What the generator's names look like at this size: distinct surnames and family keys, the largest family. */
    static String names(int size, long seed) {
        Generator g = new Generator(size, seed);
        org.tarikh.lexicon.NameKeyer keyer = new org.tarikh.lexicon.NameKeyer();
        Map<String, Integer> families = new java.util.HashMap<>();
        java.util.Set<String> surnames = new java.util.HashSet<>();
        java.util.Set<String> persons = new java.util.HashSet<>();
        for (int i = 0; i < size; i++) {
            for (DocumentPerson p : g.document(i).persons()) {
                surnames.add(p.parsed().surname());
                persons.add(p.name());
                families.merge(keyer.familyKey(p.parsed().surname()), 1, Integer::sum);
            }
        }
        var largest = families.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        int[] sizes = families.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        return String.format(Locale.ROOT, "# names at %,d documents: %,d distinct full names, %,d distinct surnames, %,d family keys;"
                        + " document persons per family: median %d, p99 %d, largest %,d (%s); commonest surname rank %.2f%%,"
                        + " commonest given name %.2f%%", size, persons.size(), surnames.size(), families.size(),
                sizes[sizes.length / 2], sizes[(int) (sizes.length * 0.99)], largest.getValue(), largest.getKey(),
                100 * g.names.commonestSurnameShare(), 100 * g.names.commonestGivenNameShare());
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
                long[] read = new long[add];
                long onlineBefore = archive.personsJoinedOnline();
                int added = 0;
                for (int i = 0; i < add; i++) {
                    Archive.Extracted doc = g.document(size + i);
                    added += doc.persons().size();
                    long s = System.nanoTime();
                    archive.storeExtracted(doc.document(), doc.persons());
                    long r = System.nanoTime();
                    long before = archive.personsResolved();
                    archive.resolvePersons();
                    read[i] = archive.personsResolved() - before;
                    nanos[i] = System.nanoTime() - s;
                    resolving[i] = System.nanoTime() - r;
                }
                Arrays.sort(resolving);
                Arrays.sort(read);
                long s = System.nanoTime();
                archive.resolveAllPersons();
                long whole = System.nanoTime() - s;
                Arrays.sort(nanos);
                long online = archive.personsJoinedOnline() - onlineBefore;
                System.out.printf(Locale.ROOT, "| %,d documents (%,d persons) | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d | %d of %d | %,.0f |%n", size,
                        archive.persons().size(), build, nanos[add / 2] / 1e6, nanos[(int) (add * 0.9)] / 1e6,
                        nanos[add - 1] / 1e6, resolving[add / 2] / 1e6, resolving[(int) (add * 0.9)] / 1e6, read[add / 2], read[(int) (add * 0.9)],
                        online, added, whole / 1e6);
            }
        } finally {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Generated documents: four persons each, ordinary persons and persons of note (see the class comment). */
    static final class Generator {
        private final int pool;
        private final long seed;
        private final ZipfNames names;
        private final ZipfNames.Zipf notables;

        Generator(int size, long seed) {
            this.pool = Math.max(100, size / 2);
            int notable = Math.max(ZipfNames.famous(), size / 100);
            this.notables = new ZipfNames.Zipf(notable, 1.0, 0);
            this.seed = seed;
            this.names = new ZipfNames(pool, seed);
        }

        Archive.Extracted document(int index) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003 + index);
            String id = String.format(Locale.ROOT, "g%015d", index);
            StringBuilder text = new StringBuilder();
            List<String[]> names = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                if (random.nextInt(10) == 0) names.add(this.names.notable(notables.sample(random)));
                else names.add(this.names.person(random.nextInt(pool)));
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
    }
}
