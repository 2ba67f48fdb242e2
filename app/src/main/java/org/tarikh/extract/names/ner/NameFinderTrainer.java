package org.tarikh.extract.names.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains and evaluates OpenNLP name finders with the feature set that suits the agglutinative and inflected
 * names of Kazakh and Russian: a name's case ending ({@code Сейфуллин-нің}, {@code Лужков-а}) and its family-name
 * suffix ({@code -ов}, {@code -ұлы}) are affixes, so prefixes and suffixes of the token carry most of the signal,
 * with the token class (capitalisation) and the lower-cased words of a window of two on each side.
 *
 * <p>Example: {@code train("kk", kaznerdValid)} gives a model that finds [0, 2) in
 * {@code Сәкен Сейфуллин 1938 жылы атылды .}
 *
 * <p>Immutable and thread-safe; each call to {@link #train} is independent.
 */
public final class NameFinderTrainer {
    /** How to train: the algorithm (OpenNLP trainer name), iterations, feature cutoff and affix lengths. */
    public record Settings(String algorithm, int iterations, int cutoff, int affixLength, int threads, String codec) {
        public Settings {
            if (!List.of(PerceptronTrainer.PERCEPTRON_VALUE, "MAXENT").contains(algorithm)) {
                throw new IllegalArgumentException("algorithm must be PERCEPTRON or MAXENT: " + algorithm);
            }
            if (iterations < 1 || cutoff < 0 || affixLength < 0 || threads < 1) {
                throw new IllegalArgumentException("bad settings: iterations " + iterations + ", cutoff " + cutoff
                        + ", affixLength " + affixLength + ", threads " + threads);
            }
            if (!List.of("bio", "bilou").contains(codec)) {
                throw new IllegalArgumentException("codec must be bio or bilou: " + codec);
            }
        }

        /** Perceptron, 150 iterations, cutoff 1, affixes up to 4 letters, one thread, BIO: see models/README.md. */
        public static Settings defaults() {
            return new Settings(PerceptronTrainer.PERCEPTRON_VALUE, 150, 1, 4, 1, "bio");
        }
    }

    /** Precision, recall and F1 of one entity type over a test set, with the counts behind them. */
    public record Score(String type, double precision, double recall, double f1, int references, int predictions) {
        public Score {
            if (type == null || type.isBlank()) {
                throw new IllegalArgumentException("score type must not be blank: " + type);
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s P=%.4f R=%.4f F1=%.4f (gold %d, found %d)",
                    type, precision, recall, f1, references, predictions);
        }
    }

    private final Settings settings;

    public NameFinderTrainer(Settings settings) {
        this.settings = settings;
    }

    /** A model for {@code language} trained on {@code samples}; every type the samples carry is learned. */
    public TokenNameFinderModel train(String language, List<NameSample> samples) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        parameters.put(TrainingParameters.THREADS_PARAM, settings.threads());
        SequenceCodec<String> codec = settings.codec().equals("bilou") ? new BilouCodec() : new BioCodec();
        try {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(
                    null, featureDescriptor().getBytes(StandardCharsets.UTF_8), Map.of(), codec);
            return NameFinderME.train(language, null, ObjectStreamUtils.createObjectStream(samples), parameters, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("training the " + language + " name finder failed", e);
        }
    }

    /** The OpenNLP feature generator descriptor the models are trained with. */
    public String featureDescriptor() {
        int affix = settings.affixLength();
        String affixes = affix == 0 ? "" : """
                  <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory">
                    <int name="length">%d</int>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory">
                    <int name="length">%d</int>
                  </generator>
                """.formatted(affix, affix);
        return """
                <featureGenerators cache="true" name="nameFinder">
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">2</int>
                    <int name="nextLength">2</int>
                    <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">2</int>
                    <int name="nextLength">2</int>
                    <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                      <bool name="lowercase">true</bool>
                    </generator>
                  </generator>
                %s  <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
                  <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
                  <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                    <bool name="begin">true</bool>
                    <bool name="end">false</bool>
                  </generator>
                </featureGenerators>
                """.formatted(affixes);
    }

    /**
     * Exact-match precision, recall and F1 of {@code type} spans, measured with OpenNLP's
     * {@link TokenNameFinderEvaluator} on samples and predictions both narrowed to that type.
     */
    public static Score evaluate(TokenNameFinderModel model, List<NameSample> testSamples, String type) {
        NameFinderME finder = new NameFinderME(model);
        int[] counts = new int[2];
        TokenNameFinder narrowed = new TokenNameFinder() {
            @Override
            public Span[] find(String[] tokens) {
                Span[] found = only(finder.find(tokens), type);
                counts[1] += found.length;
                return found;
            }

            @Override
            public void clearAdaptiveData() {
                finder.clearAdaptiveData();
            }
        };
        List<NameSample> references = testSamples.stream()
                .map(s -> new NameSample(s.getId(), s.getSentence(), only(s.getNames(), type), null,
                        s.isClearAdaptiveDataSet()))
                .toList();
        counts[0] = references.stream().mapToInt(s -> s.getNames().length).sum();
        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(narrowed);
        try {
            evaluator.evaluate(ObjectStreamUtils.createObjectStream(references));
        } catch (IOException e) {
            throw new UncheckedIOException("evaluating the name finder failed", e);
        }
        FMeasure f = evaluator.getFMeasure();
        return new Score(type, f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure(), counts[0], counts[1]);
    }

    private static Span[] only(Span[] spans, String type) {
        return Arrays.stream(spans).filter(s -> type.equals(s.getType())).toArray(Span[]::new);
    }
}
