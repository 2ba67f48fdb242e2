package org.tarikh.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.text.kk.KazakhStemmer;

/**
 * Resolves a place as a document writes it to a gazetteer entry, whatever the script, the period's name or the case
 * ending: {@code "в Семипалатинске"}, {@code "Семейде"}, {@code "Semipalatinsk region"} all give Semey (1519422).
 *
 * <p>Data: {@code /gazetteer/places.tsv} (built from GeoNames, CC BY 4.0, by {@link BuildGazetteer}) and the
 * hand-written {@code /gazetteer/historical.tsv} that adds the names of the 1910s-1950s (Верный, Ак-Мечеть,
 * Акмолинск, Гурьев …) to GeoNames ids, and entries for places GeoNames lacks: among them territories (the country
 * and republic Kazakhstan under its names of 1919-1991: Kirghiz ASSR, Kazakh ASSR, Казкрай, Kazakh SSR …). A name
 * that was the name of a place only for some years is written {@code name@from/to} ({@code Kirghiz ASSR@1919/1925}:
 * from 1926 the name was Kyrgyzstan's).
 *
 * <p>Rules, in this order:
 * <ol>
 *   <li>The text is cut into words at spaces and punctuation (hyphens stay inside words); words that say what kind
 *       of place follows or how it is governed (в, г., город, уезд, губернии, облысы, қаласында, region, district,
 *       ASSR, of …) are breaks: a name never spans them, except a name that contains a break word itself
 *       ({@code Kazakh SSR}, {@code Казахская АССР}). Such names are tried first, on runs of two or three words
 *       of the text, by key or with every word's ending stripped ({@code в Казахской АССР}): {@code Kirghiz ASSR}
 *       and {@code Kirghiz SSR} are different republics.</li>
 *   <li>Within each stretch between breaks, left to right, the longest run of up to three words is tried first: the
 *       first place a phrase names is the most specific one ({@code "Каркаралинский уезд Семипалатинской
 *       губернии"} is Karkaraly).</li>
 *   <li>A run is compared by its {@link NameKeyer} key (Cyrillic and Latin spellings meet: {@code Алма-Ата} =
 *       {@code Alma-Ata}) first as written, then with its last word's ending stripped: Russian adjective endings
 *       -ский/-ской/-ского … ({@code Акмолинской} → {@code Акмолинск}, {@code Павлодарской} → {@code Павлодар}),
 *       Russian case endings -ом/-ем/-ой/-е/-у/-а/-ы/-и, the English possessive, and Kazakh case endings by
 *       {@link KazakhStemmer} (Latin Kazakh read as Cyrillic first: {@code Almatyğa} → {@code алматы}).</li>
 *   <li>If no key matches exactly, keys are compared without their final vowels ({@code Москве} meets
 *       {@code Москва}, {@code Верном} meets {@code Верный}), for keys of at least four letters; in a
 *       name of several words each word is compared so ({@code в Ханской Ставке} meets {@code Ханская Ставка}).</li>
 *   <li>A name valid only for some years matches only a text dated within them ({@link #resolve(String, Year)});
 *       undated, it matches nothing.</li>
 *   <li>Among entries sharing a key, a territory wins over a settlement (a country or republic named in a source
 *       is never a town that GeoNames also lists under that name: Kazakhstan is not the town Aqsay), then one in
 *       KZ, RU, UZ, KG or TM wins over others, then the most populous.</li>
 * </ol>
 *
 * <p>Immutable after construction and thread-safe; {@link #shared()} loads the resources once.
 */
public final class Gazetteer {

    private static final Set<String> REGION_COUNTRIES = Set.of("KZ", "RU", "UZ", "KG", "TM");
    private static final int MIN_KEY = 3;
    private static final int MIN_ROOT = 4;
    private static final int MAX_RUN = 3;
    private static final int MAX_TEXT = 400;

