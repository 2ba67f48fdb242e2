package org.tarikh.extract.names;

import org.tarikh.lexicon.NameKeyer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.tarikh.extract.names.PersonName.Gender;

/**
 * A small lexicon of given names with the sex they mark, looked up by {@link NameKeyer} key so that one entry
 * answers for every spelling: the entry {@code Гүлнар} also answers {@code Гульнар} and {@code Gulnar}.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class GivenNames {

    private static final String RESOURCE = "given-names.tsv";

    private final NameKeyer keyer;
    private final Map<String, Gender> byKey;

    GivenNames(NameKeyer keyer) {
        this.keyer = keyer;
        this.byKey = Map.copyOf(load(keyer));
    }

    /** The sex the given name marks, {@code UNKNOWN} for a name not in the lexicon. */
    Gender genderOf(String givenName) {
        Gender known = byKey.get(keyer.key(givenName));
        return known == null ? Gender.UNKNOWN : known;
    }

    boolean contains(String word) {
        return byKey.containsKey(keyer.key(word));
    }

    private static Map<String, Gender> load(NameKeyer keyer) {
        Map<String, Gender> map = new HashMap<>();
        try (InputStream in = GivenNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + GivenNames.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2 || !(fields[1].equals("M") || fields[1].equals("F"))) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected name<TAB>M|F: " + line);
                }
                map.putIfAbsent(keyer.key(fields[0]), fields[1].equals("M") ? Gender.MALE : Gender.FEMALE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return map;
    }
}
