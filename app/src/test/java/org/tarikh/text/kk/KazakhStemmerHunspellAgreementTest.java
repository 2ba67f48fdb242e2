package org.tarikh.text.kk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Compares the stemmer with Debian's hunspell-kk dictionary read by Lucene's Hunspell, where that package is
 * installed ({@code apt-get install hunspell-kk}). Hunspell gives dictionary lemmas and knows no proper names, so
 * this measures agreement, not accuracy: it only guards against a collapse.
 */
class KazakhStemmerHunspellAgreementTest {
    private static final Path AFFIX = Path.of("/usr/share/hunspell/kk_KZ.aff");
    private static final Path WORDS = Path.of("/usr/share/hunspell/kk_KZ.dic");

    @Test
    void agreesWithHunspellOnMostWordsItKnows() throws Exception {
        assumeTrue(Files.isReadable(AFFIX) && Files.isReadable(WORDS), "hunspell-kk is not installed");
        Dictionary dictionary;
        try (InputStream affix = Files.newInputStream(AFFIX);
                InputStream words = Files.newInputStream(WORDS);
                ByteBuffersDirectory scratch = new ByteBuffersDirectory()) {
            dictionary = new Dictionary(scratch, "kk", affix, words);
        }
        Hunspell hunspell = new Hunspell(dictionary);
        KazakhStemmer stemmer = new KazakhStemmer();
        int known = 0;
        int ours = 0;
        int gold = 0;
        for (KazakhStemmerTest.Case c : KazakhStemmerTest.goldStems()) {
            List<String> roots = hunspell.getRoots(c.form()).stream()
                    .map(r -> r.toLowerCase(Locale.ROOT))
                    .toList();
            if (roots.isEmpty()) {
                continue;
            }
            known++;
            if (roots.contains(stemmer.stem(c.form()))) {
                ours++;
            }
            if (roots.contains(c.expected())) {
                gold++;
            }
        }
        System.out.println(String.format(Locale.ROOT,
                "Kazakh stemmer vs hunspell-kk: hunspell knows %d forms; our stem is one of its roots for %d (%.3f);"
                        + " the gold stem for %d (%.3f)",
                known, ours, (double) ours / known, gold, (double) gold / known));
        assertThat(known).isPositive();
        assertThat((double) ours / known).isGreaterThanOrEqualTo(0.6); // 0.641 when written
    }
}
