package org.tarikh.extract.names;

import java.util.List;

/**
 * The parts of one mention of a person, each in its uninflected form: {@code "ЛЕКЕРОВ Азимбай Лекерович"} gives
 * surname {@code Лекеров}, given name {@code Азимбай}, patronymic {@code Лекерович}, gender {@code MALE}.
 *
 * @param surname family name, or {@code null} when the mention has none
 * @param givenName given name, or {@code null}
 * @param patronymic Russian patronymic (-ович, -овна) or Kazakh patronym (-ұлы, -қызы), or {@code null}
 * @param initials initials without their dots, in the order written ({@code ["С", "М"]}, {@code ["Zh"]})
 * @param base the whole mention as a display form, in the order written, without case endings
 * @param gender what the text says about the person's sex, {@code UNKNOWN} when it says nothing certain
 */
public record PersonName(
        String surname, String givenName, String patronymic, List<String> initials, String base, Gender gender) {

    /** The person's sex as the name forms show it. */
    public enum Gender {
        MALE,
        FEMALE,
        UNKNOWN
    }

    public PersonName {
        if (initials == null) {
            throw new IllegalArgumentException("initials must not be null (use an empty list) for base " + base);
        }
        if (base == null) {
            throw new IllegalArgumentException("base must not be null for surname " + surname);
        }
        if (gender == null) {
            throw new IllegalArgumentException("gender must not be null for base " + base);
        }
        for (String initial : initials) {
            if (initial == null || initial.isBlank()) {
                throw new IllegalArgumentException("blank initial in " + initials + " for base " + base);
            }
        }
        blankToError("surname", surname, base);
        blankToError("givenName", givenName, base);
        blankToError("patronymic", patronymic, base);
        initials = List.copyOf(initials);
    }

    private static void blankToError(String part, String value, String base) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(part + " must be null or non-blank, was '" + value + "' in " + base);
        }
    }
}
