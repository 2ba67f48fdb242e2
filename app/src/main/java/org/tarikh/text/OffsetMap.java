package org.tarikh.text;

public final class OffsetMap {
    private final int[] toOriginal;

    public OffsetMap(int[] toOriginal) {
        this.toOriginal = toOriginal.clone();
    }

    public static OffsetMap identity(int length) {
        int[] map = new int[length + 1];
        for (int i = 0; i <= length; i++) map[i] = i;
        return new OffsetMap(map);
    }

    public int toOriginal(int normalizedOffset) {
        return toOriginal[normalizedOffset];
    }
}