    /** Words that name a kind of place, a preposition or an article: they stand around names, never in them. */
    private static final Set<String> BREAKS = Set.of(
            // Russian
            "в", "во", "на", "из", "под", "у", "близ", "около", "г", "гор", "город", "города", "городе", "городом",
            "с", "село", "села", "селе", "пос", "поселок", "посёлок", "поселке", "посёлке", "аул", "аула", "ауле",
            "ст", "станция", "станции", "станица", "станице", "обл", "область", "области", "губ", "губерния",
            "губернии", "губернию", "уезд", "уезда", "уезде", "у-д", "волость", "волости", "вол", "район", "района",
            "районе", "р-н", "р-на", "р-не", "округ", "округа", "округе", "край", "края", "крае", "ссср", "асср",
            "кассср", "ксср", "и", "бывш", "бывший", "ныне", "совр", "урочище", "урочища", "урочищах", "местечко",
            // Kazakh
            "қ", "қаласы", "қаласында", "қаласына", "қаласынан", "қаласының", "облысы", "облысында", "облысына",
            "облысының", "облысынан", "ауданы", "ауданында", "ауданының", "ауданына", "ауылы", "ауылында",
            "ауылының", "ауылына", "уезі", "уезінде", "уезінің", "уезіне", "губерниясы", "губерниясында",
            "губерниясының", "болысы", "болысында", "округі", "округінде", "маңында", "және",
            "qalasy", "qalasynda", "oblysy", "oblysynda", "audany", "audanynda", "auyly", "auylynda",
            // English
            "in", "at", "near", "from", "to", "of", "the", "city", "town", "village", "aul", "region", "oblast",
            "province", "district", "uyezd", "uezd", "uyezdy", "governorate", "guberniya", "gubernia", "volost",
            "county", "okrug", "raion", "rayon", "station", "ssr", "assr", "and", "former", "formerly", "today",
            "now", "modern", "present-day");

    private static final String[] RU_ADJECTIVE = {
        "скими", "ского", "скому", "ской", "ская", "ский", "ском", "скую", "ские", "ских", "ское"
    };
    private static final String[] RU_CASE = {"ом", "ем", "ой", "ью", "е", "у", "ю", "а", "я", "ы", "и"};

    /**
     * The years in which a name was the name of a place, both included.
     *
     * @param from first year
     * @param to   last year, not before {@code from}
     */
    public record Period(int from, int to) {
        public static final Period ALWAYS = new Period(Integer.MIN_VALUE, Integer.MAX_VALUE);

        public Period {
            if (to < from) throw new IllegalArgumentException("period ends before it starts: " + from + "/" + to);
        }

        /** Whether a text of this year may mean the place by the name; an undated text only for a name of always. */
        boolean admits(Year year) {
            if (year == null) return equals(ALWAYS);
            return year.getValue() >= from && year.getValue() <= to;
        }

        /** {@code "1920/1925"} → 1920-1925. */
        static Period parse(String text) {
            String[] f = text.split("/", -1);
            try {
                if (f.length != 2) throw new NumberFormatException(text);
                return new Period(Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad period of a name, want from/to years: " + text, e);
            }
        }
    }

    /** One name's entry in an index: the place and when the name was its. */
    private record Named(Place place, Period period) {}

    private final NameKeyer keyer = new NameKeyer();
    private final KazakhStemmer stemmer = new KazakhStemmer();
    private final Map<String, Place> byId;
    private final Map<String, Long> population;
    private final Map<String, List<Named>> byKey;
    private final Map<String, List<Named>> byRoot;
    private final Map<String, List<Named>> byWordRoots;
    private final Map<String, List<Named>> compoundByKey;
    private final Map<String, List<Named>> compoundByWordRoots;
    /** By geonameId: the names of historical.tsv, in its order (the Kazakh form first); empty for other gazetteers. */
    private final Map<String, List<String>> handNames;
    /** By geonameId, then language: the name historical.tsv marks as shown in it ({@code ru=Уральск}). */
    private final Map<String, Map<String, String>> shownNames;
    private final Map<String, Map<String, Period>> periods;
    private final java.util.concurrent.ConcurrentHashMap<String, String> localNames = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A gazetteer over the given entries, every name valid always.
     *
     * @param places     the entries
     * @param population inhabitants by geonameId, for choosing among entries with one name; missing means 0
     */
    public Gazetteer(List<Place> places, Map<String, Long> population) {
        this(places, population, Map.of());
    }

