package org.tarikh.extract.names.ner;

/**
 * One token of a text with its place: {@code text.substring(start, end).equals(this.text())}.
 *
 * <p>Offsets are UTF-16 indices into the original string (as {@link String#substring} takes them); for the
 * Cyrillic and Latin text of this archive they equal code point offsets, and a caller who needs code points for
 * other text converts with {@link String#codePointCount}.
 */
public record Token(String text, int start, int end) {
    public Token {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("token text must not be empty: " + text);
        }
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException(
                    "token offsets " + start + ".." + end + " do not fit its text '" + text + "'");
        }
    }
}
