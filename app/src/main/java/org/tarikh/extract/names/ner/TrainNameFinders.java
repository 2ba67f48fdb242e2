package org.tarikh.extract.names.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Command that trains the person-name finders from the data sets in {@code ../shared/data} and measures them on
 * the official test parts (KazNERD {@code IOB2_test.txt}, factRuEval-2016 {@code testset/}), which are never
 * trained or tuned on.
 *
 * <pre>
 * TrainNameFinders [--data DIR] [--out DIR] [--languages kk,ru,en] [--types person|all]
 *                  [--iterations N] [--cutoff N] [--affix N] [--algorithm PERCEPTRON|MAXENT] [--codec bio|bilou]
 *                  [--mix kk,ru] [--initials] [--cv]
 * </pre>
 *
 * <p>{@code --cv} is for tuning: five-fold cross-validation within each training split; it writes nothing. Without it the models go to {@code OUT/person-LANG.bin} and the figures to {@code OUT/README.md}.
 */
public final class TrainNameFinders {
    private TrainNameFinders() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = parse(args);
        Path data = Path.of(options.getOrDefault("data", "../shared/data"));
        Path out = Path.of(options.getOrDefault("out", "app/src/main/resources/models"));
        List<String> languages = List.of(options.getOrDefault("languages", "kk,ru,en").split(","));
        boolean allTypes = options.getOrDefault("types", "person").equals("all");
        boolean cv = options.containsKey("cv");
        NameFinderTrainer.Settings defaults = NameFinderTrainer.Settings.defaults();
        NameFinderTrainer.Settings settings = new NameFinderTrainer.Settings(
                options.getOrDefault("algorithm", defaults.algorithm()),
                Integer.parseInt(options.getOrDefault("iterations", String.valueOf(defaults.iterations()))),
                Integer.parseInt(options.getOrDefault("cutoff", String.valueOf(defaults.cutoff()))),
                Integer.parseInt(options.getOrDefault("affix", String.valueOf(defaults.affixLength()))),
                Integer.parseInt(options.getOrDefault("threads", String.valueOf(defaults.threads()))),
                options.getOrDefault("codec", defaults.codec()));
        NameFinderTrainer trainer = new NameFinderTrainer(settings);
        System.out.println("settings: " + settings + (allTypes ? ", types person+location+organization" : ", persons"));

        Map<String, List<NameSample>> training = new LinkedHashMap<>();
        Map<String, List<NameSample>> testing = new LinkedHashMap<>();
        KazNerdReader kaznerd = new KazNerdReader(allTypes ? EntityTypes.KAZNERD_ALL : EntityTypes.KAZNERD_PERSONS);
        FactRuEvalReader factRuEval =
                new FactRuEvalReader(allTypes ? EntityTypes.FACTRUEVAL_ALL : EntityTypes.FACTRUEVAL_PERSONS);
        training.put("kk", kaznerd.read(data.resolve("kaznerd/IOB2_valid.txt")));
        testing.put("kk", kaznerd.read(data.resolve("kaznerd/IOB2_test.txt")));
        FactRuEvalReader.Result ruTrain = factRuEval.readFolder(data.resolve("factrueval-2016/devset"));
        FactRuEvalReader.Result ruTest = factRuEval.readFolder(data.resolve("factrueval-2016/testset"));
        System.out.printf(Locale.ROOT, "factRuEval objects dropped (cross-sentence or overlapping): dev %d, test %d%n",
                ruTrain.dropped(), ruTest.dropped());
        training.put("ru", ruTrain.samples());
        testing.put("ru", ruTest.samples());
        // --mix kk,ru: these Cyrillic models also learn from the other language's training split (same script, and
        // the Kazakh names of this history appear in Russian text), scored only on their own language
        List<String> mixed = List.of(options.getOrDefault("mix", "").split(","));
        boolean mix = !options.getOrDefault("mix", "").isEmpty();
        boolean initials = options.containsKey("initials");
        Map<String, List<NameSample>> extra = new LinkedHashMap<>();
        extra.put("kk", mixed.contains("kk") ? training.get("ru") : List.of());
        extra.put("ru", mixed.contains("ru") ? training.get("kk") : List.of());
        // English: no English training data here, so the Kazakh and Russian training splits are transliterated
        Transliteration latin = new Transliteration();
        List<NameSample> english = new ArrayList<>();
        withInitials(training.get("kk"), initials).forEach(s -> english.add(latin.sample(s, "kk")));
        withInitials(training.get("ru"), initials).forEach(s -> english.add(latin.sample(s, "ru")));
        training.put("en", english);
        extra.put("en", List.of());

