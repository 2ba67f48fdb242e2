package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.tarikh.search.SearchHit.Mark;

/** Highlights as offsets, made HTML in one place, say what Lucene's own HTML formatter said. */
class SnippetHtmlTest {

    @Test
    void marksTheWordsEscapesTheRestAndJoinsPassagesThatDoNotTouch() {
        String text = "Сәкен <b>Сейфуллин</b> & the 'aul'";
        var first = new SearchHit.Passage(100, text, List.of(new Mark(6, 22)));
        var apart = new SearchHit.Passage(500, "Сейфуллин  wrote\n", List.of(new Mark(0, 9)));
        assertThat(SnippetHtml.html(List.of(first, apart))).isEqualTo(
                "Сәкен <mark>&lt;b&gt;Сейфуллин&lt;&#x2F;b&gt;</mark> &amp; the &#x27;aul&#x27; … <mark>Сейфуллин</mark> wrote");
        var touching = new SearchHit.Passage(100 + text.length(), " next", List.of());
        assertThat(SnippetHtml.html(List.of(first, touching))).doesNotContain("…");
        assertThat(SnippetHtml.text(List.of(apart), "[", "]")).isEqualTo("[Сейфуллин] wrote");
        assertThat(SnippetHtml.html(List.of())).isNull();
    }

    /** A document of words and the specials HTML escapes, and the passages a highlighter might pick in it. */
    record Case(String content, List<int[]> passages) {}

    @Property(tries = 500)
    void theSameHtmlAsLucenesFormatterGave(@ForAll("cases") Case c) {
        Passage[] lucene = new Passage[c.passages().size()];
        for (int p = 0; p < lucene.length; p++) {
            int[] spec = c.passages().get(p);
            Passage passage = new Passage();
            passage.setStartOffset(spec[0]);
            passage.setEndOffset(spec[1]);
            for (int m = 2; m + 1 < spec.length; m += 2) passage.addMatch(spec[m], spec[m + 1], new BytesRef("x"), 1);
            lucene[p] = passage;
        }
        String expected = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true).format(lucene, c.content())
                .replaceAll("\\s+", " ").strip();
        @SuppressWarnings("unchecked")
        List<SearchHit.Passage> ours = (List<SearchHit.Passage>) new Snippets.OffsetsFormatter()
                .format(lucene, c.content());
        String html = SnippetHtml.html(ours);
        assertThat(html == null ? "" : html).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> content = Arbitraries.strings().withChars("aбқ <>&\"'/\n.").ofMinLength(20).ofMaxLength(80);
        return content.flatMap(text -> Arbitraries.integers().between(0, 3).flatMap(n -> passages(text, n)));
    }

    /** Up to three passages in text order, each with matches (sorted by start, possibly overlapping). */
    private static Arbitrary<Case> passages(String text, int n) {
        int len = text.length();
        return Arbitraries.integers().between(0, len).list().ofSize(2 * n).map(cuts -> {
            List<Integer> sorted = cuts.stream().sorted().toList();
            List<int[]> out = new java.util.ArrayList<>();
            for (int p = 0; p < n; p++) {
                int start = sorted.get(2 * p), end = sorted.get(2 * p + 1);
                if (end <= start) continue;
                java.util.Random r = new java.util.Random(31L * start + end);
                int matches = r.nextInt(4);
                int[] spec = new int[2 + 2 * matches];
                spec[0] = start;
                spec[1] = end;
                int at = start;
                for (int m = 0; m < matches && at < end; m++) {
                    int ms = at + r.nextInt(Math.max(1, end - at));
                    int me = Math.min(len, ms + 1 + r.nextInt(6));
                    spec[2 + 2 * m] = ms;
                    spec[3 + 2 * m] = me;
                    at = Math.max(ms, at + (r.nextBoolean() ? 0 : 1));
                }
                out.add(trim(spec));
            }
            return new Case(text, out);
        });
    }

    private static int[] trim(int[] spec) {
        int n = 2;
        while (n + 1 < spec.length && spec[n + 1] > spec[n]) n += 2;
        return java.util.Arrays.copyOf(spec, n);
    }
}
