package org.tarikh.extract.names.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.tarikh.text.SentenceSplitter;
import opennlp.tools.util.Span;

/**
 * Measures an English-text person finder on the English seed documents against the person forms of the dev gold
 * ({@code gold/dev.json}): dev data, for measuring only, never for training.
 *
 * <p>The gold lists the distinct surface forms of each person, not their places, so the measure is over distinct
 * strings per document: a found string is right when it is one of the document's gold forms, and a gold form is
 * recalled when it was found at least once.
 *
 * <p>Not thread-safe (one {@link NameFinderME} per run).
 */
final class EnglishDevCheck {
    /** Distinct-form precision and recall, and what was missed and wrongly found (for reading, not scoring). */
    record Result(int gold, int found, int correct, Set<String> missed, Set<String> wrong) {
        Result {
            missed = Set.copyOf(missed);
            wrong = Set.copyOf(wrong);
        }

        double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        @Override
        public String toString() {
            double p = precision();
            double r = recall();
            return String.format(Locale.ROOT, "forms P=%.3f R=%.3f F1=%.3f (gold %d, found %d, right %d)",
                    p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold, found, correct);
        }
    }

    private EnglishDevCheck() {}

    /** The measure over the shared folder's English seeds, or {@code null} when the gold or seeds are missing. */
    static Result run(TokenNameFinderModel model, Path shared) {
        Path gold = shared.resolve("gold/dev.json");
        Path seeds = shared.resolve("corpus/seeds");
        if (!Files.isRegularFile(gold) || !Files.isDirectory(seeds)) {
            return null;
        }
        NameFinderME finder = new NameFinderME(model);
        int goldCount = 0;
        int found = 0;
        int correct = 0;
        Set<String> missed = new TreeSet<>();
        Set<String> wrong = new TreeSet<>();
        try {
            JsonNode documents = new ObjectMapper().readTree(gold.toFile()).path("documents");
            for (Iterator<Map.Entry<String, JsonNode>> it = documents.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> document = it.next();
                if (!"en".equals(document.getValue().path("language").asText())) {
                    continue;
                }
                Set<String> forms = new TreeSet<>();
                document.getValue().path("persons").forEach(person -> person.forEach(f -> forms.add(f.asText())));
                String text = Files.readString(seeds.resolve(document.getKey()), StandardCharsets.UTF_8);
                Set<String> names = new TreeSet<>();
                List<Token> tokens = Tokens.tokenize(text);
                for (List<Token> sentence : new SentenceSplitter().group(text, tokens, Token::start)) {
                    for (Span span : finder.find(Tokens.texts(sentence))) {
                        if (EntityTypes.PERSON.equals(span.getType())) {
                            names.add(text.substring(sentence.get(span.getStart()).start(),
                                    sentence.get(span.getEnd() - 1).end()));
                        }
                    }
                }
                finder.clearAdaptiveData();
                goldCount += forms.size();
                found += names.size();
                List<String> right = new ArrayList<>(names);
                right.retainAll(forms);
                correct += right.size();
                forms.stream().filter(f -> !names.contains(f)).forEach(missed::add);
                names.stream().filter(n -> !forms.contains(n)).forEach(wrong::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English dev documents under " + shared, e);
        }
        Result result = new Result(goldCount, found, correct, missed, wrong);
        System.out.println("en dev missed: " + missed);
        System.out.println("en dev wrong: " + wrong);
        return result;
    }
}
