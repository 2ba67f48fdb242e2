package org.tarikh.extract.names;

import org.tarikh.lexicon.Initials;
import org.tarikh.lexicon.NameKeyer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tarikh.extract.names.NameInflection.Kind;
import org.tarikh.extract.names.NameInflection.Reading;
import org.tarikh.extract.names.NameInflection.RussianCase;
import org.tarikh.extract.names.PersonName.Gender;

/**
 * Splits the text of a person mention into surname, given name, patronymic and initials, without case endings:
 * {@code "ЛЕКЕРОВ Азимбай Лекерович"} → surname {@code Лекеров}, given {@code Азимбай}, patronymic
 * {@code Лекерович}; {@code "Ж.Аймауытовтың"} → initials {@code [Ж]}, surname {@code Аймауытов}.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Tokens are split on spaces; initials ({@code С.}, {@code Zh.}, {@code С.М.Меңдешев}: one capital and up
 *       to two small letters before a dot, or a lone capital) are taken apart; brackets, quotes and commas are
 *       dropped, and so are words in small letters when some word is capitalised ("братьев"); a headword in
 *       capitals ({@code ЛЕКЕРОВ}) is written with one capital.</li>
 *   <li>Each word is read by {@link NameInflection}: Kazakh endings only on the last word, Russian endings on
 *       any word.</li>
 *   <li>The surname is the headword in capitals, else the word with a surname suffix (-ов, -ин, -ова, -ский,
 *       -ян…). A Kazakh patronym (-ұлы, -қызы) is the patronymic next to such a surname and the family name
 *       without one ({@code Мағжан Жұмабайұлы}). Of two words in -ович the one after a given name is the
 *       patronymic, the other the surname ({@code Лазарь Моисеевич Каганович}); a lone -ович after a given
 *       name is the patronymic only if it is built on a known given name, else the surname
 *       ({@code Лазарь Каганович}).</li>
 *   <li>Without a suffixed surname: after initials the word is the surname; of two words the one that is not a
 *       known given name, else the first when a patronymic follows (card order), else the last (prose order:
 *       {@code Мұстафа Шоқай}); a single word is a given name only if the lexicon knows it.</li>
 *   <li>A Russian oblique case on the surname or patronymic carries to the given name ({@code Азимбая Лекерова}
 *       → {@code Азимбай Лекеров}).</li>
 *   <li>Gender comes from the patronymic (-ович/-ұлы male, -овна/-қызы female), else the given name in the
 *       lexicon, else the surname's form. A Cyrillic -ова/-ову without Kazakh letters may be the genitive or
 *       dative of -ов: it stays masculine in the base and the gender {@code UNKNOWN} unless a female given name
 *       or patronymic shows a woman.</li>
 * </ol>
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class NameParser {

    private final GivenNames givenNames;
    private final NameInflection inflection;

    /** Creates a parser with the built-in given-name lexicon. */
    public NameParser() {
        this.givenNames = new GivenNames(new NameKeyer());
        this.inflection = new NameInflection(givenNames);
    }

    /** One token of the mention: an initial or a word with its reading. */
    private static final class Token {
        final String text;
        final boolean initial;
        final boolean headword;
        Reading reading;
        String display;
        Role role = Role.NONE;

        Token(String text, boolean initial, boolean headword) {
            this.text = text;
            this.initial = initial;
            this.headword = headword;
            this.display = text;
        }
    }

    private enum Role {
        NONE,
        SURNAME,
        GIVEN,
        PATRONYMIC
    }

    /**
     * Parses one mention.
     *
     * @param mentionText the words of the mention, e.g. {@code "С. М. Меңдешев"}; {@code null} reads as empty
     * @return the parts; all parts {@code null} and base empty when the text has no letters
     */
    public PersonName parse(String mentionText) {
        List<Token> tokens = dropLowerCaseWords(tokenize(mentionText == null ? "" : mentionText));
        List<Token> words = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        for (Token token : tokens) {
            if (token.initial) {
                initials.add(token.text);
            } else {
                words.add(token);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            word.reading = inflection.read(word.text, i == words.size() - 1);
            word.display = word.reading.base();
        }
        assignRoles(words, !initials.isEmpty());

        Token surname = find(words, Role.SURNAME);
        Token given = find(words, Role.GIVEN);
        Token patronymic = find(words, Role.PATRONYMIC);
        Gender gender = decideGender(surname, given, patronymic);
        carryRussianCase(surname, given, patronymic, gender);

        StringBuilder base = new StringBuilder();
        for (Token token : tokens) {
            if (!base.isEmpty()) {
                base.append(' ');
            }
            base.append(token.initial ? token.text + "." : token.display);
        }
        return new PersonName(
                surname == null ? null : surname.display,
                given == null ? null : given.display,
                patronymic == null ? null : patronymic.display,
                initials,
                base.toString(),
                gender);
    }

    /**
     * A name that the text puts in the feminine accusative (after a noun for a woman in that case: "жену Асель
     * Омарову"): Russian gives a surname in -ова/-ева/-ина/-ына the accusative -у and a given name in -а/-я the
     * accusative -у/-ю, which the reading of the words alone takes for the masculine dative of Омаров. The
     * surname and given name go back to their feminine nominatives ({@code Омарова}, {@code Асель} kept, {@code
     * Айгуль}); a name whose words do not end so is returned as read.
     */
    public PersonName feminineAccusative(String mentionText, PersonName read) {
        String[] words = mentionText.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String surname = read.surname();
        if (surname == null || read.gender() == Gender.FEMALE || !last.endsWith("у") || !isCyrillicWord(last)
                || !surname.toLowerCase(Locale.ROOT).matches(".*(?:ов|ев|ёв|ин|ын)")) {
            return read;
        }
        String feminineSurname = surname + "а";
        String given = read.givenName();
        if (given != null) {
            String g = given.toLowerCase(Locale.ROOT);
            for (String word : words) {
                String w = word.toLowerCase(Locale.ROOT);
                if (w.length() > 2 && w.endsWith("у") && !w.equals(last) && g.startsWith(w.substring(0, w.length() - 1))) {
                    given = word.substring(0, word.length() - 1) + "а";
                } else if (w.length() > 2 && w.endsWith("ю") && !w.equals(last) && g.startsWith(w.substring(0, w.length() - 1))) {
                    given = word.substring(0, word.length() - 1) + "я";
                }
            }
        }
        String base = read.base().replace(surname, feminineSurname);
        if (read.givenName() != null) base = base.replace(read.givenName(), given);
        return new PersonName(feminineSurname, given, read.patronymic(), read.initials(), base, Gender.FEMALE);
    }

    private static boolean isCyrillicWord(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    // ---- tokens ----

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        for (String raw : text.trim().split("[\\s,;:()\\[\\]«»\"“”„]+")) {
            String rest = raw;
            while (!rest.isEmpty()) {
                int dot = rest.indexOf('.');
                if (dot > 0 && Initials.isInitial(rest, 0, dot)) {
                    tokens.add(new Token(rest.substring(0, dot), true, false));
                    rest = rest.substring(dot + 1);
                    continue;
                }
                String word = trimToLetters(rest);
                if (!word.isEmpty()) {
                    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
                        tokens.add(new Token(word, true, false));
                    } else {
                        boolean headword = isAllCapitals(word);
                        tokens.add(new Token(headword ? capitalize(word) : word, false, headword));
                    }
                }
                break;
            }
        }
        return tokens;
    }

    /** Names are capitalised: "братьев Досмухамедовых" keeps only the name, unless nothing is capitalised. */
    private static List<Token> dropLowerCaseWords(List<Token> tokens) {
        List<Token> kept = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (token.initial || Character.isUpperCase(token.text.charAt(0))) {
                kept.add(token);
            }
        }
        return kept.isEmpty() ? tokens : kept;
    }

    private static String trimToLetters(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isAllCapitals(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** ЛЕКЕРОВ → Лекеров, МАМИН-СИБИРЯК → Мамин-Сибиряк. */
    private static String capitalize(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean startOfPart = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                out.append(startOfPart ? c : Character.toLowerCase(c));
                startOfPart = false;
            } else {
                out.append(c);
                startOfPart = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT)) ? out.toString() : word;
    }

    // ---- roles ----

    private void assignRoles(List<Token> words, boolean hasInitials) {
        if (words.isEmpty()) {
            return;
        }
        Token headword = null;
        List<Token> surnames = new ArrayList<>();
        List<Token> patronyms = new ArrayList<>();
        List<Token> patronymics = new ArrayList<>();
        for (Token word : words) {
            if (word.headword && headword == null && words.size() > 1) {
                headword = word;
            }
            switch (word.reading.kind()) {
                case SURNAME -> surnames.add(word);
                case PATRONYM -> patronyms.add(word);
                case PATRONYMIC -> patronymics.add(word);
                default -> { }
            }
        }
        if (words.size() == 1) {
            Token only = words.get(0);
            boolean given = only.reading.kind() == Kind.OTHER && givenNames.contains(only.display) && !hasInitials;
            only.role = given ? Role.GIVEN : Role.SURNAME;
            return;
        }
        // Of two words in -ович, the one right after a given name is the patronymic; the other is a surname.
        if (patronymics.size() >= 2) {
            Token patronymic = null;
            for (int i = 1; i < words.size() && patronymic == null; i++) {
                if (patronymics.contains(words.get(i)) && words.get(i - 1).reading.kind() == Kind.OTHER) {
                    patronymic = words.get(i);
                }
            }
            if (patronymic == null) {
                patronymic = patronymics.get(patronymics.size() - 1);
            }
            patronymic.role = Role.PATRONYMIC;
            for (Token other : patronymics) {
                if (other != patronymic) {
                    surnames.add(0, other);
                }
            }
        } else if (patronymics.size() == 1) {
            Token only = patronymics.get(0);
            boolean surnameElsewhere = !surnames.isEmpty() || !patronyms.isEmpty() || headword != null
                    || words.size() > 2;
            if (surnameElsewhere || fatherIsKnownName(only.display)) {
                only.role = Role.PATRONYMIC;
            } else {
                // "Лазарь Каганович": a Given + X-ович pair whose X is no known given name is read as a surname.
                surnames.add(only);
            }
        }

        Token surname = headword != null && headword.role == Role.NONE ? headword : null;
        if (surname == null && !surnames.isEmpty()) {
            surname = surnames.get(0);
        }
        if (surname == null && patronyms.size() == 1 && words.size() == 3 && words.get(1) == patronyms.get(0)
                && words.get(0).reading.kind() == Kind.OTHER && words.get(2).reading.kind() == Kind.OTHER) {
            // Kazakh official order Given + Patronym + Family name ("Ерлан Сәкенұлы Жақыпбек"): a patronym
            // between two other words is the patronymic, and the word after it is the family name.
            surname = words.get(2);
        }
        if (surname == null && !patronyms.isEmpty()) {
            surname = patronyms.get(patronyms.size() - 1);
        }
        for (Token patronym : patronyms) {
            if (patronym != surname && find(words, Role.PATRONYMIC) == null) {
                patronym.role = Role.PATRONYMIC;
            }
        }
        List<Token> free = new ArrayList<>();
        for (Token word : words) {
            if (word.role == Role.NONE && word != surname) {
                free.add(word);
            }
        }
        if (surname == null && !free.isEmpty()) {
            surname = chooseSurname(free, hasInitials, find(words, Role.PATRONYMIC) != null);
            if (surname != null) {
                free.remove(surname);
            }
        }
        if (surname != null) {
            surname.role = Role.SURNAME;
        }
        if (!free.isEmpty()) {
            givenAmong(free, surname).role = Role.GIVEN;
        }
    }

    /**
     * The given name among the words left beside the surname: the first, unless it is no known given name and a
     * later one is. Kazakh and Russian names have no middle names, so of "Word Ахмета Байтурсынова" only the word
     * next to the surname is the given name, and a capitalised word before it (an organisation or place caught
     * with the name) is no part of it.
     */
    private Token givenAmong(List<Token> free, Token surname) {
        Token first = free.get(0);
        if (free.size() == 1 || isKnownGiven(first, surname)) {
            return first;
        }
        for (Token word : free.subList(1, free.size())) {
            if (isKnownGiven(word, surname)) {
                return word;
            }
        }
        return first;
    }

    /** Whether a word is a known given name as written or, next to a surname in a Russian case, in that case. */
    private boolean isKnownGiven(Token word, Token surname) {
        if (givenNames.contains(word.display)) {
            return true;
        }
        if (surname == null || surname.reading == null) {
            return false;
        }
        RussianCase russianCase = surname.reading.russianCase();
        if (russianCase == RussianCase.FEMININE_OBLIQUE) {
            String nominative = inflection.feminineGivenNominative(word.display);
            return nominative != null && givenNames.contains(nominative);
        }
        return russianCase != RussianCase.NONE && russianCase != RussianCase.PLURAL
                && inflection.masculineGivenNominative(word.display, russianCase, false) != null;
    }

    /** Whether a patronymic is built on a known given name: Моисеевич on Моисей, Иванович on Иван. */
    private boolean fatherIsKnownName(String patronymic) {
        String lower = patronymic.toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {"ович", "евич", "ovich", "evich", "овна", "евна", "ovna", "evna"}) {
            if (lower.endsWith(suffix)) {
                String stem = patronymic.substring(0, patronymic.length() - suffix.length());
                return givenNames.contains(stem) || givenNames.contains(stem + "й") || givenNames.contains(stem + "y");
            }
        }
        return false;
    }

    private Token chooseSurname(List<Token> free, boolean hasInitials, boolean hasPatronymic) {
        if (free.size() == 1) {
            Token only = free.get(0);
            boolean given = givenNames.contains(only.display) || (hasPatronymic && !hasInitials);
            return given ? null : only;
        }
        Token first = free.get(0);
        Token last = free.get(free.size() - 1);
        boolean firstGiven = givenNames.contains(first.display);
        boolean lastGiven = givenNames.contains(last.display);
        if (hasInitials) {
            return last;
        }
        if (lastGiven && !firstGiven) {
            return first;
        }
        if (firstGiven && !lastGiven) {
            return last;
        }
        return hasPatronymic ? first : last;
    }

    private static Token find(List<Token> words, Role role) {
        for (Token word : words) {
            if (word.role == role) {
                return word;
            }
        }
        return null;
    }

    // ---- gender and agreement ----

    private Gender decideGender(Token surname, Token given, Token patronymic) {
        Gender gender = Gender.UNKNOWN;
        if (patronymic != null) {
            gender = patronymic.reading.gender();
        }
        if (gender == Gender.UNKNOWN && given != null) {
            gender = givenNames.genderOf(given.display);
            if (gender == Gender.UNKNOWN && surname != null
                    && surname.reading.russianCase() == RussianCase.FEMININE_OBLIQUE) {
                String nominative = inflection.feminineGivenNominative(given.display);
                if (nominative != null) {
                    gender = givenNames.genderOf(nominative);
                }
            }
            if (gender == Gender.UNKNOWN && surname != null && surname.reading.russianCase() != RussianCase.NONE
                    && inflection.masculineGivenNominative(given.display, surname.reading.russianCase(), false)
                            != null) {
                gender = Gender.MALE;
            }
            if (gender == Gender.UNKNOWN && hasFemaleNameElement(given.display)) {
                gender = Gender.FEMALE;
            }
        }
        if (gender == Gender.UNKNOWN && surname != null) {
            gender = surname.reading.gender();
        }
        if (surname != null && surname.reading.feminineAlternative() != null) {
            if (gender == Gender.FEMALE) {
                surname.display = surname.reading.feminineAlternative();
            } else if (surname.reading.gender() == Gender.UNKNOWN && surname.reading.russianCase()
                    == RussianCase.GENITIVE && gender == Gender.UNKNOWN) {
                // "Рыскулова" alone: genitive of Рыскулов or a woman's name; the base stays masculine.
                return Gender.UNKNOWN;
            }
        }
        if (surname != null && gender == Gender.MALE && surname.reading.gender() == Gender.FEMALE
                && surname.reading.feminineAlternative() == null) {
            // A male given name with a feminine-looking surname: trust the given name, keep the surname as written.
            return Gender.MALE;
        }
        return gender;
    }

    /** Kazakh female name elements that no male name ends in: -гүл/-гуль, -бану, -ханым. */
    private static boolean hasFemaleNameElement(String givenName) {
        String lower = givenName.toLowerCase(Locale.ROOT);
        for (String element : new String[] {"гүл", "гуль", "gül", "бану", "banu", "ханым", "khanym", "hanym"}) {
            if (lower.endsWith(element)) {
                return true;
            }
        }
        return false;
    }

    private void carryRussianCase(Token surname, Token given, Token patronymic, Gender gender) {
        if (given == null || givenNames.contains(given.display)) {
            return;
        }
        if (gender == Gender.FEMALE) {
            boolean oblique = (surname != null && surname.reading.russianCase() == RussianCase.FEMININE_OBLIQUE)
                    || (patronymic != null && patronymic.reading.russianCase() == RussianCase.FEMININE_OBLIQUE);
            if (oblique) {
                String nominative = inflection.feminineGivenNominative(given.display);
                if (nominative != null) {
                    given.display = nominative;
                }
            }
            return;
        }
        RussianCase russianCase = RussianCase.NONE;
        boolean certain = false;
        if (patronymic != null && patronymic.reading.russianCase() != RussianCase.NONE) {
            russianCase = patronymic.reading.russianCase();
            certain = true;
        } else if (surname != null) {
            russianCase = surname.reading.russianCase();
            certain = russianCase == RussianCase.INSTRUMENTAL || russianCase == RussianCase.PREPOSITIONAL;
        }
        if (russianCase == RussianCase.NONE || russianCase == RussianCase.PLURAL
                || russianCase == RussianCase.FEMININE_OBLIQUE) {
            return;
        }
        String nominative = inflection.masculineGivenNominative(given.display, russianCase, certain);
        if (nominative != null) {
            given.display = nominative;
        }
    }
}
