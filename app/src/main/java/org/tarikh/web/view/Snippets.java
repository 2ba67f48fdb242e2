package org.tarikh.web.view;

import gg.jte.Content;
import org.tarikh.search.SearchHit;

/**
 * The one place where the pages put in HTML the template engine did not escape: a search hit's passages, made HTML
 * by {@link org.tarikh.search.SnippetHtml} from their text and highlight offsets (the text escaped, only its own
 * {@code <mark>} tags added); no engine's HTML reaches a page.
 */
public final class Snippets {
    private Snippets() {}

    public static Content of(SearchHit hit) {
        String html = java.util.Objects.toString(org.tarikh.search.SnippetHtml.html(hit.passages()), "");
        return output -> output.writeContent(html);
    }
}
