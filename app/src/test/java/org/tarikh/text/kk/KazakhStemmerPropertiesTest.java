package org.tarikh.text.kk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class KazakhStemmerPropertiesTest {

    private static final String KAZAKH_LETTERS = KazakhStemmer.VOWELS + KazakhStemmer.CONSONANTS + "ъь";
    private final KazakhStemmer stemmer = new KazakhStemmer();

    @Provide
    Arbitrary<String> kazakhLetterStrings() {
        return Arbitraries.strings().withChars(KAZAKH_LETTERS.toCharArray()).ofMinLength(0).ofMaxLength(24);
    }

    /** Real word forms plus root + suffix chains put together at random from the stemmer's own endings. */
    @Provide
    Arbitrary<String> inflectedWords() {
        Arbitrary<String> roots = Arbitraries.of(goldForms());
        Arbitrary<String> endings = Arbitraries.of(
                "лар", "дар", "тар", "ы", "сы", "ның", "дың", "ға", "қа", "да", "та", "дан", "нан", "мен", "ды", "н",
                "на", "нда", "дағы", "ған", "у", "ып", "атын", "ма");
        return roots.flatMap(root -> endings.list().ofMaxSize(3).map(list -> root + String.join("", list)));
    }

    @Property
    void neverThrowsAndNeverEmptiesAWord(@ForAll String anyText) {
        String stem = stemmer.stem(anyText);
        assertThat(stem).isNotNull();
        if (!anyText.isEmpty()) {
            assertThat(stem).isNotEmpty();
        }
    }

    @Property
    void keepsAVowelAndAtLeastTwoLettersOfAKazakhWord(@ForAll("kazakhLetterStrings") String word) {
        String stem = stemmer.stem(word);
        assertThat(stem.length()).isGreaterThanOrEqualTo(Math.min(word.length(), KazakhStemmer.MIN_STEM));
    }

    @Property
    void stemIsAPrefixUpToTheRepairedRootEnd(@ForAll("kazakhLetterStrings") String word) {
        assertThat(isRepairedPrefix(stemmer.stem(word), word)).as(word + " -> " + stemmer.stem(word)).isTrue();
    }

    @Property
    void stemOfAnInflectedWordIsAPrefixUpToTheRepairedRootEnd(@ForAll("inflectedWords") String word) {
        assertThat(isRepairedPrefix(stemmer.stem(word), word)).as(word + " -> " + stemmer.stem(word)).isTrue();
    }

    /**
     * The stem is a prefix of the word, or a prefix whose last consonant went back from voiced to voiceless
     * (кітаб → кітап), or a prefix with the narrow vowel the root had lost put back before its last consonant
     * (халқ → халық).
     */
    static boolean isRepairedPrefix(String stem, String word) {
        if (word.startsWith(stem)) {
            return true;
        }
        int n = stem.length();
        if (n < 2) {
            return false;
        }
        String head = stem.substring(0, n - 1);
        char last = stem.charAt(n - 1);
        if (word.startsWith(head) && word.length() >= n) {
            char original = word.charAt(n - 1);
            if ((original == 'ғ' && last == 'қ') || (original == 'г' && last == 'к') || (original == 'б' && last == 'п')) {
                return true;
            }
        }
        char inserted = stem.charAt(n - 2);
        return (inserted == 'ы' || inserted == 'і') && word.startsWith(stem.substring(0, n - 2) + last);
    }

    private static List<String> goldForms() {
        try {
            return KazakhStemmerTest.goldStems().stream().map(KazakhStemmerTest.Case::form).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
