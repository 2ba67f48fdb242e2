package org.tarikh.extract.names.ner;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import opennlp.tools.namefind.NameSample;

/**
 * Latin copies of Kazakh and Russian tokens, for training an English-text name finder on data we have: the names
 * of this history are the same names in English sources, written in a Latin transliteration with capitals kept.
 *
 * <p>Rules: ICU {@code Kazakh-Latin/BGN} (Kazakh) or {@code Russian-Latin/BGN} (Russian), then {@code Any-Latin}
 * and {@code Latin-ASCII}; the marks those leave for soft and hard signs and letter joins (ʹ ʺ · ˌ) are dropped
 * inside words, as English spellings drop them; a token that would become empty stays as it was, so token
 * positions and name spans carry over unchanged.
 *
 * <p>Example: {@code "Сейфуллиннің"} (kk) → {@code "Seyfullinning"}; {@code "Голощёкин"} (ru) → {@code "Goloshchekin"}.
 *
 * <p>Not thread-safe (ICU transliterators keep state); use one per thread.
 */
public final class Transliteration {
    private final Transliterator kazakh = Transliterator.getInstance("Kazakh-Latin/BGN; Any-Latin; Latin-ASCII");
    private final Transliterator russian = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");

    /** {@code token} in Latin letters; {@code language} is "kk" or "ru" (anything else is read as Russian). */
    public String token(String token, String language) {
        String latin = (language.equals("kk") ? kazakh : russian).transliterate(token);
        if (latin.codePoints().anyMatch(Character::isLetter)) {
            latin = latin.replaceAll("[ʹʺ·ˌ'\"`]", "");
        }
        return latin.isEmpty() ? token : latin;
    }

    /** A copy of {@code sample} with every token transliterated and the same name spans. */
    public NameSample sample(NameSample sample, String language) {
        String[] latin = Arrays.stream(sample.getSentence()).map(t -> token(t, language)).toArray(String[]::new);
        return new NameSample(sample.getId(), latin, sample.getNames(), null, sample.isClearAdaptiveDataSet());
    }
}
