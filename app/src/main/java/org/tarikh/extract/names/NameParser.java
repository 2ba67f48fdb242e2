package org.tarikh.extract.names;

import java.util.ArrayList;
import java.util.List;

public final class NameParser {
    public PersonName parse(String text) {
        String[] words = text.strip().split("\\s+");
        List<String> initials = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String w : words) {
            if (w.endsWith(".") && w.length() <= 3) initials.add(w.substring(0, w.length() - 1));
            else rest.add(w);
        }
        String surname = rest.isEmpty() ? null : rest.get(rest.size() - 1);
        String given = rest.size() > 1 ? rest.get(0) : null;
        return new PersonName(surname, given, null, initials, text.strip(), PersonName.Gender.UNKNOWN);
    }
}