        if (cv) {
            crossValidate(trainer, training, extra, initials, languages, allTypes);
            return;
        }
        List<String> report = new ArrayList<>();
        for (String language : languages) {
            if (!training.containsKey(language)) {
                throw new IllegalArgumentException("unknown language '" + language + "': expected kk, ru or en");
            }
            List<NameSample> train = language.equals("en")
                    ? training.get(language)
                    : withInitials(concat(training.get(language), extra.get(language)), initials);
            long started = System.nanoTime();
            TokenNameFinderModel model = trainer.train(language, train);
            double seconds = (System.nanoTime() - started) / 1e9;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "%s: trained on %d sentences in %.0f s", language, train.size(), seconds));
            if (testing.containsKey(language)) {
                line.append(String.format(Locale.ROOT, "; test %d sentences: ", testing.get(language).size()));
                for (String type : types(allTypes)) {
                    line.append(NameFinderTrainer.evaluate(model, testing.get(language), type)).append("; ");
                }
            }
            if (language.equals("en")) {
                EnglishDevCheck.Result dev = EnglishDevCheck.run(model, data.getParent());
                if (dev != null) {
                    line.append("; English seed documents vs dev gold forms: ").append(dev);
                }
            }
            System.out.println(line);
            report.add(line.toString());
            Files.createDirectories(out);
            Path file = out.resolve("person-" + language + ".bin");
            try (OutputStream stream = Files.newOutputStream(file)) {
                model.serialize(stream);
            }
            System.out.printf(Locale.ROOT, "wrote %s (%.1f MB)%n", file, Files.size(file) / 1e6);
        }
        String recipe = settings + (mix ? ", --mix " + String.join(",", mixed) : "") + (initials ? ", --initials" : "");
        Files.writeString(out.resolve("README.md"), readme(recipe, commandOptions(options), report),
                StandardCharsets.UTF_8);
    }

    private static String readme(String recipe, String arguments, List<String> report) {
        StringBuilder results = new StringBuilder();
        report.forEach(line -> results.append("- ").append(line).append('\n'));
        return """
                # Person-name finder models

                `person-kk.bin`, `person-ru.bin` and `person-en.bin` are Apache OpenNLP 2.5 name finder models (type
                `person`) trained by this project with `org.tarikh.extract.names.ner.TrainNameFinders` and read at run
                time by `PersonNameFinder`. Do not edit them by hand: retrain with

                ```
                tools/train-name-finders.sh %s
                ```

                ## Training and results

                Settings: %s. Feature generator: token class and lower-cased token in a window of two on each side,
                prefixes and suffixes of the token, previous-map, bigram and sentence-start features
                (`NameFinderTrainer.featureDescriptor()`).

                Options: `--types all` trains the models on persons, locations and organisations together
                (`PersonNameFinder` returns persons only): the other types teach the model what a capitalised
                non-person looks like. `--mix kk` trains the Kazakh model on both Cyrillic training splits (the
                names of this history are Kazakh names in either language); the Russian model keeps to its own
                split (mixed, the eight-times larger Kazakh split outweighs it; not cross-validated together
                with `--types all`). `--initials` adds a copy
                of every sentence with a full name in which given names are cut to initials (`С. Сейфуллин`), as
                the archive's sources write them. Five-fold cross-validation within the training splits (`--cv`),
                person F1 kk / ru: plain 0.862 / 0.691, `--types all` 0.877 / 0.758, `--mix` 0.882 / 0.713,
                `--initials` 0.853 / 0.685 (the held-out news has almost no initials, so this costs a little there
                and is kept for the archive's texts); BIO beat BILOU (0.831 / 0.689) and affixes of 5 or 6 letters
                did not beat 4.

                - Kazakh: trained on KazNERD `IOB2_valid.txt` (the only training split at hand), measured on
                  `IOB2_test.txt`.
                - Russian: trained on factRuEval-2016 `devset`, measured on `testset`.
                - English: no English training data; trained on Latin transliterations (ICU BGN, capitals kept) of the
                  Kazakh and Russian training splits, measured on the English seed documents against the person forms
                  of the dev gold (distinct forms per document; dev data, not used for training).

                Exact-match span precision, recall and F1 (OpenNLP `TokenNameFinderEvaluator`), training time on the
                shared 2-core machine:

                %s
                ## Data credits

                - KazNERD: Rustem Yeshpanov, Yerbolat Khassanov, Huseyin Atakan Varol. "KazNERD: Kazakh Named Entity
                  Recognition Dataset". Proceedings of the 13th Language Resources and Evaluation Conference (LREC
                  2022), pages 417-426. https://github.com/IS2AI/KazNERD. Licensed under Creative Commons Attribution
                  4.0 International (CC BY 4.0); the Kazakh model and the Kazakh part of the English model are derived
                  from it.
                - factRuEval-2016: Dialogue Evaluation, https://github.com/dialogue-evaluation/factRuEval-2016,
                  MIT License, Copyright (c) 2015 dialogue-evaluation; the Russian model and the Russian part of the
                  English model are derived from it.
                """.formatted(arguments, recipe, results);
    }

    /** The options of this run as the training script takes them (the script supplies data and output). */
    private static String commandOptions(Map<String, String> options) {
        StringBuilder command = new StringBuilder();
        options.forEach((name, value) -> {
            if (!name.equals("data") && !name.equals("out")) {
                command.append(" --").append(name).append(value.equals("true") ? "" : " " + value);
            }
        });
        return command.toString().strip();
    }

    private static List<NameSample> concat(List<NameSample> first, List<NameSample> second) {
        List<NameSample> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** {@code samples}, followed when asked by a copy with initials of each sentence that has a full name. */
    private static List<NameSample> withInitials(List<NameSample> samples, boolean initials) {
        if (!initials) {
            return samples;
        }
        List<NameSample> all = new ArrayList<>(samples);
        for (NameSample sample : samples) {
            NameSample copy = Initials.abbreviate(sample);
            if (copy != null) {
                all.add(copy);
            }
        }
        return all;
    }

    private static List<String> types(boolean allTypes) {
        return allTypes
                ? List.of(EntityTypes.PERSON, EntityTypes.LOCATION, EntityTypes.ORGANIZATION)
                : List.of(EntityTypes.PERSON);
    }

    /** Five-fold cross-validation over contiguous parts of each training split: the figures to tune on. */
    private static void crossValidate(NameFinderTrainer trainer, Map<String, List<NameSample>> training,
            Map<String, List<NameSample>> extra, boolean initials, List<String> languages, boolean allTypes) {
        int folds = 5;
        for (String language : languages) {
            List<NameSample> all = training.get(language);
            Map<String, double[]> sums = new LinkedHashMap<>();
            for (int fold = 0; fold < folds; fold++) {
                int from = all.size() * fold / folds;
                int to = all.size() * (fold + 1) / folds;
                List<NameSample> train = new ArrayList<>(all.subList(0, from));
                train.addAll(all.subList(to, all.size()));
                TokenNameFinderModel model = trainer.train(language, withInitials(concat(train, extra.get(language)), initials));
                for (String type : types(allTypes)) {
                    NameFinderTrainer.Score score = NameFinderTrainer.evaluate(model, all.subList(from, to), type);
                    double[] sum = sums.computeIfAbsent(type, t -> new double[3]);
                    sum[0] += score.precision();
                    sum[1] += score.recall();
                    sum[2] += score.f1();
                }
            }
            sums.forEach((type, sum) -> System.out.printf(Locale.ROOT,
                    "%s %s %d-fold cross-validation on the training split: P=%.4f R=%.4f F1=%.4f%n",
                    language, type, folds, sum[0] / folds, sum[1] / folds, sum[2] / folds));
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
            String name = args[i].substring(2);
            if (List.of("cv", "initials").contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
        }
        return options;
    }
}
