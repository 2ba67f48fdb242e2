package org.tarikh.text;

/** A paragraph while a document is being prepared: normalized span and text, reason, language. Not thread-safe. */
final class Paragraph {
    final Span span;
    final String text;
    final int letters;
    /** The text in lower case (Locale.ROOT), for cheap keyword checks before any regular expression runs. */
    final String lower;
    String reason;
    String language;

    Paragraph(Span span, String text) {
        this.span = span;
        this.text = text;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        this.letters = count;
        this.lower = text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the lower-cased text contains one of {@code keywords} (lower case). */
    boolean mentions(String... keywords) {
        for (String keyword : keywords) {
            if (lower.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    boolean isBoilerplate() {
        return reason != null;
    }

    int length() {
        return text.length();
    }

    boolean isSingleLine() {
        return text.indexOf('\n') < 0;
    }
}
