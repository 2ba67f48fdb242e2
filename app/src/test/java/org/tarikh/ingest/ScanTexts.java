package org.tarikh.ingest;

import java.util.List;
import java.util.Map;

/**
 * Page texts written for the OCR tests (about invented persons): each language has a birth and an arrest sentence
 * the extractor must find after OCR, and ordinary prose with the letters OCR confuses (Kazakh ү ұ і ө қ ң ә ғ).
 */
public final class ScanTexts {
    private ScanTexts() {}

    public static final Map<String, List<String>> PAGES = Map.of(
            "kk", List.of(
                    "Ержан Сапарұлы Омаров 1898 жылы 12 наурызда Қарқаралы уезінде дүниеге келген.",
                    "Ол 1937 жылғы 14 тамызда тұтқындалды.",
                    "Жас кезінде ауыл мектебінде оқып, кейін Семейдегі мұғалімдер семинариясын бітірген. "
                            + "Өлкелік газетке мақалалар жазып, көшпелі шаруалардың күнделікті тұрмысы туралы "
                            + "әңгімелер жинады. Мұрағат қорында оның хаттары мен қолжазба дәптерлері сақталған."),
            "ru", List.of(
                    "Павел Игнатьевич Громов родился 3 мая 1901 года в Семипалатинске.",
                    "Громов был арестован 9 ноября 1937 года органами НКВД.",
                    "В молодости он преподавал в сельской школе, затем служил счетоводом в потребительской "
                            + "кооперации уезда. В деле сохранились протоколы допросов, справка о реабилитации и "
                            + "письма его жены, написанные карандашом на листах из тетради."),
            "en", List.of(
                    "Daniyar Seitov was born on 5 June 1903 in Akmolinsk.",
                    "Seitov was arrested on 21 October 1937 and sentenced to ten years.",
                    "As a young man he taught arithmetic in a village school and later kept the accounts of a "
                            + "district cooperative. His file holds the interrogation records, a certificate of "
                            + "rehabilitation and letters from his wife written in pencil on exercise book pages."));

    /** Tesseract's language for each of ours. */
    public static final Map<String, String> TESSERACT = Map.of("kk", "kaz", "ru", "rus", "en", "eng");
}
