package org.tarikh.extract.names;

import org.tarikh.lexicon.NameKeyer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import org.tarikh.extract.DocumentExtractor;
import org.tarikh.extract.ExtractedPerson;
import org.tarikh.extract.Mention;
import org.tarikh.extract.names.ner.EntityTypes;
import org.tarikh.extract.names.ner.FactRuEvalReader;
import org.tarikh.extract.names.ner.KazNerdReader;
import org.tarikh.lexicon.Gazetteer;
import org.tarikh.text.LanguageIdentifier;
import org.tarikh.text.PreparedText;
import org.tarikh.text.Span;
import org.tarikh.text.TextPreparer;

/**
 * Measures the archive's person finding against the person annotations of the NER data sets' development parts:
 * KazNERD {@code IOB2_valid.txt} (Kazakh) and factRuEval-2016 {@code devset/} (Russian). The test parts are never
 * read.
 *
 * <p>Rules:
 * <ul>
 *   <li>Each text goes the way {@code tarikh extract} sends a file: {@link TextPreparer} (normalising, boilerplate
 *       set aside), then the person finder; found mentions are mapped back to the text as read and compared there
 *       with the gold spans. The language is the data set's, not the identifier's guess: this measures finding
 *       persons, not telling Kazakh from Russian in a one-line text.</li>
 *   <li>factRuEval: one text per {@code book_N.txt}, as published (sentences joined by spaces, paragraphs by blank
 *       lines), so that a surname alone can lean on the full name earlier in the same article, as in the archive.
 *       A gold person is an object of type {@code Person} from its first to its last token
 *       ({@link FactRuEvalReader}: "Юрия Лужкова"), mapped to chars by the {@code .tokens} offsets.</li>
 *   <li>KazNERD: one text per sentence, because the file has no documents: its sentences are shuffled news
 *       sentences, and joining unrelated ones would let a surname alone borrow a full name from another story.
 *       Tokens are joined with a space, none before {@code . , ; : ! ? ) ] » %} and none after {@code ( [ «},
 *       as the sentence would be printed.</li>
 *   <li>Exact: a found span counts when a gold span has the same start and end. Lenient: a found span counts
 *       when it overlaps a gold span, and a gold span is found when a found span overlaps it.</li>
 *   <li>Two ways of finding: {@link Mode#SHIPPED} is {@link DocumentExtractor} as the CLI builds it (bundled
 *       gazetteer, statistical name finders); {@link Mode#RULES} is the same {@link PersonFinder} without the
 *       statistical finder. The shipped models were trained on exactly these development parts
 *       ({@code models/README.md}), so the shipped figure is optimistic about the lone surnames the model confirms;
 *       the rules figure is the honest one for changes to the rules.</li>
 * </ul>
 *
 * <p>Example: KazNERD sentence {@code Нұрсұлтан B-PERSON / Назарбаев I-PERSON / келді O / . O} becomes the text
 * {@code "Нұрсұлтан Назарбаев келді."} with the gold person [0, 19).
 *
 * <p>Not thread-safe (one instance per run).
 */
final class PersonFindingEvaluation {
    /** How persons are found. */
    enum Mode { SHIPPED, RULES }

    /** One text, its language, and its gold person spans (char offsets of {@code text}). */
    record Document(String id, String text, String language, List<Span> persons) {
        Document {
            persons = List.copyOf(persons);
            for (Span s : persons) {
                if (s.end() > text.length()) throw new IllegalArgumentException(id + ": gold span " + s + " beyond the text");
            }
        }
    }

    /** A data set's documents and a line saying how they were read. */
    record DataSet(String name, List<Document> documents, String note) {
        DataSet {
            documents = List.copyOf(documents);
        }
    }

