package org.tarikh.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The reference Tarikh is compared with: the same files indexed by plain Lucene, {@link StandardAnalyzer}, one
 * unstored {@link TextField} per document, the raw file text (Markdown and HTML markup included), one thread, the
 * same 64 MB RAM buffer as the archive's index, one commit at the end. Reading (bytes from disk, UTF-8 decoding)
 * and indexing (analysis, {@code addDocument}, commit, close) are timed apart.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class PlainLuceneReference {
    static final double RAM_BUFFER_MB = 64;

    /**
     * @param readSeconds the part of the time spent reading and decoding the files
     * @param cpuSeconds  CPU time of the whole process over the pass ({@link Machine#processCpuSeconds})
     */
    public record Figures(Throughput throughput, double readSeconds, double indexSeconds, double cpuSeconds) {
        public Throughput indexOnly() {
            return new Throughput(throughput.bytes(), throughput.docs(), indexSeconds);
        }
    }

    /**
     * Passes of {@link #run} over the same files into a fresh index folder each, until they have run for
     * {@code minSeconds} (at least one pass): one short pass swings with whatever else the machine does at that
     * moment; the median of several is steadier. Returns the passes in the order they ran.
     */
    public List<Figures> runFor(List<Path> files, Path indexFolder, double minSeconds) {
        List<Figures> passes = new java.util.ArrayList<>();
        long started = System.nanoTime();
        do {
            try {
                org.tarikh.bench.corpus.Corpus.deleteTree(indexFolder);
            } catch (IOException e) {
                throw new UncheckedIOException("clearing " + indexFolder, e);
            }
            passes.add(run(files, indexFolder));
        } while ((System.nanoTime() - started) / 1e9 < minSeconds);
        return passes;
    }

    /** The pass of median throughput (the lower middle one of an even count). */
    public static Figures median(List<Figures> passes) {
        List<Figures> sorted = new java.util.ArrayList<>(passes);
        sorted.sort(java.util.Comparator.comparingDouble(f -> f.throughput().megabytesPerSecond()));
        return sorted.get((sorted.size() - 1) / 2);
    }

    public Figures run(List<Path> files, Path indexFolder) {
        try (Directory directory = FSDirectory.open(indexFolder)) {
            return index(files, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("plain Lucene indexing into " + indexFolder, e);
        }
    }

    /** Indexes files into memory and throws the index away: compiles Lucene's hot paths before anything is timed. */
    public void warmUp(List<Path> files) {
        try (Directory directory = new ByteBuffersDirectory()) {
            index(files, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("warming up", e);
        }
    }

    private static Figures index(List<Path> files, Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        long readNanos = 0;
        long indexNanos = 0;
        long bytes = 0;
        long started = System.nanoTime();
        double cpuStarted = Machine.processCpuSeconds();
        IndexWriter writer = new IndexWriter(directory, config);
        try {
            indexNanos += System.nanoTime() - started;
            for (Path file : files) {
                long t0 = System.nanoTime();
                byte[] content = Files.readAllBytes(file);
                String text = new String(content, StandardCharsets.UTF_8);
                long t1 = System.nanoTime();
                Document doc = new Document();
                doc.add(new TextField("text", text, Field.Store.NO));
                writer.addDocument(doc);
                long t2 = System.nanoTime();
                readNanos += t1 - t0;
                indexNanos += t2 - t1;
                bytes += content.length;
            }
            long t3 = System.nanoTime();
            writer.commit();
            writer.close();
            indexNanos += System.nanoTime() - t3;
        } finally {
            writer.close(); // no-op when already closed; releases the lock after a failure
        }
        return new Figures(new Throughput(bytes, files.size(), (readNanos + indexNanos) / 1e9), readNanos / 1e9,
                indexNanos / 1e9, Machine.processCpuSeconds() - cpuStarted);
    }
}
