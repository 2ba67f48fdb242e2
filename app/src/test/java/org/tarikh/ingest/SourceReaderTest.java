package org.tarikh.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.Shared;

class SourceReaderTest {
    private final SourceReader reader = new SourceReader(10_000_000);
    @TempDir Path dir;

    @Test
    void frontMatterCardGivesTitleAndDescriptionAsTheText() {
        Path card = Shared.seeds().resolve("001_737d78f19a28e683.txt");
        SourceDocument doc = reader.read(card, card.toString());
        assertThat(doc.format()).isEqualTo("markdown");
        assertThat(doc.metadata()).containsEntry("title", "ЛЕКЕРОВ Азимбай Лекерович");
        assertThat(doc.text()).startsWith("ЛЕКЕРОВ Азимбай Лекерович\n\nРод. в 1901").contains("Реабилитирован 07.12.1957");
    }

    @Test
    void legacyCyrillicEncodingsAreRepaired() throws Exception {
        String text = "Алаш Орда была провозглашена в декабре 1917 года в Оренбурге.";
        for (String charset : new String[] {"KOI8-R", "windows-1251"}) {
            Path file = dir.resolve(charset + ".txt");
            Files.write(file, text.getBytes(Charset.forName(charset)));
            assertThat(reader.read(file, file.toString()).text()).as(charset).isEqualTo(text);
        }
    }

    @Test
    void malformedFrontMatterIsRefusedWithTheLine() throws Exception {
        Path file = dir.resolve("card.md");
        Files.writeString(file, "---\ntitle: ok\nbad: [unclosed\n---\ntext\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(file, "card.md"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("malformed front matter at line");
    }

    @Test
    void unclosedFrontMatterIsRefused() throws Exception {
        Path file = dir.resolve("card.md");
        Files.writeString(file, "---\ntitle: ok\ntext without end\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(file, "card.md")).hasMessageContaining("never closed");
    }

    @Test
    void htmlKeepsEscapedMarkupAsTextAndDropsScripts() throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, """
                <html lang="kk"><head><title>Мағжан</title><meta name="author" content="А. Автор">
                <style>p{}</style></head><body><nav>Басты бет</nav><p>Ол &lt;b&gt; деп жазды.</p>
                <script>var secret=1;</script><p>Екінші абзац.</p></body></html>""", StandardCharsets.UTF_8);
        SourceDocument doc = reader.read(file, "page.html");
        assertThat(doc.text()).contains("Ол <b> деп жазды.").contains("Екінші абзац.").doesNotContain("secret");
        assertThat(doc.text()).contains("Басты бет\n\nОл");
        assertThat(doc.metadata()).containsEntry("title", "Мағжан").containsEntry("author", "А. Автор");
    }

    @Test
    void sizeLimitIsStatedInTheMessage() throws Exception {
        Path file = dir.resolve("big.txt");
        Files.write(file, new byte[2_000]);
        assertThatThrownBy(() -> new SourceReader(1_000).read(file, "big.txt"))
                .hasMessageContaining("over the limit").hasMessageContaining("--max-document-mb");
    }

    @Test
    void aPdfWithATextLayerIsReadAsTextNotByOcr() throws Exception {
        Path file = dir.resolve("typed.pdf");
        try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            pdf.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Turar Ryskulov was arrested in 1937 and shot in 1938.");
                content.endText();
            }
            pdf.save(file.toFile());
        }
        SourceDocument doc = reader.read(file, "typed.pdf");
        assertThat(doc.format()).isEqualTo("pdf");
        assertThat(doc.pages()).isEmpty();
        assertThat(doc.scanFolder()).isNull();
        assertThat(doc.text()).contains("Turar Ryskulov was arrested in 1937");
    }
}
