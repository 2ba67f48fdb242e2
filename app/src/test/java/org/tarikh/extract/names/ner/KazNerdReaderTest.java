package org.tarikh.extract.names.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class KazNerdReaderTest {
    private static final String SAMPLE = """
            Сәкен B-PERSON
            Сейфуллин I-PERSON
            Ақмолада B-GPE
            туған O
            . O

            Ахмет B-PERSON
            пен O
            Міржақып B-PERSON
            Дулатұлы I-PERSON
            """;

    @Test
    void readsPersonSpansOfEverySentence() throws IOException {
        List<NameSample> samples = new KazNerdReader(EntityTypes.KAZNERD_PERSONS).read(new StringReader(SAMPLE), "inline");
        assertThat(samples).hasSize(2);
        assertThat(samples.get(0).getSentence()).containsExactly("Сәкен", "Сейфуллин", "Ақмолада", "туған", ".");
        assertThat(samples.get(0).getNames()).containsExactly(new Span(0, 2, "person"));
        assertThat(samples.get(1).getNames()).containsExactly(new Span(0, 1, "person"), new Span(2, 4, "person"));
    }

    @Test
    void mapsPlacesWhenAskedTo() throws IOException {
        List<NameSample> samples = new KazNerdReader(EntityTypes.KAZNERD_ALL).read(new StringReader(SAMPLE), "inline");
        assertThat(samples.get(0).getNames()).containsExactly(new Span(0, 2, "person"), new Span(2, 3, "location"));
    }

    @Test
    void opensASpanAtAnInsideTagWithoutBeginning() throws IOException {
        List<NameSample> samples = new KazNerdReader(EntityTypes.KAZNERD_PERSONS)
                .read(new StringReader("ал O\nТұрар I-PERSON\nРысқұлов I-PERSON\n"), "inline");
        assertThat(samples.get(0).getNames()).containsExactly(new Span(1, 3, "person"));
    }

    @Test
    void rejectsALineWithoutATagNamingTheLine() {
        assertThatThrownBy(() -> new KazNerdReader(EntityTypes.KAZNERD_PERSONS)
                .read(new StringReader("Сәкен B-PERSON\nжалғыз\n"), "sample.txt"))
                .hasMessageContaining("sample.txt:2");
    }

    @Test
    void readsTheValidSplitOfKazNerd() {
        Path file = Path.of(System.getProperty("tarikh.home", "."), "..", "shared", "data", "kaznerd", "IOB2_valid.txt");
        Path fallback = Path.of(System.getProperty("tarikh.home", "."), "..", "..", "shared", "data", "kaznerd",
                "IOB2_valid.txt");
        Path found = Files.isRegularFile(file) ? file : fallback;
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(found), "KazNERD not available");
        List<NameSample> samples = new KazNerdReader(EntityTypes.KAZNERD_PERSONS).read(found);
        assertThat(samples).hasSize(11_167);
        assertThat(samples.stream().mapToInt(s -> s.getNames().length).sum()).isEqualTo(1_352);
    }
}