    /**
     * A gazetteer over the given entries.
     *
     * @param places     the entries
     * @param population inhabitants by geonameId, for choosing among entries with one name; missing means 0
     * @param periods    by geonameId, then by name: the years a name was the place's; a name not given is always
     */
    public Gazetteer(List<Place> places, Map<String, Long> population, Map<String, Map<String, Period>> periods) {
        this(places, population, periods, Map.of(), Map.of());
    }

    private Gazetteer(List<Place> places, Map<String, Long> population, Map<String, Map<String, Period>> periods,
                      Map<String, List<String>> handNames, Map<String, Map<String, String>> shownNames) {
        this.handNames = Map.copyOf(handNames);
        this.shownNames = Map.copyOf(shownNames);
        this.periods = Map.copyOf(periods);
        Map<String, Place> ids = new LinkedHashMap<>();
        for (Place p : places) ids.put(p.geonameId(), p);
        this.byId = Map.copyOf(ids);
        this.population = Map.copyOf(population);
        Map<String, List<Named>> keys = new HashMap<>();
        Map<String, List<Named>> roots = new HashMap<>();
        Map<String, List<Named>> wordRoots = new HashMap<>();
        Map<String, List<Named>> compoundKeys = new HashMap<>();
        Map<String, List<Named>> compoundRoots = new HashMap<>();
        for (Place p : ids.values()) {
            Map<String, Period> periodOf = periods.getOrDefault(p.geonameId(), Map.of());
            for (String name : p.names()) {
                Named entry = new Named(p, periodOf.getOrDefault(name, Period.ALWAYS));
                List<String> words = List.of(name.strip().toLowerCase(Locale.ROOT).split("\\s+"));
                String key = keyer.key(name);
                if (words.size() > 1 && words.stream().anyMatch(BREAKS::contains)) {
                    // a stretch never spans a break word, so such a name is only found by the compound pass
                    add(compoundKeys, key, entry);
                    add(compoundRoots, wordRoots(words), entry);
                    continue;
                }
                if (words.size() > 1) {
                    String compound = wordRoots(words);
                    if (compound.length() >= MIN_ROOT) add(wordRoots, compound, entry);
                }
                if (key.length() < MIN_KEY) continue;
                add(keys, key, entry);
                String root = root(key);
                if (root.length() >= MIN_ROOT) add(roots, root, entry);
            }
        }
        this.byKey = sorted(keys);
        this.byRoot = sorted(roots);
        this.byWordRoots = sorted(wordRoots);
        this.compoundByKey = sorted(compoundKeys);
        this.compoundByWordRoots = sorted(compoundRoots);
    }

    private static final class Shared {
        static final Gazetteer INSTANCE = fromResources();
    }

    /** The gazetteer of the bundled resources, loaded once on first use. */
    public static Gazetteer shared() {
        return Shared.INSTANCE;
    }

    /** Loads {@code /gazetteer/places.tsv} and {@code /gazetteer/historical.tsv} from the class path. */
    public static Gazetteer fromResources() {
        try (InputStream places = Gazetteer.class.getResourceAsStream("/gazetteer/places.tsv");
             InputStream historical = Gazetteer.class.getResourceAsStream("/gazetteer/historical.tsv")) {
            if (places == null || historical == null) {
                throw new IllegalStateException("gazetteer resources missing from the class path");
            }
            return read(places, historical);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer resources", e);
        }
    }

