package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ThesaurusTest {
    private static final Thesaurus THESAURUS = Thesaurus.load();

    @Test
    void holdsAtLeast150ConceptsWithLabelsInAllThreeLanguages() {
        assertThat(THESAURUS.concepts()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(THESAURUS.concepts()).allSatisfy(c -> {
            assertThat(c.prefLabel("en")).as(c.id()).isNotBlank();
            assertThat(c.prefLabel("ru")).as(c.id()).isNotBlank();
            assertThat(c.prefLabel("kk")).as(c.id()).isNotBlank();
        });
    }

    @Test
    void namesTheCentralConceptsInEveryLanguage() {
        Map<String, Thesaurus.Concept> byId = THESAURUS.concepts().stream()
                .collect(Collectors.toMap(Thesaurus.Concept::id, c -> c));
        assertThat(byId.get("collectivisation").allLabels()).contains("collectivisation", "коллективизация", "ұжымдастыру", "коллективтендіру");
        assertThat(byId.get("famine").allLabels()).contains("famine", "голод", "ашаршылық");
        assertThat(byId.get("repression").allLabels()).contains("repression", "репрессия", "қуғын-сүргін");
        assertThat(byId.get("rehabilitation").allLabels()).contains("rehabilitation", "реабилитация", "ақталу");
        assertThat(byId.get("execution").allLabels()).contains("execution", "расстрел", "ату");
        assertThat(byId.get("alash-orda").allLabels()).contains("Alash Orda", "Алаш Орда");
        assertThat(byId).containsKeys("kulak", "bai", "sedentarisation", "troika", "nkvd", "ogpu", "gulag", "karlag",
                "alzhir", "deportation", "special-settlers");
    }

    @Test
    void findsAConceptUnderAnInflectedForm() {
        List<Thesaurus.Match> matches = THESAURUS.find(Thesaurus.words("ашаршылықтың салдары"));
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.concept().id()).isEqualTo("famine");
            assertThat(m.start()).isZero();
            assertThat(m.end()).isEqualTo(1);
        });
        assertThat(THESAURUS.find(Thesaurus.words("голода"))).extracting(m -> m.concept().id()).containsExactly("famine");
    }

    @Test
    void shortLabelsMatchOnlyAsWritten() {
        // "ату" (shooting) is not named by "атты" (named, with a horse)
        assertThat(THESAURUS.find(Thesaurus.words("атты"))).isEmpty();
    }

    @Test
    void prefersTheLongestLabel() {
        assertThat(THESAURUS.find(Thesaurus.words("Alash Orda"))).extracting(m -> m.concept().id()).containsExactly("alash-orda");
    }

    @Test
    void writesSkosTurtle() {
        assertThat(THESAURUS.toTurtle()).contains("t:famine a skos:Concept").contains("skos:prefLabel \"ашаршылық\"@kk");
    }

    @Property
    void neverThrows(@ForAll String text) {
        assertThat(THESAURUS.find(Thesaurus.words(text))).isNotNull();
        assertThat(new QueryExpander(THESAURUS).groups(QueryExpander.chunks(text))).isNotNull();
    }
}
