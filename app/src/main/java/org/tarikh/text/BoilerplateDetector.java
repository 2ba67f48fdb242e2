package org.tarikh.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the paragraphs that a site or a printer put around a document's text, with the reason, in English,
 * Russian and Kazakh. Nothing is deleted; the paragraphs stay in the document marked as boilerplate.
 *
 * <p>Rules (the first that fits names the reason):
 * <ul>
 *   <li>"epigraph" / "epigraph author": at the top, a quotation followed by a line that is only a name
 *       ({@code "If a nation does not know its history..." / "Mirzhakyp Dulatuly"}); the name line is the
 *       author's, in which persons are still found ({@link Block#namesPersons()}).</li>
 *   <li>"copyright notice": ©, "All rights reserved", "Все права защищены", "При перепечатке ссылка
 *       обязательна", "Барлық құқықтар қорғалған", permission needed to reuse.</li>
 *   <li>"feedback prompt": "Was this helpful?", "Была ли информация полезной?", "Мәлімет сізге көмек берді ме".</li>
 *   <li>"view counter": "Views: 463", "Просмотров: 12", "Қаралды-463".</li>
 *   <li>"publication line": a short line that is a publication date ("Опубликовано 12.03.2020").</li>
 *   <li>"read-more teaser": a short paragraph ending in "Read more", "Подробнее", "Толығырақ »".</li>
 *   <li>"share buttons": only words such as Share, Tweet, Facebook, Поделиться, Бөлісу.</li>
 *   <li>"navigation": breadcrumbs ("Home › News › History"), "Next"/"Назад"/"Артқа" links.</li>
 *   <li>"site header": a short line that repeats an earlier line or the title with a site name after a dash
 *       ({@code "Pages of life ... - e-history.kz"}), or a bare domain.</li>
 *   <li>"quiz block" / "teaser list": after the document's end marker (its cited source, its "Источник:" line)
 *       or after its last long paragraph, a run of short items among which sit read-more links or other
 *       boilerplate: questions make it a quiz, otherwise a teaser list. Credit lines ("Translated by …") in
 *       such a run stay content.</li>
 * </ul>
 * Paragraphs of {@value #LONG} chars or more are never boilerplate except a copyright notice, which may run to
 * {@value #LONG_NOTICE}: real content is long, site furniture is short.
 *
 * <p>Stateless and thread-safe.
 */
final class BoilerplateDetector {
    static final int LONG = 600;
    static final int LONG_NOTICE = 1500;
    private static final int SHORT = 250;

    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)©|\\(c\\)\\s*\\d{4}|all rights reserved"
            + "|все права (?:защищены|сохранены)|барлық құқ\\p{L}* (?:қорғал|сақтал)"
            + "|при (?:перепечатке|копировании|цитировании|использовании материалов)"
            + "|ссылка (?:на [^.]{0,60})?обязательна|гиперссылка (?:на [^.]{0,60})?обязательна"
            + "|hyperlink to [^.]{0,80}(?:is )?(?:necessary|required|mandatory)"
            + "|requires? (?:the )?(?:written|prior|express)[^.]{0,40}permission"
            + "|without (?:the )?(?:written|prior|express) permission|reproduction [^.]{0,30}prohibited"
            + "|копирование [^.]{0,30}запрещено|материалдарды (?:пайдалан|көшір)\\p{L}*[^.]{0,80}сілтеме"
            + "|сілтеме (?:жасау )?міндетті");
    /** Words one of which every copyright pattern contains: the regular expression runs only after one is seen. */
    private static final String[] COPYRIGHT_KEYS = {"©", "(c)", "rights", "прав", "құқ", "перепечат", "копиров",
        "цитиров", "использовании материал", "ссылка", "hyperlink", "permission", "reproduc", "материалдар",
        "сілтеме"};
    private static final String[] READ_MORE_KEYS = {"more", "reading", "full", "подробн", "читать", "толығырақ",
        "толық", "қарай"};
    private static final Pattern FEEDBACK = Pattern.compile("(?iu)^(?:was this (?:information|article|page|answer)"
            + " (?:helpful|useful)|did (?:you find )?this (?:help|article help)"
            + "|мәлімет сізге (?:көмек|пайдалы)|ақпарат (?:сізге )?(?:пайдалы|көмек)"
            + "|был[аио]? ли (?:эта |данная )?(?:информация|статья|материал)[^?]{0,20}полезн"
            + "|помогла ли вам|оцените (?:статью|материал))");
    private static final Pattern VIEW_COUNTER = Pattern.compile("(?iu)(?<![\\p{L}])(?:қаралды|қаралым"
            + "|көрілді|көрсетілім|просмотр\\p{L}*|прочитано|views?|hits|reads)\\s*[-:–—]?\\s*\\d+"
            + "|\\d+\\s*(?:просмотр\\p{L}*|views)(?![\\p{L}])");
    static final Pattern PUBLISHED_MARKER = Pattern.compile("(?iu)(?<![\\p{L}])(?:жарияланған|жарияланды"
            + "|жарияланым күні|жариялау күні|опубликовано|опубликован[аы]?|дата публикации|дата"
            + "|published(?: on)?|posted(?: on)?|date|updated|обновлено|жаңартылды)\\s*[-:–—]?\\s*");
    private static final Pattern BARE_DATE = Pattern.compile(
            "^[\\d\\s.:/-]{8,25}$|^\\d{1,2}\\s+\\p{L}{3,12}\\.?,?\\s+\\d{4}(?:,?\\s+\\d{1,2}:\\d{2})?$");
    private static final Pattern READ_MORE = Pattern.compile("(?iu)(?:read more|continue reading|read the full"
            + " (?:story|article)|подробнее|читать (?:далее|полностью|дальше)|толығырақ|толық оқу"
            + "|әрі қарай оқу|ары қарай оқу)\\s*(?:»|>>|→|\\.\\.\\.|…)?\\s*$");
    private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "like", "likes", "tweet", "facebook",
            "twitter", "x", "vk", "vkontakte", "telegram", "whatsapp", "ok", "одноклассники", "pinterest",
            "linkedin", "email", "e-mail", "print", "печать", "распечатать", "поделиться", "поделитесь",
            "нравится", "бөлісу", "бөлісіңіз", "ұнайды", "instagram", "youtube", "мой", "мир", "reddit",
            "басып", "шығару", "жіберу", "comments", "комментарии", "пікірлер", "subscribe", "подписаться");
    private static final Set<String> NAVIGATION_WORDS = Set.of("next", "previous", "prev", "back", "back to top",
            "top", "home", "далее", "назад", "вперёд", "вперед", "наверх", "на главную", "главная", "артқа",
            "алға", "басты бет", "келесі", "алдыңғы", "жоғары", "next page", "previous page");
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+(?:»|›|>|/|\\||→)\\s+");
    private static final Pattern SITE_SUFFIX = Pattern.compile("^(.{3,200}?)\\s+[-–—|:]{1,2}\\s+([^\\s].{0,60})$");
    static final Pattern DOMAIN = Pattern.compile("(?iu)(?<![@\\p{L}\\d.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
            + "\\.)+(?:kz|ru|com|org|net|su|info|edu|gov|uk|de|fr|ua|kg|uz|io|media|news|қаз))(?![\\p{L}\\d@-])");
    private static final Pattern NAME_LINE = Pattern.compile(
            "^[—–-]?\\s*(?:\\p{Lu}[\\p{L}'’-]*\\.?\\s*){1,4}$");
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s|•·,:/()\\[\\]]+");
    private static final Pattern ARROWS = Pattern.compile("[«»<>←→‹›|•]");
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUESTION = Pattern.compile("[?]\\s*$");
    private static final Pattern ELLIPSIS = Pattern.compile("^[.…\\s]+$");

    private final CitationLines citations;

    BoilerplateDetector(CitationLines citations) {
        this.citations = citations;
    }

    void mark(List<Paragraph> paragraphs, String metadataTitle) {
        markEpigraph(paragraphs);
        Set<String> seen = new HashSet<>();
        if (metadataTitle != null && !metadataTitle.isBlank()) {
            seen.add(key(metadataTitle));
        }
        for (Paragraph p : paragraphs) {
            if (p.reason == null) {
                p.reason = reasonOf(p, seen);
            }
            if (p.isSingleLine() && p.length() <= SHORT) {
                seen.add(key(p.text));
            }
        }
        markTail(paragraphs);
    }

    private static void markEpigraph(List<Paragraph> paragraphs) {
        int first = 0;
        while (first < paragraphs.size() && paragraphs.get(first).letters < 4) {
            first++;
        }
        if (first + 2 >= paragraphs.size()) {
            return;
        }
        Paragraph quote = paragraphs.get(first);
        Paragraph attribution = paragraphs.get(first + 1);
        boolean quoteLike = quote.letters >= 20 && quote.length() <= 400
                && (".!?…»\"”".indexOf(quote.text.charAt(quote.length() - 1)) >= 0
                        || "«\"“".indexOf(quote.text.charAt(0)) >= 0);
        if (quoteLike && attribution.length() <= 60 && NAME_LINE.matcher(attribution.text).matches()
                && paragraphs.get(first + 2).letters > 0) {
            quote.reason = "epigraph";
            attribution.reason = Block.EPIGRAPH_AUTHOR;
        }
    }

    private String reasonOf(Paragraph p, Set<String> seen) {
        if (p.length() >= LONG_NOTICE) {
            return null;
        }
        if (p.mentions(COPYRIGHT_KEYS) && COPYRIGHT.matcher(p.text).find()) {
            return "copyright notice";
        }
        if (p.length() >= LONG) {
            return null;
        }
        String lower = p.lower;
        if (p.length() <= 160 && FEEDBACK.matcher(p.text).find()) {
            return "feedback prompt";
        }
        if (p.length() <= 160 && VIEW_COUNTER.matcher(p.text).find()) {
            return "view counter";
        }
        if (p.length() <= 120 && isPublicationLine(p.text)) {
            return "publication line";
        }
        if (p.length() <= SHORT && p.mentions(READ_MORE_KEYS) && READ_MORE.matcher(p.text).find()) {
            return "read-more teaser";
        }
        if (p.length() <= 160 && consistsOf(lower, SHARE_WORDS)) {
            return "share buttons";
        }
        if (p.length() <= 160 && isNavigation(lower)) {
            return "navigation";
        }
        if (p.length() <= SHORT && p.isSingleLine() && isSiteHeader(p.text, seen)) {
            return "site header";
        }
        return null;
    }

    private static boolean isPublicationLine(String text) {
        Matcher m = PUBLISHED_MARKER.matcher(text);
        if (m.lookingAt() && PublicationDates.parse(text.substring(m.end())) != null) {
            return true;
        }
        return BARE_DATE.matcher(text).matches() && PublicationDates.parse(text) != null;
    }

    private static boolean consistsOf(String lower, Set<String> words) {
        int count = 0;
        for (String token : TOKEN_SEPARATOR.split(lower)) {
            if (token.isEmpty() || token.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (!words.contains(token)) {
                return false;
            }
            count++;
        }
        return count > 0;
    }

    private static boolean isNavigation(String lower) {
        if (lower.strip().startsWith("|")) {
            return false; // a table's rows (| Name | Years |), not breadcrumbs
        }
        String bare = SPACES.matcher(ARROWS.matcher(lower).replaceAll(" ").strip()).replaceAll(" ");
        if (NAVIGATION_WORDS.contains(bare)) {
            return true;
        }
        String[] items = BREADCRUMB_SEPARATOR.split(lower);
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || SPACES.split(item.strip()).length > 5) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSiteHeader(String text, Set<String> seen) {
        String stripped = text.strip();
        Matcher domain = DOMAIN.matcher(stripped);
        if (domain.matches()) {
            return true;
        }
        Matcher m = SITE_SUFFIX.matcher(stripped);
        if (m.matches()) {
            String site = m.group(2);
            boolean siteLike = DOMAIN.matcher(site).find() || SPACES.split(site).length <= 4;
            if (siteLike && seen.contains(key(m.group(1)))) {
                return true;
            }
        }
        return false;
    }

    /** Tail runs: after the end marker or the last long paragraph, short items with read-more links. */
    private void markTail(List<Paragraph> paragraphs) {
        int lastLong = -1;
        int endMarker = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.reason != null) {
                continue;
            }
            if (p.length() > SHORT) {
                lastLong = i;
            }
            if (citations.isCitation(p)) {
                endMarker = i;
            }
        }
        int from = Math.max(lastLong, endMarker) + 1;
        if (from <= 0 || from >= paragraphs.size()) {
            return;
        }
        int markers = 0;
        int readMore = 0;
        int questions = 0;
        int open = 0;
        for (int i = from; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.reason != null) {
                markers++;
                if (p.reason.equals("read-more teaser")) {
                    readMore++;
                }
            } else if (citations.isCitation(p)) {
                return; // a second citation: the tail is still the document's apparatus
            } else if (!ProvenanceExtractor.isCredit(p)) {
                open++;
                if (QUESTION.matcher(p.text).find()) {
                    questions++;
                }
            }
        }
        boolean afterEnd = endMarker >= 0 && endMarker + 1 == from;
        // read-more links are what make a run of short items a teaser list rather than a sign-off
        if (open == 0 || readMore == 0 || (markers < 2 && !afterEnd)) {
            return;
        }
        String reason = questions > 0 ? "quiz block" : "teaser list";
        for (int i = from; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.reason == null && !ProvenanceExtractor.isCredit(p)) {
                p.reason = ELLIPSIS.matcher(p.text).matches() || questions > 0 ? reason : "teaser list";
            }
        }
    }

    /** Case- and space-insensitive key for comparing lines. */
    static String key(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
