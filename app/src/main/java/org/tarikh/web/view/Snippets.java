package org.tarikh.web.view;

import gg.jte.Content;
import org.tarikh.search.SearchHit;

/**
 * The one place where the pages put in HTML the template engine did not escape: a search hit's snippet, which the
 * search highlighter builds escaped except for its own {@code <mark>} tags. When hits carry highlight offsets
 * instead, this becomes a {@link Marked} and the last raw insertion goes.
 */
public final class Snippets {
    private Snippets() {}

    public static Content of(SearchHit hit) {
        String html = hit.snippet() == null ? "" : hit.snippet();
        return output -> output.writeContent(html);
    }
}
