package org.tarikh.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tarikh.TarikhException;
import org.tarikh.archive.register.RegisterReport;
import org.tarikh.archive.register.RegisterRows;
import org.tarikh.ingest.TableReader;
import org.tarikh.ingest.UnreadableDocumentException;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.PersonResolver;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.search.SearchIndex;
import org.tarikh.store.DocumentStore;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Block;
import org.tarikh.text.BlockKind;
import org.tarikh.text.Provenance;

/**
 * Imports a register file into the archive ({@link Archive#importRegister}): the file is one document (format
 * {@code register-csv} or {@code register-xlsx}) whose text is the file's rows as read, each row one of its persons
 * with the row's claims ({@link RegisterRows}); they are stored through the same store as ingested documents and
 * resolved with them.
 *
 * <p>Rules: the document's id comes from the file's absolute path, as for ingested files, so importing the same
 * bytes again changes nothing and a changed file replaces the earlier version with its rows. Refused rows are
 * reported and left out. After resolution, a row is listed for an editor when it fits more than one archive person
 * by the resolver's rules ({@link PersonResolver#fits}): it stayed apart and two or more persons fit it, or it
 * joined one and another fits as well. Only persons with a given name or an initial count: a group of bare
 * surnames is a name the resolver could not place, not a person. The list is stored with the rows and refreshed on every import of the file.
 */
final class RegisterImport {
    private final DocumentStore store;
    private final SearchIndex index;
    private final NameKeyer keyer;
    private final Runnable resolve;

    RegisterImport(DocumentStore store, SearchIndex index, NameKeyer keyer, Runnable resolve) {
        this.store = store;
        this.index = index;
        this.keyer = keyer;
        this.resolve = resolve;
    }

