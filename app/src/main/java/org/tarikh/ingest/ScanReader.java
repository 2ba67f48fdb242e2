package org.tarikh.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads scans: page images ({@code .png .jpg .jpeg .tif .tiff}, a multi-page TIFF being one document of several
 * pages) and PDFs without a text layer, whose pages PDFBox (which Tika brings) renders at {@value #PDF_DPI} dpi, so
 * no other program than Tesseract is needed.
 *
 * <p>Language per page, measured on generated pages (see OcrRecognitionTest and the report of the OCR work):
 * reading with all three languages at once ({@code kaz+rus+eng}) puts Cyrillic look-alikes into English
 * ({@code оп}, {@code іп}) and is worse than one language on Russian, so each page is read once with
 * {@code kaz+rus+eng}, its language named from that text (the script, then the language identifier the archive
 * passes in), and read again with that one language, whose reading is kept even when Tesseract is less confident
 * of it (on the noisy pages, one language read fewer characters wrong at a lower mean confidence). A page whose
 * language is not named, or in two scripts, keeps the first reading.
 *
 * <p>Thread-safe: every call has its own temporary files.
 */
public final class ScanReader {
    static final int PDF_DPI = 300;
    /** Under this many letters per page on average, a PDF is taken for scans and read by OCR. */
    static final int TEXT_LAYER_LETTERS = 20;

    /** Follows the pages of one document as OCR reads them. */
    public interface PageListener {
        PageListener NONE = (page, pages, read) -> {};

        void read(int page, int pages, ScannedPage read);
    }

    /** The document text of the pages and the pages with their offsets into it. */
    public record Scan(String text, List<ScannedPage> pages, Path folder) {}

    private final Tesseract tesseract;
    private final Function<String, String> languageOf;

    /**
     * @param languageOf names the language of a page's text ({@code kk}, {@code ru}, {@code en}, or anything else for
     *                   undetermined); null to decide by script and Kazakh letters only
     */
    public ScanReader(Tesseract tesseract, Function<String, String> languageOf) {
        this.tesseract = tesseract;
        this.languageOf = languageOf;
    }

    static boolean isImage(String extension) {
        return switch (extension) {
            case "png", "jpg", "jpeg", "tif", "tiff" -> true;
            default -> false;
        };
    }

    /** Whether a PDF has (next to) no text layer: a PDF of scans. */
    static boolean scannedPdf(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() == 0) return false;
            String text = new PDFTextStripper().getText(pdf);
            long letters = text.codePoints().filter(Character::isLetter).count();
            // the same rule as the reader's first look at Tika's text, now with PDFBox's page count
            return letters < (long) TEXT_LAYER_LETTERS * pdf.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            return false; // Tika will say what is wrong with it
        }
    }

    /** Reads an image file's pages. */
    public Scan readImage(byte[] bytes, String extension, PageListener listener) {
        if (tesseract.problem() != null) throw new UnreadableDocumentException(tesseract.problem());
        Path folder = tempFolder();
        try {
            boolean jpeg = extension.equals("jpg") || extension.equals("jpeg");
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) {
                    throw new UnreadableDocumentException("not an image Tarikh can read (" + extension + ")");
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, false, true);
                    int pages = reader.getNumImages(true);
                    if (pages <= 0) throw new UnreadableDocumentException("an image file without an image");
                    List<Path> images = new ArrayList<>();
                    for (int i = 0; i < pages; i++) {
                        Path image;
                        if (jpeg && pages == 1) {
                            // a photograph stays the JPEG it is; Tesseract reads JPEG itself
                            reader.read(0); // fails here on a damaged file, as every other page does
                            image = folder.resolve("1.jpeg");
                            Files.write(image, bytes);
                        } else {
                            image = png(reader.read(i), folder.resolve((i + 1) + ".png"));
                        }
                        images.add(image);
                    }
                    return read(images, folder, listener);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            delete(folder);
            if (e instanceof UnreadableDocumentException u) throw u;
            throw new UnreadableDocumentException("damaged or unreadable image: " + message(e));
        }
    }

    /** Renders a PDF's pages and reads them. */
    public Scan readPdf(byte[] bytes, PageListener listener) {
        if (tesseract.problem() != null) throw new UnreadableDocumentException(tesseract.problem());
        Path folder = tempFolder();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            int pages = pdf.getNumberOfPages();
            List<ScannedPage> read = new ArrayList<>(pages);
            Assembler text = new Assembler();
            for (int i = 0; i < pages; i++) {
                // one page at a time: a 300-page PDF never holds more than one page image in memory
                Path image = png(renderer.renderImageWithDPI(i, PDF_DPI, ImageType.GRAY), folder.resolve((i + 1) + ".png"));
                ScannedPage page = page(i + 1, image, text);
                read.add(page);
                listener.read(i + 1, pages, page);
            }
            return new Scan(text.text(), read, folder);
        } catch (IOException | RuntimeException e) {
            delete(folder);
            if (e instanceof UnreadableDocumentException u) throw u;
            throw new UnreadableDocumentException("damaged or unreadable PDF: " + message(e));
        }
    }

    private Scan read(List<Path> images, Path folder, PageListener listener) {
        Assembler text = new Assembler();
        List<ScannedPage> pages = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            ScannedPage page = page(i + 1, images.get(i), text);
            pages.add(page);
            listener.read(i + 1, images.size(), page);
        }
        return new Scan(text.text(), pages, folder);
    }

    private ScannedPage page(int number, Path image, Assembler text) {
        long started = System.nanoTime();
        String all = tesseract.languages(Tesseract.LANGUAGES);
        Tesseract.Reading reading = tesseract.read(image, all);
        String languages = all;
        String own = tesseractLanguage(reading);
        if (own != null && !own.equals(all) && tesseract.has(own)) {
            reading = tesseract.read(image, own);
            languages = own;
        }
        int[] size = size(image);
        double seconds = (System.nanoTime() - started) / 1e9;
        return text.add(number, image, image.getFileName().toString().endsWith(".jpeg") ? "jpeg" : "png", size[0],
                size[1], languages, reading, seconds);
    }

    /** The one Tesseract language for a page's first reading: Latin script is English, Cyrillic Kazakh or Russian. */
    String tesseractLanguage(Tesseract.Reading reading) {
        StringBuilder sample = new StringBuilder();
        for (Tesseract.Word w : reading.words()) sample.append(w.text()).append(' ');
        int cyrillic = 0, latin = 0, kazakh = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
                if ("әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(c) >= 0) kazakh++;
            } else if (c < 0x250) {
                latin++;
            }
        }
        if (cyrillic + latin < 20) return null;
        if (latin > cyrillic * 4) return "eng";
        if (cyrillic < latin * 4) return null; // a page in two scripts keeps all three languages
        String named = languageOf == null ? null : languageOf.apply(sample.toString());
        if ("kk".equals(named)) return "kaz";
        if ("ru".equals(named)) return "rus";
        return kazakh * 50 >= cyrillic ? "kaz" : "rus";
    }

    /**
     * Builds the document's text from the pages' words: words of a line joined by a space, the lines of a paragraph
     * by a line break, paragraphs and pages by a blank line; every word and line keeps its span in that text.
     */
    static final class Assembler {
        private final StringBuilder text = new StringBuilder();

        ScannedPage add(int number, Path image, String type, int width, int height, String languages,
                        Tesseract.Reading reading, double seconds) {
            if (!text.isEmpty()) text.append("\n\n");
            List<ScannedPage.Line> lines = new ArrayList<>();
            List<ScannedPage.Word> words = new ArrayList<>();
            Tesseract.Word previous = null;
            int lineStart = -1, left = 0, top = 0, right = 0, bottom = 0, inLine = 0;
            double confidence = 0;
            for (Tesseract.Word w : reading.words()) {
                boolean sameLine = previous != null && previous.block() == w.block()
                        && previous.paragraph() == w.paragraph() && previous.line() == w.line();
                if (previous != null && !sameLine) {
                    lines.add(new ScannedPage.Line(left, top, right - left, bottom - top, lineStart, text.length(),
                            confidence / inLine));
                    boolean sameParagraph = previous.block() == w.block() && previous.paragraph() == w.paragraph();
                    text.append(sameParagraph ? "\n" : "\n\n");
                }
                if (previous == null || !sameLine) {
                    lineStart = text.length();
                    left = w.left();
                    top = w.top();
                    right = w.left() + w.width();
                    bottom = w.top() + w.height();
                    inLine = 0;
                    confidence = 0;
                } else {
                    text.append(' ');
                    left = Math.min(left, w.left());
                    top = Math.min(top, w.top());
                    right = Math.max(right, w.left() + w.width());
                    bottom = Math.max(bottom, w.top() + w.height());
                }
                int start = text.length();
                text.append(w.text());
                words.add(new ScannedPage.Word(lines.size(), w.left(), w.top(), w.width(), w.height(), start,
                        text.length(), w.confidence(), w.text()));
                inLine++;
                confidence += w.confidence();
                previous = w;
            }
            if (previous != null) {
                lines.add(new ScannedPage.Line(left, top, right - left, bottom - top, lineStart, text.length(),
                        confidence / inLine));
            }
            return new ScannedPage(number, width, height, image, type, languages, reading.meanConfidence(), seconds,
                    lines, words);
        }

        String text() {
            return text.toString();
        }
    }

    private static int[] size(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader r = readers.next();
                try {
                    r.setInput(in);
                    return new int[] {r.getWidth(0), r.getHeight(0)};
                } finally {
                    r.dispose();
                }
            }
        } catch (IOException e) {
            // fall through: a page of unknown size is still shown, scaled by the browser
        }
        return new int[] {0, 0};
    }

    private static Path png(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer for this image");
        return file;
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("tarikh-scan-");
        } catch (IOException e) {
            throw new UnreadableDocumentException("no room for the page images in the temporary folder: " + e.getMessage());
        }
    }

    /** Deletes a scan's temporary folder and what is in it; never throws. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file left behind harms nothing
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
