package org.tarikh.search;

import org.tarikh.TarikhException;

/** A search query that cannot be parsed; the message says where and how to write it instead. */
public final class QuerySyntaxException extends TarikhException {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
