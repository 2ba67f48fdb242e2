package org.tarikh.extract.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A word list shipped beside the class that uses it: one word a line, UTF-8, blank lines and lines starting with
 * {@code #} skipped, each word put in the form its user compares ({@code sentence-openers.txt},
 * {@code institution-words.txt}). Stateless.
 */
final class WordList {
    private WordList() {}

    /** The words of {@code resource} next to {@code owner}, each through {@code normal}; fails loudly when missing. */
    static Set<String> read(Class<?> owner, String resource, UnaryOperator<String> normal) {
        Set<String> words = new HashSet<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + owner);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(normal.apply(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
