package org.tarikh.search;

/**
 * One document found by a query.
 *
 * @param snippet passages of the document's text with the matching words marked {@code <mark>…</mark>}; the rest
 *                of the text is HTML-escaped, so the snippet can be shown as HTML as it is
 */
public record SearchHit(String id, String source, String title, String language, float score, String snippet) {}
