package org.tarikh.extract.events;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a sentence says about a verdict or a rehabilitation: the body that gave it, the articles of the
 * criminal code and the punishment.
 *
 * <p>Rules:
 * <ul>
 *   <li>Body: Soviet judicial and extra-judicial bodies as written ({@code выездной сессией ВК ВС СССР},
 *       {@code тройкой НКВД}, {@code Особым совещанием}, {@code OGPU troika}, {@code Military Collegium of the
 *       Supreme Court of the USSR}, {@code үштік}).</li>
 *   <li>Articles: {@code ст. 58-2, 8, 10, 11} and the English {@code 2, 8, 10 and 11 points of the 58th
 *       article} both become {@code 58-2, 8, 10, 11}.</li>
 *   <li>Punishment: {@code ВМН}, {@code высшая мера}, {@code расстрел}, {@code to execution}, {@code ату
 *       жазасына} become {@code death penalty}; a term becomes {@code 10 years}, with {@code in camps} when the
 *       text names camps ({@code ИТЛ}, {@code лагерь}).</li>
 * </ul>
 *
 * <p>Example: {@code "Приговорен выездной сессией ВК ВС СССР к ВМН"} gives body {@code выездной сессией ВК ВС
 * СССР} and punishment {@code death penalty}.
 *
 * <p>Stateless and thread-safe.
 */
final class SentencingDetails {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BODY = Pattern.compile("(?<![\\p{L}])(?:"
            + "(?:выездн\\p{L}*\\s+сесси\\p{L}*\\s+)?(?:ВК\\s+ВС\\s+СССР|Военн\\p{L}*\\s+коллеги\\p{L}*"
            + "(?:\\s+Верховн\\p{L}*\\s+[Сс]уд\\p{L}*(?:\\s+СССР|\\s+РСФСР)?)?)"
            + "|(?-i:тройк\\p{L}*)(?:\\s+(?:при\\s+)?(?:ПП\\s+)?(?:НКВД|ОГПУ|УНКВД|ГПУ)(?:\\s+по\\s+\\p{Lu}[\\p{L}-]*"
            + "(?:\\s+(?:области|краю|республике|округу))?)?)?"
            + "|(?:Особ\\p{L}*\\s+совещани\\p{L}*|ОСО)(?:\\s+при\\s+(?:НКВД|ОГПУ)(?:\\s+СССР)?)?"
            + "|(?:коллеги\\p{L}*|Коллеги\\p{L}*)\\s+(?:ОГПУ|ГПУ)"
            + "|(?:the\\s+)?(?:OGPU|NKVD|GPU)\\s+(?:troika|collegium|special\\s+board)"
            + "|(?:the\\s+)?(?:Military\\s+Colleg\\p{L}*(?:\\s+organ)?|Special\\s+(?:Board|Council|Conference))"
            + "(?:\\s+of\\s+the\\s+Supreme\\s+Court(?:\\s+of\\s+the\\s+(?:USSR|RSFSR))?)?"
            + "|(?:the\\s+)?(?:Supreme\\s+Court)(?:\\s+of\\s+the\\s+(?:USSR|RSFSR|Kazakh\\s+SSR))?"
            + "|(?:Жоғарғы\\s+сотының\\s+)?[Әә]скери\\s+коллегия\\p{L}*|үштік\\p{L}*|(?:ОГПУ|НКВД|НКВД-ның)\\s+үштігі\\p{L}*"
            + ")(?![\\p{L}])", FLAGS);
    private static final Pattern ARTICLES_RU = Pattern.compile("(?<![\\d\\p{L}])58\\s*[-–]\\s*\\d+[а-я]?"
            + "(?:\\s*,\\s*\\d{1,2}[а-я]?(?![\\d.]))*", FLAGS);
    private static final Pattern ARTICLES_EN = Pattern.compile("((?:\\d{1,2}\\s*(?:,|and)\\s*)*\\d{1,2})\\s*"
            + "(?:points?|parts?|paragraphs?)\\s+of\\s+(?:the\\s+)?(\\d{2,3})(?:st|nd|rd|th)?\\s+article", FLAGS);
    private static final Pattern ARTICLES_EN2 = Pattern.compile("articles?\\s+(58(?:[-–]\\d+)?(?:\\s*(?:,|and)"
            + "\\s*(?:58[-–])?\\d+)*)", FLAGS);
    private static final Pattern DEATH = Pattern.compile("(?<![\\p{L}])(?:ВМН|высш\\p{L}*\\s+мер\\p{L}*"
            + "(?:\\s+наказани\\p{L}*)?|расстрел(?:у|а)?|to\\s+(?:execution|death|be\\s+shot|the\\s+highest\\s+"
            + "measure|capital\\s+punishment)|ату\\s+жазасына|ату\\s+жазасы|ølım\\s+jazasyna|atu\\s+jazasyna)"
            + "(?![\\p{L}])", FLAGS);
    private static final Pattern TERM = Pattern.compile("(?<![\\p{L}\\d])(?<n>\\d{1,2}|one|two|three|four|five"
            + "|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|одному|двум|тр[её]м|четыр[её]м|пяти|шести|семи"
            + "|восьми|десяти|пятнадцати|двадцати|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|он\\s+бес|жиырма)"
            + "\\s*(?:-?\\s*)?(?<unit>years?|год(?:у|ам|а)?|лет|жылға|жылдық\\p{L}*)(?<rest>[^.;]{0,40})", FLAGS);
    private static final Pattern CAMPS = Pattern.compile("camp|лагер|ИТЛ|лагерь|лагерь|лагерге|лагерьге"
            + "|колони|исправительно-трудов", FLAGS);

