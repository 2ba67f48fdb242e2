package org.tarikh.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;

/**
 * Look-up accuracy on the paired list of name variants ({@code names/variants.tsv}): an archive holds one short
 * document per person naming them once; every variant (scripts, transliterations, initials, inflected and
 * OCR-damaged forms) is looked up and must find that person.
 */
class NameLookupAccuracyTest {
    @TempDir Path docs;
    @TempDir Path archiveDir;

    @Test
    void variantsOfANameFindTheirPerson() throws IOException {
        Map<String, List<String>> variants = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/names/variants.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                variants.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1].strip());
            }
        }
        for (var e : variants.entrySet()) {
            Files.writeString(docs.resolve(e.getKey() + ".txt"),
                    "Біографиялық анықтама.\n\n" + e.getValue().get(0) + " туралы мәліметтер архивте сақталған.\n",
                    StandardCharsets.UTF_8);
        }
        int total = 0, top1 = 0, confident = 0, wrongMatch = 0;
        List<String> misses = new ArrayList<>();
        try (Archive archive = Archive.open(archiveDir, true)) {
            archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            Map<String, String> personOfDocument = new LinkedHashMap<>();
            for (ResolvedPerson p : archive.persons()) {
                for (DocumentPerson m : p.members()) {
                    personOfDocument.put(Path.of(m.source()).getFileName().toString().replace(".txt", ""), p.id());
                }
            }
            for (var e : variants.entrySet()) {
                String expected = personOfDocument.get(e.getKey());
                for (String variant : e.getValue()) {
                    total++;
                    List<Candidate> found = archive.reconcile(variant, 3);
                    boolean right = expected != null && !found.isEmpty() && found.get(0).id().equals(expected);
                    if (right) top1++;
                    else misses.add(variant + " -> " + (found.isEmpty() ? "nothing" : found.get(0).name()));
                    if (right && found.get(0).match()) confident++;
                    if (!right && found.stream().anyMatch(Candidate::match)) wrongMatch++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "name look-up on %d variants of %d persons: top-1 %.3f, confident and right %.3f, "
                        + "confident and wrong %d%n", total, variants.size(), top1 / (double) total,
                confident / (double) total, wrongMatch);
        System.out.println("  misses: " + String.join("; ", misses));
        assertThat(top1 / (double) total).isGreaterThanOrEqualTo(0.85);
        assertThat(wrongMatch).isLessThanOrEqualTo(total / 50);
    }
}
