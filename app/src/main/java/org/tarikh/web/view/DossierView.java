package org.tarikh.web.view;

import java.util.List;
import java.util.Map;

/**
 * The dossier part of a person's page, as the template shows it: the points where sources disagree, then one line
 * per fact ("Born 15 October 1894, Нильды — 4 sources") with the quotes of its sources under it, the places, and
 * the people named in the same documents.
 */
public record DossierView(List<Conflict> conflicts, List<Fact> facts, List<Place> places, List<Associate> associates) {
    /** A type of event the sources date differently: each value with the files that give it. */
    /** {@code note}: what may explain the disagreement (one day in two calendars), or null. */
    public record Conflict(String type, String label, List<Value> values, String note) {}

    public record Value(String datetime, String text, String sources, String files) {}

    /**
     * One fact and the claims that state it: of one type, at dates that agree (the most precise one is the fact's
     * date). {@code disputed}: another fact of its type disagrees; {@code rejected}: an editor rejected its one claim.
     */
    public record Fact(String type, String headline, String datetime, String dateText, String place, String sources,
                       boolean disputed, boolean rejected, List<Source> claims) {}

    /** A claim under its fact: the quote, where it is from, what an editor said, and an editor's forms. */
    public record Source(String id, String status, String statusText, boolean disputed, String datetime, String dateText,
                         String quoteLanguage, String quote, String link, String title, String files, String citation,
                         Map<String, String> details, List<LowWord> lowConfidence, String note, ClaimTools tools) {}

    /** A word of the quote OCR read with low confidence, and how sure it was (0–100). */
    public record LowWord(String text, long confidence) {}

    /** An editor's forms under a claim (null for readers). */
    public record ClaimTools(String action, String csrf, String person, String date, String place) {}

    public record Place(String name, String why) {}

    public record Associate(String id, String name, String documents) {}
}
