package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchiveReferenceParserTest {
    private static final TextPreparer PREPARER = new TextPreparer(new LanguageIdentifier());

    private static List<ArchiveReference> refs(String text) {
        return PREPARER.prepare(text, Map.of()).provenance().archiveReferences();
    }

    @Test
    void readsKazakhLabels() {
        ArchiveReference ref = refs("ҚР ПМА, Қ. 139, т. 1, іс 417, п. 92.").getFirst();
        assertThat(ref).extracting(ArchiveReference::archive, ArchiveReference::fond, ArchiveReference::inventory,
                ArchiveReference::file, ArchiveReference::sheet).containsExactly("ҚР ПМА", "139", "1", "417", "92");
    }

    @Test
    void readsEnglishTransliteratedLabels() {
        ArchiveReference ref = refs("See RGASPI, f. 17, op. 3, d. 1001, ll. 12-14v.").getFirst();
        assertThat(ref).extracting(ArchiveReference::archive, ArchiveReference::fond, ArchiveReference::inventory,
                ArchiveReference::file, ArchiveReference::sheet).containsExactly("RGASPI", "17", "3", "1001", "12-14v");
    }

    @Test
    void readsLowerCaseRussianLabelsWithoutAnArchive() {
        ArchiveReference ref = refs("Документ хранится: ф. 5, оп. 2, д. 40, л. 7 об.").getFirst();
        assertThat(ref).extracting(ArchiveReference::archive, ArchiveReference::fond, ArchiveReference::file,
                ArchiveReference::sheet).containsExactly(null, "5", "40", "7 об.");
    }

    @Test
    void doesNotTakeAnInitialForAFond() {
        assertThat(refs("Ф. 1937 жылы тұтқындалды. Қ. Сәтбаев, Ф. Голощёкин 1925 жылы келді.")).isEmpty();
    }

    @Test
    void carriesTheArchiveOnlyWithinAList() {
        List<ArchiveReference> refs = refs("ЦГА РК. Ф. 5. Оп. 1. Д. 2; Ф. 6. Оп. 1. Д. 3.\n\nДругой текст. "
                + "Ф. 7. Оп. 2. Д. 9.");
        assertThat(refs).extracting(ArchiveReference::archive).containsExactly("ЦГА РК", "ЦГА РК", null);
    }
}
