package org.tarikh.extract.names.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads a factRuEval-2016 folder ({@code devset/} or {@code testset/}) into OpenNLP name samples, one per sentence
 * of the {@code .tokens} layer, with a span for every object ({@code .objects}) whose type the type map names.
 *
 * <p>Rules:
 * <ul>
 *   <li>A document is the set of files {@code book_N.tokens}, {@code .spans}, {@code .objects}; documents are read
 *       in file-name order and the first sentence of each clears the adaptive data.</li>
 *   <li>A span line ({@code id type start length firstTokenId tokenCount # ...}) covers {@code tokenCount} tokens
 *       from its first token, in the order of the tokens file.</li>
 *   <li>An object ({@code id Type spanId... # ...}) covers the tokens from the first to the last token of all its
 *       spans: {@code Person 22767 22768} over {@code name} "Юрия" and {@code surname} "Лужкова" becomes one span
 *       "Юрия Лужкова".</li>
 *   <li>An object crossing a sentence boundary, or one whose spans name unknown tokens, is dropped and counted in
 *       {@link Result#dropped()}; of overlapping objects the longer one stays (the earlier one on a tie), because
 *       OpenNLP's name samples cannot overlap.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class FactRuEvalReader {
    private final Map<String, String> objectTypeToType;

    /** Samples of a folder and the number of objects that could not become spans. */
    public record Result(List<NameSample> samples, int dropped) {
        public Result {
            samples = List.copyOf(samples);
            if (dropped < 0) {
                throw new IllegalArgumentException("dropped must not be negative: " + dropped);
            }
        }
    }

    /** @param objectTypeToType factRuEval object type → our entity type, e.g. {@link EntityTypes#FACTRUEVAL_PERSONS} */
    public FactRuEvalReader(Map<String, String> objectTypeToType) {
        this.objectTypeToType = Map.copyOf(objectTypeToType);
    }

    /** Every document of {@code folder}. */
    public Result readFolder(Path folder) {
        List<Path> tokenFiles;
        try (Stream<Path> files = Files.list(folder)) {
            tokenFiles = files.filter(p -> p.getFileName().toString().endsWith(".tokens"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list factRuEval folder " + folder, e);
        }
        if (tokenFiles.isEmpty()) {
            throw new IllegalArgumentException("no .tokens files in factRuEval folder " + folder);
        }
        List<NameSample> samples = new ArrayList<>();
        int dropped = 0;
        for (Path tokenFile : tokenFiles) {
            String base = tokenFile.getFileName().toString().replaceFirst("\\.tokens$", "");
            Result document = readDocument(
                    base,
                    lines(tokenFile),
                    lines(tokenFile.resolveSibling(base + ".spans")),
                    lines(tokenFile.resolveSibling(base + ".objects")));
            samples.addAll(document.samples());
            dropped += document.dropped();
        }
        return new Result(samples, dropped);
    }

    /** One document given the lines of its three layers; {@code name} appears in error messages. */
    public Result readDocument(String name, List<String> tokenLines, List<String> spanLines, List<String> objectLines) {
        // sentence index and position in the sentence of every token, by its position in the file
        List<List<String>> sentences = new ArrayList<>();
        List<int[]> tokenPlace = new ArrayList<>();
        Map<String, Integer> tokenIndex = new HashMap<>();
        List<String> current = new ArrayList<>();
        for (String line : tokenLines) {
            String[] fields = line.strip().split(" ");
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            if (fields.length < 4) {
                throw new IllegalArgumentException(name + ".tokens: expected 'id start length text', got '" + line + "'");
            }
            tokenIndex.put(fields[0], tokenPlace.size());
            tokenPlace.add(new int[] {sentences.size(), current.size()});
            current.add(fields[3]);
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }

        Map<String, int[]> spanTokens = new HashMap<>(); // span id → first and last token index in file order
        for (String line : spanLines) {
            String[] fields = beforeComment(line);
            if (fields.length == 0) {
                continue;
            }
            if (fields.length < 6) {
                throw new IllegalArgumentException(name + ".spans: expected 6 fields, got '" + line + "'");
            }
            Integer first = tokenIndex.get(fields[4]);
            int count = Integer.parseInt(fields[5]);
            if (first != null && count > 0) {
                spanTokens.put(fields[0], new int[] {first, first + count - 1});
            }
        }

        List<List<Span>> spansBySentence = new ArrayList<>();
        sentences.forEach(s -> spansBySentence.add(new ArrayList<>()));
        int dropped = 0;
        for (String line : objectLines) {
            String[] fields = beforeComment(line);
            if (fields.length < 2) {
                continue;
            }
            String type = objectTypeToType.get(fields[1]);
            if (type == null) {
                continue;
            }
            int first = Integer.MAX_VALUE;
            int last = -1;
            boolean known = fields.length > 2;
            for (int i = 2; i < fields.length; i++) {
                int[] range = spanTokens.get(fields[i]);
                if (range == null) {
                    known = false;
                    break;
                }
                first = Math.min(first, range[0]);
                last = Math.max(last, range[1]);
            }
            if (!known || last >= tokenPlace.size() || tokenPlace.get(first)[0] != tokenPlace.get(last)[0]) {
                dropped++;
                continue;
            }
            int sentence = tokenPlace.get(first)[0];
            spansBySentence.get(sentence).add(new Span(tokenPlace.get(first)[1], tokenPlace.get(last)[1] + 1, type));
        }

        List<NameSample> samples = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Span> kept = withoutOverlaps(spansBySentence.get(s));
            dropped += spansBySentence.get(s).size() - kept.size() - duplicates(spansBySentence.get(s));
            samples.add(new NameSample(
                    name + "#" + s, sentences.get(s).toArray(String[]::new), kept.toArray(Span[]::new), null, s == 0));
        }
        return new Result(samples, dropped);
    }

    private static int duplicates(List<Span> spans) {
        return spans.size() - (int) spans.stream().distinct().count();
    }

    private static List<Span> withoutOverlaps(List<Span> spans) {
        List<Span> byLength = new ArrayList<>(spans.stream().distinct().toList());
        byLength.sort(Comparator.comparingInt(Span::length).reversed().thenComparingInt(Span::getStart));
        List<Span> kept = new ArrayList<>();
        for (Span span : byLength) {
            if (kept.stream().noneMatch(k -> k.intersects(span))) {
                kept.add(span);
            }
        }
        kept.sort(Comparator.comparingInt(Span::getStart));
        return kept;
    }

    private static String[] beforeComment(String line) {
        int hash = line.indexOf('#');
        String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
        return data.isEmpty() ? new String[0] : data.split("\\s+");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read factRuEval file " + file, e);
        }
    }
}
