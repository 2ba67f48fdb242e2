package org.tarikh.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.tarikh.archive.Curator;
import org.tarikh.extract.EventType;
import org.tarikh.resolve.Candidate;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.Editorial;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.store.Accounts;
import org.tarikh.store.StoredDocument;
import org.tarikh.web.view.AuditView;
import org.tarikh.web.view.CurateView;
import org.tarikh.web.view.DossierView;
import org.tarikh.web.view.Ui;

/**
 * The editors' part of the pages: on a person's page the forms to merge, split, name and add a claim, under each
 * claim the forms to accept, reject or correct it, and the person's audit trail; {@code /audit} for the whole
 * archive. Forms are shown to a logged-in editor or admin only (the routes check again, see {@link CurationRoutes});
 * each carries the session's CSRF token and asks for a reason.
 */
final class CurationPages {
    private CurationPages() {}

    /** The forms of the person page's "Curate" section. {@code candidates}: persons of a similar name, to merge with. */
    static CurateView tools(Ui ui, ResolvedPerson person, Map<String, StoredDocument> documents, List<Candidate> candidates,
                            Accounts.Session session) {
        List<CurateView.Option> others = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.id().equals(person.id())) others.add(new CurateView.Option(c.id(), c.name(), c.id()));
        }
        List<CurateView.Option> docs = new ArrayList<>();
        for (StoredDocument doc : documents.values()) {
            String title = doc.title() == null || doc.title().isBlank() ? doc.source() : doc.title();
            docs.add(new CurateView.Option(doc.id(), title, DossierPages.fileNames(doc.source())));
        }
        List<CurateView.Option> types = new ArrayList<>();
        for (EventType t : EventType.values()) types.add(new CurateView.Option(t.wire(), DossierPages.label(ui, t), null));
        return new CurateView(session.user().name(), session.csrfToken(), person.id(), others, docs, types);
    }

    /** Under a claim, for an editor: accept, reject or correct it (an added claim is undone through its change). */
    static DossierView.ClaimTools claimTools(Dossier.Claim c, ResolvedPerson person, Accounts.Session session) {
        if (session == null || c.status() == Editorial.Status.ADDED) return null;
        return new DossierView.ClaimTools("/claims/" + Html.url(c.id()) + "/", session.csrfToken(), person.id(),
                c.date() == null ? "" : c.date().value(), c.place() == null ? "" : c.place());
    }

    /** The audit trail, newest first; {@code person}: the page's person (null on {@code /audit}). */
    static AuditView audit(List<Curator.AuditEvent> events, String person, Accounts.Session editor) {
        List<Curator.AuditEvent> newestFirst = new ArrayList<>(events);
        Collections.reverse(newestFirst);
        return new AuditView(newestFirst, person, editor == null ? null : editor.csrfToken());
    }

    static String auditPage(Ui ui, List<Curator.AuditEvent> events, Accounts.Session editor) {
        return Templates.render("auditPage", "ui", ui, "a", audit(events, null, editor));
    }
}
