package org.tarikh.lexicon;

import java.util.List;

/**
 * A gazetteer entry: a GeoNames place (or a hand-made one for places GeoNames lacks, with an id beginning
 * {@code "local:"}) with every name it is known by, the period's names included. Example: {@code Place("1519422",
 * "Semey", "KZ", 50.43, 80.27, [Semey, Semipalatinsk, Семипалатинск, …])}.
 *
 * @param geonameId GeoNames id, or {@code local:<name>} for a hand-made entry
 * @param name      the preferred (GeoNames) name
 * @param country   ISO 3166 alpha-2 country code of today
 * @param lat       latitude in degrees
 * @param lon       longitude in degrees
 * @param names     all names, preferred first
 * @param kind      a settlement (town, village) or a territory (country, republic, region)
 */
public record Place(String geonameId, String name, String country, double lat, double lon, List<String> names,
                    Kind kind) {

    /**
     * What the entry is: GeoNames' populated places are settlements; countries, republics and regions, which may
     * share a name with a settlement ({@code Kazakhstan} is also a name GeoNames lists for the town Aqsay), are
     * territories.
     */
    public enum Kind {
        SETTLEMENT, TERRITORY
    }

    /** A settlement. */
    public Place(String geonameId, String name, String country, double lat, double lon, List<String> names) {
        this(geonameId, name, country, lat, lon, names, Kind.SETTLEMENT);
    }

    public Place {
        if (kind == null) throw new IllegalArgumentException("no kind for " + geonameId);
        if (geonameId == null || geonameId.isBlank()) throw new IllegalArgumentException("blank geonameId: " + geonameId);
        if (name == null || name.isBlank()) throw new IllegalArgumentException("blank name for " + geonameId);
        if (country == null || country.length() != 2) throw new IllegalArgumentException("bad country: " + country);
        if (!(lat >= -90 && lat <= 90)) throw new IllegalArgumentException("bad latitude: " + lat);
        if (!(lon >= -180 && lon <= 180)) throw new IllegalArgumentException("bad longitude: " + lon);
        names = List.copyOf(names);
    }
}
