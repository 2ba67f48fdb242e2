package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A facet link narrows the whole query, whatever operators it holds (the browser suite follows such a link). */
class FacetNarrowingTest {

    @Test
    void anOrQueryIsBracketedBeforeTheFilterIsAdded() {
        assertThat(Pages.narrowed("Semipalatinsk OR Семей", "place:1519422"))
                .isEqualTo("(Semipalatinsk OR Семей) place:1519422");
        assertThat(Pages.narrowed("Алаш Орда", "lang:kk")).isEqualTo("Алаш Орда lang:kk");
        assertThat(Pages.narrowed("ORENBURG", "lang:ru")).as("OR inside a word is no operator").isEqualTo("ORENBURG lang:ru");
    }
}
