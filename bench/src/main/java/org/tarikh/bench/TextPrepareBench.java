package org.tarikh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.tarikh.text.LanguageIdentifier;
import org.tarikh.text.TextPreparer;

/**
 * Throughput of the text stage on the files of a folder (default ../shared/corpus/seeds): warms up, then
 * prepares every file round after round and prints documents and megabytes per second per round.
 * Usage: {@code TextPrepareBench [folder] [rounds]}.
 */
public final class TextPrepareBench {
    private TextPrepareBench() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/corpus/seeds");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        long built = System.nanoTime();
        TextPreparer preparer = new TextPreparer(new LanguageIdentifier());
        System.out.printf(Locale.ROOT, "detector built in %.0f ms%n", (System.nanoTime() - built) / 1e6);
        int perRound = Math.max(1, 2000 / Math.max(1, texts.size()));
        for (int round = -2; round < rounds; round++) {
            long start = System.nanoTime();
            for (int repeat = 0; repeat < perRound; repeat++) {
                for (String text : texts) {
                    preparer.prepare(text, Map.of());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int docs = perRound * texts.size();
            System.out.printf(Locale.ROOT, "%s %d docs: %.0f docs/s, %.2f MB chars/s, %.2f ms/doc%n",
                    round < 0 ? "warm-up" : "round", docs, docs / seconds, perRound * chars / seconds / 1e6,
                    seconds * 1000 / docs);
        }
    }
}
