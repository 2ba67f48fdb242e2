package org.tarikh.extract.names;

import org.tarikh.lexicon.NameKeyer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NameKeyPropertiesTest {

    private static final String NAME_LETTERS =
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
                    + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ"
                    + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                    + "äöüşçğıñūýáóúéİŞÇĞÄÖÜŪ'’-.· ̆ʹʺ";

    private final NameKeyer keyer = new NameKeyer();
    private final NameParser parser = new NameParser();

    @Provide
    Arbitrary<String> nameLike() {
        return Arbitraries.strings().withChars(NAME_LETTERS.toCharArray()).ofMinLength(0).ofMaxLength(16);
    }

    @Property
    void keyNeverThrows(@ForAll String any) {
        assertThat(keyer.key(any)).isNotNull();
        assertThat(keyer.keys(any)).isNotNull();
    }

    @Property
    void parserNeverThrows(@ForAll String any) {
        assertThat(parser.parse(any)).isNotNull();
    }

    @Property
    void parserNeverThrowsOnNameLikeText(@ForAll("nameLike") String word1, @ForAll("nameLike") String word2) {
        assertThat(parser.parse(word1 + " " + word2).base()).isNotNull();
    }

    @Property
    void keyIsIdempotentOnItsOwnOutput(@ForAll("nameLike") String word) {
        String key = keyer.key(word);
        assertThat(keyer.key(key)).isEqualTo(key);
    }

    @Property
    void keyIsIdempotentOnAnyText(@ForAll String any) {
        String key = keyer.key(any);
        assertThat(keyer.key(key)).isEqualTo(key);
    }

    @Property
    void keyIgnoresLetterCase(@ForAll("nameLike") String word) {
        assertThat(keyer.key(word.toUpperCase(Locale.ROOT))).isEqualTo(keyer.key(word.toLowerCase(Locale.ROOT)));
    }

    @Property
    void keyIsLowerCaseAscii(@ForAll("nameLike") String word) {
        assertThat(keyer.key(word)).matches("[a-z]*");
    }
}
