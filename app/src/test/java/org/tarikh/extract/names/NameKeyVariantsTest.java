package org.tarikh.extract.names;

import org.tarikh.lexicon.NameKeyer;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Measures how well name keys bring the spellings of one person together and keep different persons apart, on
 * the hand-written list {@code names/variants.tsv}.
 *
 * <p>Recall: of all pairs of variants of one person, the share whose surname keys meet (any key of
 * {@link NameKeyer#keys} in common). Precision: of all pairs whose full-name keys meet (surname keys meet and the
 * first letter of the given name or first initial is the same), the share that are one person.
 */
class NameKeyVariantsTest {

    private record Variant(String person, String text, List<String> surnameKeys, String mainKey, String initial) {}

    private record Score(double recall, double precision) {}

    private final NameParser parser = new NameParser();
    private final NameKeyer keyer = new NameKeyer();

    @Test
    void keysBringVariantsOfOnePersonTogetherAndKeepOthersApart() throws IOException {
        List<String[]> lines = readVariants();
        List<Variant> variants = new ArrayList<>();
        for (String[] line : lines) {
            variants.add(variant(line[0], line[1], keyer::keys, keyer::key));
        }
        long persons = variants.stream().map(Variant::person).distinct().count();
        Score all = score(variants, false);
        Score main = score(variants, true);
        System.out.printf(Locale.ROOT, "name keys: recall %.3f precision %.3f over %d variants, %d persons%n",
                all.recall(), all.precision(), variants.size(), persons);
        System.out.printf(Locale.ROOT, "name keys (main key only): recall %.3f precision %.3f%n",
                main.recall(), main.precision());

        // Baseline: the ICU chain that STACK.md found to work in a quick trial, on the same parsed parts.
        Transliterator icu = Transliterator.createFromRules("baseline",
                "::Kazakh-Latin/BGN; ::Any-Latin; ::Latin-ASCII; ::Lower; shch > sh; [ijy] > i;", Transliterator.FORWARD);
        Function<String, String> icuKey = word -> icu.transliterate(word).replaceAll("[^a-z]", "");
        List<Variant> baseline = new ArrayList<>();
        for (String[] line : lines) {
            baseline.add(variant(line[0], line[1], word -> List.of(icuKey.apply(word)), icuKey));
        }
        Score icuScore = score(baseline, true);
        System.out.printf(Locale.ROOT, "ICU chain baseline: recall %.3f precision %.3f%n",
                icuScore.recall(), icuScore.precision());
        printMisses(variants);
        long sharedSurnames = 0;
        for (int i = 0; i < variants.size(); i++) {
            for (int j = i + 1; j < variants.size(); j++) {
                Variant a = variants.get(i);
                Variant b = variants.get(j);
                if (!a.person().equals(b.person()) && meet(a.surnameKeys(), b.surnameKeys())) {
                    sharedSurnames++;
                }
            }
        }
        // Namesakes (the two Dosmukhamedovs, the two Birimzhanovs, Dulatov and his daughter) meet on the surname
        // alone by design; only the given name or initial keeps them apart.
        System.out.printf(Locale.ROOT, "pairs of different persons whose surname keys meet: %d%n", sharedSurnames);

        assertThat(variants).hasSizeGreaterThanOrEqualTo(200);
        assertThat(persons).isGreaterThanOrEqualTo(40);
        assertThat(all.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(main.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(all.recall()).isGreaterThan(icuScore.recall());
    }

    private Variant variant(String person, String text, Function<String, List<String>> keys,
            Function<String, String> key) {
        PersonName name = parser.parse(text);
        String surname = name.surname() != null ? name.surname() : name.givenName();
        String given = name.givenName() != null && name.surname() != null ? name.givenName()
                : name.initials().isEmpty() ? null : name.initials().get(0);
        List<String> surnameKeys = surname == null ? List.of() : keys.apply(surname);
        String mainKey = surname == null ? "" : key.apply(surname);
        return new Variant(person, text, surnameKeys, mainKey, given == null ? "" : firstSound(key.apply(given)));
    }

    /** The first sound of a key: zh, sh, ch count as one letter, as initials write them. */
    private static String firstSound(String key) {
        if (key.isEmpty()) {
            return "";
        }
        if (key.length() >= 2 && key.charAt(1) == 'h' && "zsc".indexOf(key.charAt(0)) >= 0) {
            return key.substring(0, 2);
        }
        return key.substring(0, 1);
    }

    private static Score score(List<Variant> variants, boolean mainOnly) {
        long samePairs = 0;
        long sameMet = 0;
        long fullMet = 0;
        long fullMetSame = 0;
        for (int i = 0; i < variants.size(); i++) {
            for (int j = i + 1; j < variants.size(); j++) {
                Variant a = variants.get(i);
                Variant b = variants.get(j);
                boolean same = a.person().equals(b.person());
                boolean surnamesMeet = mainOnly
                        ? !a.mainKey().isEmpty() && a.mainKey().equals(b.mainKey())
                        : meet(a.surnameKeys(), b.surnameKeys());
                if (same) {
                    samePairs++;
                    if (surnamesMeet) {
                        sameMet++;
                    }
                }
                if (surnamesMeet && a.initial().equals(b.initial())) {
                    fullMet++;
                    if (same) {
                        fullMetSame++;
                    }
                }
            }
        }
        return new Score((double) sameMet / samePairs, fullMet == 0 ? 1.0 : (double) fullMetSame / fullMet);
    }

    private static boolean meet(List<String> a, List<String> b) {
        Set<String> set = Set.copyOf(a);
        for (String key : b) {
            if (set.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static void printMisses(List<Variant> variants) {
        for (int i = 0; i < variants.size(); i++) {
            for (int j = i + 1; j < variants.size(); j++) {
                Variant a = variants.get(i);
                Variant b = variants.get(j);
                boolean same = a.person().equals(b.person());
                boolean surnamesMeet = meet(a.surnameKeys(), b.surnameKeys());
                if (same && !surnamesMeet) {
                    System.out.println("  missed: " + a.text() + " " + a.surnameKeys() + " ~ " + b.text() + " "
                            + b.surnameKeys());
                }
                if (!same && surnamesMeet && a.initial().equals(b.initial())) {
                    System.out.println("  false: " + a.text() + " " + a.surnameKeys() + " = " + b.text() + " "
                            + b.surnameKeys());
                }
            }
        }
    }

    private static List<String[]> readVariants() throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = NameKeyVariantsTest.class.getResourceAsStream("/names/variants.tsv")) {
            assertThat(in).as("names/variants.tsv on the test class path").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int number = 0;
            for (String line : text.split("\n")) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                assertThat(fields).as("variants.tsv line %d: %s", number, line).hasSize(2);
                lines.add(fields);
            }
        }
        return lines;
    }
}
