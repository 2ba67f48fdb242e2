package org.tarikh.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.TarikhException;
import org.tarikh.extract.EventType;
import org.tarikh.extract.Mention;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.Editorial;
import org.tarikh.resolve.ResolvedPerson;

/** Person ids outlive more documents, changed documents, re-resolution and editors' changes (issue 11). */
class PermanentIdsTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("docs").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static void ingest(Archive archive, Path... files) {
        archive.ingest(List.of(files), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
    }

    /** Each mention (source, start, text) → the id of the person holding it. */
    private static Map<String, String> idsByMention(Archive archive) {
        Map<String, String> out = new HashMap<>();
        for (ResolvedPerson p : archive.persons()) {
            for (DocumentPerson m : p.members()) {
                for (Mention mention : m.mentions()) out.put(m.source() + "|" + mention.text(), p.id());
            }
        }
        return out;
    }

    /** The persons as sets of mentions: what resolution decided, whatever the ids. */
    private static Set<Set<String>> partition(Archive archive) {
        Set<Set<String>> out = new HashSet<>();
        for (ResolvedPerson p : archive.persons()) {
            Set<String> mentions = new TreeSet<>();
            for (DocumentPerson m : p.members()) {
                for (Mention mention : m.mentions()) mentions.add(dir(m.source()) + "|" + mention.text() + "|" + mention.start());
            }
            out.add(mentions);
        }
        return out;
    }

    private static String dir(String source) {
        return Path.of(source).getFileName().toString();
    }

    private static final String A = """
            Сакен Сейфуллин родился в 1894 году в Акмолинском уезде. Поэт Сейфуллин был арестован 24 сентября 1937 года.
            Вместе с ним работал Ильяс Джансугуров.
            """;
    private static final String B = """
            Saken Seifullin wrote poems and plays. Seifullin was shot in 1938. Ilyas Zhansugurov was his friend.
            """;
    private static final String C = """
            Ахмет Байтұрсынұлы 1872 жылы туған. Байтұрсынұлы 1937 жылы атылды. Міржақып Дулатұлы да тұтқындалды.
            """;

    @Test
    void idsGivenOutKeepNamingTheirMentionsAsDocumentsComeAndChange() throws IOException {
        Path a = write("a.txt", A), b = write("b.txt", B), c = write("c.txt", C);
        Map<String, String> first;
        try (Archive archive = Archive.open(dir.resolve("archive"), true)) {
            ingest(archive, a, b, c);
            first = idsByMention(archive);
            assertThat(first).isNotEmpty();
            // more documents, and a changed one that keeps most of what it said
            ingest(archive, write("d.txt", "Ахмет Байтурсынов и Мир-Якуб Дулатов были арестованы в 1929 году. "
                    + "Турар Рыскулов родился в 1894 году.\n"));
            write("a.txt", A.replace("в Акмолинском уезде", "в Акмолинской области") + "Его знал Турар Рыскулов.\n");
            ingest(archive, a);
            Map<String, String> now = idsByMention(archive);
            for (var e : first.entrySet()) {
                if (!now.containsKey(e.getKey())) continue; // the mention itself is no longer in the document
                String survivor = archive.survivor(e.getValue()).orElseThrow(() -> new AssertionError(e.getValue() + " vanished"));
                assertThat(now.get(e.getKey())).as("the person holding " + e.getKey()).isEqualTo(survivor);
            }
            Set<Set<String>> incremental = partition(archive);
            // resolving the whole archive again changes nothing, ids included
            archive.resolveAllPersons();
            assertThat(partition(archive)).isEqualTo(incremental);
            assertThat(idsByMention(archive)).isEqualTo(now);
        }
        // and incremental resolution found what resolving everything at once finds
        try (Archive fresh = Archive.open(dir.resolve("fresh"), true)) {
            ingest(fresh, dir.resolve("docs"));
            try (Archive again = Archive.open(dir.resolve("archive"), false)) {
                assertThat(partition(again)).isEqualTo(partition(fresh));
            }
        }
    }

