package org.tarikh.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.DublinCore;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads one file into a {@link SourceDocument}: plain text (with encoding repair), Markdown or text with YAML
 * front matter, HTML (jsoup), and PDF, DOCX, ODT, RTF, EPUB and older Office formats (Apache Tika); page images
 * ({@code .png .jpg .jpeg .tif .tiff}) and PDFs without a text layer by OCR ({@link ScanReader}, Tesseract).
 *
 * <p>Every failure is an {@link UnreadableDocumentException} whose message says what is wrong with the file in
 * words a user can act on; nothing else escapes. Thread-safe: Tika's parser and the decoders are stateless.
 */
public final class SourceReader {
    /** Formats read as text; everything else goes through Tika. */
    private static final Map<String, String> TEXT_EXTENSIONS = Map.of(
            "txt", "text", "text", "text", "md", "markdown", "markdown", "markdown",
            "html", "html", "htm", "html", "xhtml", "html");
    private static final Map<String, String> TIKA_EXTENSIONS = Map.of(
            "pdf", "pdf", "docx", "docx", "doc", "doc", "odt", "odt", "rtf", "rtf", "epub", "epub");
    /** Page images, read by OCR; a multi-page TIFF is one document. */
    private static final Map<String, String> IMAGE_EXTENSIONS = Map.of(
            "png", "image", "jpg", "image", "jpeg", "image", "tif", "image", "tiff", "image");

    /**
     * Every document kind (format) this reader gives a document: {@code text}, {@code markdown}, {@code html},
     * {@code pdf}, … and {@code scan}/{@code pdf-scan} for what OCR read; the interface names each in its language.
     */
    public static java.util.Set<String> formats() {
        java.util.Set<String> all = new java.util.TreeSet<>(TEXT_EXTENSIONS.values());
        all.addAll(TIKA_EXTENSIONS.values());
        all.addAll(IMAGE_EXTENSIONS.values());
        all.addAll(java.util.List.of("scan", "pdf-scan", "unknown"));
        return java.util.Set.copyOf(all);
    }

    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final AutoDetectParser tika = new AutoDetectParser();
    private final java.util.function.Function<String, String> languageOf;
    private volatile ScanReader scans;

    /** @param maxBytes files larger than this are refused with a message saying how to raise the limit */
    public SourceReader(long maxBytes) {
        this(maxBytes, null);
    }

