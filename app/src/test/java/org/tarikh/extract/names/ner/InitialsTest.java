package org.tarikh.extract.names.ner;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class InitialsTest {
    @Test
    void cutsGivenNamesToInitialsAndKeepsTheFamilyName() {
        NameSample sample = new NameSample(new String[] {"Сәкен", "Сейфуллин", "пен", "Ілияс", "Жансүгіров", "атылды"},
                new Span[] {new Span(0, 2, "person"), new Span(3, 5, "person")}, true);
        NameSample copy = Initials.abbreviate(sample);
        assertThat(copy.getSentence())
                .containsExactly("С", ".", "Сейфуллин", "пен", "І", ".", "Жансүгіров", "атылды");
        assertThat(copy.getNames()).containsExactly(new Span(0, 3, "person"), new Span(4, 7, "person"));
    }

    @Test
    void givesNoCopyWithoutAFullName() {
        NameSample sample = new NameSample(new String[] {"Сталин", "келді"}, new Span[] {new Span(0, 1, "person")}, true);
        assertThat(Initials.abbreviate(sample)).isNull();
    }

    @Test
    void leavesOtherTypesAlone() {
        NameSample sample = new NameSample(new String[] {"Алаш", "Орда"}, new Span[] {new Span(0, 2, "organization")}, true);
        assertThat(Initials.abbreviate(sample)).isNull();
    }
}
