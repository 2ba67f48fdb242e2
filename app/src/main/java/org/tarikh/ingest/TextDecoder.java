package org.tarikh.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a plain-text file into a string, or says why it cannot.
 *
 * <p>UTF-8 (with or without a byte-order mark) and UTF-16 with a mark are taken as they are. Anything else is
 * tried in the single-byte Cyrillic encodings that Soviet-era and early-web files
 * really use (windows-1251, KOI8-R, IBM866, ISO-8859-5) and Latin-1, and the decoding that reads most like prose
 * is taken if it reads well enough. Binary content (NUL bytes, control characters) is refused outright. Example: the KOI8-R bytes of
 * {@code "Алаш Орда"} decode to {@code "Алаш Орда"}; a JPEG renamed to {@code .txt} is refused as binary.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {
    /** Tried in this order; on a tie the earlier wins (windows-1251 is the most common for Kazakh and Russian). */
    private static final List<String> LEGACY_CHARSETS =
            List.of("windows-1251", "KOI8-R", "IBM866", "ISO-8859-5", "windows-1252", "ISO-8859-1");
    private static final double MIN_PLAUSIBILITY = 0.85;

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
            String best = null;
            double bestScore = 0;
            for (String name : LEGACY_CHARSETS) {
                String text;
                try {
                    text = decodeStrictly(bytes, 0, Charset.forName(name));
                } catch (CharacterCodingException | IllegalArgumentException unfit) {
                    continue;
                }
                double score = plausibility(text);
                if (score > bestScore) {
                    bestScore = score;
                    best = text;
                }
            }
            if (best != null && bestScore >= MIN_PLAUSIBILITY) return best;
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

    /**
     * How much a decoding reads like prose: the share of characters that are letters, digits, spaces or common
     * punctuation, with capital letters in the middle of words counting half. A wrong Cyrillic code page turns
     * lower-case words into capitals and symbols ({@code "бМЮЬ"}), which scores low.
     */
    static double plausibility(String text) {
        int sample = Math.min(text.length(), 20_000);
        if (sample == 0) return 0;
        double good = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                boolean midWord = i > 0 && Character.isLetter(text.charAt(i - 1));
                good += midWord && Character.isUpperCase(c) ? 0.5 : 1;
            } else if (Character.isDigit(c) || Character.isWhitespace(c) || ".,;:!?-–—()«»\"'/%№".indexOf(c) >= 0) {
                good++;
            }
        }
        return good / sample;
    }
}