    @Test
    void aMergeSurvivesReIngestAndReResolutionAndUndoGivesBothOldIdsBack() throws IOException {
        Path a = write("a.txt", A), b = write("b.txt", B);
        try (Archive archive = Archive.open(dir.resolve("archive"), true)) {
            ingest(archive, a, b);
            String ru = person(archive, "Ильяс Джансугуров"), en = person(archive, "Ilyas Zhansugurov");
            if (ru.equals(en)) {
                // resolution already joins them: split first so that there are two to merge
                archive.curator().split("editor", "test", ru, List.of(b.toString()));
                ru = person(archive, "Ильяс Джансугуров");
                en = person(archive, "Ilyas Zhansugurov");
            }
            assertThat(ru).isNotEqualTo(en);
            Curator.Change merge = archive.curator().merge("aigerim", "the same poet in two scripts", ru, en);
            String survivor = merge.person(), merged = survivor.equals(ru) ? en : ru;
            assertThat(archive.survivor(merged)).contains(survivor);
            assertThat(archive.personStatus(merged)).contains("merged");
            assertThat(person(archive, "Ильяс Джансугуров")).isEqualTo(person(archive, "Ilyas Zhansugurov")).isEqualTo(survivor);

            write("b.txt", B + "Zhansugurov was arrested in 1937.\n");
            ingest(archive, b);
            archive.resolveAllPersons();
            assertThat(person(archive, "Ильяс Джансугуров")).isEqualTo(person(archive, "Ilyas Zhansugurov")).isEqualTo(survivor);

            Curator.Change undo = archive.curator().undo("aigerim", "merged by mistake", merge.id());
            assertThat(undo.action()).isEqualTo("undo");
            assertThat(archive.personStatus(merged)).contains("active");
            assertThat(Set.of(person(archive, "Ильяс Джансугуров"), person(archive, "Ilyas Zhansugurov")))
                    .containsExactlyInAnyOrder(ru, en);
            assertThatThrownBy(() -> archive.curator().undo("aigerim", "again", merge.id()))
                    .isInstanceOf(TarikhException.class).hasMessageContaining("already undone");

            List<Curator.AuditEvent> audit = archive.curator().audit(survivor);
            assertThat(audit).extracting(Curator.AuditEvent::action).contains("merge", "undo");
            Curator.AuditEvent first = audit.stream().filter(e -> e.action().equals("merge")).findFirst().orElseThrow();
            assertThat(first.editor()).isEqualTo("aigerim");
            assertThat(first.reason()).isEqualTo("the same poet in two scripts");
            assertThat(first.after()).contains("\"redirect_to\":\"" + survivor + "\"");
            assertThat(first.undoneBy()).isEqualTo(undo.id());
        }
    }

    @Test
    void anUndoFindsTheMergeAfterReIngestRenumberedTheMentions() throws IOException {
        Path a = write("a.txt", A), c = write("c.txt", C);
        try (Archive archive = Archive.open(dir.resolve("archive"), true)) {
            ingest(archive, a, c);
            String zhansugurov = person(archive, "Ильяс Джансугуров"), dulatov = person(archive, "Міржақып Дулатұлы");
            Curator.Change merge = archive.curator().merge("aigerim", "test", zhansugurov, dulatov);
            // a new first sentence names someone else: every person of the document is numbered anew
            write("a.txt", "Смагул Садвокасов писал статьи.\n" + A);
            write("c.txt", "Сұлтанбек Қожанов та жазды. " + C);
            ingest(archive, a, c);
            assertThat(person(archive, "Ильяс Джансугуров")).isEqualTo(person(archive, "Міржақып Дулатұлы")).isEqualTo(merge.person());
            archive.curator().undo("aigerim", "test over", merge.id());
            assertThat(Set.of(person(archive, "Ильяс Джансугуров"), person(archive, "Міржақып Дулатұлы")))
                    .containsExactlyInAnyOrder(zhansugurov, dulatov);
        }
    }

