package org.tarikh.extract.names.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds the token spans of people's names with the statistical model of one language ({@code kk}, {@code ru},
 * {@code en}), trained by {@link TrainNameFinders} and shipped as {@code /models/person-LANG.bin}.
 *
 * <p>Example: {@code load("kk").find(["Сәкен", "Сейфуллин", "1938", "жылы", "атылды", "."])} → [0, 2) "person".
 *
 * <p>Thread-safe: the model is shared and read-only, and OpenNLP's {@link ThreadSafeNameFinderME} keeps one
 * decoder per thread. One finder is made per language and kept: a decoder is made once per thread, not once per
 * document (building one per document was a tenth of the name finder's time when ingesting). {@link #find(String[])}
 * treats its tokens as a text of its own; {@link #findInDocument} lets what was found in earlier sentences of one
 * document inform the later ones, as in training.
 */
public final class PersonNameFinder {
    private static final Map<String, Optional<PersonNameFinder>> FINDERS = new ConcurrentHashMap<>();

    private final String language;
    private final ThreadSafeNameFinderME finder;

    private PersonNameFinder(String language, TokenNameFinderModel model) {
        this.language = language;
        this.finder = new ThreadSafeNameFinderME(model);
    }

    /**
     * The finder for {@code language} from the classpath models, loaded once per language; {@code null} when the
     * language is {@code null} or has no model.
     *
     * @throws UncheckedIOException when the model exists but cannot be read
     */
    public static PersonNameFinder load(String language) {
        if (language == null || !language.matches("[a-z]{2,3}")) {
            return null;
        }
        return FINDERS.computeIfAbsent(language, l -> readModel(l).map(model -> new PersonNameFinder(l, model)))
                .orElse(null);
    }

    /** ISO 639-1 code of this finder's language. */
    public String language() {
        return language;
    }

    /** Spans of person names in one sentence's tokens, type {@value EntityTypes#PERSON}, in order. */
    public List<Span> find(String[] tokens) {
        finder.clearAdaptiveData(); // what a document left unread on this thread must not inform this one
        try {
            return persons(finder.find(tokens));
        } finally {
            finder.clearAdaptiveData();
        }
    }

    /** Spans of person names in each sentence of one document, in order; the i-th list belongs to sentence i. */
    public List<List<Span>> findInDocument(List<String[]> sentences) {
        Reading reading = read();
        try {
            return sentences.stream().map(reading::next).toList();
        } finally {
            finder.clearAdaptiveData();
        }
    }

    /**
     * Starts reading one document sentence by sentence on this thread, so that a caller that needs only its first
     * sentences stops there: the spans of the i-th sentence given to {@link Reading#next} are those
     * {@link #findInDocument} gives sentence i (each sentence is informed by the earlier ones alone).
     */
    public Reading read() {
        finder.clearAdaptiveData();
        return new Reading();
    }

    /**
     * One document being read; on the thread that started it only, and until that thread starts another document
     * or calls {@link #find}/{@link #findInDocument}.
     */
    public final class Reading {
        private Reading() {}

        /** Spans of person names in the next sentence of the document. */
        public List<Span> next(String[] tokens) {
            return persons(finder.find(tokens));
        }
    }

    private static List<Span> persons(Span[] spans) {
        return Arrays.stream(spans)
                .filter(s -> EntityTypes.PERSON.equals(s.getType()))
                .toList();
    }

    private static Optional<TokenNameFinderModel> readModel(String language) {
        String resource = "/models/person-" + language + ".bin";
        try (InputStream raw = PersonNameFinder.class.getResourceAsStream(resource);
                InputStream stream = raw == null ? null : new BufferedInputStream(raw)) {
            return stream == null ? Optional.empty() : Optional.of(new TokenNameFinderModel(stream));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name finder model " + resource, e);
        }
    }
}
