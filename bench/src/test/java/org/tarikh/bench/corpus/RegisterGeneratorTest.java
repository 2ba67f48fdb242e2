package org.tarikh.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated register is deterministic, has the header's number of fields but in its bad rows, and some bad rows. */
class RegisterGeneratorTest {
    @Test
    void deterministicAndWellFormedWithSomeBadRows() {
        assertThat(RegisterGenerator.csv(500, 7)).isEqualTo(RegisterGenerator.csv(500, 7));
        assertThat(RegisterGenerator.csv(50, 7)).isNotEqualTo(RegisterGenerator.csv(50, 8));
        List<String> lines = RegisterGenerator.csv(1000, 7).lines().toList();
        assertThat(lines).hasSize(1001);
        assertThat(lines.get(0).split(";", -1)).hasSize(RegisterGenerator.HEADER.size());
        long short_ = lines.stream().skip(1).filter(l -> l.split(";", -1).length != RegisterGenerator.HEADER.size()).count();
        long broken = lines.stream().skip(1).filter(l -> l.contains("31.02.")).count();
        long nameless = lines.stream().skip(1).filter(l -> l.startsWith(";;;")).count();
        assertThat(short_ + broken + nameless).isEqualTo(1000 / RegisterGenerator.BAD_EVERY);
    }
}
