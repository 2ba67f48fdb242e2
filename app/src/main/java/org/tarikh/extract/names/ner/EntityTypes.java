package org.tarikh.extract.names.ner;

import java.util.Map;

/**
 * The entity types our name finders emit, and how the tags of the training corpora map onto them.
 *
 * <p>Example: KazNERD's {@code B-PERSON} and factRuEval's {@code Person} object both become {@value #PERSON}.
 */
public final class EntityTypes {
    /** Type of the spans of people's names. */
    public static final String PERSON = "person";
    /** Type of places and political units (KazNERD GPE and LOCATION, factRuEval Location and LocOrg). */
    public static final String LOCATION = "location";
    /** Type of organisations. */
    public static final String ORGANIZATION = "organization";

    /** KazNERD tag (without B-/I-) to our type, persons only. */
    public static final Map<String, String> KAZNERD_PERSONS = Map.of("PERSON", PERSON);
    /** KazNERD tag to our type, persons, places and organisations. */
    public static final Map<String, String> KAZNERD_ALL =
            Map.of("PERSON", PERSON, "GPE", LOCATION, "LOCATION", LOCATION, "ORGANISATION", ORGANIZATION);
    /** factRuEval-2016 object type to our type, persons only. */
    public static final Map<String, String> FACTRUEVAL_PERSONS = Map.of("Person", PERSON);
    /** factRuEval-2016 object type to our type, persons, places and organisations. */
    public static final Map<String, String> FACTRUEVAL_ALL =
            Map.of("Person", PERSON, "Location", LOCATION, "LocOrg", LOCATION, "Org", ORGANIZATION);

    private EntityTypes() {}
}
