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

/**
 * The editors' part of the pages: on a person's page the forms to merge, split, name and add a claim, under each
 * claim the forms to accept, reject or correct it, and the person's audit trail; {@code /audit} for the whole
 * archive. Forms are shown to a logged-in editor or admin only (the routes check again, see {@link CurationRoutes});
 * each carries the session's CSRF token and asks for a reason. Every value is escaped with {@link Html#text}.
 */
final class CurationPages {
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private CurationPages() {}

    /** The forms of the person page's "Curate" section. {@code candidates}: persons of a similar name, to merge with. */
    static String tools(ResolvedPerson person, Map<String, StoredDocument> documents, List<Candidate> candidates,
                        Accounts.Session session) {
        String id = Html.url(person.id());
        String csrf = AccountPages.csrfField(session);
        StringBuilder out = new StringBuilder("<section class=\"curation\" id=\"curation\"><h2>Curate this person</h2>\n");
        out.append("<p class=\"help\">Each change is recorded with your name (")
                .append(Html.text(session.user().name())).append(") and your reason, and can be undone.</p>\n");

        openTool(out, "merge", "Merge with another person", id, csrf);
        out.append("<label>The other person's id <input name=\"other\" id=\"merge-other\" required ")
                .append("list=\"merge-candidates\" autocomplete=\"off\" placeholder=\"p-…\"></label>\n")
                .append("<datalist id=\"merge-candidates\">");
        List<Candidate> others = candidates.stream().filter(c -> !c.id().equals(person.id())).toList();
        for (Candidate c : others) {
            out.append("<option value=\"").append(Html.text(c.id())).append("\">").append(Html.text(c.name())).append("</option>");
        }
        out.append("</datalist>\n");
        if (!others.isEmpty()) {
            out.append("<p class=\"help\">Persons of a similar name: ");
            List<String> shown = new ArrayList<>();
            for (Candidate c : others) {
                shown.add("<a href=\"/persons/" + Html.url(c.id()) + "\">" + Html.text(c.name()) + "</a> <code>"
                        + Html.text(c.id()) + "</code>");
            }
            out.append(String.join(", ", shown)).append("</p>\n");
        }
        closeTool(out, "merge", "Merge");

        openTool(out, "split", "Split: these documents name someone else", id, csrf);
        out.append("<fieldset><legend>The documents whose mentions are another person</legend>\n");
        for (StoredDocument doc : documents.values()) {
            String title = doc.title() == null || doc.title().isBlank() ? doc.source() : doc.title();
            out.append("<label class=\"document\"><input type=\"checkbox\" name=\"documents\" value=\"")
                    .append(Html.text(doc.id())).append("\"> ").append(Html.text(title)).append(" <span class=\"file\">")
                    .append(Html.text(DossierPages.fileNames(doc.source()))).append("</span></label>\n");
        }
        out.append("</fieldset>\n");
        closeTool(out, "split", "Split");

        openTool(out, "name", "Set the preferred name in a language", id, csrf);
        out.append("<label>Language <select name=\"language\" id=\"name-language\">");
        for (String lang : LANGUAGES) out.append("<option>").append(lang).append("</option>");
        out.append("</select></label>\n<label>Name <input name=\"name\" id=\"name-value\" required></label>\n");
        closeTool(out, "name", "Set the name");

        openTool(out, "add-claim", "Add a claim with its source", id, csrf);
        out.append("<label>Event <select name=\"type\" id=\"add-claim-type\">");
        for (EventType t : EventType.values()) {
            out.append("<option value=\"").append(Html.text(t.wire())).append("\">").append(Html.text(DossierPages.label(t))).append("</option>");
        }
        out.append("</select></label>\n<label>Date (EDTF: 1937, 1937-11, 1937-11-05) <input name=\"date\" id=\"add-claim-date\"></label>\n")
                .append("<label>Place <input name=\"place\" id=\"add-claim-place\"></label>\n")
                .append("<label>Source (a citation: archive, fond, file, sheet; a book and page) <input name=\"source\" "
                        + "id=\"add-claim-source\" required></label>\n")
                .append("<label>Quote (the source's words) <textarea name=\"quote\" id=\"add-claim-quote\"></textarea></label>\n");
        closeTool(out, "add-claim", "Add the claim");
        return out.append("</section>\n").toString();
    }

    /** Under a claim, for an editor: accept, reject or correct it (an added claim is undone through its change). */
    static String claimControls(Dossier.Claim c, ResolvedPerson person, Accounts.Session session) {
        if (c.status() == Editorial.Status.ADDED) return "";
        String action = "/claims/" + Html.url(c.id()) + "/";
        String hidden = AccountPages.csrfField(session) + "<input type=\"hidden\" name=\"person\" value=\""
                + Html.text(person.id()) + "\">";
        StringBuilder out = new StringBuilder("<details class=\"claim-tools\"><summary>Judge this claim</summary>\n");
        for (String verb : List.of("accept", "reject")) {
            out.append("<form method=\"post\" action=\"").append(action).append(verb).append("\" class=\"").append(verb)
                    .append("-claim\">").append(hidden)
                    .append("<label>Reason <input name=\"reason\" required></label>")
                    .append("<button type=\"submit\">").append(verb.equals("accept") ? "Accept" : "Reject").append("</button></form>\n");
        }
        out.append("<form method=\"post\" action=\"").append(action).append("correct\" class=\"correct-claim\">").append(hidden)
                .append("<label>Date <input name=\"date\" value=\"").append(Html.text(c.date() == null ? "" : c.date().value()))
                .append("\"></label><label>Place <input name=\"place\" value=\"").append(Html.text(c.place() == null ? "" : c.place()))
                .append("\"></label><label>Reason <input name=\"reason\" required></label>")
                .append("<button type=\"submit\">Correct</button></form>\n");
        return out.append("</details>\n").toString();
    }

