package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.ingest.OcrTests;
import org.tarikh.ingest.ScanImages;
import org.tarikh.ingest.ScanTexts;
import org.tarikh.ingest.ScannedPage;

/**
 * A folder of scans through the real CLI and the real Tesseract: page images the test makes in three languages
 * (PNG, JPEG, a two-page TIFF, a PDF of scans) ingest with a progress line per page and the OCR figures in the
 * summary; the archive finds words from the pages and extracts the birth and arrest dates they state; a multi-page
 * TIFF and a PDF of scans are one document each, with their pages and images kept in the archive folder.
 */
class OcrIngestTest {
    @TempDir static Path archive;
    @TempDir static Path scans;
    static CliRun ingest;

    @BeforeAll
    static void ingestAFolderOfScans() throws Exception {
        OcrTests.requireTesseract();
        ScanImages.png(ScanImages.render(ScanTexts.PAGES.get("kk"), 0.8, 0.012, 1), scans.resolve("omarov-kk.png"));
        BufferedImage ru = ScanImages.render(ScanTexts.PAGES.get("ru"), -1.1, 0.012, 2).image();
        jpeg(ru, scans.resolve("gromov-ru.jpg"));
        ScanImages.tiff(List.of(ScanImages.render(ScanTexts.PAGES.get("en"), 0.6, 0.01, 3),
                ScanImages.render(List.of("The second page lists the witnesses questioned in the case of Seitov."),
                        -0.7, 0.01, 4)), scans.resolve("seitov-en.tif"));
        pdf(List.of(ScanImages.render(List.of("Кузнецов Иван Петрович арестован 2 февраля 1938 года в Павлодаре."),
                        0.5, 0.01, 5).image(),
                ScanImages.render(List.of("Протокол допроса хранится в архиве вместе с анкетой арестованного."),
                        -0.5, 0.01, 6).image()), scans.resolve("kuznetsov-ru.pdf"));
        ingest = CliRun.of("ingest", "--archive", archive.toString(), "--json", scans.toString());
    }

    @Test
    void theFolderIngestsWithAProgressLinePerPageAndThePageFiguresInTheSummary() throws Exception {
        assertThat(ingest.status()).as(ingest.err()).isZero();
        assertThat(ingest.err()).contains("4 new");
        List<String> progress = Arrays.stream(ingest.err().split("\n")).filter(l -> l.startsWith("OCR ")).toList();
        assertThat(progress).hasSize(6)
                .anyMatch(l -> l.contains("seitov-en.tif: page 1 of 2 (eng, confidence "))
                .anyMatch(l -> l.contains("seitov-en.tif: page 2 of 2 (eng"))
                .anyMatch(l -> l.contains("kuznetsov-ru.pdf: page 2 of 2 (rus"))
                .anyMatch(l -> l.contains("omarov-kk.png: page 1 of 1 (kaz"));
        assertThat(ingest.err()).containsPattern("read by OCR: 6 pages of 4 scans, mean word confidence \\d+\\.\\d, \\d+\\.\\d\\d s per page");
        JsonNode ocr = IngestAndSearchTest.jsonLines(ingest).get(0).get("ocr");
        assertThat(ocr.get("pages").asInt()).isEqualTo(6);
        assertThat(ocr.get("documents").asInt()).isEqualTo(4);
        assertThat(ocr.get("mean_confidence").asDouble()).isBetween(60.0, 100.0);
        assertThat(ocr.get("seconds_per_page").asDouble()).isPositive();
    }

    @Test
    void theArchiveFindsWordsFromThePages() throws Exception {
        for (String[] q : List.of(new String[] {"семинариясын", "omarov-kk.png"}, new String[] {"счетоводом", "gromov-ru.jpg"},
                new String[] {"arithmetic", "seitov-en.tif"}, new String[] {"witnesses", "seitov-en.tif"},
                new String[] {"анкетой", "kuznetsov-ru.pdf"})) {
            JsonNode found = IngestAndSearchTest.jsonLines(CliRun.of("search", "--archive", archive.toString(), "--json", q[0])).get(0);
            assertThat(found.get("total").asInt()).as(q[0]).isEqualTo(1);
            assertThat(found.get("hits").get(0).get("source").asText()).as(q[0]).endsWith(q[1]);
        }
    }

