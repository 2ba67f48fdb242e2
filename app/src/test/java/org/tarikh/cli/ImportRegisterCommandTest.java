package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tarikh import-register} as a user runs it: the JSON line, exit statuses, messages without stack traces. */
class ImportRegisterCommandTest {
    @TempDir Path dir;

    @Test
    void importsReportsBadRowsByLineAndListsRowsForAnEditor() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Ахмет Касымов родился в 1890 году. Ахмет Касымов был учителем.");
        Files.writeString(docs.resolve("b.txt"), "Ахмет Касымов родился в 1912 году. Ахмет Касымов был агрономом.");
        String archive = dir.resolve("archive").toString();
        assertThat(CliRun.of("ingest", "--archive", archive, docs.toString()).status()).isZero();
        Path csv = dir.resolve("register.csv");
        Files.writeString(csv, "Фамилия;Имя;Год рождения;Дата ареста\nКасымов;Ахмет;;1937\nОмаров;Серік;1901;31.02.1937\n"
                + "Нұрланов;Асхат;1905;03.11.1937\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import-register", "--archive", archive, csv.toString(), "--json");
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertThat(out.get("outcome").asText()).isEqualTo("added");
        assertThat(out.get("rows").asInt()).isEqualTo(2);
        assertThat(out.get("rejected")).hasSize(1);
        assertThat(out.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(out.get("rejected").get(0).get("value").asText()).isEqualTo("31.02.1937");
        assertThat(out.get("review")).hasSize(1);
        assertThat(out.get("review").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(run.err()).contains("line 3, Дата ареста '31.02.1937': there is no day 31 in February 1937")
                .doesNotContain("Exception").doesNotContain("\tat ");

        CliRun again = CliRun.of("import-register", "--archive", archive, csv.toString(), "--json");
        assertThat(new ObjectMapper().readTree(again.out()).get("outcome").asText()).isEqualTo("unchanged");
    }

    @Test
    void aFileWithoutANameColumnOrUnreadableIsNamedWithoutAStackTrace() throws Exception {
        Path csv = dir.resolve("prices.csv");
        Files.writeString(csv, "item,price\nbread,3\n");
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        CliRun run = CliRun.of("import-register", "--archive", dir.resolve("archive").toString(), csv.toString(),
                broken.toString(), dir.resolve("missing.csv").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(csv + " is not a register").contains(broken + " cannot be read as an XLSX workbook")
                .contains("missing.csv: no such file").doesNotContain("\tat ").doesNotContain("internal error");
    }
}
