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
 * front matter, HTML (jsoup), and PDF, DOCX, ODT, RTF, EPUB and older Office formats (Apache Tika).
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

    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final AutoDetectParser tika = new AutoDetectParser();

    /** @param maxBytes files larger than this are refused with a message saying how to raise the limit */
    public SourceReader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** Whether a file found while walking a folder looks like a document (by its extension). */
    public static boolean isCandidate(Path file) {
        String ext = extension(file);
        return TEXT_EXTENSIONS.containsKey(ext) || TIKA_EXTENSIONS.containsKey(ext);
    }

    public SourceDocument read(Path file, String source) {
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
        String format = TEXT_EXTENSIONS.getOrDefault(ext, TIKA_EXTENSIONS.getOrDefault(ext, "unknown"));
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
            text = readWithTika(bytes, format, metadata);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) throw new UnreadableDocumentException("no text in it (" + format + ")");
        return new SourceDocument(file.toAbsolutePath().normalize(), source, format, text, metadata, sha256(bytes),
                bytes.length);
    }

    private String readWithTika(byte[] bytes, String format, Map<String, String> metadata) {
        BodyContentHandler handler = new BodyContentHandler((int) Math.min(Integer.MAX_VALUE, maxBytes * 4));
        Metadata tikaMetadata = new Metadata();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            tika.parse(in, handler, tikaMetadata, new ParseContext());
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
        return java.util.stream.Stream.concat(TEXT_EXTENSIONS.keySet().stream(), TIKA_EXTENSIONS.keySet().stream())
                .sorted().map(e -> "." + e).collect(java.util.stream.Collectors.joining(" "));
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
