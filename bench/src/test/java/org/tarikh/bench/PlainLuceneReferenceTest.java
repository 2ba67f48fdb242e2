package org.tarikh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainLuceneReferenceTest {
    @Test
    void repeatsThePassIntoAFreshIndexAndGivesEachPass(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Сәкен Сейфуллин 1938 жылы атылды.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Turar Ryskulov was arrested in 1937.");
        List<PlainLuceneReference.Figures> once = new PlainLuceneReference().runFor(List.of(a, b), dir.resolve("index"), 0);
        assertThat(once).hasSize(1); // at least one pass, even when no time is asked for
        assertThat(once.get(0).throughput().docs()).isEqualTo(2);
        assertThat(once.get(0).throughput().bytes()).isEqualTo(Files.size(a) + Files.size(b));
        // passes go on until the time is used up, each into a fresh index of its own
        List<PlainLuceneReference.Figures> passes = new PlainLuceneReference().runFor(List.of(a, b), dir.resolve("index"), 0.3);
        assertThat(passes).isNotEmpty().allSatisfy(p -> assertThat(p.throughput().docs()).isEqualTo(2));
    }

    @Test
    void theMedianPassIsTheMiddleThroughput() {
        PlainLuceneReference.Figures slow = figures(10), middle = figures(5), fast = figures(1), faster = figures(0.5);
        assertThat(PlainLuceneReference.median(List.of(fast, slow, middle))).isSameAs(middle);
        // of an even count, the lower middle one: the reference is not made faster by the choice
        assertThat(PlainLuceneReference.median(List.of(faster, fast, slow, middle))).isSameAs(middle);
    }

    private static PlainLuceneReference.Figures figures(double seconds) {
        return new PlainLuceneReference.Figures(new Throughput(1_000_000, 10, seconds), 0, seconds, seconds);
    }
}
