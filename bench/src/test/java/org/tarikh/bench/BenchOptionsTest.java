package org.tarikh.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
    private static final Path OUT = Path.of("/tmp/bench-out");

    @Test
    void oneRoundOfIngestAndTwentySecondsOfPlainLuceneUnlessAsked() {
        BenchOptions defaults = BenchOptions.parse(List.of("--docs", "2000"), OUT);
        assertThat(defaults.ingestRounds()).isEqualTo(1);
        assertThat(defaults.plainSeconds()).isEqualTo(20);
        assertThat(defaults.skipSearch()).isFalse();
        assertThat(defaults.warmUpRounds()).isZero();
        BenchOptions asked = BenchOptions.parse(List.of("--ingest-rounds", "3", "--plain-seconds=5", "--skip-search"), OUT);
        assertThat(asked.ingestRounds()).isEqualTo(3);
        assertThat(asked.plainSeconds()).isEqualTo(5);
        assertThat(asked.skipSearch()).isTrue();
        assertThat(BenchOptions.parse(List.of("--ingest-rounds", "5", "--warm-up-rounds", "2"), OUT).warmUpRounds())
                .isEqualTo(2);
    }

    @Test
    void refusesRoundsItCannotRun() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--ingest-rounds", "0"), OUT))
                .hasMessageContaining("--ingest-rounds must be at least 1");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--plain-seconds", "-1"), OUT))
                .hasMessageContaining("--plain-seconds");
        // every round a warm-up one would leave no round to count
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--ingest-rounds", "2", "--warm-up-rounds", "2"), OUT))
                .hasMessageContaining("--warm-up-rounds must be >= 0 and fewer than --ingest-rounds (2), not 2");
    }
}
