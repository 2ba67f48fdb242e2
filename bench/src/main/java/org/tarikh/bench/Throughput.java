package org.tarikh.bench;

/**
 * An amount of input processed in a time. MB are 10^6 bytes of the files on disk.
 *
 * @param seconds wall-clock time
 */
public record Throughput(long bytes, long docs, double seconds) {
    public Throughput {
        if (bytes < 0 || docs < 0 || !(seconds >= 0)) {
            throw new IllegalArgumentException("bad throughput: " + bytes + " bytes, " + docs + " docs, " + seconds + " s");
        }
    }

    public double megabytesPerSecond() {
        return seconds == 0 ? 0 : bytes / 1e6 / seconds;
    }

    public double docsPerSecond() {
        return seconds == 0 ? 0 : docs / seconds;
    }
}
