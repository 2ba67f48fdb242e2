package org.tarikh.search;

import org.tarikh.TarikhException;

/** The search index cannot be opened for writing: another process holds its write lock (it is ingesting). */
public final class IndexBusyException extends TarikhException {
    public IndexBusyException(String message) {
        super(message);
    }
}
