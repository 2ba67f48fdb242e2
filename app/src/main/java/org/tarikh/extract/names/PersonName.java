package org.tarikh.extract.names;

import java.util.List;

public record PersonName(String surname, String givenName, String patronymic, List<String> initials, String base,
                         Gender gender) {
    public enum Gender { MALE, FEMALE, UNKNOWN }

    public PersonName {
        initials = List.copyOf(initials);
    }
}
