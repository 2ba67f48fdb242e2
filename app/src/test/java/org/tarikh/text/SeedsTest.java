package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed documents of ../shared/corpus/seeds; skipped where the folder is missing. */
class SeedsTest {
    private static TextPreparer preparer;

    @BeforeAll
    static void buildOnce() {
        preparer = new TextPreparer(new LanguageIdentifier());
    }

    private static PreparedText prepare(String id) {
        Seeds.Seed seed = Seeds.load(id);
        return preparer.prepare(seed.text(), seed.metadata());
    }

    private static Block blockStartingWith(PreparedText prepared, String prefix) {
        OffsetMap map = prepared.offsets();
        return prepared.blocks().stream()
                .filter(b -> prepared.normalized().startsWith(prefix, map.toNormalized(b.start()))).findFirst()
                .orElseThrow(() -> new AssertionError("no block starts with " + prefix));
    }

    @ParameterizedTest
    @CsvSource({"000, en", "001, ru", "002, en", "003, en", "004, kk"})
    void namesTheLanguageOfEachSeed(String id, String language) {
        assertThat(prepare(id).language()).isEqualTo(language);
    }

    @Test
    void setsAsideTheEpigraphAndSiteHeaderAtTheTopOf000() {
        PreparedText p = prepare("000");
        assertThat(blockStartingWith(p, "If a nation does not know").reason()).isEqualTo("epigraph");
        assertThat(blockStartingWith(p, "Mirzhakyp Dulatuly").reason()).isEqualTo("epigraph author");
        assertThat(blockStartingWith(p, "Pages of life of Azimbai Lekerov - e-history.kz").reason())
                .isEqualTo("site header");
        assertThat(blockStartingWith(p, "Pages of life of Azimbai Lekerov").isText()).isTrue();
        assertThat(blockStartingWith(p, "Use of materials for publication").reason()).isEqualTo("copyright notice");
        assertThat(blockStartingWith(p, "Political repression of the 1930s").isText()).isTrue();
        assertThat(p.content()).doesNotContain("Mirzhakyp Dulatuly").contains("Political repression of the 1930s");
    }

    @Test
    void setsAsideTheTailOf004ButNotItsBody() {
        PreparedText p = prepare("004");
        assertThat(blockStartingWith(p, "Мәлімет сізге көмек").isText()).isFalse();
        assertThat(blockStartingWith(p, "Жарияланған-2023-03-24").reason()).isEqualTo("view counter");
        assertThat(blockStartingWith(p, "ҚАЙ МЕМЛЕКЕТ ҚАТЕЛІКПЕН").reason()).isEqualTo("quiz block");
        assertThat(blockStartingWith(p, "ТОЛЫҒЫРАҚ").reason()).isEqualTo("read-more teaser");
        Block last = p.blocks().getLast();
        assertThat(last.isText()).isFalse();

        Block source = blockStartingWith(p, "Қазақ совет энциклопедиясы.");
        List<Block> body = p.blocks().subList(0, p.blocks().indexOf(source) + 1);
        assertThat(body).allMatch(Block::isText);
        assertThat(body).allMatch(b -> b.language().equals("kk"));
    }

    @Test
    void readsTheProvenanceOf004() {
        Provenance provenance = prepare("004").provenance();
        assertThat(provenance.published()).isEqualTo("2023-03-24");
        assertThat(provenance.citedSource()).isEqualTo("Қазақ совет энциклопедиясы. –Алматы, 1979. –Б.320-325.");
        assertThat(provenance.title()).isEqualTo("ҚАЗАҚСТАН ХАЛЫҚ ШАРУАШЫЛЫҒЫН ҚАЛПЫНА КЕЛТІРУ ДӘУІРІНДЕ");
    }

    @Test
    void repairsLatinInitialsIn004() {
        PreparedText p = prepare("004");
        assertThat(p.normalized()).contains("І. Жансүгіров").doesNotContain("I. Жансүгіров");
        int at = p.normalized().indexOf("І. Жансүгіров");
        assertThat(p.text().substring(p.offsets().toOriginal(at))).startsWith("I. Жансүгіров");
    }

    @Test
    void readsTheProvenanceOf000() {
        Provenance provenance = prepare("000").provenance();
        assertThat(provenance.title()).isEqualTo("Pages of life of Azimbai Lekerov");
        assertThat(provenance.publisher()).isEqualTo("e-history.kz");
        assertThat(provenance.translator()).isEqualTo("Raushan MAKHMETZHANOVA");
    }

    @Test
    void keepsAllOfTheCard001AsContentAndReadsItsArchiveReferences() {
        PreparedText p = prepare("001");
        assertThat(p.blocks()).allMatch(Block::isText);
        List<ArchiveReference> refs = p.provenance().archiveReferences();
        assertThat(refs).extracting(ArchiveReference::archive).containsExactly("АПРК", "ГААО", "ГААО", "ГАПО");
        assertThat(refs.get(0)).extracting(ArchiveReference::fond, ArchiveReference::inventory,
                ArchiveReference::file, ArchiveReference::sheet).containsExactly("139", "1", "417", "92 об.");
        assertThat(refs.get(0).text()).isEqualTo("АПРК. Ф. 139. Оп. 1. Д. 417. Л. 92 об.");
        assertThat(p.text().substring(refs.get(0).start(), refs.get(0).end())).isEqualTo(refs.get(0).text());
        assertThat(refs.get(1)).extracting(ArchiveReference::fond, ArchiveReference::inventory,
                ArchiveReference::file).containsExactly("3", "1", "316, 330");
        assertThat(refs.get(2)).extracting(ArchiveReference::fond, ArchiveReference::file)
                .containsExactly("516-п", "565, 574, 655, 657, 677, 888, 1005, 1017");
        assertThat(p.provenance().title()).isEqualTo("ЛЕКЕРОВ Азимбай Лекерович");
        assertThat(p.provenance().citedSource()).startsWith("АПРК. Ф. 139.");
    }

    @Test
    void keepsTheCaptionsAndNumberedChargesOf002AsContent() {
        PreparedText p = prepare("002");
        assertThat(blockStartingWith(p, "Last photo of Zhusupbek Aymautov").isText()).isTrue();
        assertThat(blockStartingWith(p, "5. He secretly had communication").isText()).isTrue();
        assertThat(p.blocks().stream().filter(b -> !b.isText()).map(Block::reason))
                .containsExactly("epigraph", "epigraph author", "site header");
    }
}