    /** Body, articles and punishment found in {@code sentence} (and articles in {@code before}). */
    Map<String, String> read(String sentence, String before, boolean verdict) {
        Map<String, String> details = new LinkedHashMap<>();
        Matcher body = BODY.matcher(sentence);
        if (body.find()) {
            details.put("body", body.group().strip().replaceFirst("^(?i:the)\\s+", ""));
        }
        if (!verdict) {
            return details;
        }
        String articles = articles(sentence);
        if (articles == null && before != null) {
            articles = articles(before);
        }
        if (articles != null) {
            details.put("articles", articles);
        }
        if (DEATH.matcher(sentence).find()) {
            details.put("punishment", "death penalty");
        } else {
            Matcher term = TERM.matcher(sentence);
            if (term.find()) {
                int years = number(term.group("n"));
                if (years > 0) {
                    boolean camps = CAMPS.matcher(term.group("rest")).find();
                    details.put("punishment", years + (years == 1 ? " year" : " years") + (camps ? " in camps" : ""));
                }
            }
        }
        return details;
    }

    private static String articles(String text) {
        Matcher ru = ARTICLES_RU.matcher(text);
        if (ru.find()) {
            return ru.group().replaceAll("\\s*[-–]\\s*", "-").replaceAll("\\s*,\\s*", ", ");
        }
        Matcher en = ARTICLES_EN.matcher(text);
        if (en.find()) {
            String parts = String.join(", ", en.group(1).split("\\s*(?:,|and)\\s*"));
            return en.group(2) + "-" + parts;
        }
        Matcher en2 = ARTICLES_EN2.matcher(text);
        if (en2.find()) {
            return en2.group(1).replaceAll("\\s*(?:,|and)\\s*", ", ").replace('–', '-');
        }
        return null;
    }

    private static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        return switch (w) {
            case "one", "одному", "бір" -> 1;
            case "two", "двум", "екі" -> 2;
            case "three", "трем", "трём", "үш" -> 3;
            case "four", "четырем", "четырём", "төрт" -> 4;
            case "five", "пяти", "бес" -> 5;
            case "six", "шести", "алты" -> 6;
            case "seven", "семи", "жеті" -> 7;
            case "eight", "восьми", "сегіз" -> 8;
            case "nine", "тоғыз" -> 9;
            case "ten", "десяти", "он" -> 10;
            case "fifteen", "пятнадцати", "он бес" -> 15;
            case "twenty", "двадцати", "жиырма" -> 20;
            case "twenty-five" -> 25;
            default -> 0;
        };
    }
}
