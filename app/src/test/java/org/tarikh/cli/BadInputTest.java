package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of broken files ingests with one clear line per bad file; the good ones go in; no stack trace. */
class BadInputTest {
    @TempDir Path archive;
    @TempDir Path folder;

    @Test
    void badFilesAreNamedWithTheReasonAndTheRestIsStored() throws Exception {
        Random random = new Random(42);
        byte[] binary = new byte[4096];
        random.nextBytes(binary);
        Files.write(folder.resolve("photo.txt"), binary);
        Files.write(folder.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII));
        byte[] invalid = new byte[3000];
        for (int i = 0; i < invalid.length; i++) invalid[i] = (byte) (0x80 + random.nextInt(0x80));
        Files.write(folder.resolve("mojibake.txt"), invalid);
        Files.writeString(folder.resolve("card.md"), "---\ntitle: [unclosed\n  description: : :\n---\nbody\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Path big = folder.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "Сәкен Сейфуллин 1938 жылы атылды. Saken Seifullin was shot in 1938.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) out.write(line);
        }
        Files.writeString(folder.resolve("good-en.txt"), "Alikhan Bukeikhanov led the Alash Orda government from 1917.", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("good-kk.html"),
                "<html><head><title>Алаш</title><script>alert(1)</script></head><body><p>Ахмет Байтұрсынұлы 1937 жылы атылды.</p></body></html>",
                StandardCharsets.UTF_8);
        Files.write(folder.resolve("good-ru.txt"), "Турар Рыскулов написал письмо Сталину о голоде в 1932 году."
                .getBytes(java.nio.charset.Charset.forName("windows-1251")));

        CliRun run = CliRun.of("ingest", "--archive", archive.toString(), folder.toString());

        assertThat(run.status()).isEqualTo(2);
        String[] lines = run.err().split("\n");
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("rejected "))).hasSize(6);
        assertThat(run.err())
                .contains("photo.txt: binary content")
                .contains("truncated.pdf: damaged or unreadable PDF")
                .contains("mojibake.txt: invalid UTF-8 and no known encoding fits")
                .contains("card.md: malformed front matter")
                .contains("empty.txt: empty file (0 bytes)")
                .contains("huge.txt: ").contains("over the limit")
                .contains("3 new")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(IngestAndSearchTest.jsonLines(CliRun.of("search", "--archive", archive.toString(), "--json",
                "Bukeikhanov", "Байтұрсынұлы", "Рыскулов")))
                .allSatisfy(result -> assertThat(result.get("total").asInt()).isEqualTo(1));
        assertThat(IngestAndSearchTest.jsonLines(CliRun.of("search", "--archive", archive.toString(), "--json", "alert"))
                .get(0).get("total").asInt()).as("script content is never text").isZero();
    }

    @Test
    void aBadFileDoesNotDisturbWhatIsAlreadyStored() throws Exception {
        Path file = folder.resolve("note.txt");
        Files.writeString(file, "Magzhan Zhumabaev was shot on 19 March 1938.", StandardCharsets.UTF_8);
        assertThat(CliRun.of("ingest", "--archive", archive.toString(), file.toString()).status()).isZero();
        Files.write(file, new byte[] {0, 1, 2, 3, 0, 0, 7});
        CliRun broken = CliRun.of("ingest", "--archive", archive.toString(), file.toString());
        assertThat(broken.status()).isEqualTo(2);
        assertThat(IngestAndSearchTest.jsonLines(CliRun.of("search", "--archive", archive.toString(), "--json", "Zhumabaev"))
                .get(0).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void filesOfOtherFormatsInAFolderAreCountedNotRejected() throws Exception {
        Files.writeString(folder.resolve("letter.txt"), "Turar Ryskulov wrote to Stalin in 1932.", StandardCharsets.UTF_8);
        Files.write(folder.resolve("voice-1.mp3"), new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0});
        Files.write(folder.resolve("voice-2.MP3"), new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 1});
        Files.write(folder.resolve("README"), "notes".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve(".DS_Store"), new byte[] {1, 2, 3});

        CliRun run = CliRun.of("ingest", "--archive", archive.toString(), "--json", folder.toString());

        assertThat(run.status()).as("nothing was unreadable").isZero();
        assertThat(run.err()).contains("1 new")
                .contains("passed over 3 files in formats Tarikh does not read (2 .mp3, 1 (none)); it reads ")
                .contains(".docx").doesNotContain("DS_Store");
        assertThat(Arrays.stream(run.err().split("\n")).filter(l -> l.startsWith("rejected "))).isEmpty();
        var summary = IngestAndSearchTest.jsonLines(run).get(0);
        assertThat(summary.get("passed_over").get(".mp3").asInt()).isEqualTo(2);
        assertThat(summary.get("passed_over").get("(none)").asInt()).isEqualTo(1);
        assertThat(summary.get("added").asInt()).isEqualTo(1);
    }

    @Test
    void aMissingPathIsNamed() {
        CliRun run = CliRun.of("ingest", "--archive", archive.toString(), folder.resolve("nowhere").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere: no such file or folder");
    }
}