    @Test
    void aSplitKeepsTheIdOnThePartWithMostEvidenceAndSurvivesReResolution() throws IOException {
        Path a = write("a.txt", A), b = write("b.txt", B), c = write("c.txt", C);
        try (Archive archive = Archive.open(dir.resolve("archive"), true)) {
            ingest(archive, a, b, c);
            String saken = person(archive, "Сакен Сейфуллин");
            assertThat(person(archive, "Saken Seifullin")).isEqualTo(saken);
            Curator.Change split = archive.curator().split("berik", "test of a split", saken, List.of(b.toString()));
            String ru = person(archive, "Сакен Сейфуллин"), en = person(archive, "Saken Seifullin");
            assertThat(ru).isNotEqualTo(en);
            assertThat(Set.of(ru, en)).contains(saken); // one part keeps the id
            archive.resolveAllPersons();
            assertThat(person(archive, "Сакен Сейфуллин")).isEqualTo(ru);
            assertThat(person(archive, "Saken Seifullin")).isEqualTo(en);
            archive.curator().undo("berik", "they are one", split.id());
            assertThat(person(archive, "Сакен Сейфуллин")).isEqualTo(person(archive, "Saken Seifullin")).isEqualTo(saken);
            String other = ru.equals(saken) ? en : ru;
            assertThat(archive.survivor(other)).contains(saken);
        }
    }

    @Test
    void aRejectedClaimStaysVisibleWithItsReasonOutlivesReIngestAndConflictsWithNothing() throws IOException {
        Path a = write("a.txt", A), b = write("b.txt", B);
        try (Archive archive = Archive.open(dir.resolve("archive"), true)) {
            ingest(archive, a, b);
            String saken = person(archive, "Saken Seifullin");
            Dossier.Claim arrest = Dossier.of(archive.person(saken).orElseThrow()).claims().stream()
                    .filter(c -> c.type() == EventType.ARREST).findFirst().orElseThrow();
            archive.curator().rejectClaim("dana", "the date belongs to another arrest", arrest.id());
            write("b.txt", B + "His books were banned.\n");
            ingest(archive, b);
            Dossier.Claim again = Dossier.of(archive.person(saken).orElseThrow()).claims().stream()
                    .filter(c -> c.id().equals(arrest.id())).findFirst().orElseThrow();
            assertThat(again.status()).isEqualTo(Editorial.Status.REJECTED);
            assertThat(again.note()).contains("dana").contains("another arrest");
            assertThat(again.supportingSources()).isZero();

            archive.curator().addClaim("dana", "from the rehabilitation file", saken, EventType.REHABILITATION,
                    "1957", null, "Rehabilitation certificate, 1957", null);
            assertThat(Dossier.of(archive.person(saken).orElseThrow()).claims())
                    .anyMatch(c -> c.type() == EventType.REHABILITATION && c.status() == Editorial.Status.ADDED
                            && c.source().contains("certificate"));
            archive.curator().setPreferredName("dana", "the family's spelling", saken, "en", "Saken Seyfullin");
            assertThat(archive.person(saken).orElseThrow().displayNames()).containsEntry("en", "Saken Seyfullin");
            assertThatThrownBy(() -> archive.curator().rejectClaim("dana", " ", arrest.id()))
                    .isInstanceOf(TarikhException.class).hasMessageContaining("reason");
            assertThatThrownBy(() -> archive.curator().rejectClaim("dana", "x", "c000"))
                    .isInstanceOf(TarikhException.class).hasMessageContaining("no claim c000");
        }
    }

    private static String person(Archive archive, String name) {
        for (ResolvedPerson p : archive.persons()) {
            for (DocumentPerson m : p.members()) {
                if (m.name().equals(name) || m.mentions().stream().anyMatch(x -> x.text().equals(name))) return p.id();
            }
        }
        throw new AssertionError("no person named " + name + " in " + archive.persons().stream().map(p -> p.id() + "=" + p.members().stream().map(m -> m.memberKey() + ":" + m.name()).toList()).toList());
    }
}
