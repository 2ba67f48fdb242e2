package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndEndsRecordsWithCrLf() {
        assertThat(Csv.record(Arrays.asList("Лекеров, \"Азимбай\"", null, "58-2\n8", "plain")))
                .isEqualTo("\"Лекеров, \"\"Азимбай\"\"\",,\"58-2\n8\",plain\r\n");
    }

    @Test
    void leavesPlainFieldsAsTheyAre() {
        assertThat(Csv.record(List.of("Рысқұлов", "1938-02-10"))).isEqualTo("Рысқұлов,1938-02-10\r\n");
        assertThat(Csv.BOM).isEqualTo("\uFEFF");
    }

    @Test
    void fieldsASpreadsheetWouldRunAsFormulasBeginWithAQuote() {
        assertThat(Csv.record(Arrays.asList("- Взят под стражу в 1936 г.", "=HYPERLINK(\"http://x\",\"y\")", "+7 727",
                "@SUM(A1)", "\tindent", "\r=1", "1938-02-10", "a-b", "")))
                .isEqualTo("'- Взят под стражу в 1936 г.,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+7 727,'@SUM(A1),"
                        + "'\tindent,\"'\r=1\",1938-02-10,a-b,\r\n");
    }
}
