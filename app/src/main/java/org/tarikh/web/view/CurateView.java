package org.tarikh.web.view;

import java.util.List;

/** The forms of a person page's "Curate" section for a logged-in editor. */
public record CurateView(String editor, String csrf, String personId, List<Option> others, List<Option> documents,
                         List<Option> eventTypes) {
    /** A choice: a value, its label, and a note (an id, a file name). */
    public record Option(String value, String label, String note) {}
}
