package org.tarikh.bench;

import java.util.Arrays;

/**
 * Summary of timed calls: nearest-rank percentiles, so {@code p99} of 200 calls is the second slowest.
 *
 * @param queriesPerSecond calls divided by the summed time of the calls (one caller, one after another)
 */
public record Latencies(int count, double medianMs, double p90Ms, double p99Ms, double maxMs, double queriesPerSecond) {

    public static Latencies of(long[] nanos) {
        if (nanos.length == 0) throw new IllegalArgumentException("no timings");
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long total = 0;
        for (long n : sorted) total += n;
        return new Latencies(sorted.length, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.90)), ms(rank(sorted, 0.99)),
                ms(sorted[sorted.length - 1]), sorted.length / (total / 1e9));
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
