package org.tarikh.extract.names.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads KazNERD's CoNLL IOB2 files ({@code token TAG} per line, a blank line between sentences) into OpenNLP
 * name samples, keeping only the tags a type map names.
 *
 * <p>Rules: {@code B-X} opens a span of X; {@code I-X} extends the open span of X, or opens one when none is open
 * (lenient towards a lost {@code B-}); any other tag, or a tag the map lacks, closes the open span. KazNERD has no
 * document boundaries, so every sentence clears the adaptive (previous-map) data, as a single sentence does at
 * run time.
 *
 * <p>Example: {@code Сәкен B-PERSON / Сейфуллин I-PERSON / келді O} → one sample with span [0, 2) "person".
 *
 * <p>Stateless and thread-safe.
 */
public final class KazNerdReader {
    private final Map<String, String> tagToType;

    /** @param tagToType KazNERD tag without its B-/I- prefix → our entity type, e.g. {@link EntityTypes#KAZNERD_PERSONS} */
    public KazNerdReader(Map<String, String> tagToType) {
        this.tagToType = Map.copyOf(tagToType);
    }

    /** All sentences of the file, in order. */
    public List<NameSample> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read KazNERD file " + file, e);
        }
    }

    /** All sentences of {@code reader}; {@code source} names it in error messages. */
    public List<NameSample> read(Reader reader, String source) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        int lineNumber = 0;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(tokens, tags, samples);
                continue;
            }
            int space = trimmed.lastIndexOf(' ');
            if (space <= 0) {
                throw new IllegalArgumentException(
                        source + ":" + lineNumber + ": expected 'token TAG', got '" + line + "'");
            }
            tokens.add(trimmed.substring(0, space).strip());
            tags.add(trimmed.substring(space + 1));
        }
        flush(tokens, tags, samples);
        return List.copyOf(samples);
    }

    private void flush(List<String> tokens, List<String> tags, List<NameSample> samples) {
        if (tokens.isEmpty()) {
            return;
        }
        samples.add(new NameSample(tokens.toArray(String[]::new), spans(tags).toArray(Span[]::new), true));
        tokens.clear();
        tags.clear();
    }

    private List<Span> spans(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int openStart = -1;
        String openTag = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String bare = prefix.equals("O") ? null : tag.substring(2);
            if (bare != null && !tagToType.containsKey(bare)) {
                bare = null;
            }
            if (bare != null && prefix.equals("I") && bare.equals(openTag)) {
                continue;
            }
            if (openTag != null) {
                spans.add(new Span(openStart, i, tagToType.get(openTag)));
            }
            openTag = bare;
            openStart = i;
        }
        return spans;
    }
}
