package org.tarikh.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.text.Block;
import org.tarikh.text.LanguageIdentifier;
import org.tarikh.text.PreparedText;
import org.tarikh.text.TextPreparer;

/**
 * An epigraph stays out of ranking and events, but the name under it is a person the document quotes: a reader
 * looking for everything that names Magzhan Zhumabaev should find the article that opens with his lines.
 */
class EpigraphAuthorTest {
    private static final String ARTICLE = """
            The steppe will wake again and the song will return to it.
            Magzhan Zhumabaev

            The teachers of Akmola

            In 1922 the teachers' courses in Akmola were led by Sultanbek Kozhanov. He was arrested in 1937.
            """;

    @Test
    void theAuthorOfAnEpigraphIsAPersonAndTheQuoteMakesNoEvents() {
        PreparedText text = new TextPreparer(new LanguageIdentifier()).prepare(ARTICLE, Map.of());

        assertThat(text.blocks()).extracting(Block::reason).startsWith("epigraph", Block.EPIGRAPH_AUTHOR);
        assertThat(text.content()).doesNotContain("Zhumabaev").doesNotContain("steppe will wake");
        assertThat(text.personContent()).contains("Magzhan Zhumabaev").doesNotContain("steppe will wake");

        Extraction extraction = new DocumentExtractor().extract(text);

        assertThat(extraction.persons()).extracting(ExtractedPerson::name)
                .contains("Magzhan Zhumabaev", "Sultanbek Kozhanov");
        String zhumabaev = extraction.persons().stream().filter(p -> p.name().equals("Magzhan Zhumabaev"))
                .findFirst().orElseThrow().id();
        assertThat(extraction.events()).noneMatch(e -> zhumabaev.equals(e.person()));
        assertThat(extraction.events()).anyMatch(e -> e.type() == EventType.ARREST);
    }
}