    @Test
    void theBirthAndArrestDatesOnThePagesAreExtracted() throws Exception {
        CliRun persons = CliRun.of("persons", "--archive", archive.toString(), "--json");
        List<String> events = new ArrayList<>();
        for (JsonNode p : IngestAndSearchTest.jsonLines(persons)) {
            for (JsonNode e : p.get("events")) events.add(p.get("name").asText() + " " + e.get("type").asText() + " " + e.get("date").asText());
        }
        assertThat(events).contains("Ержан Сапарұлы Омаров birth 1898-03-12", "Ержан Сапарұлы Омаров arrest 1937-08-14",
                "Павел Игнатьевич Громов birth 1901-05-03", "Павел Игнатьевич Громов arrest 1937-11-09",
                "Daniyar Seitov birth 1903-06-05", "Daniyar Seitov arrest 1937-10-21",
                "Кузнецов Иван Петрович arrest 1938-02-02");
    }

    @Test
    void aMultiPageTiffAndAPdfOfScansAreOneDocumentEachWithTheirPagesKept() throws Exception {
        try (Archive read = Archive.open(archive, false)) {
            for (String word : List.of("witnesses", "анкетой")) {
                String id = read.search(word, 5).hits().get(0).id();
                List<ScannedPage> pages = read.pages(id);
                assertThat(pages).extracting(ScannedPage::number).containsExactly(1, 2);
                for (ScannedPage p : pages) {
                    assertThat(read.pageImage(id, p.number())).get().satisfies(f -> assertThat(f.toRealPath()).startsWith(archive.toRealPath()));
                    assertThat(p.lines()).isNotEmpty();
                    assertThat(p.words()).allSatisfy(w -> assertThat(w.confidence()).isBetween(0.0, 100.0));
                }
                String text = read.document(id).orElseThrow().text();
                ScannedPage second = pages.get(1);
                assertThat(text.substring(second.words().get(0).start(), second.words().get(0).end()))
                        .isEqualTo(second.words().get(0).ocrText());
                assertThat(read.pageImage(id, 3)).isEmpty();
            }
        }
    }

    @Test
    void extractReadsAScanWithoutAnArchive() throws Exception {
        CliRun run = CliRun.of("extract", "--json", scans.resolve("omarov-kk.png").toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode out = IngestAndSearchTest.jsonLines(run).get(0);
        assertThat(out.get("format").asText()).isEqualTo("scan");
        List<String> events = new ArrayList<>();
        for (JsonNode e : out.get("events")) events.add(e.get("type").asText() + " " + e.get("date").asText());
        assertThat(events).contains("birth 1898-03-12", "arrest 1937-08-14");
    }

    @Test
    void anUnchangedScanIsNotReadAgain() {
        CliRun again = CliRun.of("ingest", "--archive", archive.toString(), scans.toString());
        assertThat(again.err()).contains("0 new, 0 replaced, 4 unchanged").doesNotContain("OCR ");
    }

    @Test
    void withoutTesseractAScanIsRejectedNamingThePackagesAndTheRestGoesIn(@TempDir Path other, @TempDir Path folder)
            throws Exception {
        Files.copy(scans.resolve("omarov-kk.png"), folder.resolve("page.png"));
        Files.writeString(folder.resolve("note.txt"), "Turar Ryskulov wrote to Stalin in 1932.", StandardCharsets.UTF_8);
        System.setProperty("tarikh.tesseract", folder.resolve("no-such-tesseract").toString());
        CliRun run;
        try {
            run = CliRun.of("ingest", "--archive", other.toString(), folder.toString());
        } finally {
            System.clearProperty("tarikh.tesseract");
        }
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("1 new").contains("rejected " + folder.resolve("page.png"))
                .contains("install the Debian packages tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus tesseract-ocr-eng")
                .doesNotContain("Exception");
    }

    /** A JPEG as a scanner writes it (quality 0.9: ImageIO's default of 0.75 smears the speckled digits). */
    static void jpeg(BufferedImage image, Path file) throws Exception {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (var out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** A PDF of scans: each page one image, no text layer. */
    static void pdf(List<BufferedImage> pages, Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(new PDRectangle(image.getWidth() * 72f / 200, image.getHeight() * 72f / 200));
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            doc.save(file.toFile());
        }
    }
}
