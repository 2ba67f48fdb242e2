package org.tarikh;

/**
 * The one unchecked base of the archive's own failures. Its message is written for the user who caused it: it
 * names the file or value and says what is wrong, so that the CLI and the web layer can show it as it is.
 */
public class TarikhException extends RuntimeException {
    public TarikhException(String message) {
        super(message);
    }

    public TarikhException(String message, Throwable cause) {
        super(message, cause);
    }
}
