package org.tarikh.text;

import java.util.Objects;

/**
 * A reference to an archival file as printed in a source: {@code "АПРК. Ф. 139. Оп. 1. Д. 417. Л. 92 об."}.
 *
 * @param text the reference as it stands in the original text
 * @param start its first char in the original text
 * @param end the char after it in the original text
 * @param archive archive abbreviation ("АПРК", "ГААО", "RGASPI"), null when not named
 * @param fond fond (Kazakh қор) number, e.g. "139" or "516-п"
 * @param inventory inventory (опись, тізбе) number, null when absent
 * @param file file (дело, іс) number or list, e.g. "316, 330"
 * @param sheet sheet (лист, парақ) number or range, e.g. "92 об."
 */
public record ArchiveReference(String text, int start, int end, String archive, String fond, String inventory,
                               String file, String sheet) {
    public ArchiveReference {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad archive reference span [" + start + ", " + end + ") of '" + text + "'");
        }
    }
}
