package org.tarikh.web.view;

import org.tarikh.search.SearchResults;

/**
 * Where a page of search hits stands among all of them: hits {@link #first()}–{@link #last()} of the total, and the
 * query string of the next page ({@code after} the index's cursor, {@code shown} the hits shown up to there), or null
 * on the last page. Pages go on from a cursor, not from an offset, so a deep page costs what the first does; going
 * back is the browser's, or the first page's link.
 *
 * @param first the number of this page's first hit, from 1 (0 when there are none)
 * @param last  the number of its last hit
 * @param limit hits per page
 */
public record Pager(long first, long last, int limit, String next, boolean later) {

    /**
     * The pager of {@code results}, a page of {@code limit} hits after {@code shown} hits of earlier pages.
     */
    public static Pager of(SearchResults results, int limit, long shown) {
        long first = results.hits().isEmpty() ? 0 : shown + 1;
        long last = shown + results.hits().size();
        String next = results.next() == null || last >= results.total() ? null
                : "after=" + Ui.url(results.next()) + "&shown=" + last + (limit == 20 ? "" : "&limit=" + limit);
        return new Pager(first, last, limit, next, shown > 0);
    }

    /** Whether there is more than one page: the range and links are shown only then. */
    public boolean paged() {
        return next != null || later;
    }
}
