package org.tarikh.extract.names.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Copies of training sentences with given names cut to initials, because the archive's sources write people
 * that way ({@code С. Сейфуллин}, {@code Ж. Аймауытов}, {@code Zh. Aimauytov}) far more often than the news of the
 * training corpora do.
 *
 * <p>Rules: in each person span of two or more tokens, every token but the last that is a capitalised word of at
 * least two letters becomes its first letter and a full stop token, the last (the family name) stays; the span
 * grows by the added stops. A sentence without such a span gives no copy.
 *
 * <p>Example: {@code Сәкен Сейфуллин атылды} with [0, 2) → {@code С . Сейфуллин атылды} with [0, 3).
 *
 * <p>Pure function, thread-safe.
 */
public final class Initials {
    private Initials() {}

    /** The copy with initials, or {@code null} when no person name in the sample can be abbreviated. */
    public static NameSample abbreviate(NameSample sample) {
        String[] tokens = sample.getSentence();
        List<String> out = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        boolean changed = false;
        int next = 0;
        for (Span name : sample.getNames()) {
            while (next < name.getStart()) {
                out.add(tokens[next++]);
            }
            int start = out.size();
            boolean person = EntityTypes.PERSON.equals(name.getType()) && name.length() >= 2;
            for (int i = name.getStart(); i < name.getEnd(); i++) {
                if (person && i < name.getEnd() - 1 && isCapitalisedWord(tokens[i])) {
                    out.add(tokens[i].substring(0, Character.charCount(tokens[i].codePointAt(0))));
                    out.add(".");
                    changed = true;
                } else {
                    out.add(tokens[i]);
                }
            }
            spans.add(new Span(start, out.size(), name.getType()));
            next = name.getEnd();
        }
        while (next < tokens.length) {
            out.add(tokens[next++]);
        }
        if (!changed) {
            return null;
        }
        return new NameSample(sample.getId() == null ? null : sample.getId() + "-initials",
                out.toArray(String[]::new), spans.toArray(Span[]::new), null, sample.isClearAdaptiveDataSet());
    }

    private static boolean isCapitalisedWord(String token) {
        return token.codePointCount(0, token.length()) >= 2
                && Character.isUpperCase(token.codePointAt(0))
                && token.codePoints().allMatch(Character::isLetter);
    }
}
