package org.tarikh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a run measured on, as far as the JVM and {@code /proc} tell it.
 *
 * @param loadAverage the one-minute load average when read ({@code /proc/loadavg}), or -1: shows how busy a
 *                    shared machine was
 */
public record Machine(int cores, long maxHeapBytes, String os, String cpu, String jdk, double loadAverage) {

    public static Machine current() {
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version");
        return new Machine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(), os,
                cpuModel(), jdk, currentLoadAverage());
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).strip();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc hidden: the model is a nicety
        }
        return "unknown";
    }

    public static double currentLoadAverage() {
        try {
            String first = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ")[0];
            return Double.parseDouble(first);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU time of this whole process so far (every thread: the JIT and the collector too), in seconds, or -1 when
     * the JVM does not tell it. Unlike wall time it hardly grows when other processes take the cores.
     */
    public static double processCpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1e9;
        }
        return -1;
    }

    /**
     * Time the JIT compilers have spent compiling so far, summed over their threads, in seconds, or -1 when the JVM
     * does not tell it. On two cores this is CPU taken from the work: Tarikh's ingest is still compiled by C2 rounds
     * after its first (its largest methods compile in 0.5 to 1 s each, some several times), plain Lucene's small
     * indexing loop within its warm-up pass.
     */
    public static double jitSeconds() {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit == null || !jit.isCompilationTimeMonitoringSupported() ? -1 : jit.getTotalCompilationTime() / 1e3;
    }

    public String heapText() {
        return String.format(Locale.ROOT, "%.0f MiB", maxHeapBytes / 1048576.0);
    }
}