    /**
     * Reads the two tables. {@code places}: geonameid, name, country, lat, lon, population, names ({@code |}).
     * {@code historical}: geonameid, names ({@code |}) — added to that entry — or, for a place not in
     * {@code places}, geonameid, names, name, country, lat, lon, population and optionally the kind
     * ({@code settlement}, the default, or {@code territory}). A name may end in {@code @from/to}, the years it was
     * the place's name.
     */
    public static Gazetteer read(InputStream places, InputStream historical) throws IOException {
        Map<String, Place> entries = new LinkedHashMap<>();
        Map<String, Long> population = new HashMap<>();
        Map<String, Map<String, Period>> periods = new HashMap<>();
        Map<String, List<String>> hand = new HashMap<>();
        Map<String, Map<String, String>> shown = new HashMap<>();
        for (String[] f : rows(places)) {
            if (f.length < 7) throw new IllegalArgumentException("places.tsv: bad row for " + f[0]);
            entries.put(f[0], new Place(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    List.of(f[6].split("\\|"))));
            population.put(f[0], Long.parseLong(f[5]));
        }
        for (String[] f : rows(historical)) {
            if (f.length < 2) throw new IllegalArgumentException("historical.tsv: bad row for " + f[0]);
            Place known = entries.get(f[0]);
            Set<String> names = new LinkedHashSet<>();
            List<String> added = new ArrayList<>();
            for (String tagged : f[1].split("\\|")) {
                java.util.regex.Matcher shownAs = SHOWN_AS.matcher(tagged);
                String written = shownAs.matches() ? shownAs.group(2) : tagged;
                int at = written.indexOf('@');
                String name = at < 0 ? written : written.substring(0, at);
                if (name.isBlank()) throw new IllegalArgumentException("historical.tsv: empty name for " + f[0]);
                if (at >= 0) {
                    periods.computeIfAbsent(f[0], k -> new HashMap<>()).put(name, Period.parse(written.substring(at + 1)));
                }
                added.add(name);
                if (shownAs.matches()) {
                    String language = shownAs.group(1);
                    String before = shown.computeIfAbsent(f[0], k -> new HashMap<>()).putIfAbsent(language, name);
                    if (before != null) {
                        throw new IllegalArgumentException("historical.tsv: two names shown in " + language + " for "
                                + f[0] + ": " + before + " and " + name);
                    }
                }
            }
            hand.computeIfAbsent(f[0], k -> new ArrayList<>()).addAll(added);
            if (known != null) {
                names.addAll(known.names());
                names.addAll(added);
                entries.put(f[0], new Place(known.geonameId(), known.name(), known.country(), known.lat(), known.lon(),
                        List.copyOf(names), known.kind()));
            } else {
                if (f.length < 7) throw new IllegalArgumentException("historical.tsv: " + f[0] + " is not in "
                        + "places.tsv and needs name, country, lat, lon, population");
                names.add(f[2]);
                names.addAll(added);
                Place.Kind kind = f.length < 8 || f[7].isBlank() ? Place.Kind.SETTLEMENT : switch (f[7].strip()) {
                    case "settlement" -> Place.Kind.SETTLEMENT;
                    case "territory" -> Place.Kind.TERRITORY;
                    default -> throw new IllegalArgumentException("historical.tsv: kind of " + f[0]
                            + " must be settlement or territory, not " + f[7]);
                };
                entries.put(f[0], new Place(f[0], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        List.copyOf(names), kind));
                population.put(f[0], Long.parseLong(f[6]));
            }
        }
        return new Gazetteer(List.copyOf(entries.values()), population, periods, hand, shown);
    }

    /** A hand-written name marked as the one shown in a language: {@code ru=Уральск}. */
    private static final java.util.regex.Pattern SHOWN_AS = java.util.regex.Pattern.compile("(en|kk|ru)=(.+)");

    private static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    /** The number of entries. */
    public int size() {
        return byId.size();
    }

    /**
     * The place's name as a reader of {@code language} writes it today: {@code en} the GeoNames name; {@code kk}
     * the first Kazakh form (with ә ғ қ ң ө ұ ү һ і) of the hand-written names, else their first Cyrillic name,
     * else a Kazakh-lettered GeoNames alternate, else the Russian name; {@code ru} the Cyrillic name without
     * Kazakh letters that spells the GeoNames name (the same {@link NameKeyer} key: Алматы for Almaty, Усть-Каменогорск
     * for Ust-Kamenogorsk), the hand-written names first, else their first such name, else the GeoNames name.
     * Names the period limits to some years (Целиноград) are never chosen; GeoNames alternates in letters Russian
     * and Kazakh do not write (Ukrainian ї є ґ, Belarusian ў, Serbian ј, Bulgarian ъ) are passed over, and of
     * alternates spelt alike the one with ы wins (Russian Алматы against Ukrainian Алмати). GeoNames gives its
     * alternate names no language, hence these rules.
     *
     * @param language {@code kk}, {@code ru}, anything else is {@code en}
     */
    public String name(Place place, String language) {
        String marked = shownNames.getOrDefault(place.geonameId(), Map.of())
                .get("kk".equals(language) || "ru".equals(language) ? language : "en");
        if (marked != null) return marked;
        if (!"kk".equals(language) && !"ru".equals(language)) return place.name();
        return localNames.computeIfAbsent(place.geonameId() + "\u0000" + language, k -> localName(place, language));
    }

