package org.tarikh.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tarikh.TarikhException;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.store.DocumentStore;
import org.tarikh.store.EditorialScope;

/**
 * The editors' write path: merge and split persons, judge, correct and add claims, prefer names, and undo any of
 * it. Every change names its editor and reason and is one audit event holding the editorial rows it touched before
 * and after; an undo is a new change that writes the rows of "before" back, refused when a later change touched the
 * same rows (undo that one first). Editors' decisions are constraints automatic resolution keeps ({@link
 * org.tarikh.resolve.PersonIds}): a merge survives re-ingest and re-resolution.
 *
 * <p>Who may call it is the caller's business: the command line acts as the named editor on an archive folder the
 * user can write; the web interface requires an editor's login.
 */
public final class Curator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private final Archive archive;
    private final DocumentStore store;

    Curator(Archive archive, DocumentStore store) {
        this.archive = archive;
        this.store = store;
    }

    /** What a change did: its id, its action, and the person it leaves (the survivor of a merge). */
    public record Change(String id, String action, String person) {}

    /** One change as the audit shows it; {@code before} and {@code after} are JSON objects. */
    public record AuditEvent(String change, String at, String editor, String action, String reason, String before,
                             String after, List<String> persons, String undoneBy, String undoes) {}

    /**
     * Makes two persons one. The survivor is the one holding more evidence (mentions; the older id on a tie); the
     * other id redirects to it from now on. Every mention of both is pinned to the survivor.
     */
    public synchronized Change merge(String editor, String reason, String personA, String personB) {
        check(editor, reason);
        ResolvedPerson a = active(personA), b = active(personB);
        if (a.id().equals(b.id())) throw new TarikhException(personA + " and " + personB + " are already one person (" + a.id() + ")");
        int ea = evidence(a.members()), eb = evidence(b.members());
        long sa = store.personSeq(List.of(a.id())).getOrDefault(a.id(), 0L), sb = store.personSeq(List.of(b.id())).getOrDefault(b.id(), 0L);
        boolean aSurvives = ea != eb ? ea > eb : sa != sb ? sa < sb : a.id().compareTo(b.id()) < 0;
        ResolvedPerson survivor = aSurvives ? a : b, merged = aSurvives ? b : a;
        EditorialScope scope = new EditorialScope(survivor.id(), members(a, b), Set.of(a.id(), b.id()), Set.of());
        String change = store.nextChangeId();
        return write(scope, editor, reason, "merge", change, List.of(survivor.id(), merged.id()), state -> {
            List<Map<String, Object>> pins = new ArrayList<>();
            List<Map<String, Object>> assigned = new ArrayList<>();
            for (String m : scope.members()) {
                pins.add(pinRow(state, m, survivor.id(), change));
                assigned.add(memberRow(m, "person_id", survivor.id(), "reason", "merged by " + editor + " (" + change + "): " + reason));
            }
            state.put("person_pins", pins);
            state.put("person_members", assigned);
            for (Map<String, Object> row : state.get("persons")) {
                if (row.get("id").equals(merged.id())) {
                    row.put("status", "merged");
                    row.put("redirect_to", survivor.id());
                }
            }
            for (Map<String, Object> row : state.get("editor_claims")) row.put("person_id", survivor.id());
        }, survivor.id());
    }

    /**
     * Parts the mentions in these documents (ids or sources as shown) from a person. The part holding more evidence
     * keeps the id; the other gets a new one. Both parts are pinned.
     */
    public synchronized Change split(String editor, String reason, String person, Collection<String> documents) {
        check(editor, reason);
        ResolvedPerson p = active(person);
        if (documents.isEmpty()) throw new TarikhException("say which documents to split from " + p.id());
        List<DocumentPerson> part = new ArrayList<>(), rest = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>(documents);
        for (DocumentPerson m : p.members()) {
            boolean in = documents.contains(m.documentId()) || documents.contains(m.source());
            (in ? part : rest).add(m);
            if (in) {
                unknown.remove(m.documentId());
                unknown.remove(m.source());
            }
        }
        if (!unknown.isEmpty()) throw new TarikhException(p.id() + " is not named in " + String.join(", ", unknown));
        if (rest.isEmpty()) throw new TarikhException("every mention of " + p.id() + " is in those documents: nothing would be left to split from");
        boolean partKeeps = evidence(part) > evidence(rest);
        List<DocumentPerson> keeps = partKeeps ? part : rest, leaves = partKeeps ? rest : part;
        String base = archive.resolver().describe(leaves, Map.of()).idBase();
        String fresh = base;
        for (int n = 2; store.personIdGiven(fresh); n++) fresh = base + "-" + n;
        String newId = fresh;
        EditorialScope scope = new EditorialScope(p.id(), members(p), Set.of(p.id(), newId), Set.of());
        String change = store.nextChangeId();
        return write(scope, editor, reason, "split", change, List.of(p.id(), newId), state -> {
            List<Map<String, Object>> pins = new ArrayList<>();
            List<Map<String, Object>> assigned = new ArrayList<>();
            for (DocumentPerson m : p.members()) {
                String to = keeps.contains(m) ? p.id() : newId;
                pins.add(pinRow(state, m.memberKey(), to, change));
                assigned.add(memberRow(m.memberKey(), "person_id", to, "reason", "split by " + editor + " (" + change + "): " + reason));
            }
            state.put("person_pins", pins);
            state.put("person_members", assigned);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", newId);
            row.put("status", "active");
            row.put("redirect_to", null);
            state.get("persons").add(row);
        }, p.id());
    }

    public synchronized Change rejectClaim(String editor, String reason, String claimId) {
        return decide(editor, reason, claimId, "rejected", null, null);
    }

    public synchronized Change acceptClaim(String editor, String reason, String claimId) {
        return decide(editor, reason, claimId, "accepted", null, null);
    }

    /** Corrects a claim's date (EDTF) or place, or both; the source's own reading stays shown beside it. */
    public synchronized Change correctClaim(String editor, String reason, String claimId, String edtfDate, String place) {
        if (blank(edtfDate) && blank(place)) throw new TarikhException("a correction needs a date or a place");
        return decide(editor, reason, claimId, "corrected", blank(edtfDate) ? null : date(edtfDate), blank(place) ? null : place.strip());
    }

    private Change decide(String editor, String reason, String claimId, String status, String date, String place) {
        check(editor, reason);
        String person = store.claimOwner(claimId).orElseThrow(() -> new TarikhException(store.editorClaimOwner(claimId).isPresent()
                ? "claim " + claimId + " was added by an editor: undo the change that added it instead"
                : "no claim " + claimId + " in this archive"));
        EditorialScope scope = new EditorialScope(person, Set.of(), Set.of(), Set.of(claimId));
        String change = store.nextChangeId();
        return write(scope, editor, reason, status.equals("rejected") ? "reject-claim" : status.equals("accepted")
                ? "accept-claim" : "correct-claim", change, List.of(person), state -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("claim_id", claimId);
            row.put("status", status);
            row.put("date", date);
            row.put("place", place);
            row.put("reason", reason.strip());
            row.put("editor", editor.strip());
            row.put("at", Instant.now().toString());
            row.put("change_id", change);
            state.put("claim_decisions", new ArrayList<>(List.of(row)));
        }, person);
    }

    /** Adds a claim about a person with the source it comes from (a citation) and, if given, the quoted words. */
    public synchronized Change addClaim(String editor, String reason, String person, EventType type, String edtfDate,
                                        String place, String source, String quote) {
        check(editor, reason);
        Objects.requireNonNull(type, "type");
        if (blank(source)) throw new TarikhException("an added claim needs its source (a citation)");
        ResolvedPerson p = active(person);
        String change = store.nextChangeId();
        EditorialScope scope = new EditorialScope(p.id(), Set.of(), Set.of(p.id()), Set.of());
        String date = blank(edtfDate) ? null : date(edtfDate);
        return write(scope, editor, reason, "add-claim", change, List.of(p.id()), state -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", "e" + change.substring(3));
            row.put("person_id", p.id());
            row.put("type", type.wire());
            row.put("date", date);
            row.put("place", blank(place) ? null : place.strip());
            row.put("source", source.strip());
            row.put("quote", blank(quote) ? null : quote.strip());
            row.put("status", "active");
            row.put("editor", editor.strip());
            row.put("at", Instant.now().toString());
            row.put("change_id", change);
            state.get("editor_claims").add(row);
        }, p.id());
    }

    /** Sets the name shown for a person to readers of one language ({@code kk}, {@code ru}, {@code en}). */
    public synchronized Change setPreferredName(String editor, String reason, String person, String language, String name) {
        check(editor, reason);
        if (language == null || !LANGUAGES.contains(language)) throw new TarikhException("the language must be kk, ru or en, not " + language);
        if (blank(name)) throw new TarikhException("the preferred name is empty");
        ResolvedPerson p = active(person);
        String change = store.nextChangeId();
        EditorialScope scope = new EditorialScope(p.id(), Set.of(), Set.of(p.id()), Set.of());
        return write(scope, editor, reason, "set-name", change, List.of(p.id()), state -> {
            state.get("person_names").removeIf(r -> language.equals(r.get("language")));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("person_id", p.id());
            row.put("language", language);
            row.put("name", name.strip());
            row.put("change_id", change);
            state.get("person_names").add(row);
        }, p.id());
    }

    /**
     * Undoes a change as a new change: writes back the rows it found. Refused when the change was undone already
     * or when a later change has touched the same rows since.
     */
    public synchronized Change undo(String editor, String reason, String changeId) {
        check(editor, reason);
        DocumentStore.AuditRecord original = store.auditEvent(changeId)
                .orElseThrow(() -> new TarikhException("no change " + changeId + " in this archive"));
        if (original.undoneBy() != null) throw new TarikhException("change " + changeId + " was already undone by " + original.undoneBy());
        Recorded after = read(original.after());
        Recorded before = read(original.before());
        EditorialScope scope = after.scope();
        Map<String, List<Map<String, Object>>> now = store.editorialState(scope);
        for (String table : EditorialScope.TABLES) {
            // pins and assignments are checked below by the change's own pins: a re-ingest may renumber the mentions
            if (table.equals("person_members") || table.equals("person_pins")) continue;
            if (!normal(now.get(table)).equals(normal(after.rows().get(table)))) {
                throw new TarikhException("change " + changeId + " cannot be undone: the " + table.replace('_', ' ')
                        + " it wrote have changed since" + laterChange(original));
            }
        }
        // the change's pins, wherever re-ingest has moved their mentions; fewer than it made: a later change re-pinned some
        List<Map<String, Object>> ownPins = store.pinsOfChange(changeId);
        long made = after.rows().getOrDefault("person_pins", List.of()).stream().filter(r -> changeId.equals(r.get("change_id"))).count();
        if (ownPins.size() < made) {
            throw new TarikhException("change " + changeId + " cannot be undone: some of the mentions it placed were placed "
                    + "again by a later change" + laterChange(original));
        }
        // each pinned mention goes back to the pin and the person it had, which the pin row carries
        Map<String, List<Map<String, Object>>> target = copy(before.rows());
        List<Map<String, Object>> pins = new ArrayList<>(), assigned = new ArrayList<>();
        Set<String> members = new LinkedHashSet<>();
        for (Map<String, Object> pin : ownPins) {
            String member = pin.get("document_id") + "/" + pin.get("local_id");
            members.add(member);
            if (pin.get("before_pin_person") != null) {
                Map<String, Object> restored = memberRow(member, "person_id", pin.get("before_pin_person"), "change_id",
                        pin.get("before_pin_change"));
                pins.add(restored);
            }
            if (pin.get("before_person") != null) {
                assigned.add(memberRow(member, "person_id", pin.get("before_person"), "reason", "as before " + changeId));
            }
        }
        target.put("person_pins", pins);
        target.put("person_members", assigned);
        String change = store.nextChangeId();
        List<String> persons = original.persons();
        String main = persons.isEmpty() ? scope.main() : persons.get(0);
        EditorialScope undoScope = new EditorialScope(main, members, scope.persons(), scope.claims());
        store.writeEditorial(undoScope, target, new DocumentStore.AuditRecord(change, Instant.now().toString(), editor.strip(),
                "undo", reason.strip(), original.after(), original.before(), persons, changeId, null));
        archive.resolveAround(scope.persons().isEmpty() ? persons : scope.persons());
        return new Change(change, "undo", archive.survivor(main).orElse(main));
    }

    /** " (by ch-N; undo that first)" for the latest standing change about the same persons after this one, or "". */
    private String laterChange(DocumentStore.AuditRecord original) {
        String later = store.audit(null).stream()
                .filter(e -> seq(e.change()) > seq(original.change()) && e.undoneBy() == null
                        && !Objects.equals(e.undoes(), original.change()))
                .filter(e -> e.persons().stream().anyMatch(original.persons()::contains))
                .map(DocumentStore.AuditRecord::change).reduce((x, y) -> y).orElse(null);
        return later == null ? " (by resolution after new documents)" : " (by " + later + "; undo that first)";
    }

    /** The audit trail, oldest first; only the changes about {@code person} (any id it ever had) unless null. */
    public List<AuditEvent> audit(String person) {
        List<AuditEvent> out = new ArrayList<>();
        for (DocumentStore.AuditRecord r : store.audit(person)) {
            out.add(new AuditEvent(r.change(), r.at(), r.editor(), r.action(), r.reason(), rowsOnly(r.before()),
                    rowsOnly(r.after()), r.persons(), r.undoneBy(), r.undoes()));
        }
        return out;
    }

    private interface Edit {
        void apply(Map<String, List<Map<String, Object>>> state);
    }

    private Change write(EditorialScope scope, String editor, String reason, String action, String change,
                         List<String> persons, Edit edit, String result) {
        Map<String, List<Map<String, Object>>> before = store.editorialState(scope);
        Map<String, List<Map<String, Object>>> target = copy(before);
        edit.apply(target);
        store.writeEditorial(scope, target, new DocumentStore.AuditRecord(change, Instant.now().toString(), editor.strip(),
                action, reason.strip(), write(scope, before), write(scope, target), persons, null, null));
        if (!scope.persons().isEmpty() || !scope.members().isEmpty()) archive.resolveAround(scope.persons().isEmpty() ? persons : scope.persons());
        else archive.editorialChanged();
        return new Change(change, action, archive.survivor(result).orElse(result));
    }

    private record Recorded(EditorialScope scope, Map<String, List<Map<String, Object>>> rows) {}

    private static String write(EditorialScope scope, Map<String, List<Map<String, Object>>> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("main", scope.main());
        s.put("members", new java.util.TreeSet<>(scope.members()));
        s.put("persons", new java.util.TreeSet<>(scope.persons()));
        s.put("claims", new java.util.TreeSet<>(scope.claims()));
        out.put("scope", s);
        out.put("rows", rows);
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Recorded read(String json) {
        try {
            Map<String, Object> all = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
            @SuppressWarnings("unchecked") Map<String, Object> s = (Map<String, Object>) all.get("scope");
            @SuppressWarnings("unchecked") Map<String, List<Map<String, Object>>> rows = (Map<String, List<Map<String, Object>>>) all.get("rows");
            @SuppressWarnings("unchecked") EditorialScope scope = new EditorialScope((String) s.get("main"),
                    Set.copyOf((List<String>) s.get("members")), Set.copyOf((List<String>) s.get("persons")),
                    Set.copyOf((List<String>) s.get("claims")));
            return new Recorded(scope, rows);
        } catch (JsonProcessingException e) {
            throw new TarikhException("the audit record cannot be read: " + e.getOriginalMessage());
        }
    }

    private static String rowsOnly(String json) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json).get("rows"));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static List<String> normal(List<Map<String, Object>> rows) {
        List<String> out = new ArrayList<>();
        if (rows == null) return out;
        for (Map<String, Object> r : rows) {
            Map<String, String> sorted = new java.util.TreeMap<>();
            r.forEach((k, v) -> sorted.put(k, v == null ? null : v.toString()));
            out.add(sorted.toString());
        }
        out.sort(null);
        return out;
    }

    private static long seq(String change) {
        try {
            return Long.parseLong(change.substring(change.indexOf('-') + 1));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static Map<String, List<Map<String, Object>>> copy(Map<String, List<Map<String, Object>>> state) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        state.forEach((table, rows) -> {
            List<Map<String, Object>> copied = new ArrayList<>();
            for (Map<String, Object> r : rows) copied.add(new LinkedHashMap<>(r));
            out.put(table, copied);
        });
        return out;
    }

    /**
     * A pin of {@code member} to {@code person} by {@code change}, carrying what the member was before (its person and
     * the pin it replaces), which an undo writes back wherever re-ingest has moved the mention since.
     */
    private static Map<String, Object> pinRow(Map<String, List<Map<String, Object>>> before, String member, String person,
                                              String change) {
        Map<String, Object> row = memberRow(member, "person_id", person, "change_id", change);
        row.put("before_person", find(before.get("person_members"), member, "person_id"));
        row.put("before_pin_person", find(before.get("person_pins"), member, "person_id"));
        row.put("before_pin_change", find(before.get("person_pins"), member, "change_id"));
        return row;
    }

    private static Object find(List<Map<String, Object>> rows, String member, String column) {
        for (Map<String, Object> r : rows) {
            if ((r.get("document_id") + "/" + r.get("local_id")).equals(member)) return r.get(column);
        }
        return null;
    }

    private static Map<String, Object> memberRow(String member, String k1, Object v1, String k2, Object v2) {
        int slash = member.indexOf('/');
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document_id", member.substring(0, slash));
        row.put("local_id", member.substring(slash + 1));
        row.put(k1, v1);
        row.put(k2, v2);
        return row;
    }

    private static Set<String> members(ResolvedPerson... persons) {
        Set<String> out = new LinkedHashSet<>();
        for (ResolvedPerson p : persons) for (DocumentPerson m : p.members()) out.add(m.memberKey());
        return out;
    }

    private static int evidence(List<DocumentPerson> members) {
        int n = 0;
        for (DocumentPerson m : members) n += Math.max(1, m.mentions().size());
        return n;
    }

    private ResolvedPerson active(String id) {
        if (blank(id)) throw new TarikhException("a person id is needed");
        String survivor = archive.survivor(id.strip()).orElseThrow(() -> new TarikhException(
                store.personStatus(id.strip()).isPresent() ? "person " + id + " is gone: no document names them any more"
                        : "no person " + id + " in this archive"));
        return store.person(survivor).orElseThrow(() -> new TarikhException("no person " + id + " in this archive"));
    }

    private static String date(String edtf) {
        try {
            return EdtfDate.parse(edtf.strip()).value();
        } catch (RuntimeException e) {
            throw new TarikhException("not an EDTF date: \"" + edtf + "\" (write 1937, 1937-10 or 1937-10-12)");
        }
    }

    private static void check(String editor, String reason) {
        if (blank(editor)) throw new TarikhException("every change needs the editor's name");
        if (blank(reason)) throw new TarikhException("every change needs a reason");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
