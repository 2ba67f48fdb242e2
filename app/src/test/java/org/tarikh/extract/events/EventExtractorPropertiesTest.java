package org.tarikh.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The extractor meets random text and random person spans: it never throws and its offsets stay in the text. */
class EventExtractorPropertiesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();
    private static final List<String> PIECES = List.of("Арестован ", "20.07.1937 г. ", "Лекеров ", "was shot ",
            "on February 26, 1938", " and ", "тұтқындалып, ", "1938 жылы 26 ақпанда ", "атылды. ", "(1893-1938) ",
            "1920-1921-инструктор ", "(г. Се-мипалатинск). ", "his arrest in July 1937. ", "He ", "ол ", "не ",
            "Приговорен выездной сессией ВК ВС СССР к ВМН ", "2, 8, 10 and 11points of the 58th article. ", "\n\n",
            "\n- ", "Мұратбаевтан айрылды. ", "of the same year ", "April 21 ", "г. ", ". ", ", ", ";", "Zh. ", "x");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(200);
        return Arbitraries.oneOf(pieces, noise, Combinators.combine(pieces, noise).as(String::concat));
    }

    @Property(tries = 400)
    void neverThrowsAndKeepsOffsetsInTheText(@ForAll("texts") String text, @ForAll long seed) {
        List<PersonSpan> persons = new ArrayList<>();
        java.util.Random random = new java.util.Random(seed);
        int count = text.isEmpty() ? 0 : random.nextInt(6);
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(text.length() + 3);
            int end = start + 1 + random.nextInt(12);
            persons.add(new PersonSpan("p" + random.nextInt(3), start, end));
        }
        List<Event> events = text.isEmpty() ? List.of() : EXTRACTOR.extract(text, "ru", persons);
        for (Event e : events) {
            assertThat(e.start()).isBetween(0, text.length());
            assertThat(e.end()).isBetween(e.start(), text.length());
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.evidence());
            assertThat(persons.stream().map(PersonSpan::personId)).contains(e.personId());
        }
    }

    @Property(tries = 50)
    void acceptsNullAndEmptyInput(@ForAll("texts") String text) {
        assertThat(EXTRACTOR.extract(null, "kk", List.of())).isEmpty();
        assertThat(EXTRACTOR.extract(text, null, null)).isEmpty();
        assertThat(EXTRACTOR.extract("", "en", List.of(new PersonSpan("p", 0, 1)))).isEmpty();
    }
}