    private String localName(Place place, String language) {
        Map<String, Period> limited = periods.getOrDefault(place.geonameId(), Map.of());
        List<String> hand = new ArrayList<>();
        for (String n : handNames.getOrDefault(place.geonameId(), List.of())) {
            if (hasCyrillic(n) && !limited.containsKey(n) && !hand.contains(n)) hand.add(n);
        }
        List<String> geo = new ArrayList<>();
        for (String n : place.names()) {
            if (hasCyrillic(n) && !limited.containsKey(n) && !hand.contains(n) && !FOREIGN_CYRILLIC.matcher(n).find()) geo.add(n);
        }
        geo.sort(java.util.Comparator.comparing(n -> n.indexOf('ы') < 0)); // stable: the ы spellings first
        if ("kk".equals(language)) {
            for (String n : hand) if (KAZAKH_LETTERS.matcher(n).find()) return n;
            if (!hand.isEmpty()) return hand.get(0);
            for (String n : geo) if (KAZAKH_LETTERS.matcher(n).find()) return n;
        }
        String key = keyer.key(place.name());
        for (List<String> names : List.of(hand, geo)) {
            for (String n : names) if (!KAZAKH_LETTERS.matcher(n).find() && keyer.key(n).equals(key)) return n;
        }
        for (List<String> names : List.of(hand, geo)) {
            for (String n : names) if (!KAZAKH_LETTERS.matcher(n).find()) return n;
        }
        return place.name();
    }

    private static final java.util.regex.Pattern KAZAKH_LETTERS = java.util.regex.Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
    private static final java.util.regex.Pattern FOREIGN_CYRILLIC = java.util.regex.Pattern.compile("[їєґўјљњћџђъЇЄҐЎЈЉЊЋЏЂЪӑӗҫҗӳ]");

    /** The entry with this id, if any. */
    public Optional<Place> byId(String geonameId) {
        return Optional.ofNullable(geonameId == null ? null : byId.get(geonameId));
    }

    /**
     * The place that raw document text names, e.g. {@code "в г. Павлодаре"} → Pavlodar. Never throws.
     *
     * @param placeText text as the document writes it, possibly inflected; null or blank gives empty
     * @return the entry, or empty when no name in the text is known
     */
    public Optional<Place> resolve(String placeText) {
        return resolve(placeText, null);
    }