    /**
     * @param languageOf names the language of an OCR page's text ({@code kk}, {@code ru}, {@code en}) to choose the
     *                   language Tesseract reads it with again; null to choose by script and letters only
     */
    public SourceReader(long maxBytes, java.util.function.Function<String, String> languageOf) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
        this.languageOf = languageOf;
    }

    /** The OCR reader, with Tesseract looked up on first need (a folder without scans never starts it). */
    private ScanReader scans() {
        ScanReader current = scans;
        if (current == null) {
            synchronized (this) {
                if (scans == null) scans = new ScanReader(Tesseract.find(), languageOf);
                current = scans;
            }
        }
        return current;
    }

    /** Whether the file is read by OCR when it is a scan: an image, or a PDF that may have no text layer. */
    public static boolean mayBeScan(Path file) {
        String ext = extension(file);
        return IMAGE_EXTENSIONS.containsKey(ext) || ext.equals("pdf");
    }

    /** SHA-256 of a file's bytes, hex: what {@link SourceDocument#contentHash()} will be, without reading the file. */
    public static String fingerprint(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether a file found while walking a folder looks like a document (by its extension). */
    public static boolean isCandidate(Path file) {
        String ext = extension(file);
        return TEXT_EXTENSIONS.containsKey(ext) || TIKA_EXTENSIONS.containsKey(ext) || IMAGE_EXTENSIONS.containsKey(ext);
    }

    public SourceDocument read(Path file, String source) {
        return read(file, source, ScanReader.PageListener.NONE);
    }

    /** Reads a file; a scan's pages are reported to {@code pages} as OCR reads them. */
    public SourceDocument read(Path file, String source, ScanReader.PageListener pages) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size == 0) throw new UnreadableDocumentException("empty file (0 bytes)");
            if (size > maxBytes) {
                throw new UnreadableDocumentException(String.format(Locale.ROOT,
                        "%.1f MB is over the limit of %.1f MB for one document (raise it with --max-document-mb)",
                        size / 1e6, maxBytes / 1e6));
            }
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UnreadableDocumentException("no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new UnreadableDocumentException("permission denied");
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        String ext = extension(file);
        String format = TEXT_EXTENSIONS.getOrDefault(ext, TIKA_EXTENSIONS.getOrDefault(ext, IMAGE_EXTENSIONS.getOrDefault(ext, "unknown")));
        if (format.equals("image")) return scan(file, source, format, ext, bytes, pages);
        String text;
        Map<String, String> metadata = new LinkedHashMap<>();
        if (format.equals("html")) {
            var read = HtmlText.read(decoder.decode(bytes, source));
            text = read.getKey();
            metadata.putAll(read.getValue());
        } else if (format.equals("text") || format.equals("markdown")) {
            text = decoder.decode(bytes, source);
            if (FrontMatter.startsWithFrontMatter(text)) {
                FrontMatter frontMatter = FrontMatter.parse(text);
                metadata.putAll(frontMatter.fields());
                text = frontMatter.documentText();
                format = "markdown";
            }
        } else {
            int[] pdfPages = {0};
            text = readWithTika(bytes, format, metadata, pdfPages);
            // a PDF with (next to) no text layer is a PDF of scans: PDFBox says so page by page, then OCR reads it
            if (format.equals("pdf") && letters(text) < (long) ScanReader.TEXT_LAYER_LETTERS * Math.max(1, pdfPages[0])
                    && ScanReader.scannedPdf(bytes)) {
                return scan(file, source, format, ext, bytes, pages);
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) throw new UnreadableDocumentException("no text in it (" + format + ")");
        return new SourceDocument(file.toAbsolutePath().normalize(), source, format, text, metadata, sha256(bytes),
                bytes.length);
    }

    private SourceDocument scan(Path file, String source, String format, String ext, byte[] bytes,
                                ScanReader.PageListener listener) {
        ScanReader.Scan scan = format.equals("pdf") ? scans().readPdf(bytes, listener)
                : scans().readImage(bytes, ext, listener);
        if (scan.text().isBlank()) {
            ScanReader.delete(scan.folder());
            throw new UnreadableDocumentException("OCR found no text on " + (scan.pages().size() == 1 ? "the page"
                    : "any of its " + scan.pages().size() + " pages") + " (" + (format.equals("pdf") ? "PDF of scans" : ext) + ")");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("ocr", "tesseract");
        metadata.put("pages", Integer.toString(scan.pages().size()));
        return new SourceDocument(file.toAbsolutePath().normalize(), source, format.equals("pdf") ? "pdf-scan" : "scan",
                scan.text(), metadata, sha256(bytes), bytes.length, scan.pages(), scan.folder());
    }

    /**
     * A parse context in which Tika runs no OCR of its own: with Tesseract installed, Tika would read the images of a
     * PDF or DOCX in English only, silently and without boxes or confidences; scans are {@link ScanReader}'s.
     */
    private static ParseContext noOcr() {
        ParseContext context = new ParseContext();
        org.apache.tika.parser.ocr.TesseractOCRConfig ocr = new org.apache.tika.parser.ocr.TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(org.apache.tika.parser.ocr.TesseractOCRConfig.class, ocr);
        return context;
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }

    private String readWithTika(byte[] bytes, String format, Map<String, String> metadata, int[] pages) {
        BodyContentHandler handler = new BodyContentHandler((int) Math.min(Integer.MAX_VALUE, maxBytes * 4));
        Metadata tikaMetadata = new Metadata();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            tika.parse(in, handler, tikaMetadata, noOcr());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("encrypted " + format + ": remove the password and ingest it again");
        } catch (WriteLimitReachedException e) {
            throw new UnreadableDocumentException("more text than the document limit allows");
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            String what = format.equals("unknown") ? "file" : format.toUpperCase(Locale.ROOT);
            throw new UnreadableDocumentException("damaged or unreadable " + what + ": " + rootMessage(e));
        }
        String type = tikaMetadata.get(Metadata.CONTENT_TYPE);
        if (type != null && type.startsWith("application/octet-stream")) {
            throw new UnreadableDocumentException("not a document format Tarikh reads (" + type + ")");
        }
        put(metadata, "title", tikaMetadata.get(TikaCoreProperties.TITLE));
        put(metadata, "author", tikaMetadata.get(TikaCoreProperties.CREATOR));
        put(metadata, "publisher", tikaMetadata.get(DublinCore.PUBLISHER));
        put(metadata, "date", tikaMetadata.get(TikaCoreProperties.CREATED));
        put(metadata, "language", tikaMetadata.get(TikaCoreProperties.LANGUAGE));
        try {
            String n = tikaMetadata.get("xmpTPg:NPages");
            pages[0] = n == null ? 0 : Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            pages[0] = 0;
        }
        return handler.toString();
    }

    private static void put(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isBlank()) metadata.put(key, value.strip());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = message.indexOf('\n');
        message = nl < 0 ? message : message.substring(0, nl);
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }

    /** The extensions a folder walk takes, sorted, for messages: {@code .doc .docx …}. */
    public static String readableExtensions() {
        return java.util.stream.Stream.of(TEXT_EXTENSIONS, TIKA_EXTENSIONS, IMAGE_EXTENSIONS)
                .flatMap(m -> m.keySet().stream()).sorted().map(e -> "." + e).collect(java.util.stream.Collectors.joining(" "));
    }

    /** The extension as a user would name it in a summary: {@code .jpg}, or {@code (none)}. */
    public static String extensionShown(Path file) {
        String ext = extension(file);
        return ext.isEmpty() ? "(none)" : "." + ext;
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
