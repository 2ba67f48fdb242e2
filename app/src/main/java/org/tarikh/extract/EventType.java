package org.tarikh.extract;

import java.util.Locale;

/**
 * What kind of biographical event a claim states. Each type has its wire name, the lowercase word the CLI JSON,
 * the store and the exports write ({@code birth}, {@code arrest}, …), and says whether it is a career fact (a post,
 * a school, a membership, an award: a life has many, several in one year) or a life event of the register (a life
 * has one birth and one end, and arrests, sentences and releases are dated acts of the state).
 *
 * <p>Example: {@code EventType.of("sentence")} is {@link #SENTENCE}; {@code POSITION.career()} is true.
 */
public enum EventType {
    BIRTH(false), DEATH(false), ARREST(false), SENTENCE(false), EXECUTION(false), EXILE(false), RELEASE(false),
    REHABILITATION(false), BURIAL(false),
    POSITION(true), EDUCATION(true), MEMBERSHIP(true), AWARD(true);

    private final String wire;
    private final boolean career;

    EventType(boolean career) {
        this.wire = name().toLowerCase(Locale.ROOT);
        this.career = career;
    }

    /** The lowercase name of the JSON contract and the store ({@code rehabilitation}). */
    public String wire() {
        return wire;
    }

    /** A career fact (position, education, membership, award), kept apart from the life events of a register. */
    public boolean career() {
        return career;
    }

    /** The type of a wire name; an unknown name is an error that names it. */
    public static EventType of(String wire) {
        for (EventType t : values()) if (t.wire.equals(wire)) return t;
        throw new IllegalArgumentException("unknown event type '" + wire + "'");
    }

    @Override
    public String toString() {
        return wire;
    }
}
