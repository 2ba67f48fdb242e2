package org.tarikh.store;

import org.tarikh.TarikhException;

/** Something asked for by id that the archive does not hold. */
public final class NotFoundException extends TarikhException {
    public NotFoundException(String message) {
        super(message);
    }
}
