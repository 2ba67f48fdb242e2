package org.tarikh.search;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Block;

/**
 * The language at each offset of a document, from its paragraph blocks, falling back to the document's language
 * where a block has none or the offset lies outside every block. Block offsets refer to the text as read and the
 * index sees the repaired text, which differs by a few characters at most (soft hyphens, joined line breaks):
 * close enough to find a word's paragraph. Immutable and thread-safe.
 */
final class BlockLanguages implements IntFunction<String> {
    private final int[] starts;
    private final int[] ends;
    private final String[] languages;
    private final String fallback;

    private BlockLanguages(int[] starts, int[] ends, String[] languages, String fallback) {
        this.starts = starts;
        this.ends = ends;
        this.languages = languages;
        this.fallback = fallback;
    }

    private static BlockLanguages of(List<Block> blocks, String fallback) {
        List<Block> sorted = blocks.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        return new BlockLanguages(sorted.stream().mapToInt(Block::start).toArray(),
                sorted.stream().mapToInt(Block::end).toArray(),
                sorted.stream().map(Block::language).toArray(String[]::new), fallback);
    }

    /**
     * The languages of blocks given as parallel arrays sorted by start (as {@link #starts()} and the others wrote
     * them out), with the document's language as fallback.
     */
    static BlockLanguages of(int[] starts, int[] ends, String[] languages, String fallback) {
        if (starts.length != ends.length || starts.length != languages.length) {
            throw new IllegalArgumentException("block arrays of different lengths: " + starts.length + ", "
                    + ends.length + ", " + languages.length);
        }
        return new BlockLanguages(starts.clone(), ends.clone(), languages.clone(), fallback);
    }

    int[] starts() {
        return starts.clone();
    }

    int[] ends() {
        return ends.clone();
    }

    String[] languages() {
        return languages.clone();
    }

    static BlockLanguages of(StoredDocument document) {
        return of(document.blocks(), document.language());
    }

    @Override
    public String apply(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) i = -i - 2; // the last block starting before the offset
        if (i >= 0 && offset < ends[i] + 2 && languages[i] != null) return languages[i];
        return fallback;
    }
}