    /** Precision, recall and F1 from counts. */
    record Figures(int correctFound, int found, int correctGold, int gold) {
        double precision() {
            return found == 0 ? 0 : (double) correctFound / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correctGold / gold;
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * One surface form and how often it was wrong, of which how often it overlapped the other side (a boundary
     * error), with the text around its first occurrence.
     */
    record Miss(String form, int count, int boundary, String example) {}

    /** The figures of one data set under one mode, with its most frequent misses. */
    record Report(String dataSet, Mode mode, int documents, Figures exact, Figures lenient,
                  List<Miss> falsePositives, List<Miss> falseNegatives) {
        Report {
            falsePositives = List.copyOf(falsePositives);
            falseNegatives = List.copyOf(falseNegatives);
        }

        String row() {
            return String.format(Locale.ROOT, "%-12s %-7s %6d %5d %5d   %.3f %.3f %.3f   %.3f %.3f %.3f",
                    dataSet, mode.name().toLowerCase(Locale.ROOT), documents, exact.gold(), exact.found(),
                    exact.precision(), exact.recall(), exact.f1(), lenient.precision(), lenient.recall(), lenient.f1());
        }

        void printMisses(PrintStream out) {
            out.println("-- " + dataSet + ", " + mode.name().toLowerCase(Locale.ROOT)
                    + ": most frequent false positives (found, no gold span alike; boundary = overlaps a gold person)");
            falsePositives.forEach(m -> print(out, m));
            out.println("-- " + dataSet + ", " + mode.name().toLowerCase(Locale.ROOT)
                    + ": most frequent false negatives (gold, not found alike; boundary = a found span overlaps)");
            falseNegatives.forEach(m -> print(out, m));
        }

        private static void print(PrintStream out, Miss m) {
            out.printf(Locale.ROOT, "   %4d  %-32s %-14s %s%n", m.count(), m.form(),
                    m.boundary() > 0 ? "boundary " + m.boundary() : "", m.example());
        }
    }

    static final String HEADER = String.format(Locale.ROOT, "%-12s %-7s %6s %5s %5s   %-17s   %-17s",
            "data set", "mode", "texts", "gold", "found", "exact P / R / F1", "lenient P / R / F1");
    static final int MISSES_SHOWN = Integer.getInteger("tarikh.misses", 15);
    /** Chars of text shown on each side of a miss. */
    private static final int CONTEXT = 30;

    private final TextPreparer preparer = new TextPreparer(new LanguageIdentifier());
    private final DocumentExtractor shipped = new DocumentExtractor();
    private final PersonFinder rules;

    PersonFindingEvaluation() {
        // as DocumentExtractor builds it, without the statistical name finder
        Predicate<String> place = word -> Gazetteer.shared().named(word).isPresent();
        this.rules = new PersonFinder(new NameParser(), new NameKeyer(), null, place);
    }

    /**
     * KazNERD's validation part, one text per sentence; every {@code step}-th sentence from the first (1: all), a
     * fixed sample so that the figure is the same on every run.
     */
    static DataSet kazNerd(Path validFile, int step) {
        if (!validFile.getFileName().toString().equals("IOB2_valid.txt")) {
            throw new IllegalArgumentException("only KazNERD's validation part is read here, not " + validFile);
        }
        if (step < 1) throw new IllegalArgumentException("step must be at least 1: " + step);
        List<NameSample> samples = new KazNerdReader(EntityTypes.KAZNERD_PERSONS).read(validFile);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < samples.size(); i += step) {
            NameSample sample = samples.get(i);
            String[] tokens = sample.getSentence();
            StringBuilder text = new StringBuilder();
            int[] starts = new int[tokens.length];
            int[] ends = new int[tokens.length];
            for (int t = 0; t < tokens.length; t++) {
                if (t > 0 && !noSpaceBefore(tokens[t]) && !noSpaceAfter(tokens[t - 1])) text.append(' ');
                starts[t] = text.length();
                text.append(tokens[t]);
                ends[t] = text.length();
            }
            List<Span> gold = new ArrayList<>();
            for (opennlp.tools.util.Span s : sample.getNames()) gold.add(new Span(starts[s.getStart()], ends[s.getEnd() - 1]));
            documents.add(new Document("kaznerd#" + i, text.toString(), "kk", gold));
        }
        String note = step == 1
                ? "KazNERD IOB2_valid.txt: all " + samples.size() + " sentences, one text each"
                : "KazNERD IOB2_valid.txt: every " + step + "th of " + samples.size() + " sentences (" + documents.size()
                        + "), one text each";
        return new DataSet("KazNERD", documents, note);
    }

    private static boolean noSpaceBefore(String token) {
        return token.matches("[.,;:!?)\\]»%…]+");
    }

    private static boolean noSpaceAfter(String token) {
        return token.equals("(") || token.equals("[") || token.equals("«");
    }

