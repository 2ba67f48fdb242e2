package org.tarikh.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A generated corpus on disk: {@code corpus-n<docs>-s<seed>/} with one folder per thousand documents and a
 * manifest {@code corpus.json} written last, so that a folder whose manifest matches (same size, seed and
 * generator version) is complete and is reused instead of generated again.
 *
 * @param byFormat  files per format ({@code txt}, {@code md}, {@code html})
 * @param byLanguage files per language code
 * @param reused    whether the corpus was already there
 */
public record Corpus(Path folder, int docs, long seed, long bytes, Map<String, Long> byFormat,
                     Map<String, Long> byLanguage, boolean reused, double generationSeconds) {
    private static final String MANIFEST = "corpus.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Corpus {
        byFormat = Map.copyOf(byFormat);
        byLanguage = Map.copyOf(byLanguage);
        if (docs < 1) throw new IllegalArgumentException("docs must be >= 1, not " + docs);
    }

    /** Reuses {@code outDir/corpus-n<docs>-s<seed>} when complete, else (re)generates it. */
    public static Corpus prepare(Path outDir, int docs, long seed) {
        Path folder = outDir.resolve("corpus-n" + docs + "-s" + seed);
        Path manifest = folder.resolve(MANIFEST);
        try {
            if (Files.isRegularFile(manifest)) {
                JsonNode m = JSON.readTree(Files.readString(manifest, StandardCharsets.UTF_8));
                if (m.path("generator").asInt() == CorpusGenerator.VERSION && m.path("docs").asInt() == docs
                        && m.path("seed").asLong() == seed) {
                    return new Corpus(folder, docs, seed, m.path("bytes").asLong(), counts(m.path("byFormat")),
                            counts(m.path("byLanguage")), true, 0);
                }
            }
            return generate(folder, docs, seed);
        } catch (IOException e) {
            throw new UncheckedIOException("preparing the corpus in " + folder, e);
        }
    }

    private static Corpus generate(Path folder, int docs, long seed) throws IOException {
        long started = System.nanoTime();
        deleteTree(folder);
        Files.createDirectories(folder);
        CorpusGenerator generator = new CorpusGenerator(seed);
        AtomicLong bytes = new AtomicLong();
        Map<String, LongAdder> formats = new ConcurrentHashMap<>();
        Map<String, LongAdder> languages = new ConcurrentHashMap<>();
        IntStream.range(0, docs).parallel().forEach(i -> {
            GeneratedDocument doc = generator.generate(i);
            byte[] content = doc.content().getBytes(StandardCharsets.UTF_8);
            Path file = folder.resolve(doc.relativePath());
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            } catch (IOException e) {
                throw new UncheckedIOException("writing " + file, e);
            }
            bytes.addAndGet(content.length);
            formats.computeIfAbsent(doc.format(), k -> new LongAdder()).increment();
            languages.computeIfAbsent(doc.language().code(), k -> new LongAdder()).increment();
        });
        Map<String, Long> byFormat = sums(formats);
        Map<String, Long> byLanguage = sums(languages);
        ObjectNode m = JSON.createObjectNode();
        m.put("generator", CorpusGenerator.VERSION).put("docs", docs).put("seed", seed).put("bytes", bytes.get());
        m.set("byFormat", JSON.valueToTree(byFormat));
        m.set("byLanguage", JSON.valueToTree(byLanguage));
        Files.writeString(folder.resolve(MANIFEST), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m),
                StandardCharsets.UTF_8);
        return new Corpus(folder, docs, seed, bytes.get(), byFormat, byLanguage, false,
                (System.nanoTime() - started) / 1e9);
    }

    private static Map<String, Long> sums(Map<String, LongAdder> adders) {
        Map<String, Long> out = new TreeMap<>();
        adders.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> out = new TreeMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    /** Removes a folder and everything under it; nothing if it is missing. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
