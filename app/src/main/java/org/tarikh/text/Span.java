package org.tarikh.text;

/**
 * A half-open range {@code [start, end)} of char offsets into a text.
 *
 * @param start first char, inclusive, never negative
 * @param end last char, exclusive, never before {@code start}
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
