package org.tarikh.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarikh.resolve.ResolvedPerson;

/** The reconciliation benchmark's persons and names: deterministic, every kind of name present, ids that exist. */
class ReconcileCorpusTest {
    @Test
    void deterministicWithEveryKindOfNameAndRealTargets() {
        ReconcileCorpus corpus = new ReconcileCorpus(5_000, 42);
        assertThat(corpus.person(123)).isEqualTo(new ReconcileCorpus(5_000, 42).person(123));
        assertThat(corpus.query(77)).isEqualTo(new ReconcileCorpus(5_000, 42).query(77));
        assertThat(corpus.query(77)).isNotEqualTo(new ReconcileCorpus(5_000, 43).query(77));
        Set<String> ids = new HashSet<>();
        for (ResolvedPerson p : corpus.persons()) {
            assertThat(p.members()).isNotEmpty();
            ids.add(p.id());
        }
        assertThat(ids).hasSize(5_000);
        assertThat(corpus.person(0).name()).isEqualTo("Сәкен Сейфуллин");
        Map<ReconcileCorpus.Kind, Integer> kinds = new EnumMap<>(ReconcileCorpus.Kind.class);
        for (int i = 0; i < 5_000; i++) {
            ReconcileCorpus.Query q = corpus.query(i);
            kinds.merge(q.kind(), 1, Integer::sum);
            assertThat(q.name()).isNotBlank();
            if (q.kind() == ReconcileCorpus.Kind.ABSENT) assertThat(q.person()).isNull();
            else assertThat(ids).contains(q.person());
        }
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(ReconcileCorpus.Kind.values());
        assertThat(kinds.get(ReconcileCorpus.Kind.ABSENT)).isBetween(400, 600);
    }

    @Test
    void otherFamilyFormsAndTypos() {
        assertThat(ReconcileCorpus.otherFamilyForm("Дулатов")).isEqualTo("Дулатұлы");
        assertThat(ReconcileCorpus.otherFamilyForm("Дулатұлы")).isEqualTo("Дулатов");
        String typo = ReconcileCorpus.typo("Аймауытов", new java.util.SplittableRandom(1));
        assertThat(typo).hasSize("Аймауытов".length()).isNotEqualTo("Аймауытов").startsWith("А");
    }
}
