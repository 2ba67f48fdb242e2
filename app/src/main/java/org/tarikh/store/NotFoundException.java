package org.tarikh.store;

import java.util.List;
import org.tarikh.TarikhException;

/**
 * Something asked for by id that the archive does not hold. The message is the English one of the command line and
 * the JSON API; {@link #key} and {@link #args}, when given, say it in the words of the interface's message files.
 */
public final class NotFoundException extends TarikhException {
    private final String key;
    private final List<Object> args;

    public NotFoundException(String message) {
        this(message, null);
    }

    /** {@code key} names a message of the interface (e.g. {@code notFound.person}) taking {@code args}. */
    public NotFoundException(String message, String key, Object... args) {
        super(message);
        this.key = key;
        this.args = List.of(args);
    }

    /** The interface's message key, or null when only the English message exists. */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