    /**
     * The audit trail, newest first: who, when, what, why, the rows before and after, and for an editor an undo
     * button on each change not undone yet. {@code person}: the page's person (null on {@code /audit}).
     */
    static String audit(List<Curator.AuditEvent> events, String person, Accounts.Session editor) {
        StringBuilder out = new StringBuilder("<section class=\"audit\" id=\"audit\"><h2>")
                .append(person == null ? "Every change by editors" : "Changes by editors").append("</h2>\n");
        if (events.isEmpty()) {
            return out.append("<p class=\"none\">No editor has changed ").append(person == null ? "anything" : "this person")
                    .append(" yet.</p></section>\n").toString();
        }
        List<Curator.AuditEvent> newestFirst = new ArrayList<>(events);
        Collections.reverse(newestFirst);
        out.append("<ol class=\"changes\">\n");
        for (Curator.AuditEvent e : newestFirst) {
            out.append("<li class=\"change").append(e.undoneBy() != null ? " undone" : "").append("\" data-change=\"")
                    .append(Html.text(e.change())).append("\" data-action=\"").append(Html.text(e.action())).append("\">\n")
                    .append("<div class=\"head\"><span class=\"action\">").append(Html.text(e.action())).append("</span> ")
                    .append("<code class=\"id\">").append(Html.text(e.change())).append("</code> by <span class=\"editor\">")
                    .append(Html.text(e.editor())).append("</span>, <time datetime=\"").append(Html.text(e.at())).append("\">")
                    .append(Html.text(Pages.readableInstant(e.at()))).append("</time></div>\n")
                    .append("<p class=\"reason\">Why: ").append(Html.text(e.reason())).append("</p>\n");
            if (!e.persons().isEmpty()) {
                out.append("<p class=\"persons\">Persons: ");
                List<String> links = new ArrayList<>();
                for (String p : e.persons()) links.add("<a href=\"/persons/" + Html.url(p) + "\">" + Html.text(p) + "</a>");
                out.append(String.join(", ", links)).append("</p>\n");
            }
            if (e.undoes() != null) out.append("<p class=\"undoes\">Undoes ").append(Html.text(e.undoes())).append("</p>\n");
            if (e.undoneBy() != null) out.append("<p class=\"undone-by\">Undone by ").append(Html.text(e.undoneBy())).append("</p>\n");
            out.append("<details class=\"rows\"><summary>Before and after</summary><div class=\"before-after\">")
                    .append("<pre class=\"before\">").append(Html.text(e.before())).append("</pre>")
                    .append("<pre class=\"after\">").append(Html.text(e.after())).append("</pre></div></details>\n");
            if (editor != null && e.undoneBy() == null) {
                out.append("<form method=\"post\" action=\"/changes/").append(Html.url(e.change())).append("/undo\" class=\"undo\">")
                        .append(AccountPages.csrfField(editor));
                if (person != null) out.append("<input type=\"hidden\" name=\"person\" value=\"").append(Html.text(person)).append("\">");
                out.append("<label>Reason <input name=\"reason\" required></label>")
                        .append("<button type=\"submit\">Undo</button></form>\n");
            }
            out.append("</li>\n");
        }
        return out.append("</ol></section>\n").toString();
    }

    static String auditPage(List<Curator.AuditEvent> events, Accounts.Session editor) {
        return Pages.layout("Audit", "", "<h1>Audit</h1>\n<p class=\"help\">What editors changed, newest first: merges, "
                + "splits, judged, corrected and added claims, preferred names, and undos.</p>\n"
                + audit(events, null, editor));
    }

    /** The post path of each tool under {@code /persons/{id}/}. */
    private static final java.util.Map<String, String> PATHS = java.util.Map.of("merge", "merge", "split", "split",
            "name", "names", "add-claim", "claims");

    /** A folded tool: {@code <details id=NAME-tool>} holding {@code <form id=NAME-form>} with the CSRF field. */
    private static void openTool(StringBuilder out, String name, String summary, String personUrl, String csrf) {
        out.append("<details class=\"tool\" id=\"").append(name).append("-tool\"><summary>").append(Html.text(summary))
                .append("</summary>\n<form method=\"post\" action=\"/persons/").append(personUrl).append('/')
                .append(PATHS.get(name)).append("\" id=\"").append(name).append("-form\">").append(csrf).append('\n');
    }

    /** The required reason ({@code #NAME-reason}), the submit button ({@code #NAME-submit}), and the closing tags. */
    private static void closeTool(StringBuilder out, String name, String button) {
        out.append("<label>Reason (required: it is kept in the audit) <textarea name=\"reason\" id=\"").append(name)
                .append("-reason\" required></textarea></label>\n<button type=\"submit\" id=\"").append(name)
                .append("-submit\">").append(Html.text(button)).append("</button></form></details>\n");
    }
}
