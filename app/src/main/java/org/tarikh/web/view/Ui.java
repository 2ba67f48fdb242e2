package org.tarikh.web.view;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.resolve.ResolvedPerson;

/**
 * What a page needs to speak its reader's language: the interface language ({@code kk}, {@code ru} or {@code en}),
 * its messages (from {@code /i18n/LANG.properties}, UTF-8, ICU message syntax with plurals), dates as a reader of
 * that language writes them ({@link DateText}), person names in that language's script, links that keep the
 * language, and the account shown in the header. One per request; immutable.
 */
public final class Ui {
    /** The interface languages, in the switcher's order. */
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    /** The language when neither the address, a remembered choice nor the browser names one we have. */
    public static final String DEFAULT_LANGUAGE = "en";
    private static final Map<String, Properties> MESSAGES = new ConcurrentHashMap<>();
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    /** The logged-in user as the header shows them, with the CSRF token of their session's forms. */
    public record Account(String name, String role, String csrf) {}

    private final String lang;
    private final boolean explicit;
    private final String path;
    private final Map<String, List<String>> query;
    private final Account account;

    /**
     * @param explicit whether the address named the language ({@code ?lang=ru}): links then carry it on, for a
     *                 reader whose browser keeps no cookie
     * @param query    the request's query parameters ({@code lang} is dropped), for the language switcher's links
     */
    public Ui(String lang, boolean explicit, String path, Map<String, List<String>> query, Account account) {
        this.lang = LANGUAGES.contains(lang) ? lang : DEFAULT_LANGUAGE;
        this.explicit = explicit;
        this.path = path == null || path.isEmpty() ? "/" : path;
        Map<String, List<String>> q = new LinkedHashMap<>(query == null ? Map.of() : query);
        q.remove("lang");
        this.query = q;
        this.account = account;
    }

    /** English, for pages made outside a request (tests, previews). */
    public static Ui of(String lang) {
        return new Ui(lang, false, "/", Map.of(), null);
    }

    public String lang() {
        return lang;
    }

    /** Whether the address named the language. */
    public boolean explicit() {
        return explicit;
    }

    public Account account() {
        return account;
    }

    /** The message {@code key} with its arguments ({@code {0}}, plurals {@code {0, plural, one{…} other{…}}}). */
    public String t(String key, Object... args) {
        String pattern = messages(lang).getProperty(key);
        if (pattern == null) throw new IllegalArgumentException("no message '" + key + "' in /i18n/" + lang + ".properties");
        if (args.length == 0 && pattern.indexOf('{') < 0) return pattern;
        MessageFormat format = FORMATS.computeIfAbsent(lang + "\u0000" + key, k -> new MessageFormat(pattern, new ULocale(lang)));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** Whether a message exists (a label for an event type, a detail) in this language. */
    public boolean has(String key) {
        return messages(lang).getProperty(key) != null;
    }

    /** {@code t(prefix + name)} when there is such a message, else {@code name} itself. */
    public String label(String prefix, String name) {
        return has(prefix + name) ? t(prefix + name) : name;
    }

    /** The messages of a language, read once; the keys are the same in every language (a test holds them to it). */
    public static Properties messages(String lang) {
        return MESSAGES.computeIfAbsent(lang, l -> {
            Properties p = new Properties();
            try (InputStream in = Ui.class.getResourceAsStream("/i18n/" + l + ".properties")) {
                if (in == null) throw new IllegalStateException("the messages /i18n/" + l + ".properties are missing");
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }

    /** A link inside the site; it carries the language on when the address named it. */
    public String href(String target) {
        if (!explicit) return target;
        int hash = target.indexOf('#');
        String base = hash < 0 ? target : target.substring(0, hash), fragment = hash < 0 ? "" : target.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "lang=" + lang + fragment;
    }

    /** This page in another language. */
    public String switchTo(String language) {
        StringBuilder out = new StringBuilder(path).append("?");
        query.forEach((name, values) -> {
            for (String v : values) out.append(url(name)).append('=').append(url(v)).append('&');
        });
        return out.append("lang=").append(language).toString();
    }

    /** A language's own name: Қазақша, Русский, English. */
    public String languageName(String language) {
        return messages(language).getProperty("language.self", language);
    }

    /**
     * A document kind ({@code text}, {@code markdown}, {@code pdf}, {@code scan} …) as a word of the interface
     * language, from the messages {@code kind.*}; a kind without a message as it is.
     */
    public String kind(String kind) {
        return kind == null ? "" : label("kind.", kind);
    }

    /** A language code as a word of the interface language ({@code ru} → "орысша" in Kazakh). */
    public String languageWord(String code) {
        return code == null ? "" : label("language.", code);
    }

    /** The path and query of this page, for "log in and come back". */
    public String here() {
        StringBuilder out = new StringBuilder(path);
        String sep = "?";
        for (var e : query.entrySet()) {
            for (String v : e.getValue()) {
                out.append(sep).append(url(e.getKey())).append('=').append(url(v));
                sep = "&";
            }
        }
        return out.toString();
    }

    /** An EDTF date as a reader of the interface language writes it. */
    public String date(EdtfDate date) {
        return date == null ? t("date.undated") : DateText.format(this, date.value());
    }

    /** An EDTF date string as a reader writes it; a value that is not EDTF as it is. */
    public String date(String edtf) {
        return edtf == null ? "" : DateText.format(this, edtf);
    }

    /** A stored instant ({@code 2026-01-02T03:04:05.123Z}) to the second, in UTC, the day written as the language does. */
    public String instant(String stored) {
        if (stored == null || stored.isBlank()) return stored;
        try {
            ZonedDateTime at = Instant.parse(stored.strip()).atZone(ZoneOffset.UTC);
            return t("instant", DateText.day(this, at.getYear(), at.getMonthValue(), at.getDayOfMonth()),
                    String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", at.getHour(), at.getMinute(), at.getSecond()));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }

    /**
     * The person's name in the script of the interface language when the archive has it: the Cyrillic form for
     * {@code kk} (Kazakh Cyrillic first, else Russian) and {@code ru} (Russian first, else Kazakh), the Latin form
     * for {@code en}; else the display name.
     */
    public String name(ResolvedPerson person) {
        return person == null ? "" : name(person.displayNames(), person.name());
    }

    public String name(Map<String, String> displayNames, String fallback) {
        List<String> order = switch (lang) {
            case "kk" -> List.of("kk", "ru");
            case "ru" -> List.of("ru", "kk");
            default -> List.of("en");
        };
        for (String l : order) {
            String found = displayNames.get(l);
            if (found != null && !found.isBlank()) return found;
        }
        return fallback;
    }

    static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** For templates: a value URL-encoded for a query parameter or a path segment. */
    public String enc(String s) {
        return url(s);
    }

    /** Words joined as a list is written in the language ("a, b and c" is left to a plain comma list). */
    public static String join(List<String> parts) {
        return String.join(", ", new ArrayList<>(parts));
    }
}
