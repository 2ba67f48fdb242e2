package org.tarikh.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;

/**
 * The id of a claim a document states: the document, the event type, the date and the sentence that states it,
 * hashed. It stays the same when the document is ingested again and still states the same thing in the same
 * sentence, so an editor's decision on a claim ({@code c3f9a01b7e42d5}) outlives re-ingest and re-extraction; a
 * sentence the source rewrites is a new claim. Whitespace is not part of the sentence's identity.
 */
public final class ClaimId {
    private ClaimId() {}

    public static String of(String documentId, EventType type, EdtfDate date, String evidence) {
        String identity = documentId + '\u0001' + type.wire() + '\u0001' + (date == null ? "" : date.value()) + '\u0001'
                + (evidence == null ? "" : evidence.strip().replaceAll("\\s+", " "));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "c" + HexFormat.of().formatHex(digest, 0, 7);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