    /** factRuEval-2016's development part, one text per {@code book_N}. */
    static DataSet factRuEval(Path devset) {
        if (!devset.getFileName().toString().equals("devset")) {
            throw new IllegalArgumentException("only factRuEval's devset is read here, not " + devset);
        }
        FactRuEvalReader reader = new FactRuEvalReader(EntityTypes.FACTRUEVAL_PERSONS);
        List<Path> books;
        try (Stream<Path> files = Files.list(devset)) {
            books = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + devset, e);
        }
        List<Document> documents = new ArrayList<>();
        int dropped = 0;
        for (Path book : books) {
            String base = book.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = read(book);
            List<String> tokenLines = lines(devset.resolve(base + ".tokens"));
            FactRuEvalReader.Result result = reader.readDocument(base, tokenLines,
                    lines(devset.resolve(base + ".spans")), lines(devset.resolve(base + ".objects")));
            dropped += result.dropped();
            // char offsets of every token, sentence by sentence, in the reader's order (blank line between sentences)
            List<List<int[]>> sentences = new ArrayList<>();
            List<int[]> current = new ArrayList<>();
            for (String line : tokenLines) {
                if (line.isBlank()) {
                    if (!current.isEmpty()) sentences.add(current);
                    current = new ArrayList<>();
                    continue;
                }
                String[] f = line.strip().split(" ");
                int start = Integer.parseInt(f[1]), end = start + Integer.parseInt(f[2]);
                if (end > text.length() || !text.substring(start, end).equals(f[3])) {
                    throw new IllegalStateException(base + ".tokens: token '" + f[3] + "' not at " + start + " of the text");
                }
                current.add(new int[] {start, end});
            }
            if (!current.isEmpty()) sentences.add(current);
            if (sentences.size() != result.samples().size()) {
                throw new IllegalStateException(base + ": " + sentences.size() + " sentences, the reader made "
                        + result.samples().size());
            }
            List<Span> gold = new ArrayList<>();
            for (int s = 0; s < sentences.size(); s++) {
                for (opennlp.tools.util.Span span : result.samples().get(s).getNames()) {
                    gold.add(new Span(sentences.get(s).get(span.getStart())[0], sentences.get(s).get(span.getEnd() - 1)[1]));
                }
            }
            documents.add(new Document(base, text, "ru", gold));
        }
        return new DataSet("factRuEval", documents, "factRuEval-2016 devset: " + documents.size()
                + " articles, one text each; " + dropped + " person objects dropped by the reader (cross-sentence or overlapping)");
    }

    /** The person mentions found in one document, as spans of its text. */
    List<Span> find(Document document, Mode mode) {
        PreparedText guessed = preparer.prepare(document.text(), Map.of());
        PreparedText text = new PreparedText(guessed.text(), guessed.normalized(), guessed.offsets(),
                document.language(), guessed.blocks(), guessed.provenance());
        Set<Span> found = new LinkedHashSet<>();
        if (mode == Mode.SHIPPED) {
            for (ExtractedPerson p : shipped.extract(text).persons()) {
                for (Mention m : p.mentions()) found.add(new Span(m.start(), m.end()));
            }
        } else {
            for (PersonFinder.Found p : rules.find(text.content(), text.language())) {
                for (int[] s : p.spans()) {
                    int start = text.offsets().toOriginal(s[0]), end = text.offsets().toOriginalEnd(s[1]);
                    if (end > start && end <= text.text().length()) found.add(new Span(start, end));
                }
            }
        }
        return List.copyOf(found);
    }

    Report evaluate(DataSet data, Mode mode) {
        int goldCount = 0, foundCount = 0, exactRight = 0, lenientFound = 0, lenientGold = 0;
        Map<String, int[]> falsePositives = new HashMap<>(), falseNegatives = new HashMap<>();
        Map<String, String> positiveExamples = new HashMap<>(), negativeExamples = new HashMap<>();
        for (Document d : data.documents()) {
            Set<Span> gold = new LinkedHashSet<>(d.persons());
            List<Span> found = find(d, mode);
            goldCount += gold.size();
            foundCount += found.size();
            for (Span f : found) {
                boolean overlaps = gold.stream().anyMatch(g -> overlap(f, g));
                if (overlaps) lenientFound++;
                if (gold.contains(f)) {
                    exactRight++;
                } else {
                    count(falsePositives, positiveExamples, d.text(), f, overlaps);
                }
            }
            for (Span g : gold) {
                boolean overlaps = found.stream().anyMatch(f -> overlap(f, g));
                if (overlaps) lenientGold++;
                if (!found.contains(g)) count(falseNegatives, negativeExamples, d.text(), g, overlaps);
            }
        }
        return new Report(data.name(), mode, data.documents().size(),
                new Figures(exactRight, foundCount, exactRight, goldCount),
                new Figures(lenientFound, foundCount, lenientGold, goldCount),
                top(falsePositives, positiveExamples), top(falseNegatives, negativeExamples));
    }

    private static boolean overlap(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static void count(Map<String, int[]> misses, Map<String, String> examples, String text, Span span,
                              boolean boundary) {
        String form = oneLine(text.substring(span.start(), span.end()));
        int[] c = misses.computeIfAbsent(form, k -> new int[2]);
        c[0]++;
        if (boundary) c[1]++;
        examples.computeIfAbsent(form, k -> "«" + oneLine(text.substring(Math.max(0, span.start() - CONTEXT), span.start()))
                + "[" + form + "]" + oneLine(text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT))) + "»");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static List<Miss> top(Map<String, int[]> misses, Map<String, String> examples) {
        return misses.entrySet().stream()
                .map(e -> new Miss(e.getKey(), e.getValue()[0], e.getValue()[1], examples.get(e.getKey())))
                .sorted(Comparator.comparingInt(Miss::count).reversed().thenComparing(Miss::form))
                .limit(MISSES_SHOWN)
                .toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
