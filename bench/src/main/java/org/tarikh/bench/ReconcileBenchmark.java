package org.tarikh.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import org.tarikh.bench.corpus.ReconcileCorpus;
import org.tarikh.extract.names.NameParser;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.resolve.Candidate;
import org.tarikh.resolve.Reconciler;
import org.tarikh.resolve.ResolvedPerson;

/**
 * Batch reconciliation of many names against many persons (issue 12): builds the {@link Reconciler} from
 * {@code --persons} archive persons as {@code Archive} builds it from its store, then reconciles {@code --names}
 * names in batches of {@code --batch} through {@link Reconciler#reconcileAll}, the code that {@code reconcile} and
 * the reconciliation API's batch queries run. {@link ReconcileCorpus} says how the persons and the names are made.
 *
 * <p>Prints: the time to build the reconciler and the heap it takes; the batch pass (names per second on all
 * cores, each batch's time: median and p99); a second pass one name at a time on one thread (names per second, each
 * name's time: median, p99, max); whether both passes gave the same answers, and a digest of the answers (equal
 * digests of two runs with one seed: the same answers, so a faster reconciler can be checked against the old one);
 * what the answers found per kind of name; the machine and its load before and after.
 *
 * <p>Usage: {@code ./bench/run.sh reconcile [--persons 1000000] [--names 1000000] [--batch 100] [--limit 5]
 * [--single N] [--seed 42]}; {@code --single} times only the first N names one at a time (default all).
 */
public final class ReconcileBenchmark {
    public static void main(String[] args) throws Exception {
        int persons = 1_000_000, names = -1, batch = 100, limit = 5, singles = -1;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1].replace("_", "").replace(",", "") : null;
            switch (args[i]) {
                case "--persons" -> persons = Integer.parseInt(value);
                case "--names" -> names = Integer.parseInt(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--limit" -> limit = Integer.parseInt(value);
                case "--single" -> singles = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> {
                    System.err.println("bench reconcile: unknown option " + args[i]
                            + "; usage: ./bench/run.sh reconcile [--persons N] [--names N] [--batch 100] [--limit 5] [--single N] [--seed 42]");
                    System.exit(2);
                }
            }
            i++;
        }
        if (names < 0) names = persons;
        if (singles < 0 || singles > names) singles = names;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Machine machine = Machine.current();
        double loadBefore = Machine.currentLoadAverage();
        out.printf(Locale.ROOT, "Tarikh reconciliation benchmark, %s%n", System.getProperty("bench.command", "ReconcileBenchmark"));
        out.printf(Locale.ROOT, "machine: %d cores, %s, %s, %s, heap %s; load average %.2f at start%n", machine.cores(),
                machine.cpu(), machine.os(), machine.jdk(), machine.heapText(), loadBefore);

        ReconcileCorpus corpus = new ReconcileCorpus(persons, seed);
        long heap0 = usedHeap();
        long t0 = System.nanoTime();
        List<ResolvedPerson> archive = corpus.persons();
        double generate = seconds(t0);
        long heap1 = usedHeap();
        long members = archive.stream().mapToLong(p -> p.members().size()).sum();
        out.printf(Locale.ROOT, "persons: %,d (%,d document persons) generated in %.1f s, %,.0f MiB of heap%n",
                archive.size(), members, generate, (heap1 - heap0) / 1048576.0);
        long t1 = System.nanoTime(), c1 = threads.getCurrentThreadCpuTime();
        Reconciler reconciler = new Reconciler(archive, new NameKeyer(), new NameParser());
        double build = seconds(t1), buildCpu = (threads.getCurrentThreadCpuTime() - c1) / 1e9;
        long heap2 = usedHeap();
        out.printf(Locale.ROOT, "reconciler built in %.1f s (%.1f s of CPU), %,.0f MiB of heap beyond the persons; load average %.2f%n",
                build, buildCpu, (heap2 - heap1) / 1048576.0, Machine.currentLoadAverage());

        List<ReconcileCorpus.Query> queries = new ArrayList<>(names);
        for (int i = 0; i < names; i++) queries.add(corpus.query(i));

        // the batch pass: as the API's batch queries and the command's input are answered
        List<List<Candidate>> batched = new ArrayList<>(names);
        long[] batchNanos = new long[(names + batch - 1) / batch];
        java.lang.management.OperatingSystemMXBean system = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long processCpu0 = system instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
        long t2 = System.nanoTime();
        for (int from = 0, b = 0; from < names; from += batch, b++) {
            List<Reconciler.Query> chunk = new ArrayList<>(batch);
            for (ReconcileCorpus.Query q : queries.subList(from, Math.min(names, from + batch))) {
                chunk.add(new Reconciler.Query(q.name(), null, limit));
            }
            long s = System.nanoTime();
            batched.addAll(reconciler.reconcileAll(chunk));
            batchNanos[b] = System.nanoTime() - s;
        }
        double batchSeconds = seconds(t2);
        double batchCpu = system instanceof com.sun.management.OperatingSystemMXBean os ? (os.getProcessCpuTime() - processCpu0) / 1e9 : -1;
        Latencies batches = Latencies.of(batchNanos);
        double loadMiddle = Machine.currentLoadAverage();
        out.printf(Locale.ROOT, "batch pass: %,d names in batches of %d in %.1f s: %,.0f names/s on %d cores"
                        + " (the process used %.1f s of CPU: %,.0f names per CPU second);"
                        + " per batch median %.1f ms, p99 %.1f ms, max %.1f ms; load average %.2f%n",
                names, batch, batchSeconds, names / batchSeconds, machine.cores(), batchCpu, names / batchCpu,
                batches.medianMs(), batches.p99Ms(), batches.maxMs(), loadMiddle);