    /**
     * The place that text of a given year names: names valid only for some years count when the year is among
     * them, e.g. {@code ("Kirghiz ASSR", 1923)} → Kazakhstan, while {@code ("Kirghiz ASSR", 1930)} is not
     * Kazakhstan. Never throws.
     *
     * @param placeText text as the document writes it; null or blank gives empty
     * @param year      the year the text speaks of, or null when unknown
     * @return the entry, or empty when no name in the text is known
     */
    public Optional<Place> resolve(String placeText, Year year) {
        if (placeText == null || placeText.isBlank()) return Optional.empty();
        String text = placeText.length() > MAX_TEXT ? placeText.substring(0, MAX_TEXT) : placeText;
        if (!compoundByKey.isEmpty()) {
            List<String> words = words(text);
            for (int start = 0; start < words.size(); start++) {
                for (int length = Math.min(MAX_RUN, words.size() - start); length >= 2; length--) {
                    List<String> run = words.subList(start, start + length);
                    if (run.stream().noneMatch(BREAKS::contains)) continue;
                    Place p = best(compoundByKey.get(keyer.key(String.join(" ", run))), year);
                    if (p == null) p = best(compoundByWordRoots.get(wordRoots(run)), year);
                    if (p != null) return Optional.of(p);
                }
            }
        }
        for (List<String> stretch : stretches(text)) {
            for (int start = 0; start < stretch.size(); start++) {
                for (int length = Math.min(MAX_RUN, stretch.size() - start); length >= 1; length--) {
                    Place p = lookup(stretch.subList(start, start + length), year);
                    if (p != null) return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Details to add to a claim whose place text is {@code placeText}: {@code placeName} (the preferred name) and
     * {@code geonameId}, or nothing when the place is not known. The raw text stays where it was.
     */
    public Map<String, String> placeDetails(String placeText) {
        return placeDetails(placeText, null);
    }

    /** {@link #placeDetails(String)} for a text of a given year (null when unknown), see {@link #resolve(String, Year)}. */
    public Map<String, String> placeDetails(String placeText, Year year) {
        return resolve(placeText, year).map(p -> Map.of("placeName", p.name(), "geonameId", p.geonameId()))
                .orElse(Map.of());
    }

    /**
     * The entry these words name, allowing case and adjective endings on the last word (rule 3) and a different final
     * vowel (rule 4: {@code Москве} = {@code Москва}), but not rule 4's word-by-word comparison of longer names nor
     * names valid only in some years: for scanning running text, where most capitalised words are not places.
     * {@code "Семипалатинске"} → Semey.
     */
    public Optional<Place> named(String words) {
        if (words == null || words.isBlank()) return Optional.empty();
        if (words.length() > 60) return lookUpNamed(words);
        Optional<Place> known = named.get(words);
        if (known != null) return known;
        Optional<Place> found = lookUpNamed(words);
        if (named.size() >= 100_000) named.clear(); // a crude bound: the words of running text refill it quickly
        named.put(words, found);
        return found;
    }

    /**
     * What {@link #named(String)} said of the words seen so far. Extraction asks it of every capitalised word and the
     * index of every word of every document, and the same words recur in every document: looking them up again was
     * a tenth of the index's time when ingesting.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<Place>> named =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<Place> lookUpNamed(String words) {
        List<List<String>> stretches = stretches(words);
        if (stretches.size() != 1) return Optional.empty();
        List<String> run = stretches.get(0);
        String head = run.size() == 1 ? "" : String.join(" ", run.subList(0, run.size() - 1)) + " ";
        List<String> variants = new ArrayList<>();
        variants.add(String.join(" ", run));
        for (String stripped : strippedForms(run.get(run.size() - 1))) variants.add(head + stripped);
        for (String v : variants) {
            String key = keyer.key(v);
            if (key.length() < MIN_ROOT) continue;
            Place exact = best(byKey.get(key), null);
            if (exact != null) return Optional.of(exact);
        }
        for (String v : variants) {
            String key = keyer.key(v);
            if (key.length() < MIN_ROOT) continue;
            Place p = best(byRoot.get(root(key)), null);
            if (p != null) return Optional.of(p);
        }
        return Optional.empty();
    }

    private Place lookup(List<String> words, Year year) {
        String joined = String.join(" ", words);
        String head = words.size() == 1 ? "" : String.join(" ", words.subList(0, words.size() - 1)) + " ";
        String last = words.get(words.size() - 1);
        List<String> variants = new ArrayList<>();
        variants.add(joined);
        for (String stripped : strippedForms(last)) variants.add(head + stripped);
        Place exact = null;
        for (String v : variants) {
            exact = best(byKey.get(keyer.key(v)), year);
            if (exact != null) return exact;
        }
        for (String v : variants) {
            String key = keyer.key(v);
            if (key.length() < MIN_ROOT) continue;
            Place p = best(byRoot.get(root(key)), year);
            if (p != null) return p;
        }
        if (words.size() > 1) {
            // every word of a name of several words inflects: в Ханской Ставке is Ханская Ставка
            return best(byWordRoots.get(wordRoots(words)), year);
        }
        return null;
    }

    /** The roots of the keys of each word, joined; adjectives and nouns in any case give the same. */
    private String wordRoots(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            String key = keyer.key(w);
            out.append(key.length() >= MIN_ROOT ? root(key) : key);
        }
        return out.toString();
    }

    /** The last word without the endings Russian, Kazakh or English may have added, most certain first. */
    private List<String> strippedForms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        if (word.endsWith("'s") || word.endsWith("’s")) forms.add(word.substring(0, word.length() - 2));
        boolean cyrillic = hasCyrillic(word);
        if (cyrillic) {
            for (String ending : RU_ADJECTIVE) {
                if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                    String stem = word.substring(0, word.length() - ending.length());
                    forms.add(stem + "ск"); // Акмолинской → Акмолинск
                    forms.add(stem); // Павлодарской → Павлодар
                    for (String linking : new String[] {"ин", "ен"}) {
                        // Алма-Атинской → Алма-Ат(а), Кзыл-Ординской → Кзыл-Орд(а)
                        if (stem.endsWith(linking) && stem.length() - 2 >= 3) forms.add(stem.substring(0, stem.length() - 2));
                    }
                    break;
                }
            }
        }
        String kazakh = cyrillic ? word : KazakhLatin.toCyrillic(word);
        int hyphen = kazakh.lastIndexOf('-');
        String tail = kazakh.substring(hyphen + 1);
        String stemmed = stemmer.stem(tail);
        if (stemmed != null && !stemmed.equals(tail) && !stemmed.isEmpty()) forms.add(kazakh.substring(0, hyphen + 1) + stemmed);
        if (cyrillic) {
            for (String ending : RU_CASE) {
                if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                    forms.add(word.substring(0, word.length() - ending.length()));
                    break;
                }
            }
        }
        forms.remove(word);
        return List.copyOf(forms);
    }

