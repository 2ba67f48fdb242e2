package org.tarikh.web.view;

import java.util.List;
import java.util.Map;

/** A person's page: names, the dossier, an editor's tools (null for readers), the audit, and the mentions by document. */
public record PersonPageView(String name, Map<String, String> displayNames, Map<String, List<String>> namesByScript,
                             DossierView dossier, CurateView curate, AuditView audit, List<Mentions> documents) {
    /** A document naming the person: its mentions in context and why each of its persons was taken to be this one. */
    public record Mentions(String id, String title, String language, List<Marked> mentions, List<String> why) {}
}
