package org.tarikh.lexicon;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the compact gazetteer resource {@code places.tsv} from a GeoNames "geoname" table (CC BY 4.0). Each output
 * line is {@code geonameid, name, country, lat, lon, population, names} with the names joined by {@code |}.
 *
 * <p>Rules for the names: the preferred and ASCII names come first; of the alternate names only those written in
 * Cyrillic or Latin letters (with spaces, hyphens, apostrophes and dots) are kept, because the archive's sources are
 * in Kazakh, Russian and English; codes in capitals of up to four letters (IATA {@code "PLX"}) are dropped, and so are names without a capital
 * letter, which GeoNames keeps as search spellings of names in other scripts ({@code "sai mi yi"}). Example:
 * Semey keeps {@code Semipalatinsk} and {@code Семипалатинск}, not {@code سمی} or {@code PLX}.
 *
 * <p>Usage: {@code BuildGazetteer <geonames.tsv> <places.tsv>}; see {@code tools/build-gazetteer.sh}. Not a service:
 * one run, one thread.
 */
public final class BuildGazetteer {

    private BuildGazetteer() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: BuildGazetteer <geonames.tsv> <places.tsv>");
            System.exit(2);
        }
        try {
            int count = build(Path.of(args[0]), Path.of(args[1]));
            System.out.println("gazetteer: " + count + " places written to " + args[1] + " ("
                    + Files.size(Path.of(args[1])) + " bytes)");
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("gazetteer: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Reads the GeoNames table and writes the resource; returns the number of places written. */
    public static int build(Path geonames, Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(geonames, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    throw new IllegalArgumentException(geonames + ":" + number + ": expected 19 columns, found "
                            + f.length);
                }
                lines.add(String.join("\t", f[0], f[1], f[8], f[4], f[5], f[14].isEmpty() ? "0" : f[14],
                        String.join("|", names(f[1], f[2], f[3]))));
            }
        }
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# geonameid\tname\tcountry\tlat\tlon\tpopulation\tnames. Data: GeoNames (CC BY 4.0)\n");
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
        return lines.size();
    }

    /** The preferred name, the ASCII name and the Cyrillic or Latin alternates, each once. */
    static List<String> names(String name, String ascii, String alternates) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name.strip());
        if (!ascii.isBlank()) names.add(ascii.strip());
        for (String alt : alternates.split(",")) {
            String a = alt.strip();
            if (!a.isEmpty() && isCyrillicOrLatin(a) && !isCode(a) && hasCapital(a)) names.add(a);
        }
        names.remove("");
        return List.copyOf(names);
    }

    static boolean isCyrillicOrLatin(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC) return false;
                letter = true;
            } else if (c != ' ' && c != '-' && c != '\'' && c != '’' && c != '.' && c != 'ʹ'
                    && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return letter;
    }

    /** GeoNames lists search spellings of names in other scripts in lower case ({@code "sai mi yi"}): noise here. */
    private static boolean hasCapital(String s) {
        return !s.equals(s.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isCode(String s) {
        return s.length() <= 4 && s.equals(s.toUpperCase(java.util.Locale.ROOT));
    }
}