        // one name at a time on one thread: each name's own latency
        long[] nameNanos = new long[singles], nameCpu = new long[singles];
        boolean same = true;
        long t3 = System.nanoTime();
        for (int i = 0; i < singles; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            List<Candidate> one = reconciler.reconcile(queries.get(i).name(), null, limit);
            nameNanos[i] = System.nanoTime() - s;
            nameCpu[i] = threads.getCurrentThreadCpuTime() - c;
            if (same && !one.equals(batched.get(i))) {
                same = false;
                out.printf("  batch and single answers differ for %s: %s against %s%n", queries.get(i).name(), batched.get(i), one);
            }
        }
        double singleSeconds = seconds(t3);
        Latencies single = Latencies.of(nameNanos), cpu = Latencies.of(nameCpu);
        out.printf(Locale.ROOT, "single pass: the first %,d names one at a time on one thread in %.1f s: %,.0f names/s;"
                        + " per name median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.1f ms;"
                        + " CPU per name (the thread's own, what the load does not add) median %.3f ms, p99 %.3f ms, max %.1f ms%n",
                singles, singleSeconds, singles / singleSeconds, single.medianMs(), single.p90Ms(), single.p99Ms(), single.maxMs(),
                cpu.medianMs(), cpu.p99Ms(), cpu.maxMs());
        String digest = digest(batched);
        out.printf("answers: batch and single passes %s (first %,d names); digest of the batch answers %s%n",
                same ? "agree" : "DIFFER", singles, digest);

        Map<ReconcileCorpus.Kind, int[]> byKind = new EnumMap<>(ReconcileCorpus.Kind.class);
        for (int i = 0; i < names; i++) {
            ReconcileCorpus.Query q = queries.get(i);
            List<Candidate> found = batched.get(i);
            int[] c = byKind.computeIfAbsent(q.kind(), k -> new int[5]);
            c[0]++;
            if (!found.isEmpty() && found.get(0).match()) c[1]++;
            if (q.person() != null && !found.isEmpty() && found.get(0).match() && found.get(0).id().equals(q.person())) c[2]++;
            if (q.person() != null && found.stream().anyMatch(x -> x.id().equals(q.person()))) c[3]++;
            if (found.isEmpty()) c[4]++;
        }
        out.println("| names written as | names | a match | the match is the person written from | that person among the candidates | no candidate |");
        out.println("|---|---|---|---|---|---|");
        byKind.forEach((kind, c) -> out.printf(Locale.ROOT, "| %s | %,d | %.1f%% | %s | %s | %.1f%% |%n",
                kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), c[0], 100.0 * c[1] / c[0],
                kind == ReconcileCorpus.Kind.ABSENT ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * c[2] / c[0]),
                kind == ReconcileCorpus.Kind.ABSENT ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * c[3] / c[0]),
                100.0 * c[4] / c[0]));
        double loadAfter = Machine.currentLoadAverage();
        out.printf(Locale.ROOT, "load average %.2f before, %.2f after the batch pass, %.2f at the end%n", loadBefore, loadMiddle, loadAfter);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", System.getProperty("bench.command", "ReconcileBenchmark"));
        json.put("persons", persons);
        json.put("document_persons", members);
        json.put("names", names);
        json.put("batch", batch);
        json.put("build_seconds", build);
        json.put("build_cpu_seconds", buildCpu);
        json.put("persons_heap_mib", (heap1 - heap0) / 1048576.0);
        json.put("reconciler_heap_mib", (heap2 - heap1) / 1048576.0);
        json.put("batch_names_per_second", names / batchSeconds);
        json.put("batch_cpu_seconds", batchCpu);
        json.put("batch_median_ms", batches.medianMs());
        json.put("batch_p99_ms", batches.p99Ms());
        json.put("single_names", singles);
        json.put("single_names_per_second", singles / singleSeconds);
        json.put("name_median_ms", single.medianMs());
        json.put("name_p99_ms", single.p99Ms());
        json.put("name_max_ms", single.maxMs());
        json.put("name_cpu_median_ms", cpu.medianMs());
        json.put("name_cpu_p99_ms", cpu.p99Ms());
        json.put("answers_agree", same);
        json.put("digest", digest);
        json.put("cores", machine.cores());
        json.put("heap_max_mib", machine.maxHeapBytes() / 1048576.0);
        json.put("load_before", loadBefore);
        json.put("load_after", loadAfter);
        out.println(new ObjectMapper().writeValueAsString(json));
    }

    /** CRC-32 of every answer (ids, scores to a tenth, match flags, names, descriptions, reasons, in order). */
    static String digest(List<List<Candidate>> answers) {
        CRC32 crc = new CRC32();
        StringBuilder line = new StringBuilder();
        for (List<Candidate> answer : answers) {
            line.setLength(0);
            for (Candidate c : answer) {
                line.append(c.id()).append(' ').append(Math.round(c.score() * 10)).append(c.match() ? " m " : " ")
                        .append(c.name()).append(' ').append(c.description()).append(' ').append(c.why()).append(';');
            }
            line.append('\n');
            crc.update(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
