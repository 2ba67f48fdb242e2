package org.tarikh.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.search.analysis.TarikhAnalyzers;

/**
 * Analysis alone, without reading, storing or indexing: how fast {@link StandardAnalyzer} and Tarikh's analyzers
 * turn the same texts into tokens, on one thread. Tarikh's two chains are timed apart: the query-time analyzer
 * (every stemmer, keys) and the index-time chain (stems by language, keys stacked on words). Each analyzer makes one untimed pass first.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class AnalysisComparison {
    /** @param tokens tokens the standard analyzer produced, to show the passes saw the same text */
    public record Figures(int docs, long bytes, long tokens, double standardSeconds, double wordsSeconds,
                          double keysSeconds) {
        public double standardMegabytesPerSecond() {
            return bytes / 1e6 / standardSeconds;
        }

        public double tarikhMegabytesPerSecond() {
            return bytes / 1e6 / (wordsSeconds + keysSeconds);
        }

        /** Tarikh's analysis speed over the standard one: 0.25 means four times slower. */
        public double ratio() {
            return standardSeconds / (wordsSeconds + keysSeconds);
        }
    }

    public Figures run(List<Path> files) {
        List<String> texts = new ArrayList<>(files.size());
        long bytes = 0;
        try {
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                bytes += content.length;
                texts.add(new String(content, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the analysis sample", e);
        }
        try (Analyzer standard = new StandardAnalyzer();
             Analyzer tarikh = TarikhAnalyzers.create(new NameKeyer()::key)) {
            long tokens = 0;
            double[] seconds = new double[3];
            for (int pass = 0; pass < 2; pass++) {
                long t0 = System.nanoTime();
                tokens = analyse(standard, "text", texts);
                long t1 = System.nanoTime();
                analyse(tarikh, TarikhAnalyzers.TEXT, texts);
                long t2 = System.nanoTime();
                analyseForIndex(texts);
                long t3 = System.nanoTime();
                seconds = new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9};
            }
            return new Figures(texts.size(), bytes, tokens, seconds[0], seconds[1], seconds[2]);
        }
    }

    /** The index-time chain: words, stems by the paragraph's language (here judged by letters), keys. */
    private static long analyseForIndex(List<String> texts) {
        NameKeyer keyer = new NameKeyer();
        long tokens = 0;
        for (String text : texts) {
            try (TokenStream stream = TarikhAnalyzers.indexStream(text, offset -> null, keyer::key)) {
                stream.reset();
                while (stream.incrementToken()) tokens++;
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException("analysing a string cannot fail on I/O", e);
            }
        }
        return tokens;
    }

    private static long analyse(Analyzer analyzer, String field, List<String> texts) {
        long tokens = 0;
        for (String text : texts) {
            try (TokenStream stream = analyzer.tokenStream(field, text)) {
                stream.reset();
                while (stream.incrementToken()) tokens++;
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException("analysing a string cannot fail on I/O", e);
            }
        }
        return tokens;
    }
}
