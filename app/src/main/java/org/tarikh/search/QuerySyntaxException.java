package org.tarikh.search;

import java.util.List;
import org.tarikh.TarikhException;

/**
 * A search query that cannot be parsed; the message says where and how to write it instead. The message is English
 * (the CLI and the JSON API say it so); {@link #reason()} names the same reason by a key and its arguments, for an
 * interface that says it in its reader's language.
 */
public final class QuerySyntaxException extends TarikhException {
    /**
     * Why a query cannot be read, as a message key under {@code query.reason.} with its arguments, and in English.
     * The key {@code badValue} takes the value and, as its second argument, a key under {@code query.takes.} that
     * says what the field takes; the third and later arguments belong to that message.
     *
     * @param query   the query as typed (shortened), null when the reason needs none (an empty query)
     * @param key     e.g. {@code unclosedQuote}, {@code unknownField}, {@code badValue}
     * @param args    the arguments of the message
     * @param english the whole English message
     */
    public record Reason(String query, String key, List<String> args, String english) {
        public Reason {
            args = List.copyOf(args);
        }
    }

    private final Reason reason;

    public QuerySyntaxException(String message) {
        this(new Reason(null, "other", List.of(message), message));
    }

    public QuerySyntaxException(Reason reason) {
        super(reason.english());
        this.reason = reason;
    }

    /** The reason by key and arguments, for a message in another language. */
    public Reason reason() {
        return reason;
    }
}
