package org.tarikh.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.register.RegisterReport;
import org.tarikh.export.PersonExports;
import org.tarikh.extract.EventType;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.Register;

/**
 * The archive's register CSV imports back without loss: an archive built from documents is exported, the export
 * imported into a fresh archive, and the fresh archive's register has the same persons with the same claims (type,
 * date, place, body, articles, punishment) and exports the same CSV but for the sources.
 */
class RegisterRoundTripTest {
    @TempDir Path dir;

    @Test
    void theRegisterExportImportsBackWithoutLoss() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), """
                Турар Рыскулов родился в 1894 году в Меркенском районе. Турар Рыскулов был арестован 21 мая 1937 года \
                в Москве. 8 февраля 1938 года Турар Рыскулов был приговорён выездной сессией Военной коллегии Верховного \
                суда СССР к высшей мере наказания по статье 58-8. Турар Рыскулов расстрелян 10 февраля 1938 года. \
                Турар Рыскулов реабилитирован в 1956 году.""", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("b.txt"), """
                Мағжан Жұмабаев 1893 жылы туған. Мағжан Жұмабаев 1937 жылы 30 желтоқсанда тұтқындалды. \
                1938 жылы 19 наурызда Мағжан Жұмабаев ату жазасына кесілді. Мағжан Жұмабаев 1960 жылы ақталды.""", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("c.txt"), """
                Smagul Sadvakasov was born in 1900. Smagul Sadvakasov was arrested in 1933. \
                Smagul Sadvakasov was rehabilitated in 1989.""", StandardCharsets.UTF_8);
        String exported;
        List<Register.Row> original;
        try (Archive first = Archive.open(dir.resolve("first"), true)) {
            first.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            original = Register.rows(first.persons());
            exported = PersonExports.registerCsv(original);
        }
        assertThat(original).as("the documents give register rows to compare").hasSizeGreaterThanOrEqualTo(3);
        assertThat(original.stream().mapToInt(r -> r.chosen().size()).sum()).isGreaterThanOrEqualTo(10);
        assertThat(original.stream().flatMap(r -> r.claim(EventType.SENTENCE).stream()).map(Dossier.Claim::details))
                .as("sentences with their body, articles and punishment to carry over")
                .anySatisfy(d -> assertThat(d).containsKeys("body", "articles", "punishment"));
        Path csv = dir.resolve("register.csv");
        Files.writeString(csv, exported, StandardCharsets.UTF_8);

        try (Archive second = Archive.open(dir.resolve("second"), true)) {
            RegisterReport report = second.importRegister(csv, "register.csv");
            assertThat(report.rejected()).isEmpty();
            assertThat(report.rows()).isEqualTo(original.size());
            List<Register.Row> imported = Register.rows(second.persons());
            assertThat(summary(imported)).isEqualTo(summary(original));
            assertThat(withoutSources(PersonExports.registerCsv(imported))).isEqualTo(withoutSources(exported));
        }
    }

    /** Each row as name → column → (date, place, details the register carries). */
    private static Map<String, Map<EventType, List<String>>> summary(List<Register.Row> rows) {
        Map<String, Map<EventType, List<String>>> out = new TreeMap<>();
        for (Register.Row row : rows) {
            Map<EventType, List<String>> columns = new TreeMap<>();
            for (EventType column : Register.COLUMNS) {
                row.claim(column).ifPresent(c -> columns.put(column, claim(c)));
            }
            out.put(row.name(), columns);
        }
        return out;
    }

    private static List<String> claim(Dossier.Claim c) {
        List<String> values = new ArrayList<>();
        values.add(c.date() == null ? null : c.date().value());
        values.add(c.place());
        for (String key : List.of("body", "articles", "punishment")) values.add(c.details().get(key));
        return values;
    }

    /** The CSV without its sources column, which names the documents each archive read. */
    private static String withoutSources(String csv) {
        int column = PersonExports.REGISTER_HEADER.indexOf("sources");
        StringBuilder out = new StringBuilder();
        try (var parser = org.apache.commons.csv.CSVParser.parse(csv.replace("\uFEFF", ""), org.apache.commons.csv.CSVFormat.RFC4180)) {
            for (var record : parser) {
                List<String> cells = new ArrayList<>(record.toList());
                cells.remove(column);
                out.append(cells).append('\n');
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
