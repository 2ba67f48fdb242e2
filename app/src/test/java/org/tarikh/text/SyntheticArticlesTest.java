package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Web articles written for these tests (app/src/test/resources/text/), one per language, with site furniture. */
class SyntheticArticlesTest {
    private static TextPreparer preparer;

    @BeforeAll
    static void buildOnce() {
        preparer = new TextPreparer(new LanguageIdentifier());
    }

    private static PreparedText prepare(String name) throws IOException {
        try (InputStream in = SyntheticArticlesTest.class.getResourceAsStream("/text/" + name)) {
            return preparer.prepare(new String(in.readAllBytes(), StandardCharsets.UTF_8), Map.of());
        }
    }

    /** Each block's reason, "TEXT" for content, in order, with its first words. */
    private static List<String> reasons(PreparedText p) {
        return p.blocks().stream().map(b -> (b.isText() ? "TEXT" : b.reason()) + " | "
                + p.textOf(b).lines().findFirst().orElse("")).toList();
    }

    @Test
    void setsAsideTheFurnitureOfAnEnglishArticle() throws IOException {
        PreparedText p = prepare("web-article-en.txt");
        assertThat(reasons(p)).containsExactly(
                "navigation | Home › History › Alash movement",
                "TEXT | The Alash Orda government and its end",
                "TEXT | By Aigerim Nurlanova",
                "publication line | Published: March 5, 2021",
                "TEXT | In December 1917 the Second All-Kazakh Congress in Orenburg proclaimed the autonomy of Alash"
                        + " and elected a people's council, the Alash Orda, with Alikhan Bokeikhanov at its head. The"
                        + " government tried to keep the steppe out of the civil war, bargaining first with the Whites"
                        + " and then with the Bolsheviks.",
                "TEXT | In 1920 the Kirghiz Revolutionary Committee dissolved the autonomy. Many of its leaders went on"
                        + " to work for the Soviet state as teachers, economists and writers; most of them were"
                        + " arrested in the late 1920s and 1930s and shot in 1937 and 1938.",
                "TEXT | Source: Kozybayev M. K. History of Kazakhstan. Almaty, 1998. P. 212-230.",
                "share buttons | Share  Facebook  Twitter  Telegram",
                "teaser list | Related articles",
                "teaser list | The famine of 1930-1933",
                "read-more teaser | Read more",
                "teaser list | Sedentarisation of the nomads",
                "read-more teaser | Read more",
                "copyright notice | © 2021 Steppe History Portal. All rights reserved.");
        assertThat(p.language()).isEqualTo("en");
        Provenance provenance = p.provenance();
        assertThat(provenance.title()).isEqualTo("The Alash Orda government and its end");
        assertThat(provenance.author()).isEqualTo("Aigerim Nurlanova");
        assertThat(provenance.published()).isEqualTo("2021-03-05");
        assertThat(provenance.citedSource()).isEqualTo("Kozybayev M. K. History of Kazakhstan. Almaty, 1998. P. 212-230.");
    }

    @Test
    void setsAsideTheFurnitureOfARussianArticle() throws IOException {
        PreparedText p = prepare("web-article-ru.txt");
        List<String> reasons = reasons(p).stream().map(r -> r.substring(0, r.indexOf(" | "))).toList();
        assertThat(reasons).containsExactly("navigation", "TEXT", "TEXT", "publication line", "TEXT", "TEXT", "TEXT",
                "view counter", "teaser list", "read-more teaser", "teaser list", "read-more teaser",
                "copyright notice");
        assertThat(p.language()).isEqualTo("ru");
        Provenance provenance = p.provenance();
        assertThat(provenance.title()).isEqualTo("Судьба наркома земледелия");
        assertThat(provenance.author()).isEqualTo("Иванов П. С.");
        assertThat(provenance.published()).isEqualTo("2020-03-12");
        assertThat(provenance.citedSource()).startsWith("ЦГА РК. Ф. 1380.");
        assertThat(provenance.archiveReferences()).extracting(ArchiveReference::archive, ArchiveReference::fond,
                ArchiveReference::sheet).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ЦГА РК", "1380", "3-5"),
                        org.assertj.core.groups.Tuple.tuple("ЦГА РК", "1381", null));
    }

    @Test
    void setsAsideTheFurnitureOfAKazakhArticle() throws IOException {
        PreparedText p = prepare("web-article-kk.txt");
        List<String> reasons = reasons(p).stream().map(r -> r.substring(0, r.indexOf(" | "))).toList();
        assertThat(reasons).containsExactly("navigation", "TEXT", "publication line", "TEXT", "TEXT", "TEXT", "TEXT",
                "share buttons", "quiz block", "read-more teaser", "quiz block", "read-more teaser",
                "copyright notice");
        assertThat(p.language()).isEqualTo("kk");
        assertThat(p.blocks()).allMatch(b -> b.language().equals("kk"));
        Provenance provenance = p.provenance();
        assertThat(provenance.title()).isEqualTo("Алаш қайраткерлерінің тағдыры");
        assertThat(provenance.translator()).isEqualTo("Сәуле Ахметова");
        assertThat(provenance.published()).isEqualTo("2021-03-05");
        assertThat(provenance.citedSource()).startsWith("ҚР ПМА. Қ. 141");
        assertThat(provenance.archiveReferences().getFirst()).extracting(ArchiveReference::archive,
                ArchiveReference::fond, ArchiveReference::inventory, ArchiveReference::file, ArchiveReference::sheet)
                .containsExactly("ҚР ПМА", "141", "1", "7030", "12");
    }

    @Test
    void takesTitleAndPublisherFromMetadataFirst() {
        PreparedText p = preparer.prepare("Some text about the famine of 1932 in the steppe, long enough to read.",
                Map.of("title", "The famine", "url", "https://www.example.kz/articles/1", "date", "2019-11-02T10:00:00Z",
                        "author", "A. Writer"));
        assertThat(p.provenance()).extracting(Provenance::title, Provenance::publisher, Provenance::published,
                Provenance::author).containsExactly("The famine", "example.kz", "2019-11-02", "A. Writer");
    }

    @Test
    void aMarkdownHeadingGivesTheTitleWithoutItsMarks() {
        PreparedText p = preparer.prepare("# Seminar notes: the writers of 1937 #\n\nIn 1937 the Union of Writers lost"
                + " most of its Kazakh members; Saken Seifullin, Ilyas Zhansugurov and Beimbet Mailin were shot in 1938.",
                Map.of());
        assertThat(p.provenance().title()).isEqualTo("Seminar notes: the writers of 1937");
    }
}
