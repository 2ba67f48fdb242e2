package org.tarikh.bench;

import java.util.List;

/**
 * The fixed queries of the search benchmark, in the archive's query syntax (classic Lucene: all words must match,
 * {@code "…"} for phrases, {@code *} for prefixes). They are what a historian of the period types: a name in
 * several spellings and scripts, a topic word in each language, phrases, prefixes, a name with a topic, years.
 */
public final class QueryMix {
    public static final List<String> QUERIES = List.of(
            // names, several spellings and scripts
            "Сейфуллин", "Seifullin", "Seyfullin", "Бөкейхан", "Букейханов", "Bukeikhanov", "Bokeikhan",
            "Байтұрсынұлы", "Baitursynov", "Голощёкин", "Голощекин", "Goloshchekin", "Аймауытов", "Aimautov",
            "Рысқұлов", "Ryskulov", "Әуезов", "Auezov", "Dulatov", "Жумабаев", "Касымов", "Qasymov",
            // places
            "Семипалатинск", "Semipalatinsk", "Алма-Ата", "Қарағанды", "Kzyl-Orda",
            // topic words, kk / ru / en
            "ашаршылық", "ұжымдастыру", "қуғын-сүргін", "голод", "коллективизация", "откочёвка", "famine",
            "collectivization", "repression", "sedentarization", "Карлаг", "NKVD",
            // phrases
            "\"Алаш Орда\"", "\"Alash Orda\"", "\"Малый Октябрь\"", "\"Little October\"", "\"жер аудару\"",
            "\"grain procurement\"",
            // prefixes
            "коллектив*", "репресс*", "ұжым*", "deport*", "Сейфулл*",
            // two words, years
            "Голощёкин коллективизация", "famine Semipalatinsk", "ашаршылық 1932", "Рыскулов голод",
            "Alash 1917", "1937", "Букейханов Алаш");

    private QueryMix() {}
}
