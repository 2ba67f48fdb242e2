package org.tarikh.ingest;

import org.tarikh.TarikhException;

/** A file that cannot be turned into text: binary garbage, broken encoding, malformed front matter, empty. */
public final class UnreadableDocumentException extends TarikhException {
    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
