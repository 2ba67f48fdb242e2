package org.tarikh.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Turns the bytes of a plain-text file into a string, or says why it cannot.
 *
 * <p>UTF-8 (with or without a byte-order mark) and UTF-16 with a mark are taken as they are. Anything else is
 * offered to ICU's detector, but only the single-byte Cyrillic encodings that Soviet-era and early-web files
 * really use (windows-1251, KOI8-R, ISO-8859-5, IBM866) and Latin-1 are accepted, and only when the decoded text
 * reads as text. Binary content (NUL bytes, control characters) is refused outright. Example: the KOI8-R bytes of
 * {@code "Алаш Орда"} decode to {@code "Алаш Орда"}; a JPEG renamed to {@code .txt} is refused as binary.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {
    private static final Set<String> LEGACY_CHARSETS =
            Set.of("windows-1251", "KOI8-R", "ISO-8859-5", "IBM866", "ISO-8859-1", "windows-1252");
    private static final int MIN_CONFIDENCE = 40;

    public String decode(byte[] bytes, String source) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return strictUtf8(bytes, 3, source);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableDocumentException("binary content (NUL or control bytes), not a text file");
        }
        try {
            return decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            for (CharsetMatch match : detector.detectAll()) {
                if (match.getConfidence() < MIN_CONFIDENCE) break;
                if (!LEGACY_CHARSETS.contains(match.getName())) continue;
                try {
                    String text = decodeStrictly(bytes, 0, Charset.forName(match.getName()));
                    if (readsAsText(text)) return text;
                } catch (CharacterCodingException | IllegalArgumentException ignored) {
                    // try the next candidate
                }
            }
            throw new UnreadableDocumentException(
                    "invalid UTF-8 and no known encoding fits (tried windows-1251, KOI8-R, ISO-8859-5, IBM866, Latin-1); "
                            + "convert it to UTF-8");
        }
    }

    private static String strictUtf8(byte[] bytes, int offset, String source) {
        try {
            return decodeStrictly(bytes, offset, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("starts with a UTF-8 byte-order mark but is not valid UTF-8");
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    /** NUL bytes, or more than 2% C0 control bytes other than tab, newline, carriage return and form feed. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') controls++;
        }
        return sample > 0 && controls * 50 > sample;
    }

    /** Mostly letters, digits, spaces and punctuation: a wrong legacy guess yields symbol soup instead. */
    private static boolean readsAsText(String text) {
        int sample = Math.min(text.length(), 20_000);
        int good = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || ".,;:!?-–—()«»\"'/%№".indexOf(c) >= 0) {
                good++;
            }
        }
        return sample > 0 && good * 100 >= sample * 90;
    }
}
