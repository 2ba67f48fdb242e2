package org.tarikh.bench.corpus;

/** The languages of the generated corpus, with their ISO 639-1 codes. */
public enum Language {
    KK("kk"), RU("ru"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
