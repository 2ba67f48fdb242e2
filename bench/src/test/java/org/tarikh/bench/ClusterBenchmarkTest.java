package org.tarikh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarikh.archive.Archive;
import org.tarikh.bench.corpus.CorpusGenerator;
import org.tarikh.bench.corpus.GeneratedDocument;
import org.tarikh.extract.Mention;
import org.tarikh.resolve.DocumentPerson;

class ClusterBenchmarkTest {
    private final CorpusGenerator texts = new CorpusGenerator(42);
    private final ResolutionBenchmark.Generator persons = new ResolutionBenchmark.Generator(10_000, 42);

    @Test
    void theLoadedDocumentIsTheGeneratedTextThenItsPersonsWhoseMentionsPointAtTheirNames() {
        for (int i = 0; i < 50; i++) {
            GeneratedDocument text = texts.generate(i);
            Archive.Extracted doc = ClusterBenchmark.document(text, persons.document(i));
            assertThat(doc.document().text()).startsWith(text.content().strip());
            assertThat(doc.document().language()).isEqualTo(text.language().code());
            assertThat(doc.document().byteSize()).isEqualTo(doc.document().text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            assertThat(doc.persons()).hasSize(4);
            for (DocumentPerson p : doc.persons()) {
                assertThat(p.documentId()).isEqualTo(doc.document().id());
                for (Mention m : p.mentions()) {
                    assertThat(m.start()).isGreaterThan(text.content().strip().length());
                    assertThat(doc.document().text().substring(m.start(), m.end())).isEqualTo(m.text()).isEqualTo(p.name());
                }
            }
        }
    }

    @Test
    void documentIOfOneSeedIsAlwaysTheSame() {
        Archive.Extracted a = ClusterBenchmark.document(texts.generate(7), persons.document(7));
        Archive.Extracted b = ClusterBenchmark.document(new CorpusGenerator(42).generate(7),
                new ResolutionBenchmark.Generator(10_000, 42).document(7));
        assertThat(a.document().text()).isEqualTo(b.document().text());
        assertThat(a.document().contentHash()).isEqualTo(b.document().contentHash());
        assertThat(ClusterBenchmark.document(texts.generate(8), persons.document(8)).document().contentHash())
                .isNotEqualTo(a.document().contentHash());
    }
}
