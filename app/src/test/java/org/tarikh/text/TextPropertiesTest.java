package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextPropertiesTest {
    private static final TextPreparer PREPARER = new TextPreparer(new LanguageIdentifier());
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    /** Any chars, with lone surrogates and controls, plus the letters, marks and spaces the rules look at. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars("aeopcxyiIAEOPCXHKMTB.-\n\r \t\u00AD\u00A0\u200B\uFEFF\u0301\u0308\uD800\uDC00"
                        + "ӘәҒғҚқҢңӨөҰұҮүҺһІіЁёабвгдежзийклмнопрстуфхцчшщъыьэюя©?»")
                .ofMaxLength(300);
        Arbitrary<String> words = Arbitraries.of("Источник: ", "АПРК. Ф. 139. Оп. 1. Д. 417. Л. 92 об.", "Ф.",
                        "Қаралды-463", "ТОЛЫҒЫРАҚ »", "Read more", "© 2020", "Жарияланған-2023-03-24", "\n\n",
                        "Translated by X", "Семипала-\nтинск", "I. Жансүгіров", " - e-history.kz\n", "...\n")
                .list().ofMaxSize(30).map(list -> String.join(" ", list));
        return Arbitraries.oneOf(anyChars, tricky, words);
    }

    /** Bibliographic lines: places, years, page marks and the separators around them, in any order. */
    @Provide
    Arbitrary<String> citationLike() {
        return Arbitraries.of("Алматы", "М.", ",", ", ", ",\t", ". ", " – ", "—", "//", "1979", "1937.", "2005",
                        "1599", "20233", "19", "–Б.320-325.", "С. 45", "pp. 12", "Қазақ совет энциклопедиясы.", "\n", "x")
                .list().ofMaxSize(14).map(list -> String.join("", list));
    }

    @Property(tries = 1000)
    void theCommaYearCheckNeverRefusesABibliographicLine(@ForAll("citationLike") String line) {
        if (CitationLines.PLACE_YEAR.matcher(line).find()) assertThat(CitationLines.hasCommaYear(line)).as(line).isTrue();
    }

    @Provide
    Arbitrary<String> fondLike() {
        return Arbitraries.of("ф", "қ", "f", "фонд", "қор", "fond", "of", "аф", "5", "ф5", ".", " ", "\t", "\u00A0", "1", "a",
                        "ә", "\uD835\uDC00", "\n", "оп.", "д")
                .list().ofMaxSize(10).map(list -> String.join("", list));
    }

    @Property(tries = 2000)
    void theLabelScanFindsWhatThePatternFinds(@ForAll("fondLike") String text) {
        assertThat(ArchiveReferenceParser.hasLabel(text)).as(text)
                .isEqualTo(ArchiveReferenceParser.ANY_LABEL.matcher(text).find());
    }

    @Property(tries = 300)
    void prepareNeverThrowsAndKeepsBlocksInsideTheText(@ForAll("texts") String text) {
        PreparedText prepared = PREPARER.prepare(text, Map.of());
        int previousEnd = 0;
        for (Block block : prepared.blocks()) {
            assertThat(block.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(block.end()).isBetween(block.start(), text.length());
            previousEnd = block.end();
        }
        assertThat(prepared.content()).hasSameSizeAs(prepared.normalized());
        for (ArchiveReference reference : prepared.provenance().archiveReferences()) {
            assertThat(reference.end()).isBetween(reference.start(), text.length());
        }
    }

    @Property(tries = 300)
    void offsetsStayInTheTextAndNeverGoBack(@ForAll("texts") String text) {
        NormalizedText normalized = NORMALIZER.normalize(text);
        OffsetMap map = normalized.offsets();
        int previous = 0;
        for (int i = 0; i <= normalized.text().length(); i++) {
            int original = map.toOriginal(i);
            assertThat(original).isBetween(previous, text.length());
            assertThat(map.toOriginalEnd(i)).isBetween(0, text.length());
            previous = original;
        }
        assertThat(map.toOriginal(normalized.text().length())).isEqualTo(text.length());
        for (int o = 0; o <= text.length(); o++) {
            assertThat(map.toNormalized(o)).isBetween(0, normalized.text().length());
        }
    }

    @Property(tries = 300)
    void normalizingTwiceChangesNothing(@ForAll("texts") String text) {
        String once = NORMALIZER.normalize(text).text();
        assertThat(NORMALIZER.normalize(once).text()).isEqualTo(once);
    }
}
