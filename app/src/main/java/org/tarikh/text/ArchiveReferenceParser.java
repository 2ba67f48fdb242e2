package org.tarikh.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to archival files and splits them into archive, fond, inventory, file and sheet, as they are
 * written in Russian ({@code "АПРК. Ф. 139. Оп. 1. Д. 417. Л. 92 об."}), Kazakh ({@code "Қ. 139, т. 1, іс 417,
 * п. 92"}, {@code "ҚР ОМА, 139-қор, 1-тізбе"} is not covered) and English transliteration ({@code "f. 139, op. 1,
 * d. 417, l. 92"}).
 *
 * <p>Rules: a fond label (Ф., Фонд, Қ., Қор, F., Fond) with a number must be followed by an inventory or a file,
 * or preceded by an archive abbreviation (two or more capitals: АПРК, ГААО, ЦГА РК, RGASPI), so that an initial
 * such as "Ф. 1937" alone is not taken. Numbers may carry letter suffixes ("516-п") and come in lists ("316,
 * 330"); a sheet may be turned over ("92 об.", "92v"). A reference without its archive takes the archive of the
 * previous reference when only separators stand between them: in {@code "ГААО. Ф.3.Оп.1. Д.316, 330,,
 * Ф.516-п. Оп.1. Д. 565"} both are ГААО.
 *
 * <p>Stateless and thread-safe.
 */
final class ArchiveReferenceParser {
    private static final String ITEM = "(?:\\p{L}{1,2}-)?\\d+(?:-?\\p{L}{1,2}(?![\\p{L}]))?";
    private static final String LIST = ITEM + "(?:\\s*,\\s*" + ITEM + ")*";
    /** A turned-over sheet: abbreviations keep their period, a bare "v" does not take the sentence's. */
    private static final String VERSO = "(?:\\s*(?:(?:об|арт|rev|ob)\\.?|v(?![\\p{L}])))?";
    private static final String SHEET_ITEM = "\\d+" + VERSO + "(?:\\s*[-–]\\s*\\d+" + VERSO + ")?";
    private static final String SHEETS = SHEET_ITEM + "(?:\\s*,\\s*" + SHEET_ITEM + ")*";
    private static final String SEPARATOR = "[.,;]?\\s*";
    private static final String ARCHIVE = "(\\p{Lu}[\\p{Lu}\\p{Ll}]{0,8}\\p{Lu}(?:\\s\\p{Lu}{2,4})?)";

    private static final Pattern REFERENCE = Pattern.compile(
            "(?:(?<![\\p{L}\\d])" + ARCHIVE + "[.,]?\\s*)?"
                    + "(?<![\\p{L}\\d])(?iu:фонд|ф|қор|қ|fond|f)\\.?\\s*(" + LIST + ")"
                    + "(?:" + SEPARATOR + "(?<![\\p{L}\\d])(?iu:опись|оп|тізбе|т|opis|op|inv)\\.?\\s*(" + LIST + "))?"
                    + "(?:" + SEPARATOR + "(?<![\\p{L}\\d])(?iu:дело|д|іс|delo|d|file)\\.?\\s*(" + LIST + "))?"
                    + "(?:" + SEPARATOR + "(?<![\\p{L}\\d])(?iu:лл|листы|лист|л|парақ|п|ll|list|l|ff|f|sheet)\\.?\\s*("
                    + SHEETS + "))?");
    private static final Pattern ONLY_SEPARATORS = Pattern.compile("[\\s.,;]*");
    /** A fond label and its number, as {@link #hasLabel} looks for it (kept for the test that compares the two). */
    static final Pattern ANY_LABEL = Pattern.compile("(?<![\\p{L}\\d])(?:ф|қ|f|фонд|қор|fond)\\.?\\s*\\d");
    private static final String[] LABELS = {"ф", "қ", "f", "фонд", "қор", "fond"};

    /** Words one of which every fond label contains, so that paragraphs without any are not searched. */
    private static final String[] FOND_KEYS = {"ф.", "ф ", "фонд", "қ.", "қ ", "қор", "f.", "f ", "fond"};

    /**
     * Whether a lower-cased text has what {@link #ANY_LABEL} finds: a fond label not inside a word, then an optional
     * dot, white space and a digit. A scan for the labels' three first letters, where the pattern's look-behind was
     * tried at every position of every paragraph that holds "f " (every English one: "of ").
     */
    static boolean hasLabel(String lower) {
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            if (c != 'ф' && c != 'қ' && c != 'f') continue;
            if (i > 0) {
                char before = lower.charAt(i - 1); // one char, as the look-behind reads it (not a code point)
                if (Character.isLetter(before) || (before >= '0' && before <= '9')) continue;
            }
            for (String label : LABELS) {
                if (!lower.startsWith(label, i)) continue;
                int j = i + label.length();
                if (j < n && lower.charAt(j) == '.') j++;
                while (j < n && isPatternSpace(lower.charAt(j))) j++;
                if (j < n && lower.charAt(j) >= '0' && lower.charAt(j) <= '9') return true;
            }
        }
        return false;
    }

    /** {@code \\s} of a pattern compiled without UNICODE_CHARACTER_CLASS. */
    static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    List<ArchiveReference> find(List<Paragraph> paragraphs, String normalized, OffsetMap offsets, String original) {
        List<ArchiveReference> references = new ArrayList<>();
        String previousArchive = null;
        int previousEnd = -1;
        for (Paragraph p : paragraphs) {
            if (!p.mentions(FOND_KEYS) || !hasLabel(p.lower)) {
                continue;
            }
            Matcher m = REFERENCE.matcher(normalized);
            m.useTransparentBounds(true);
            m.region(p.span.start(), p.span.end());
            while (m.find()) {
            String archive = m.group(1);
            String fond = m.group(2);
            String inventory = m.group(3);
            String file = m.group(4);
            String sheet = m.group(5);
            boolean continuesList = previousEnd >= 0
                    && ONLY_SEPARATORS.matcher(normalized.substring(previousEnd, m.start())).matches();
            if (archive == null && continuesList) {
                archive = previousArchive;
            }
            if (inventory == null && file == null && archive == null) {
                continue;
            }
            int end = m.end();
            while (end > m.start() && Character.isWhitespace(normalized.charAt(end - 1))) {
                end--;
            }
            Span span = offsets.toOriginal(new Span(m.start(), end));
            references.add(new ArchiveReference(original.substring(span.start(), span.end()), span.start(),
                    span.end(), archive, fond, inventory, file, trimSheet(sheet)));
            previousArchive = archive;
            previousEnd = end;
            }
        }
        return references;
    }

    private static String trimSheet(String sheet) {
        return sheet == null ? null : sheet.strip();
    }
}
