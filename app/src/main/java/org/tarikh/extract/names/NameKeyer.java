package org.tarikh.extract.names;

import com.ibm.icu.text.Transliterator;
import java.util.List;

/** Placeholder key: ICU Latin, ASCII, lower case, y/j/i merged, vowel runs reduced. */
public final class NameKeyer {
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    public String key(String word) {
        String s = LATIN.get().transliterate(word);
        s = s.replace("shch", "sh").replace("dzh", "j").replace("zh", "j").replace("kh", "h");
        s = s.replaceAll("[^a-z0-9]", "").replaceAll("[ijy]", "i");
        return s.replaceAll("([aeiou])[aeiou]+", "$1");
    }

    public List<String> keys(String word) {
        return List.of(key(word));
    }
}
