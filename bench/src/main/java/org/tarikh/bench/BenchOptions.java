package org.tarikh.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The harness's command-line options.
 *
 * @param docs           documents to generate and ingest ({@code --docs}, default 10,000)
 * @param seed           seed of the corpus generator ({@code --seed}, default 42)
 * @param rounds         timed passes through the query mix ({@code --rounds}, default 5)
 * @param analysisSample files in the analysis-only comparison ({@code --analysis-sample}, default 2,000; 0 skips it)
 * @param out            folder for corpora, archives and indexes ({@code --out}, default {@code bench/out})
 * @param reuseArchive   search the archive an earlier run of the same {@code --docs} built, without ingesting
 *                       again ({@code --reuse-archive}); an index of an older format is brought up to date first
 * @param ingestRounds   rounds of ingest and plain-Lucene reference, the order alternating from round to round
 *                       ({@code --ingest-rounds}, default 1); the ratio is reported per round, min and median
 * @param plainSeconds   each round repeats the plain-Lucene pass over the files until it has run this long
 *                       ({@code --plain-seconds}, default 20; at least one pass): its median pass is the reference
 * @param skipSearch     no search benchmarks after ingest ({@code --skip-search})
 * @param warmUpRounds   of the ingest rounds, the first ones that are printed but left out of the median
 *                       ({@code --warm-up-rounds}, default 0): the JIT compiles the ingest's code over its first
 *                       rounds, as the plain reference's code is compiled by its warm-up and its many passes
 */
public record BenchOptions(int docs, long seed, int rounds, int analysisSample, Path out, boolean reuseArchive,
                           int ingestRounds, int plainSeconds, boolean skipSearch, int warmUpRounds) {
    public static final String USAGE = """
            usage: bench/run.sh [--docs N] [--seed S] [--rounds R] [--analysis-sample K] [--out DIR]
              --docs N             documents to generate and ingest (default 10000)
              --seed S             corpus seed (default 42); the corpus is reused when N and S match
              --rounds R           timed passes through the query mix (default 5)
              --analysis-sample K  files for the analysis-only comparison (default 2000, 0 to skip)
              --out DIR            working folder (default bench/out under the repository)
              --reuse-archive      skip ingest and the plain-Lucene reference; search the archive an earlier
                                   run with the same --docs left in the working folder
              --ingest-rounds K    rounds of Tarikh ingest and plain Lucene, alternating which goes first
                                   (default 1); the ratio is given per round, with min and median
              --plain-seconds S    repeat the plain-Lucene pass within a round until it ran S seconds (default 20)
              --warm-up-rounds W   the first W ingest rounds are printed but not counted in the median (default 0;
                                   fewer than --ingest-rounds)
              --skip-search        measure ingest only""";

    public BenchOptions {
        if (docs < 1) throw new IllegalArgumentException("--docs must be at least 1, not " + docs);
        if (rounds < 1) throw new IllegalArgumentException("--rounds must be at least 1, not " + rounds);
        if (analysisSample < 0) throw new IllegalArgumentException("--analysis-sample must be >= 0, not " + analysisSample);
        if (ingestRounds < 1) throw new IllegalArgumentException("--ingest-rounds must be at least 1, not " + ingestRounds);
        if (plainSeconds < 0) throw new IllegalArgumentException("--plain-seconds must be >= 0, not " + plainSeconds);
        if (warmUpRounds < 0 || warmUpRounds >= ingestRounds) {
            throw new IllegalArgumentException("--warm-up-rounds must be >= 0 and fewer than --ingest-rounds ("
                    + ingestRounds + "), not " + warmUpRounds);
        }
    }

    /** Parses the arguments; an unknown option or a bad number is an {@link IllegalArgumentException}. */
    public static BenchOptions parse(List<String> args, Path defaultOut) {
        int docs = 10_000;
        long seed = 42;
        int rounds = 5;
        int sample = 2_000;
        Path out = defaultOut;
        boolean reuse = false;
        int ingestRounds = 1;
        int plainSeconds = 20;
        boolean skipSearch = false;
        int warmUpRounds = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--reuse-archive")) {
                reuse = true;
                continue;
            }
            if (arg.equals("--skip-search")) {
                skipSearch = true;
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            switch (name) {
                case "--docs" -> docs = number(name, value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--rounds" -> rounds = number(name, value);
                case "--analysis-sample" -> sample = number(name, value);
                case "--out" -> out = Path.of(value);
                case "--ingest-rounds" -> ingestRounds = number(name, value);
                case "--plain-seconds" -> plainSeconds = number(name, value);
                case "--warm-up-rounds" -> warmUpRounds = number(name, value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new BenchOptions(docs, seed, rounds, sample, out.toAbsolutePath().normalize(), reuse,
                ingestRounds, plainSeconds, skipSearch, warmUpRounds);
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, not '" + value + "'");
        }
    }
}
