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

    private BlockLanguages(List<Block> blocks, String fallback) {
        List<Block> sorted = blocks.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        this.starts = sorted.stream().mapToInt(Block::start).toArray();
        this.ends = sorted.stream().mapToInt(Block::end).toArray();
        this.languages = sorted.stream().map(Block::language).toArray(String[]::new);
        this.fallback = fallback;
    }

    static BlockLanguages of(StoredDocument document) {
        return new BlockLanguages(document.blocks(), document.language());
    }

    @Override
    public String apply(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) i = -i - 2; // the last block starting before the offset
        if (i >= 0 && offset < ends[i] + 2 && languages[i] != null) return languages[i];
        return fallback;
    }
}