    RegisterReport run(Path file, String source) {
        long started = System.nanoTime();
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) throw new TarikhException(source + ": no such file");
        TableReader.Table table;
        try {
            table = new TableReader().read(absolute);
        } catch (UnreadableDocumentException e) {
            throw new TarikhException(source + " " + e.getMessage());
        }
        String location = absolute.toString();
        String id = Archive.idFor(location);
        RegisterRows.Reading reading;
        try {
            reading = new RegisterRows().read(table, id, source);
        } catch (IllegalArgumentException e) {
            throw new TarikhException(source + " is not a register: it " + e.getMessage());
        }
        Map<String, Long> phases = new LinkedHashMap<>();
        long mark = System.nanoTime();
        phases.put("read", (mark - started) / 1_000_000);
        List<RegisterRows.Problem> problems = new ArrayList<>(reading.problems());
        if (table.problem() != null) problems.add(new RegisterRows.Problem(lineOf(table.problem()), null, null,
                table.problem().substring(table.problem().indexOf(": ") + 2)));
        Optional<DocumentStore.Fingerprint> known = store.findByLocation(location);
        String outcome;
        if (known.isPresent() && known.get().contentHash().equals(table.contentHash())) {
            outcome = "unchanged";
        } else {
            Optional<DocumentStore.Fingerprint> twin = known.isEmpty() ? store.findByContentHash(table.contentHash()) : Optional.empty();
            if (twin.isPresent()) {
                return new RegisterReport(source, twin.get().id(), "duplicate of " + twin.get().source(), 0, 0, problems,
                        List.of(), (System.nanoTime() - started) / 1_000_000, phases);
            }
            outcome = known.isPresent() ? "replaced" : "added";
            store.saveRegister(document(id, source, location, table, reading), reading.rows().stream().map(RegisterRows.Row::person).toList(),
                    reading.rows().stream().map(r -> new DocumentStore.RegisterRow(r.person().localId(), r.line(), r.details())).toList());
            StoredDocument storedDocument = store.find(id).orElseThrow();
            index.index(storedDocument);
            index.commit();
            store.markIndexed(List.of(new DocumentStore.IndexChange(id, storedDocument.contentHash())));
            phases.put("store", (System.nanoTime() - mark) / 1_000_000);
            mark = System.nanoTime();
            resolve.run();
            phases.put("resolve", (System.nanoTime() - mark) / 1_000_000);
        }
        mark = System.nanoTime();
        // the persons a row can fit share its family key; its own is in this document: read those, not the archive
        PersonResolver keys = new PersonResolver(keyer);
        Set<String> families = new java.util.HashSet<>();
        for (RegisterRows.Row row : reading.rows()) {
            String family = keys.familyKey(row.person());
            if (family != null) families.add(family);
        }
        List<ResolvedPerson> persons = store.personsAround(List.of(id), families);
        int[] joined = {0};
        List<RegisterReport.Review> review = review(id, reading.rows(), persons, joined);
        Map<String, String> stored = new LinkedHashMap<>();
        for (RegisterReport.Review r : review) stored.put(r.localId(), r.reason());
        store.setRegisterReview(id, stored);
        phases.put("review", (System.nanoTime() - mark) / 1_000_000);
        return new RegisterReport(source, id, outcome, reading.rows().size(), joined[0], problems, review,
                (System.nanoTime() - started) / 1_000_000, phases);
    }

    /**
     * Whether some member of the person has a given name or an initial: a group of bare surnames is what the
     * resolver could not place (rule 4), not a person a row could be.
     */
    private static boolean named(ResolvedPerson p) {
        return p.members().stream().anyMatch(m -> m.parsed().givenName() != null || !m.parsed().initials().isEmpty());
    }

    private static int lineOf(String problem) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(problem);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static StoredDocument document(String id, String source, String location, TableReader.Table table,
                                           RegisterRows.Reading reading) {
        List<Block> blocks = new ArrayList<>();
        String text = table.text();
        int headerEnd = table.rows().isEmpty() ? text.length() : table.rows().get(0).start();
        blocks.add(new Block(0, headerEnd, BlockKind.TEXT, reading.language(), null));
        for (TableReader.Row row : table.rows()) blocks.add(new Block(row.start(), row.end(), BlockKind.TEXT, reading.language(), null));
        String title = Path.of(location).getFileName().toString();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("register_rows", String.valueOf(reading.rows().size()));
        metadata.put("register_header_line", String.valueOf(table.headerLine()));
        return new StoredDocument(id, source, location, table.contentHash(), "register-" + table.format(),
                reading.language(), new Provenance(title, null, null, null, null, null, List.of()), text, text, blocks,
                metadata, table.byteSize(), Instant.now().toString());
    }

    /**
     * The rows that fit more than one archive person (class comment), and in {@code joined[0]} how many rows share
     * their person with another source.
     */
    private List<RegisterReport.Review> review(String documentId, List<RegisterRows.Row> rows, List<ResolvedPerson> persons,
                                               int[] joined) {
        PersonResolver resolver = new PersonResolver(keyer);
        Map<String, ResolvedPerson> byMember = new HashMap<>();
        Map<String, Set<ResolvedPerson>> byFamily = new HashMap<>();
        for (ResolvedPerson p : persons) {
            for (DocumentPerson m : p.members()) {
                byMember.put(m.memberKey(), p);
                String family = resolver.familyKey(m);
                if (family != null) byFamily.computeIfAbsent(family, f -> new LinkedHashSet<>()).add(p);
            }
        }
        List<RegisterReport.Review> out = new ArrayList<>();
        for (RegisterRows.Row row : rows) {
            DocumentPerson me = row.person();
            ResolvedPerson own = byMember.get(me.memberKey());
            boolean withOthers = own != null && own.members().stream().anyMatch(m -> !m.documentId().equals(documentId));
            if (withOthers) joined[0]++;
            String family = resolver.familyKey(me);
            if (family == null) continue;
            List<ResolvedPerson> fits = new ArrayList<>();
            for (ResolvedPerson p : byFamily.getOrDefault(family, Set.of())) {
                // a row is weighed against the persons other sources name, not against other rows left apart
                if (p == own || !named(p) || p.members().stream().allMatch(m -> m.documentId().equals(documentId))) continue;
                if (p.members().stream().allMatch(m -> resolver.fits(me, m))) fits.add(p);
            }
            boolean ownIsOthers = own != null && own.members().size() > 1;
            if (fits.isEmpty() || !ownIsOthers && fits.size() < 2) continue;
            List<RegisterReport.Fit> candidates = fits.stream().map(p -> new RegisterReport.Fit(p.id(), p.name())).toList();
            String names = String.join(", ", candidates.stream().map(c -> c.name() + " (" + c.id() + ")").toList());
            String reason = ownIsOthers
                    ? "joined " + own.name() + " (" + own.id() + "), and also fits " + names
                    : "stays apart: fits " + fits.size() + " persons, " + names;
            out.add(new RegisterReport.Review(row.line(), me.localId(), me.name(), own == null ? null : own.id(), ownIsOthers,
                    candidates, reason));
        }
        return out;
    }
}
