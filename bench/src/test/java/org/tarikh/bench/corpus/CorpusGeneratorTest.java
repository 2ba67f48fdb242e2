package org.tarikh.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tarikh.ingest.FrontMatter;

class CorpusGeneratorTest {
    private final CorpusGenerator generator = new CorpusGenerator(42);

    @Test
    void sameSeedAndIndexGiveTheSameDocument() {
        assertThat(new CorpusGenerator(42).generate(1234)).isEqualTo(generator.generate(1234));
        assertThat(new CorpusGenerator(43).generate(1234).content()).isNotEqualTo(generator.generate(1234).content());
    }

    @Test
    void documentsAreOneToAboutFiveKilobytesWithEverySlotFilled() {
        IntStream.range(0, 500).mapToObj(generator::generate).forEach(doc -> {
            int bytes = doc.content().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as(doc.relativePath()).isBetween(1000, 6500);
            assertThat(doc.content()).as(doc.relativePath()).doesNotContain("{person", "{place", "{term", "{date");
        });
    }

    @Test
    void mixesLanguagesAndFormats() {
        var docs = IntStream.range(0, 1000).mapToObj(generator::generate).toList();
        for (Language language : Language.values()) {
            assertThat(docs).filteredOn(d -> d.language() == language).hasSizeGreaterThan(150);
        }
        for (String format : new String[] {"txt", "md", "html"}) {
            assertThat(docs).filteredOn(d -> d.format().equals(format)).hasSizeGreaterThan(30);
        }
    }

    @Test
    void markdownFrontMatterIsValidYaml() {
        IntStream.range(0, 2000).mapToObj(generator::generate).filter(d -> d.format().equals("md")).forEach(doc -> {
            FrontMatter frontMatter = FrontMatter.parse(doc.content());
            assertThat(frontMatter.fields()).as(doc.relativePath()).containsKeys("title", "date", "language", "archive");
        });
    }

    @Test
    void kazakhEndingsFollowVowelHarmonyAndTheLastSound() {
        assertThat(CorpusGenerator.kazakhGenitive("Сейфуллин")).isEqualTo("Сейфуллиннің");
        assertThat(CorpusGenerator.kazakhGenitive("Рысқұлов")).isEqualTo("Рысқұловтың");
        assertThat(CorpusGenerator.kazakhGenitive("Бөкейхан")).isEqualTo("Бөкейханның");
        assertThat(CorpusGenerator.kazakhLocative("Шымкент")).isEqualTo("Шымкентте");
        assertThat(CorpusGenerator.kazakhLocative("Семей")).isEqualTo("Семейде");
        assertThat(CorpusGenerator.kazakhLocative("Алматы")).isEqualTo("Алматыда");
    }

    @Test
    void namesTakeTheirRussianAndLatinSpellings() {
        assertThat(Spellings.russian("Қасымов")).isEqualTo("Касымов");
        assertThat(Spellings.latin("Қасымов")).isEqualTo("Kasymov");
        assertThat(Spellings.latinKazakhSounds("Қасымов")).isEqualTo("Qasymov");
        assertThat(Spellings.latin("Жұмабаев")).isEqualTo("Zhumabaev");
        assertThat(Spellings.kazakhLatin("Ашаршылық")).isEqualTo("Aşarşylyq");
    }
}
