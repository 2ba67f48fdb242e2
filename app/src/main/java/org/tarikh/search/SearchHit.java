package org.tarikh.search;

import java.util.List;
import java.util.Objects;

/**
 * One document found by a query.
 *
 * @param passages the best passages of the document's text (at most two, in text order) with the words the query
 *                 matched marked by offsets; the first passage unmarked when only the title or a field matched;
 *                 empty when the document has no text. Plain text: {@link SnippetHtml} makes HTML of it.
 */
public record SearchHit(String id, String source, String title, String language, float score, List<Passage> passages) {
    public SearchHit {
        passages = List.copyOf(passages);
    }

    /**
     * A piece of a document's text.
     *
     * @param start where the passage begins in the document's searchable text ({@code StoredDocument#searchable})
     * @param text  the passage as the document writes it
     * @param marks the matched words, sorted, not overlapping, within {@code text}
     */
    public record Passage(int start, String text, List<Mark> marks) {
        public Passage {
            Objects.requireNonNull(text, "text");
            if (start < 0) throw new IllegalArgumentException("negative start " + start);
            marks = List.copyOf(marks);
            int at = 0;
            for (Mark m : marks) {
                if (m.start() < at || m.end() > text.length()) {
                    throw new IllegalArgumentException("marks must be sorted, apart and within the passage: " + marks);
                }
                at = m.end();
            }
        }

        /** Where the passage ends in the document's text. */
        public int end() {
            return start + text.length();
        }
    }

    /** A matched word: characters {@code start} (inclusive) to {@code end} (exclusive) of its passage's text. */
    public record Mark(int start, int end) {
        public Mark {
            if (start < 0 || end <= start) throw new IllegalArgumentException("bad mark " + start + "-" + end);
        }
    }
}
