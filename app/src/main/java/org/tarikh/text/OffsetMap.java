package org.tarikh.text;

import java.util.Arrays;

/**
 * Maps char offsets in a normalized text back to the original text it was made from. Every normalized offset
 * {@code 0..normalizedLength()} (inclusive) has an original offset, and the mapping never decreases. Each
 * normalized char remembers the original range it came from, so a span can be mapped with both ends exact:
 * normalized {@code "Семипалатинск"} maps back to original {@code "Семипала-\nтинск"}.
 *
 * <p>Immutable and thread-safe.
 */
public final class OffsetMap {
    private final int originalLength;
    private final int normalizedLength;
    /** Original start of each normalized char, plus {@code originalLength} at the end; null for identity. */
    private final int[] starts;
    /** Original end (exclusive) of each normalized char; null for identity. */
    private final int[] ends;

    private OffsetMap(int originalLength, int normalizedLength, int[] starts, int[] ends) {
        this.originalLength = originalLength;
        this.normalizedLength = normalizedLength;
        this.starts = starts;
        this.ends = ends;
    }

    /** The map of a text that normalization left as it was. */
    public static OffsetMap identity(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        return new OffsetMap(length, length, null, null);
    }

    public int originalLength() {
        return originalLength;
    }

    public int normalizedLength() {
        return normalizedLength;
    }

    public boolean isIdentity() {
        return starts == null;
    }

    /** The original offset where the normalized char at {@code normalizedOffset} starts; the end maps to the end. */
    public int toOriginal(int normalizedOffset) {
        checkNormalized(normalizedOffset);
        return starts == null ? normalizedOffset : starts[normalizedOffset];
    }

    /**
     * The original offset where the normalized char before {@code normalizedOffset} ends: the right mapping for
     * the exclusive end of a span. Offset 0 maps like {@link #toOriginal(int)}.
     */
    public int toOriginalEnd(int normalizedOffset) {
        checkNormalized(normalizedOffset);
        if (starts == null) {
            return normalizedOffset;
        }
        return normalizedOffset == 0 ? starts[0] : ends[normalizedOffset - 1];
    }

    /** Maps a normalized span to the original span that holds exactly its chars. */
    public Span toOriginal(Span normalized) {
        int start = toOriginal(normalized.start());
        if (normalized.end() == normalized.start()) {
            return new Span(start, start);
        }
        return new Span(start, Math.max(start, toOriginalEnd(normalized.end())));
    }

    /**
     * The first normalized offset whose char starts at or after {@code originalOffset} (chars that normalization
     * removed map to the next kept char).
     */
    public int toNormalized(int originalOffset) {
        if (originalOffset < 0 || originalOffset > originalLength) {
            throw new IndexOutOfBoundsException("original offset " + originalOffset + " outside 0.." + originalLength);
        }
        if (starts == null) {
            return originalOffset;
        }
        int low = 0;
        int high = normalizedLength;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < originalOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** This map after another normalization step whose map is {@code next}: normalized-of-normalized to original. */
    OffsetMap then(OffsetMap next) {
        if (next.originalLength != normalizedLength) {
            throw new IllegalArgumentException("cannot chain a map from " + next.originalLength
                    + " chars onto a map to " + normalizedLength + " chars");
        }
        if (next.isIdentity()) {
            return this;
        }
        if (isIdentity()) {
            return next;
        }
        int n = next.normalizedLength;
        int[] composedStarts = new int[n + 1];
        int[] composedEnds = new int[n];
        for (int i = 0; i < n; i++) {
            composedStarts[i] = starts[next.starts[i]];
            composedEnds[i] = ends[next.ends[i] - 1];
        }
        composedStarts[n] = originalLength;
        return new OffsetMap(originalLength, n, composedStarts, composedEnds);
    }

    private void checkNormalized(int normalizedOffset) {
        if (normalizedOffset < 0 || normalizedOffset > normalizedLength) {
            throw new IndexOutOfBoundsException(
                    "normalized offset " + normalizedOffset + " outside 0.." + normalizedLength);
        }
    }

    @Override
    public String toString() {
        return "OffsetMap[" + normalizedLength + " -> " + originalLength + (isIdentity() ? ", identity]" : "]");
    }

    /**
     * Collects, char by char, the original range each output char of one normalization step comes from. Ranges
     * must not go backwards. Not thread-safe.
     */
    static final class Builder {
        private final int originalLength;
        private int[] starts;
        private int[] ends;
        private int size;

        Builder(int originalLength, int expectedLength) {
            this.originalLength = originalLength;
            int capacity = Math.max(16, expectedLength + 1);
            this.starts = new int[capacity];
            this.ends = new int[capacity];
        }

        /** The next output char comes from original chars {@code [start, end)}. */
        void add(int start, int end) {
            if (size + 1 >= starts.length) {
                int capacity = starts.length * 2;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        /** Output chars copied one to one from original chars {@code [from, to)}. */
        void addIdentity(int from, int to) {
            for (int i = from; i < to; i++) {
                add(i, i + 1);
            }
        }

        OffsetMap build() {
            int[] finalStarts = Arrays.copyOf(starts, size + 1);
            finalStarts[size] = originalLength;
            return new OffsetMap(originalLength, size, finalStarts, Arrays.copyOf(ends, size));
        }
    }
}