    private static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC) return true;
        }
        return false;
    }

    /** All words, lower-cased, breaks included. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[\\s,;:()\\[\\]{}\"«»„“”/|!?]+")) {
            String word = trim(raw);
            if (!word.isEmpty() && hasLetter(word)) out.add(word);
        }
        return out;
    }

    /** Runs of words between breaks, lower-cased. */
    private static List<List<String>> stretches(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[\\s,;:()\\[\\]{}\"«»„“”/|!?]+")) {
            String word = trim(raw);
            if (word.isEmpty() || BREAKS.contains(word) || !hasLetter(word)) {
                if (!current.isEmpty()) out.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(word);
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    private static String trim(String word) {
        int start = 0, end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) start++;
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1)) && word.charAt(end - 1) != '\'') end--;
        if (end > start && word.charAt(end - 1) == '\'') end--;
        return word.substring(start, end);
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) if (Character.isLetter(word.charAt(i))) return true;
        return false;
    }

    /** A key without its final vowels: the part that case endings leave alone. */
    private static String root(String key) {
        int end = key.length();
        while (end > 0 && "aeiou".indexOf(key.charAt(end - 1)) >= 0) end--;
        return key.substring(0, end);
    }

    private static void add(Map<String, List<Named>> index, String key, Named entry) {
        List<Named> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(entry)) list.add(entry);
    }

    private Map<String, List<Named>> sorted(Map<String, List<Named>> index) {
        Map<String, List<Named>> out = new HashMap<>();
        index.forEach((key, list) -> {
            List<Named> copy = new ArrayList<>(list);
            copy.sort((x, y) -> {
                Place a = x.place(), b = y.place();
                if (a.kind() != b.kind()) return a.kind() == Place.Kind.TERRITORY ? -1 : 1;
                boolean ra = REGION_COUNTRIES.contains(a.country()), rb = REGION_COUNTRIES.contains(b.country());
                if (ra != rb) return ra ? -1 : 1;
                return Long.compare(population.getOrDefault(b.geonameId(), 0L), population.getOrDefault(a.geonameId(), 0L));
            });
            out.put(key, List.copyOf(copy));
        });
        return Map.copyOf(out);
    }

    private static Place best(List<Named> candidates, Year year) {
        if (candidates == null) return null;
        for (Named n : candidates) if (n.period().admits(year)) return n.place();
        return null;
    }
}
